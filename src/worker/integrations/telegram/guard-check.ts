/**
 * What guard mode warns a group about: contacts that are fakes or known scams, and members who
 * imitate official accounts. Official and unknown contacts get no reply: a group must not learn
 * to ignore the bot.
 */
import { check, checkMessage, checkName, type Index } from '../../../core'
import type { ContactVerdict, VerdictKind } from '../../../core/verdict'
import type { Entity, User } from './update'

/** `not_offered` too: "TokenPocket support on WhatsApp" is a scam whatever the number. */
const WARN: ReadonlySet<VerdictKind> = new Set([
  'impersonation',
  'not_offered',
  'reported_scam',
  'secret_detected',
])

/** The entity types Telegram marks that can be contacts. */
const CONTACT_ENTITIES = new Set(['url', 'text_link', 'mention', 'email', 'phone_number'])

/** A message holds a handful of contacts; a flood of entities gets the first few looked at. */
const MAX_ENTITIES = 20

/**
 * Telegram's entities first (a `text_link` hides its real target behind other words), then the
 * engine's own reading of the text, which finds what Telegram does not mark (WeChat IDs, a
 * "TP钱包客服" phone number).
 */
export function contactsToWarn(
  text: string,
  entities: readonly Entity[],
  index: Index,
): ContactVerdict[] {
  const marked = entities
    .filter((e) => CONTACT_ENTITIES.has(e.type))
    .slice(0, MAX_ENTITIES)
    .map((e) =>
      e.type === 'text_link' ? (e.url ?? '') : text.slice(e.offset, e.offset + e.length),
    )
    .filter(Boolean)
    .map((contact) => check(contact, index))
  const message = checkMessage(text, index)
  const found = message.verdict === 'secret_detected' ? [message] : (message.contacts ?? [])
  const seen = new Set<string>()
  return [...marked, ...found].filter((v) => {
    const key = v.normalized ?? v.input
    if (!WARN.has(v.verdict) || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export type FakeMember = { user: User; verdict: ContactVerdict }

/**
 * New members whose username, or whose display name read as one, imitates a project's official
 * account. A member whose username IS an official account is that account: never flagged.
 */
export function membersToWarn(users: readonly User[], index: Index): FakeMember[] {
  return users.flatMap((user): FakeMember[] => {
    const byUsername = user.username ? check(`@${user.username}`, index) : null
    if (byUsername?.verdict === 'official') return []
    if (byUsername && WARN.has(byUsername.verdict)) return [{ user, verdict: byUsername }]
    const byName = checkName([user.first_name, user.last_name].filter(Boolean).join(' '), index)
    return byName.verdict === 'impersonation' ? [{ user, verdict: byName }] : []
  })
}
