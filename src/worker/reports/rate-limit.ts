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
async function rateLimit(
  db: D1Database,
  client: string,
  limit: number,
  nowMs = Date.now(),
  message = `At most ${limit} reports per hour. Try again later.`,
) {
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
    throw new ApiError('rate_limited', message, {
      'Retry-After': String(Math.max(1, retryAfter)),
    })
  }
}

/**
 * The client a page or API request comes from, as rate limits count it. The address is read from
 * `CF-Connecting-IP` only: in production Cloudflare's edge sets it from the connection (a client
 * cannot choose it, and `X-Forwarded-For` is never read). Locally (`wrangler dev`) nothing sets
 * it, so the client controls it: limits there are for trying things, not protection.
 * An IPv6 client is counted by its /64: one subscriber gets a whole /64 and can change address
 * within it at will.
 */
export function clientIp(req: Request): string {
  const ip = req.headers.get('CF-Connecting-IP') ?? 'unknown'
  return ip.includes(':') ? ipv6Prefix64(ip) : ip
}

/** `2001:db8:1:2:a:b:c:d` and `2001:db8:1:2::9` → `2001:db8:1:2::/64`; IPv4-mapped → the IPv4. */
export function ipv6Prefix64(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)
  if (mapped) return mapped[1]!
  const [head = '', tail] = ip.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = tail === undefined ? left : [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
  return `${groups
    .slice(0, 4)
    .map((g) => (parseInt(g, 16) || 0).toString(16))
    .join(':')}::/64`
}

/**
 * One contact may be reported (or one subject disputed) at most this often an hour, by everyone
 * together (the Worker's `REPORTS_PER_CONTACT_PER_HOUR`): many clients cannot inflate one
 * report's count, nor bury the moderators' queue under one contact.
 */
export async function limitContact(
  env: Pick<Bindings, 'DB' | 'REPORTS_PER_CONTACT_PER_HOUR'>,
  type: string,
  value: string,
): Promise<void> {
  const limit = Number(env.REPORTS_PER_CONTACT_PER_HOUR ?? 30)
  // Hashed like client keys so the table holds one shape; the contact itself is no secret.
  const key = bytesToHex(sha256(utf8ToBytes(`genuine-contact:${type}:${value}`)))
  await rateLimit(env.DB, key, limit, Date.now(), 'This was reported or disputed many times in the last hour; it is already waiting for a moderator.')
}

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
