import { describeSecret, findSecret } from '../contact/secret'
import type { ContactKind, InputError, Verdict } from '../verdict'
import type { Index } from './build-index'
import { explain } from '../../wording/explain'

/** Inputs longer than this are refused whole rather than half-checked. */
export const MAX_INPUT = 20_000

export function invalid(input: string, error: InputError, kind: ContactKind = 'text'): Verdict {
  return {
    // Too long to be scanned whole (a recovery phrase may open it): described, never echoed.
    input:
      error === 'too_long'
        ? `[${input.length} characters]`
        : input.length > 200
          ? `${input.slice(0, 200)}…`
          : input,
    kind,
    verdict: 'invalid',
    project: null,
    reasons: [],
    official: null,
    normalized: null,
    unicode: null,
    explanation: explain.invalid(error),
    never: [],
    stale: false,
    error,
  }
}

/** A seed phrase or key found: the verdict never repeats it, only describes it. */
export function secretVerdict(text: string, index: Index): Verdict | null {
  const secret = findSecret(text)
  if (!secret) return null
  const description = describeSecret(secret)
  return {
    input: description.en,
    kind: 'secret',
    verdict: 'secret_detected',
    project: null,
    reasons: [secret.kind === 'mnemonic' ? 'secret_mnemonic' : 'secret_private_key'],
    official: null,
    normalized: null,
    unicode: null,
    explanation: explain.secret(description),
    never: [],
    stale: index.stale,
  }
}

