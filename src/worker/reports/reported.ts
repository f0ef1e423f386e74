import { getPublicKeyAsync } from '@noble/ed25519'
import { hexToBytes } from '@noble/hashes/utils.js'
import { signReported, trustedKey } from '../../core'
import type { Reported, TrustedKey } from '../../../registry/schema'
import type { ReportedEnvelope } from './schema'

/** What a confirmed report says in a verdict. */
const REASON = {
  en: 'Reported by people who were approached by it, and confirmed by a Genuine moderator.',
  zh: '有用户举报曾被此联系方式接触，并经 Genuine 审核员确认。',
}

type Row = Pick<Reported, 'type' | 'value' | 'project'> & {
  id: number
  first_reported_at: string
  decided_at: string
}

/**
 * Confirmed reports in the registry's `Reported` form, oldest decision first: a confirmed
 * community report is evidence of a scam, cited by its report id and the moderator's date.
 */
export async function confirmedReported(db: D1Database): Promise<Reported[]> {
  const { results } = await db
    .prepare(
      `SELECT id, type, value, project, first_reported_at, decided_at FROM reports
       WHERE status = 'confirmed' ORDER BY decided_at, id`,
    )
    .all<Row>()
  return results.map(({ id, first_reported_at, decided_at, ...r }) => {
    const decided = decided_at.slice(0, 10)
    return {
      ...r,
      kind: 'scam' as const,
      reason: REASON,
      first_seen: first_reported_at.slice(0, 10),
      sources: [{ url: `genuine-report:${id}`, publisher: 'third_party' as const, retrieved_at: decided }],
      verified_at: decided,
    }
  })
}

function privateKey(hex: string): Uint8Array {
  if (!/^[0-9a-fA-F]{64}$/.test(hex ?? '')) {
    throw new Error('REPORTS_SIGNING_KEY must be 64 hex characters (an ed25519 private key)')
  }
  return hexToBytes(hex.toLowerCase())
}

/** The Worker's public reports key, as clients pin it. */
export async function reportsKey(secretHex: string): Promise<TrustedKey> {
  return trustedKey(await getPublicKeyAsync(privateKey(secretHex)))
}

/**
 * The confirmed reports as a signed list: canonical JSON as the registry, behind a context prefix
 * so it can never pass as one. Its version is the number of the latest decision, so it grows with
 * every change.
 */
export async function signedReported(
  db: D1Database,
  secretHex: string,
  ttlDays: number,
  now = new Date(),
): Promise<ReportedEnvelope> {
  const [reported, last] = await Promise.all([
    confirmedReported(db),
    db.prepare('SELECT coalesce(max(id), 0) AS id FROM audit').first<{ id: number }>(),
  ])
  const signed = {
    type: 'genuine-reported' as const,
    version: (last?.id ?? 0) + 1,
    issued_at: now.toISOString(),
    expires: new Date(now.getTime() + ttlDays * 86_400_000).toISOString(),
    reported,
  }
  return signReported(signed, privateKey(secretHex))
}
