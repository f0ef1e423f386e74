/**
 * Judges what a text says about a project against the registry's evidence. A claim is `false` or
 * `true` only from the project's own words (a `never` statement, its complete list of support
 * channels, its custody model, its channels); anything else is `unverified`: absence of data is
 * not evidence.
 *
 * @example
 * judgeClaims('TP钱包提供电话、在线聊天等客服方式。', tokenpocket)
 * // [{ topic: 'phone_support', truth: 'false', ... }, { topic: 'live_chat', truth: 'true', ... }]
 */
import type { Channel, ChannelType, Custody, Never, NeverKind, Project, Support } from '../../../registry/schema'
import { findAssertions, type Assertion } from '../contact/assertions'
import type { Claim, ClaimTopic } from '../verdict'
import { explain } from '../../wording/explain'

/** What a claim rests on: a fact of the project's, and whether it makes the claim true. */
export type ClaimEvidence =
  | { holds: boolean; fact: Support; from: 'support' }
  | { holds: false; fact: Never; from: 'never' }
  | { holds: false; fact: Custody; from: 'custody' }
  | { holds: true; fact: Channel; from: 'channel' }

/** The channel type or support route each channel topic names. */
const CHANNEL_TOPIC: Partial<Record<ClaimTopic, { via: ChannelType | 'in_app_chat'; never?: NeverKind }>> = {
  phone_support: { via: 'phone', never: 'phone_support' },
  live_chat: { via: 'in_app_chat', never: 'live_chat' },
  email_support: { via: 'email' },
  wechat_support: { via: 'wechat' },
  qq_support: { via: 'qq' },
}
/** Services a self-custody wallet cannot perform: it holds neither your account nor your keys. */
const CUSTODIAL_ONLY: readonly ClaimTopic[] = ['password_reset', 'account_freeze', 'fund_recovery', 'refund']

/** The project's evidence that the thing exists (holds) or does not, or null when it has none. */
export function evidenceFor(p: Project, topic: ClaimTopic): ClaimEvidence | null {
  const channel = CHANNEL_TOPIC[topic]
  if (channel) {
    const never = channel.never && p.never.find((n) => n.kind === channel.never)
    if (never) return { holds: false, fact: never, from: 'never' }
    const own = p.channels.find(
      (c) => c.type === channel.via && c.role === 'support' && (c.status ?? 'active') === 'active',
    )
    if (own) return { holds: true, fact: own, from: 'channel' }
    if (p.support?.via.includes(channel.via)) return { holds: true, fact: p.support, from: 'support' }
    if (p.support?.complete) return { holds: false, fact: p.support, from: 'support' }
    return null
  }
  if (topic === 'international_version') {
    const never = p.never.find((n) => n.kind === 'international_version')
    return never ? { holds: false, fact: never, from: 'never' } : null
  }
  if (CUSTODIAL_ONLY.includes(topic) && p.custody?.model === 'self_custody') {
    return { holds: false, fact: p.custody, from: 'custody' }
  }
  return null
}

/** Each thing `text` says about `p`, with its truth and an explanation that can be shown as is. */
export function judgeClaims(text: string, p: Project): Claim[] {
  return findAssertions(text).map((a) => judgeAssertion(a, p))
}

/**
 * Each thing `text` says about each project it names (`projects`, in order of mention): a
 * sentence's claim is about the projects it names, else those named last before it, else the
 * first the text names. One claim per project and topic, the first.
 * @example
 * judgeTextClaims('TP钱包有客服电话。币安可以帮你找回密码。', [tokenpocket, binance], index.claims)
 * // [{ project: 'tokenpocket', topic: 'phone_support', ... }, { project: 'binance', topic: 'password_reset', ... }]
 */
export function judgeTextClaims(
  text: string,
  projects: readonly Project[],
  namedIn: (sentence: string) => readonly string[],
): Claim[] {
  if (!projects.length) return []
  const byId = new Map(projects.map((p) => [p.id, p]))
  const seen = new Set<string>()
  const claims: Claim[] = []
  for (const a of findAssertions(text, namedIn)) {
    const about = a.about.flatMap((id) => byId.get(id) ?? [])
    for (const p of about.length ? about : [projects[0]!]) {
      const key = `${p.id} ${a.topic}`
      if (seen.has(key)) continue
      seen.add(key)
      claims.push(judgeAssertion(a, p))
    }
  }
  return claims
}

/** One thing a text says about `p` (from findAssertions), judged against `p`'s evidence. */
export function judgeAssertion({ topic, says, text }: Assertion, p: Project): Claim {
  const evidence = evidenceFor(p, topic)
  const truth = !evidence ? 'unverified' : evidence.holds === (says === 'yes') ? 'true' : 'false'
  return { project: p.id, topic, text, truth, explanation: explain.claim(p, topic, says, evidence) }
}
