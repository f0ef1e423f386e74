import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { ApiError } from '../errors'

const WINDOW_SECONDS = 3600

/**
 * The rate-limit key of a client: an HMAC of its IP under a secret, so the table never holds an
 * IP and its keys cannot be reversed by hashing all IPv4 addresses.
 */
export function clientKey(secret: string, ip: string): string {
  const key = sha256(utf8ToBytes(`genuine-rate-limit:${secret}`))
  return bytesToHex(hmac(sha256, key, utf8ToBytes(ip)))
}

/**
 * Counts one request against a fixed hourly window in D1 and throws `rate_limited` (with
 * Retry-After) past `limit`. Old windows are swept in the same batch.
 */
export async function rateLimit(db: D1Database, client: string, limit: number, nowMs = Date.now()) {
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
