import { isPlainHost } from '../contact/host'
import { parseBareId, parseContact } from '../contact/parse'
import { MIN_KEY_RUN } from '../contact/secret'
import { parsePlainSite } from '../contact/site'
import { looksLikeMessage } from '../contact/message'
import type { Verdict } from '../verdict'
import type { Index } from './build-index'
import { judgeContact } from './judge'
import { checkMessage } from './message'
import { judgeBareId } from './bare-id'
import { isNameOf } from './name'
import { invalid, MAX_INPUT, secretVerdict } from './refusals'

/**
 * Checks whatever a person pastes: one contact, or a whole message (auto-detected).
 * Never throws: garbage gets `invalid` with a stable `error` code.
 * @example
 * check('TP钱包客服电话：400-888-1234', index).verdict // 'not_offered'
 * check('tokenpocket-support.com', index).reasons // ['combo_squatting']
 */
export function check(input: unknown, index: Index): Verdict {
  if (typeof input !== 'string') return invalid('', 'bad_type')
  if (input.length > MAX_INPUT) return invalid(input, 'too_long')
  // Most inputs are a bare host: no message, and, shorter than any key, no secret to look for.
  if (input.length < MIN_KEY_RUN && isPlainHost(input)) return judgeSite(input, index)
  if (looksLikeMessage(input)) return checkMessage(input, index)
  const secret = secretVerdict(input, index)
  if (secret) return secret
  const contact = parseContact(input)
  if (!('error' in contact)) return judgeContact(contact, index)
  if (contact.error !== 'unrecognised') return invalid(input.trim(), contact.error)
  const named = index.claims(input)
  // A bare token is an account name or ID ("tpkefu8888", "tokenpocket_cn"), unless it is a
  // project's own name ("tokenpocket"): then the person wants that project's real channels.
  const id = parseBareId(input)
  if (id && !named.some((p) => isNameOf(index.projects.get(p), input))) {
    return judgeBareId(id, index)
  }
  if (named.length) return { ...checkMessage(input, index), kind: 'text' }
  return invalid(input.trim(), contact.error)
}

function judgeSite(input: string, index: Index): Verdict {
  const contact = parsePlainSite(input)
  return 'error' in contact ? invalid(input, contact.error) : judgeContact(contact, index)
}
