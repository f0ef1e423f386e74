import { env, SELF } from 'cloudflare:test'
import { REGISTRY_JSON, TRUSTED_KEYS } from '../../.genuine/dist/registry-module'
import { buildIndex, verifyRegistry, type Index } from '../../src/core'
import { hashToken, newToken } from '../../src/worker/reports'

/** A request to the real Worker (its default export) running in this workerd. */
export function api(path: string, init: RequestInit & { ip?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  if (init.ip) headers.set('CF-Connecting-IP', init.ip)
  return SELF.fetch(`https://genuine.test${path}`, { ...init, headers })
}

export const postJson = (path: string, body: unknown, init: RequestInit & { ip?: string } = {}) =>
  api(path, {
    method: 'POST',
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) },
    body: JSON.stringify(body),
  })

/** A fresh client per call (its own IPv6 /64: limits count a /64 as one client), so rate limits of one test never touch another. */
export const freshIp = () => `2001:db8:${crypto.randomUUID().slice(0, 4)}:${crypto.randomUUID().slice(0, 4)}::1`

/** The engine's own index over the bundled registry: what the API's answers must equal. */
export async function engineIndex(reported: Parameters<typeof buildIndex>[1] = {}): Promise<Index> {
  const result = await verifyRegistry(JSON.parse(REGISTRY_JSON), { keys: TRUSTED_KEYS })
  if (!result.signed) throw new Error(result.ok ? 'unreachable' : result.message)
  return buildIndex(result.signed, reported)
}

/** A moderator created the way `genuine moderators add` does: only the token's hash is stored. */
export async function addModerator(name = `mod_${crypto.randomUUID().slice(0, 8)}`) {
  const token = newToken()
  await env.DB.prepare('INSERT INTO moderators (name, token_hash, created_at) VALUES (?, ?, ?)')
    .bind(name, hashToken(token), new Date().toISOString())
    .run()
  return { name, token, auth: { Authorization: `Bearer ${token}` } }
}

export async function errorOf(res: Response) {
  const body = (await res.json()) as { error: { code: string; message: string } }
  return { status: res.status, code: body.error.code, message: body.error.message }
}

/** A fresh Chinese 400 "hotline", the classic fake support number, in two spellings. */
export function fakeHotline() {
  const n = String(Math.floor(1_000_000 + Math.random() * 8_999_999))
  return { spaced: `+86 400 ${n.slice(0, 3)} ${n.slice(3)}`, dashed: `+86-400-${n.slice(0, 3)}-${n.slice(3)}`, e164: `+86400${n}` }
}
