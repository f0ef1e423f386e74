/**
 * What is decided after a registry's signature is known good: rollback and expiry. Apart from
 * verify.ts (and its zod schemas) so the CLI can apply them, on every run, to a registry whose
 * exact bytes it verified before (src/cli/verified-registry.ts) without loading zod.
 */
import type { Signed } from '../../../registry/schema'
import type { VerifyErrorCode, VerifyOptions, VerifyResult } from './verify'

export const fail = (code: VerifyErrorCode, message: string, signed?: Signed): VerifyResult => ({
  ok: false,
  code,
  message,
  ...(signed ? { signed } : {}),
})

/** Version and expiry, read only from an authenticated body. */
export function accept(
  signed: Signed,
  keyid: string,
  opts: Pick<VerifyOptions, 'minVersion' | 'now'>,
): VerifyResult {
  if (opts.minVersion !== undefined && signed.version < opts.minVersion) {
    return fail('rollback', `version ${signed.version} is older than ${opts.minVersion}`)
  }
  const now = opts.now ?? new Date()
  if (now.getTime() > Date.parse(signed.expires)) {
    return fail('expired', `the registry expired at ${signed.expires}`, signed)
  }
  return { ok: true, signed, keyid }
}
