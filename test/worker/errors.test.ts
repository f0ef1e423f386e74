import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import app from '../../src/worker/app'
import { ErrorBody } from '../../src/worker/errors'
import { MAX_BODY_BYTES } from '../../src/worker/api'
import { api, errorOf } from './helpers'

const post = (path: string, init: RequestInit) => api(path, { method: 'POST', ...init })

describe('errors: one shape, stable codes', () => {
  it('answers not_found for an unknown API path', async () => {
    const res = await api('/api/v1/nope')
    expect(ErrorBody.parse(await res.clone().json())).toBeTruthy()
    expect(await errorOf(res)).toMatchObject({ status: 404, code: 'not_found' })
  })

  it('answers method_not_allowed with Allow for a known path', async () => {
    const res = await api('/api/v1/registry', { method: 'DELETE' })
    expect(await errorOf(res.clone())).toMatchObject({ status: 405, code: 'method_not_allowed' })
    expect(res.headers.get('Allow')).toContain('GET')
    expect((await api('/api/v1/projects/tokenpocket', { method: 'PUT' })).status).toBe(405)
  })

  it('answers invalid_json for a malformed body', async () => {
    for (const body of ['{"items": [', '{items: 1}', '\u0000', '']) {
      const res = await post('/api/v1/check', { headers: { 'Content-Type': 'application/json' }, body })
      expect(await errorOf(res)).toMatchObject({ status: 400, code: 'invalid_json' })
    }
  })

  it('answers unsupported_media_type for a body that is not JSON', async () => {
    const res = await post('/api/v1/check', { headers: { 'Content-Type': 'text/plain' }, body: '{"text":"hi"}' })
    expect(await errorOf(res)).toMatchObject({ status: 415, code: 'unsupported_media_type' })
    const form = await post('/api/v1/reports', { body: new URLSearchParams({ contact: '+86 400 123 4567' }) })
    expect(await errorOf(form)).toMatchObject({ status: 415, code: 'unsupported_media_type' })
  })

  it('answers payload_too_large by Content-Length, and by the real size of a streamed body', async () => {
    const big = JSON.stringify({ text: 'a'.repeat(MAX_BODY_BYTES) })
    const declared = await post('/api/v1/check', { headers: { 'Content-Type': 'application/json' }, body: big })
    expect(await errorOf(declared)).toMatchObject({ status: 413, code: 'payload_too_large' })
    // No Content-Length: the limit must hold while reading.
    const chunk = new TextEncoder().encode('a'.repeat(16 * 1024))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ === 0) controller.enqueue(new TextEncoder().encode('{"text":"'))
        else if (sent < 10) controller.enqueue(chunk)
        else controller.close()
      },
    })
    const streamed = await post('/api/v1/check', { headers: { 'Content-Type': 'application/json' }, body: stream })
    expect(await errorOf(streamed)).toMatchObject({ status: 413, code: 'payload_too_large' })
  })

  it('answers internal without details when the Worker is misconfigured', async () => {
    const res = await app.request('/api/v1/keys', {}, { ...env, REPORTS_SIGNING_KEY: 'not-a-key' })
    const error = await errorOf(res)
    expect(error).toEqual({ status: 500, code: 'internal', message: 'Internal error' })
  })

  it('never answers hostile Unicode with a crash', async () => {
    for (const text of ['\u202e\u0000\udfff', '𝕥𝕠𝕜𝕖𝕟𝕡𝕠𝕔𝕜𝕖𝕥.pro', 'a\u0301'.repeat(5000), '\ufffe\uffff']) {
      const res = await api('/api/v1/check', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ items: [text] }),
      })
      expect(res.status).toBe(200)
    }
  })
})
