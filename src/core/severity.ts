/**
 * The verdicts' order of seriousness and the red-flag codes as plain lists, apart from the zod
 * schemas of verdict.ts (which builds `RedFlagCode` from this list): the engine reads them at run
 * time, so a CLI check starts without evaluating zod at all.
 */
import type { VerdictKind } from './verdict'

export const RED_FLAG_CODES = [
  'asks_seed_phrase',
  'asks_private_key',
  'asks_password',
  'asks_2fa_code',
  'verify_wallet',
  'fee_to_unfreeze',
  'urgency',
  'international_version',
  'remote_access',
  'dm_first',
  'asks_transfer',
] as const

/** Most serious first: a message takes the verdict of its most serious part. */
export const SEVERITY: readonly VerdictKind[] = [
  'secret_detected',
  'reported_scam',
  'impersonation',
  'not_offered',
  'misleading',
  'unknown',
  'official',
  'invalid',
]

/** The most serious of some verdicts, the first of them among equals; null for none. */
export function mostSerious<T extends { verdict: VerdictKind }>(verdicts: readonly T[]): T | null {
  let worst: T | null = null
  for (const v of verdicts) {
    if (!worst || SEVERITY.indexOf(v.verdict) < SEVERITY.indexOf(worst.verdict)) worst = v
  }
  return worst
}
