import { extractContacts } from '../contact/message'
import { isOwnQuestion } from '../contact/question'
import { detectRedFlags } from '../contact/redflags'
import { mostSerious, RED_FLAG_CODES, SEVERITY } from '../severity'
import type { ContactVerdict, RedFlagCode, Verdict } from '../verdict'
import type { Index } from './build-index'
import { explain } from '../../wording/explain'
import { channelRef } from './links'
import { judgeContact, supportChannel } from './judge'
import { judgeTextClaims } from './claims'
import { invalid, MAX_INPUT, secretVerdict } from './refusals'

/**
 * Red flags that on their own prove a message claiming a project is not from it: every one but
 * urgency and "I am official support", which scams share with clumsy honest messages.
 */
const NOT_PROOF: readonly RedFlagCode[] = ['urgency', 'dm_first']
const DISQUALIFYING: ReadonlySet<RedFlagCode> = new Set(
  RED_FLAG_CODES.filter((code) => !NOT_PROOF.includes(code)),
)

/** A question about a password, a PIN or a recovery phrase: a self-custody wallet's own keys. */
const asksPassword = (text: string) => /密码|密碼|助记词|助記詞|password|passcode|\bpin\b|seed|recovery/iu.test(text)

const rank = (v: ContactVerdict) => SEVERITY.indexOf(v.verdict)

/**
 * Checks a whole message: every contact in it, its red flags, and the project it claims to speak
 * for. Its verdict is the most serious of its parts.
 * @example
 * checkMessage('您好，我是TP钱包客服，请提供助记词验证钱包。客服电话 400-888-1234', index)
 * // { verdict: 'not_offered', project: 'tokenpocket', red_flags: [asks_seed_phrase, ...], ... }
 */
export function checkMessage(text: string, index: Index): Verdict {
  if (text.length > MAX_INPUT) return invalid(text, 'too_long', 'message')
  if (!text.trim()) return invalid(text, 'empty', 'message')
  const secret = secretVerdict(text, index)
  if (secret) return secret

  const named = index.claims(text)
  const contacts = extractContacts(text).map((c) => judgeContact(c, index, named))
  const red_flags = detectRedFlags(text)
  const worst = mostSerious(contacts)
  const projects = named.flatMap((id) => index.projects.get(id) ?? [])
  const claimed = projects[0] ?? null
  const disqualified = claimed && red_flags.some((f) => DISQUALIFYING.has(f.code))
  // What the text says about each project it names (an article's "TP钱包 has a hotline").
  const claims = judgeTextClaims(text, projects, index.claims)
  // A misleading text is misleading about the project of its first false claim.
  const misled = claims.find((c) => c.truth === 'false')
  const misledAbout = misled ? (index.projects.get(misled.project) ?? null) : null
  const falseClaims = claims.filter((c) => c.truth === 'false' && c.project === misled?.project)

  const base = {
    input: text,
    kind: 'message' as const,
    normalized: null,
    unicode: null,
    stale: index.stale,
    contacts,
    red_flags,
    claims,
  }
  // The project never asks for a seed phrase, a fee...: a message in its name that does is fake.
  if (disqualified && (!worst || rank(worst) > SEVERITY.indexOf('impersonation'))) {
    const real = supportChannel(claimed)
    return {
      ...base,
      verdict: 'impersonation',
      project: claimed.id,
      reasons: ['claimed_project', 'red_flags'],
      official: real ? channelRef(real) : null,
      explanation: explain.message(
        explain.impersonation(claimed, 'message', ['red_flags'], real),
        red_flags.length,
        true,
      ),
      never: explain.never(claimed),
      confidence: 'high',
    }
  }
  // False claims are the finding unless a contact is worse (a fake number, a lookalike site).
  if (misledAbout && (!worst || rank(worst) > SEVERITY.indexOf('misleading'))) {
    const real = supportChannel(misledAbout)
    return {
      ...base,
      verdict: 'misleading',
      project: misledAbout.id,
      reasons: red_flags.length ? ['false_claims', 'red_flags'] : ['false_claims'],
      official: real ? channelRef(real) : null,
      explanation: explain.message(
        explain.misleading(misledAbout, falseClaims, real),
        red_flags.length,
      ),
      never: explain.never(misledAbout),
    }
  }
  if (worst) {
    return {
      ...base,
      ...(worst.confidence ? { confidence: worst.confidence } : {}),
      verdict: worst.verdict,
      project: worst.project ?? claimed?.id ?? null,
      reasons: [...new Set([...worst.reasons, ...(red_flags.length ? (['red_flags'] as const) : [])])],
      official: worst.official,
      explanation: explain.message(worst.explanation, red_flags.length),
      never: worst.never.length ? worst.never : explain.never(claimed),
    }
  }
  const real = claimed && supportChannel(claimed)
  // "TP钱包的密码忘了怎么办": someone asking about a project, not a message in its name.
  if (claimed && !contacts.length && !red_flags.length && isOwnQuestion(text)) {
    return {
      ...base,
      verdict: 'unknown',
      project: claimed.id,
      reasons: ['own_question'],
      official: real ? channelRef(real) : null,
      explanation: explain.question(claimed, real, asksPassword(text)),
      never: explain.never(claimed),
    }
  }
  return {
    ...base,
    verdict: 'unknown',
    project: claimed?.id ?? null,
    reasons: red_flags.length ? ['red_flags'] : [],
    official: real ? channelRef(real) : null,
    explanation: explain.message(explain.unknown(claimed), red_flags.length),
    never: explain.never(claimed),
  }
}
