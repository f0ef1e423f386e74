/**
 * The Worker's signed list of confirmed community reports (`GET /api/v1/reported`). It is signed
 * over a domain-separated message, a fixed context then the canonical JSON of `signed`, so a
 * reports signature can never verify as a registry signature (which covers the canonical JSON
 * alone), whichever keys a client was given.
 */
import { getPublicKeyAsync, signAsync } from '@noble/ed25519'
import { bytesToHex, concatBytes, utf8ToBytes } from '@noble/hashes/utils.js'
import { z } from 'zod'
import { Reported, Signature, type TrustedKey } from '../../../registry/schema'
import { canonicalBytes } from './canonical'
import { keyId } from './keyid'
import { signedBy } from './verify'

/** Prefixed to what the reports key signs. Never change it: clients verify with it. */
export const REPORTED_CONTEXT = 'genuine-reported-v1\n'

export const SignedReported = z.object({
  type: z.literal('genuine-reported'),
  /** Grows with every moderator decision. */
  version: z.number().int().positive(),
  issued_at: z.iso.datetime(),
  expires: z.iso.datetime(),
  reported: z.array(Reported),
})
export type SignedReported = z.infer<typeof SignedReported>

export const ReportedEnvelope = z.object({ signed: SignedReported, signatures: z.array(Signature).min(1) })
export type ReportedEnvelope = z.infer<typeof ReportedEnvelope>

/** The exact bytes the reports key signs. */
export const reportedMessage = (signed: unknown): Uint8Array =>
  concatBytes(utf8ToBytes(REPORTED_CONTEXT), canonicalBytes(signed))

/** Signs a reported list with the Worker's key. */
export async function signReported(signed: SignedReported, privateKey: Uint8Array): Promise<ReportedEnvelope> {
  const sig = await signAsync(reportedMessage(signed), privateKey)
  const keyid = keyId(await getPublicKeyAsync(privateKey))
  return { signed, signatures: [{ keyid, sig: bytesToHex(sig) }] }
}

/**
 * Verifies a reported list under the Worker's reports key(s): the `use: "reported"` entries of
 * `/api/v1/keys`, never the registry keys. Expired lists are refused outright: unlike the
 * registry there is no stale mode (an old list only ever lacks newer reports).
 */
export async function verifyReported(
  envelope: unknown,
  opts: { keys: readonly TrustedKey[]; minVersion?: number; now?: Date },
): Promise<
  | { ok: true; signed: SignedReported }
  | { ok: false; code: 'malformed' | 'unknown_key' | 'bad_signature' | 'rollback' | 'expired'; message: string }
> {
  const parsed = ReportedEnvelope.safeParse(envelope)
  if (!parsed.success) return { ok: false, code: 'malformed', message: 'not a reported list' }
  let message: Uint8Array
  try {
    message = reportedMessage((envelope as { signed: unknown }).signed)
  } catch {
    return { ok: false, code: 'malformed', message: 'signed body is not JSON' }
  }
  const by = await signedBy(parsed.data.signatures, message, opts.keys)
  if (typeof by !== 'string') return { ok: false, ...by }
  const { signed } = parsed.data
  if (opts.minVersion !== undefined && signed.version < opts.minVersion) {
    return { ok: false, code: 'rollback', message: `version ${signed.version} is older than ${opts.minVersion}` }
  }
  if ((opts.now ?? new Date()).getTime() > Date.parse(signed.expires)) {
    return { ok: false, code: 'expired', message: `the list expired at ${signed.expires}` }
  }
  return { ok: true, signed }
}
