import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { Bindings } from '../env'
import { ApiError } from '../errors'

const WINDOW_SECONDS = 3600

/**
 * The rate-limit key of a client: an HMAC of its IP under a secret, so the table never holds an
 * IP and its keys cannot be reversed by hashing all IPv4 addresses.
 */
function clientKey(secret: string, ip: string): string {
  const key = sha256(utf8ToBytes(`genuine-rate-limit:${secret}`))
  return bytesToHex(hmac(sha256, key, utf8ToBytes(ip)))
}

/**
 * Counts one request against a fixed hourly window in D1 and throws `rate_limited` (with
 * Retry-After) past `limit`. Old windows are swept in the same batch.
 */
async function rateLimit(db: D1Database, client: string, limit: number, nowMs = Date.now()) {
  const window = Math.floor(nowMs / 1000 / WINDOW_SECONDS)
  const [hit] = await db.batch<{ count: number }>([
    db
      .prepare(
        `INSERT INTO rate_limits (client, window_start, count) VALUES (?, ?, 1)
         ON CONFLICT (client, window_start) DO UPDATE SET count = count + 1 RETURNING count`,
      )
      .bind(client, window),
    db.prepare('DELETE FROM rate_limits WHERE window_start < ?').bind(window),
  ])
  const count = hit?.results[0]?.count ?? 0
  if (count > limit) {
    const retryAfter = (window + 1) * WINDOW_SECONDS - Math.floor(nowMs / 1000)
    throw new ApiError('rate_limited', `At most ${limit} reports per hour. Try again later.`, {
      'Retry-After': String(Math.max(1, retryAfter)),
    })
  }
}

/** The client a page or API request comes from (Cloudflare's view of it). */
export const clientIp = (req: Request): string => req.headers.get('CF-Connecting-IP') ?? 'unknown'

/**
 * Counts one report against `who` (a client IP, or a bot's user id) under the Worker's
 * `REPORTS_PER_HOUR`: the one limit the API, the page and the bots share.
 */
export function limitReporter(
  env: Pick<Bindings, 'DB' | 'REPORTS_SIGNING_KEY' | 'REPORTS_PER_HOUR'>,
  who: string,
): Promise<void> {
  const limit = Number(env.REPORTS_PER_HOUR ?? 10)
  return rateLimit(env.DB, clientKey(env.REPORTS_SIGNING_KEY, who), limit)
}
