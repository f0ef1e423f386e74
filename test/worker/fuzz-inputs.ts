/**
 * Request generators for the Worker fuzz (test/worker/fuzz.test.ts, `npm run fuzz`): every route,
 * every method, malformed JSON and forms, wrong types, hostile Unicode, huge and deeply nested
 * bodies. Seeded, so a failure names the seed and request that reproduce it.
 */

/** mulberry32: small, seeded, good enough to pick cases. */
export function prng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!
  return { next, int, pick, chance: (p: number) => next() < p }
}
export type Rng = ReturnType<typeof prng>

/** A recovery phrase (BIP-39's published test vector) and a private key: never to be echoed. */
export const SECRETS = [
  'legal winner thank year wave sausage worth useful legal winner thank yellow',
  '4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318',
] as const

const HOSTILE = [
  '\u202e', '\u200b', '\u200d', '\ufeff', '\u0000', '\ud800', '\udfff', '\u{1f600}', '\u0301',
  'ＴＰ钱包', 'tоkenpocket', '<script>alert(1)</script>', '"><img src=x onerror=1>', '${x}',
  '%00', '%ZZ', '../../', '\r\n\r\n', '\\u0000', '__proto__', 'constructor', '助记词', '私钥',
]
const WORDS = [
  'tokenpocket.pro', 'tokenpocket-support.com', 'service@tokenpocket.pro', '+86 400 888 1234',
  't.me/tokenpocket_en', '@TokenPocket_TP', 'https://web3.bitget.com/x', 'bitget.com', 'xn--80ak6aa92e.com',
  'TP钱包客服电话', '请提供助记词', 'wechat: tpkefu888', 'example.org', '', ' ', '0x', '1e309',
]

/** A string from contacts, hostile characters and noise; a secret inside, spaced off, if asked. */
export function text(r: Rng, secret?: string): string {
  const parts: string[] = []
  for (let i = r.int(6); i >= 0; i--) parts.push(r.chance(0.5) ? r.pick(WORDS) : r.pick(HOSTILE))
  if (r.chance(0.05)) parts.push('x'.repeat(r.pick([2_049, 10_001, 20_001])))
  if (secret) parts.splice(r.int(parts.length + 1), 0, `\n${secret}\n`)
  return parts.join(r.pick([' ', '', '\n', '，']))
}

/** Any JSON value, with the keys a route expects some of the time. */
function value(r: Rng, depth: number, secret?: string): unknown {
  switch (depth > 3 ? r.int(4) : r.int(7)) {
    case 0: return text(r, secret)
    case 1: return r.pick([0, -1, 1e308, 3.5, NaN, true, false, null])
    case 2: return r.pick(['', 'a', text(r)])
    case 3: return null
    case 4: return Array.from({ length: r.int(4) }, () => value(r, depth + 1, secret))
    default: {
      const keys = ['items', 'text', 'contact', 'note', 'seen_at', 'reason', 'q', '__proto__', secret ?? 'extra']
      const o: Record<string, unknown> = {}
      for (let i = r.int(4); i >= 0; i--) o[r.pick(keys)] = value(r, depth + 1, secret)
      return o
    }
  }
}

/** A request body and its Content-Type: right-shaped, wrong-typed, broken or enormous. */
export function body(r: Rng, secret?: string): { body?: BodyInit; type?: string } {
  const json = (v: unknown) => ({ body: JSON.stringify(v), type: r.pick(['application/json', 'application/json ; charset=utf-8', 'APPLICATION/JSON', 'application/ld+json']) })
  switch (r.int(12)) {
    case 0: return json({ items: Array.from({ length: r.int(5) + 1 }, () => text(r, secret)) })
    case 1: return json({ text: text(r, secret) })
    case 2: return json({ contact: text(r, secret), note: r.chance(0.5) ? text(r, secret) : undefined })
    case 3: return json(value(r, 0, secret))
    case 4: return { body: r.pick(['{', '{"items": [', '{items: 1}', '\u0000', 'null', '[]', '"x"', '{"a":1}{"b":2}']), type: 'application/json' }
    case 5: return { body: '['.repeat(r.pick([100, 10_000, 60_000])), type: 'application/json' }
    case 6: return { body: `{"a":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_001)}`, type: 'application/json' }
    case 7: return { body: JSON.stringify({ text: 'a'.repeat(r.pick([65_536, 100_000, 300_000])) }), type: 'application/json' }
    case 8: return { body: new URLSearchParams({ q: text(r, secret), contact: text(r, secret), note: text(r) }).toString(), type: 'application/x-www-form-urlencoded' }
    case 9: return { body: `--B\r\nContent-Disposition: form-data; name="q"\r\n\r\n${text(r, secret)}${r.chance(0.5) ? '\r\n--B--\r\n' : ''}`, type: r.pick(['multipart/form-data; boundary=B', 'multipart/form-data', 'multipart/form-data; boundary=']) }
    case 10: return { body: text(r, secret), type: r.pick(['text/plain', 'text/html', '', 'application/octet-stream']) }
    default: return {}
  }
}

const METHODS = ['GET', 'GET', 'GET', 'POST', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']
const PATHS = [
  '/api/v1/check', '/api/v1/registry', '/api/v1/keys', '/api/v1/projects', '/api/v1/projects/tokenpocket',
  '/api/v1/projects/{x}', '/api/v1/reports', '/api/v1/reports/1/confirm', '/api/v1/reports/{x}/reject',
  '/api/v1/reported', '/api/v1/openapi.json', '/api', '/', '/check', '/report', '/p', '/p/tokenpocket',
  '/p/{x}', '/assets/page.js', '/assets/{x}', '/integrations/discord', '/integrations/telegram', '/{x}',
]

/** A URL cannot carry a lone surrogate: it is sent as U+FFFD, as a browser would. */
const enc = (s: string) => encodeURIComponent(s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'))

export interface FuzzRequest {
  method: string
  path: string
  headers: Record<string, string>
  body?: BodyInit
  /** The secret this request carries somewhere, if any: no response may show it. */
  secret?: string
}

/** One request: a route, a method (often the wrong one), a query, headers and a body. */
export function request(r: Rng, moderatorToken: string): FuzzRequest {
  const secret = r.chance(0.3) ? r.pick(SECRETS) : undefined
  const method = r.pick(METHODS)
  const segment = r.chance(0.3) && secret ? secret : r.pick(['0', '-1', '99999999999999999999', '__proto__', 'constructor', 'toString', '%ZZ', '..%2F', '钱包', 'a'.repeat(3000)])
  let path = r.pick(PATHS).replace('{x}', enc(segment))
  if (r.chance(0.5)) {
    const q = r.chance(0.2) ? r.pick(['%ZZ', '%E0%A4%A', '%ED%A0%80']) : enc(text(r, secret))
    path += `?${r.pick(['q', 'status', 'limit', 'lang'])}=${q}${r.chance(0.3) ? `&lang=${r.pick(['zh', 'en', 'xx'])}` : ''}`
  }
  const headers: Record<string, string> = {}
  if (r.chance(0.3)) headers.Authorization = r.pick([`Bearer ${moderatorToken}`, 'Bearer x', 'Basic abc', `Bearer ${'a'.repeat(300)}`])
  if (r.chance(0.2)) headers.Origin = r.pick(['https://evil.example', 'https://genuine.test', 'null'])
  if (r.chance(0.1)) headers['If-None-Match'] = r.pick(['*', '"x"', 'W/"y"'])
  if (r.chance(0.2)) headers['Accept-Language'] = r.pick(['zh-CN', 'en', '*', 'xx;q=abc'])
  headers['CF-Connecting-IP'] = r.pick(['203.0.113.7', '2001:db8::1', `2001:db8:${r.int(65535).toString(16)}::1`, 'not-an-ip'])
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return { method, path, headers, secret }
  const b = body(r, secret)
  if (b.type !== undefined) headers['Content-Type'] = b.type
  return { method, path, headers, body: b.body, secret }
}
