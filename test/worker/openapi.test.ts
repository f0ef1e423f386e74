import { describe, expect, it } from 'vitest'
import { api } from './helpers'

describe('API description', () => {
  it('serves an OpenAPI 3.1 document of every route', async () => {
    const res = await api('/api/v1/openapi.json')
    expect(res.status).toBe(200)
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> }
    expect(doc.openapi).toBe('3.1.0')
    const ops = Object.entries(doc.paths).flatMap(([p, item]) => Object.keys(item).map((m) => `${m} ${p}`))
    expect(ops.sort()).toEqual(
      [
        'get /check',
        'post /check',
        'get /registry',
        'get /keys',
        'get /projects',
        'get /projects/{id}',
        'post /reports',
        'get /reports',
        'post /reports/{id}/confirm',
        'post /reports/{id}/reject',
        'post /disputes',
        'post /disputes/{id}/confirm',
        'post /disputes/{id}/reject',
        'get /reported',
      ].sort(),
    )
  })

  it('renders a readable page with a strict CSP and no third-party resources', async () => {
    const res = await api('/api')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'none'")
    const html = await res.text()
    expect(html).toContain('/api/v1/check')
    expect(html).not.toMatch(/<script|src="http|href="http/)
  })
})
