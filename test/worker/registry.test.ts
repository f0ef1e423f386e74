import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { REGISTRY_JSON, TRUSTED_KEYS } from '../../.genuine/dist/registry-module'
import { hexToBytes } from '@noble/hashes/utils.js'
import { keyId, verifyRegistry } from '../../src/core'
import { api } from './helpers'

const sha256Hex = async (text: string) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')

describe('GET /api/v1/registry', () => {
  it('serves the signed bytes exactly, with a strong SHA-256 ETag and Cache-Control', async () => {
    const res = await api('/api/v1/registry')
    expect(res.status).toBe(200)
    const text = await res.text()
    expect(text).toBe(REGISTRY_JSON)
    expect(res.headers.get('ETag')).toBe(`"${await sha256Hex(REGISTRY_JSON)}"`)
    expect(res.headers.get('Cache-Control')).toMatch(/max-age=\d+/)
    expect((await verifyRegistry(JSON.parse(text), { keys: TRUSTED_KEYS })).ok).toBe(true)
  })

  it('answers 304 with no body to a matching If-None-Match, 200 otherwise', async () => {
    const etag = (await api('/api/v1/registry')).headers.get('ETag')!
    for (const header of [etag, `"other", ${etag}`, `W/${etag}`, '*']) {
      const res = await api('/api/v1/registry', { headers: { 'If-None-Match': header } })
      expect(res.status).toBe(304)
      expect(res.headers.get('ETag')).toBe(etag)
      expect(await res.text()).toBe('')
    }
    const miss = await api('/api/v1/registry', { headers: { 'If-None-Match': '"deadbeef"' } })
    expect(miss.status).toBe(200)
    expect(await miss.text()).toBe(REGISTRY_JSON)
  })
})

describe('GET /api/v1/keys', () => {
  it('lists the pinned registry keys and the Worker’s reports key, told apart by use', async () => {
    const { keys } = (await (await api('/api/v1/keys')).json()) as {
      keys: { keyid: string; alg: string; public: string; use: string }[]
    }
    expect(keys.filter((k) => k.use === 'registry').map(({ use, ...k }) => k)).toEqual(TRUSTED_KEYS)
    const reported = keys.filter((k) => k.use === 'reported')
    expect(reported).toHaveLength(1)
    expect(reported[0]).toMatchObject({ alg: 'ed25519', public: env.TEST_REPORTS_PUBLIC_KEY })
    expect(reported[0]!.keyid).toBe(keyId(hexToBytes(env.TEST_REPORTS_PUBLIC_KEY)))
    expect(TRUSTED_KEYS.map((k) => k.public)).not.toContain(env.TEST_REPORTS_PUBLIC_KEY)
  })
})
