/**
 * The Worker fuzz: seeded random requests (fuzz-inputs.ts) against the real Worker and D1 in
 * workerd, for FUZZ_SECONDS (20 in `npm test`; `npm run fuzz` runs longer). It fails on any 5xx,
 * any error answer without the error shape (JSON `{"error": {"code", "message"}}`, or an HTML page
 * for page routes), any secret a request carried showing up in a response, and any request
 * slower than its budget. A failure prints the seed and the request.
 */
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { ErrorBody } from '../../src/worker/errors'
import { addModerator, api } from './helpers'
import { echoes } from './echo'
import { prng, request, type FuzzRequest } from './fuzz-inputs'

const SECONDS = Number(env.FUZZ_SECONDS)
const SEED = Number(env.FUZZ_SEED)
/** Wall-clock per request, in a shared 2-core machine's workerd: a DoS takes seconds, not this. */
const BUDGET_MS = 3_000

async function problemWith(req: FuzzRequest): Promise<string | null> {
  const started = Date.now()
  const res = await api(req.path, { method: req.method, headers: req.headers, body: req.body })
  const text = req.method === 'HEAD' ? '' : await res.text()
  const ms = Date.now() - started
  if (res.status >= 500) return `status ${res.status}: ${text.slice(0, 200)}`
  if (ms > BUDGET_MS) return `took ${ms} ms`
  if (req.secret) {
    const shown = [text, ...[...res.headers].map(([k, v]) => `${k}: ${v}`)].join('\n')
    if (echoes(shown, req.secret)) return 'echoed the secret it carried'
  }
  if (res.status >= 400 && req.method !== 'HEAD') {
    const type = res.headers.get('Content-Type') ?? ''
    if (type.startsWith('application/json')) {
      let parsed: unknown
      try {
        parsed = JSON.parse(text)
      } catch {
        return 'error answer is not JSON'
      }
      if (!ErrorBody.safeParse(parsed).success) return `error answer without the error shape: ${text.slice(0, 200)}`
    } else if (!(type.startsWith('text/html') && !req.path.startsWith('/api/') && !req.path.startsWith('/integrations/'))) {
      return `error answer of type "${type}" on ${req.path}`
    }
  }
  return null
}

describe('fuzz: every route, for a bounded time', () => {
  it(`answers every request within budget, in shape, echoing no secret (seed ${SEED})`, async () => {
    const { token } = await addModerator()
    const r = prng(SEED)
    const failures: string[] = []
    const deadline = Date.now() + SECONDS * 1000
    let n = 0
    while (Date.now() < deadline && failures.length < 5) {
      const req = request(r, token)
      const problem = await problemWith(req).catch((e: unknown) => `threw ${e instanceof Error ? e.message : String(e)}`)
      n++
      if (problem) {
        const shown = { ...req, body: typeof req.body === 'string' ? req.body.slice(0, 300) : req.body }
        failures.push(`#${n} ${problem}\n  ${JSON.stringify(shown).slice(0, 600)}`)
      }
    }
    expect(failures, `seed ${SEED}, ${n} requests`).toEqual([])
    console.log(`fuzz: ${n} requests in ${SECONDS} s, seed ${SEED}`)
    expect(n).toBeGreaterThan(SECONDS * 2)
  }, (SECONDS + 60) * 1000)
})
