/**
 * The Telegram webhook (`POST /integrations/telegram`). Each answer is a Bot API method call in
 * the webhook's own response body, so the Worker needs no bot token and makes no outbound call.
 */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { check } from '../../../core'
import { getIndex } from '../../engine'
import type { Bindings, Env } from '../../env'
import { ApiError, errorResponse } from '../../errors'
import type { Lang } from '../../../wording/lang'
import { notice, type Card } from '../card'
import { clip } from '../clip'
import { langOf } from '../lang'
import { officialCard } from '../project-card'
import { MAX_NOTE, reportableContact, reportFromBot } from '../report'
import { verdictCard } from '../verdict-card'
import { BOT } from '../wording'
import { parseCommand, type Command } from './command'
import { guardCard, memberCard } from './guard-card'
import { contactsToWarn, membersToWarn } from './guard-check'
import { isGuarded, learnAdmins, sentByAdmin, setGuard } from './guard'
import { toHtml } from './html'
import { secretMatches } from './secret'
import { content, Update, type Message } from './update'

/** Updates are a few kilobytes; the cap keeps a giant body from being buffered. */
const MAX_BODY = 256 * 1024

type Answer = Record<string, unknown> | null

/** A reply to `m`, rendered as HTML; link previews off, so a scam site is never fetched or shown. */
const replyTo = (m: Message, card: Card): Answer => ({
  method: 'sendMessage',
  chat_id: m.chat.id,
  text: toHtml(card),
  parse_mode: 'HTML',
  reply_to_message_id: m.message_id,
  link_preview_options: { is_disabled: true },
})

const isGroup = (m: Message) => m.chat.type === 'group' || m.chat.type === 'supergroup'

async function guardCommand(db: D1Database, m: Message, args: string, lang: Lang): Promise<Answer> {
  if (!isGroup(m)) return replyTo(m, notice('neutral', BOT.guardGroupsOnly[lang]))
  const wanted = args.toLowerCase()
  if (wanted !== 'on' && wanted !== 'off') {
    const on = await isGuarded(db, m.chat.id)
    return replyTo(
      m,
      notice('neutral', (on ? BOT.guardOn : BOT.guardOff)[lang], BOT.guardUsage[lang]),
    )
  }
  if (!(await sentByAdmin(db, m))) return replyTo(m, notice('careful', BOT.guardAdminsOnly[lang]))
  await setGuard(db, m.chat.id, wanted === 'on', m.from?.id ?? m.chat.id)
  return replyTo(m, notice('good', (wanted === 'on' ? BOT.guardOn : BOT.guardOff)[lang]))
}

async function command(env: Bindings, m: Message, cmd: Command, lang: Lang): Promise<Answer> {
  const mine = env.TELEGRAM_BOT_USERNAME?.toLowerCase()
  if (cmd.bot && mine && cmd.bot.toLowerCase() !== mine) return null
  switch (cmd.name) {
    case 'start':
    case 'help':
      return replyTo(m, notice('neutral', 'Genuine', BOT.help[lang]))
    case 'verify': {
      // `/verify` sent as a reply checks the message it replies to.
      const input = cmd.args || (m.reply_to_message ? content(m.reply_to_message).text : '')
      if (!input) return replyTo(m, notice('neutral', BOT.verifyUsage[lang]))
      const index = await getIndex(env)
      return replyTo(m, verdictCard(check(input, index), index, lang))
    }
    case 'official':
      if (!cmd.args) return replyTo(m, notice('neutral', BOT.officialUsage[lang]))
      return replyTo(m, officialCard(cmd.args, await getIndex(env), lang))
    case 'report': {
      const reporter = `telegram:${m.from?.id ?? m.chat.id}`
      // `/report` sent as a reply reports the contact in the message it replies to; nothing of
      // that message is kept but the contact.
      if (!cmd.args && m.reply_to_message) {
        const text = content(m.reply_to_message).text
        const found = reportableContact(text, await getIndex(env))
        if (!found) return replyTo(m, notice('neutral', BOT.nothingToReport[lang]))
        return replyTo(m, await reportFromBot(env, reporter, { contact: found }, 'telegram', lang))
      }
      const [contact = '', ...note] = cmd.args.split(/\s+/)
      if (!contact) return replyTo(m, notice('neutral', BOT.reportUsage[lang]))
      // The rest of the line is the note, cut to the API's limit rather than refused.
      const input = { contact, ...(note.length ? { note: clip(note.join(' '), MAX_NOTE) } : {}) }
      return replyTo(m, await reportFromBot(env, reporter, input, 'telegram', lang))
    }
    case 'guard':
      return guardCommand(env.DB, m, cmd.args, lang)
    default:
      // In a group the command may be another bot's: stay quiet there.
      return isGroup(m) ? null : replyTo(m, notice('neutral', BOT.unknownCommand[lang]))
  }
}

async function onMessage(env: Bindings, m: Message, edited: boolean): Promise<Answer> {
  const { text, entities } = content(m)
  const lang = langOf(m.from?.language_code)
  const cmd = edited ? null : parseCommand(text)
  if (cmd) return command(env, m, cmd, lang)
  if (!isGroup(m)) {
    // In a private chat, whatever is sent or forwarded is checked, as `/verify` would.
    if (edited || !text.trim()) return null
    const index = await getIndex(env)
    return replyTo(m, verdictCard(check(text, index), index, lang))
  }
  const joined = m.new_chat_members ?? []
  if (!joined.length && !text.trim()) return null
  if (!(await isGuarded(env.DB, m.chat.id))) return null
  const index = await getIndex(env)
  if (joined.length) {
    const fakes = membersToWarn(joined, index)
    return fakes.length ? replyTo(m, memberCard(fakes, lang)) : null
  }
  const bad = contactsToWarn(text, entities, index)
  return bad.length ? replyTo(m, guardCard(bad, lang)) : null
}

/**
 * Channel posts are written by the channel's own admins: nothing to guard or answer there.
 * Membership changes teach who the admins are (see `guard.ts`).
 */
async function handle(env: Bindings, u: Update): Promise<Answer> {
  if (u.my_chat_member) await learnAdmins(env.DB, u.my_chat_member, true)
  if (u.chat_member) await learnAdmins(env.DB, u.chat_member, false)
  if (u.message) return onMessage(env, u.message, false)
  if (u.edited_message) return onMessage(env, u.edited_message, true)
  return null
}

const telegram = new Hono<Env>()

telegram.post(
  '/',
  bodyLimit({
    maxSize: MAX_BODY,
    onError: (c) =>
      errorResponse(c, new ApiError('payload_too_large', 'An update is at most 256 KB.')),
  }),
  async (c) => {
    const secret = c.env.TELEGRAM_WEBHOOK_SECRET
    if (!secret) throw new ApiError('not_found', 'The Telegram integration is not configured.')
    if (!(await secretMatches(c.req.header('X-Telegram-Bot-Api-Secret-Token'), secret))) {
      throw new ApiError('unauthorized', 'Missing or wrong webhook secret.')
    }
    let json: unknown
    try {
      json = await c.req.json()
    } catch {
      throw new ApiError('invalid_json', 'The body is not valid JSON.')
    }
    const update = Update.safeParse(json)
    if (!update.success) throw new ApiError('validation_failed', 'Not a Telegram update.')
    const answer = await handle(c.env, update.data)
    // An empty 200 tells Telegram the update is handled and needs no answer.
    return answer ? c.json(answer) : c.body(null, 200)
  },
)

export default telegram
