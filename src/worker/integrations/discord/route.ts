/**
 * Discord HTTP interactions (`POST /integrations/discord`): PING, and the slash commands of
 * `commands.ts`. Every reply is ephemeral: only the moderator who asked sees it.
 */
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { check } from '../../../core'
import { getIndex } from '../../engine'
import type { Env } from '../../env'
import { ApiError, errorResponse } from '../../errors'
import { findProjects } from '../../page/search'
import { notice, type Card } from '../card'
import type { Lang } from '../../../wording/lang'
import { langOf } from '../lang'
import { officialCard } from '../project-card'
import { reportFromBot } from '../report'
import { verdictCard } from '../verdict-card'
import { BOT } from '../wording'
import type { CommandName } from './commands'
import { toEmbed } from './embed'
import { EPHEMERAL, Interaction, InteractionType, option, ResponseType } from './interaction'
import { isPublicKey, verifyInteraction } from './signature'

/** Interactions are a few kilobytes; the cap keeps a forged giant body from being buffered. */
const MAX_BODY = 64 * 1024
const DISCORD_API = 'https://discord.com/api/v10'
/** Discord shows at most 25 autocomplete choices. */
const MAX_CHOICES = 25

type Ctx = Context<Env>

/** A message payload: embeds only, and no mention in it may ever ping anyone. */
const message = (card: Card) => ({
  flags: EPHEMERAL,
  embeds: [toEmbed(card)],
  allowed_mentions: { parse: [] },
})

const reply = (c: Ctx, card: Card) =>
  c.json({ type: ResponseType.CHANNEL_MESSAGE, data: message(card) })

/** Sweeps ids older than this: far beyond the signature's few minutes of validity. */
const SEEN_TTL_SECONDS = 86_400

/**
 * True the first time an interaction id is seen. A signed interaction stays valid for minutes,
 * so anyone who captured one could replay it: acting on an id once makes `/report` idempotent.
 */
async function firstTime(db: D1Database, id: string): Promise<boolean> {
  const now = Math.floor(Date.now() / 1000)
  const [insert] = await db.batch([
    db.prepare('INSERT INTO discord_interactions (id, at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING').bind(id, now),
    db.prepare('DELETE FROM discord_interactions WHERE at < ?').bind(now - SEEN_TTL_SECONDS),
  ])
  return insert?.meta.changes === 1
}

/**
 * A report writes to D1, which may not finish within Discord's 3 seconds: answer "thinking…"
 * now, and edit that answer when the report is filed. A replayed interaction gets the same
 * answer and files nothing.
 */
async function deferReport(c: Ctx, i: Interaction, lang: Lang) {
  const deferred = { type: ResponseType.DEFERRED_CHANNEL_MESSAGE, data: { flags: EPHEMERAL } }
  if (!(await firstTime(c.env.DB, i.id))) return c.json(deferred)
  const reporter = `discord:${i.member?.user.id ?? i.user?.id ?? 'unknown'}`
  const note = option(i, 'note')
  const input = { contact: option(i, 'contact'), ...(note ? { note } : {}) }
  c.executionCtx.waitUntil(
    reportFromBot(c.env, reporter, input, 'discord', lang).then((card) =>
      fetch(`${DISCORD_API}/webhooks/${i.application_id}/${i.token}/messages/@original`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(message(card)),
      }),
    ),
  )
  return c.json(deferred)
}

async function command(c: Ctx, i: Interaction) {
  const lang = langOf(i.locale ?? i.guild_locale)
  const name = i.data?.name as CommandName | undefined
  switch (name) {
    case 'verify': {
      const input = option(i, 'contact')
      if (!input) return reply(c, notice('neutral', BOT.verifyUsage[lang]))
      const index = await getIndex(c.env)
      return reply(c, verdictCard(check(input, index), index, lang))
    }
    case 'official': {
      return reply(c, officialCard(option(i, 'project'), await getIndex(c.env), lang))
    }
    case 'report':
      return deferReport(c, i, lang)
    default:
      return reply(c, notice('neutral', BOT.unknownCommand[lang]))
  }
}

/** Choices for `/official project:`, by any name or alias, in the registry's order. */
async function autocomplete(c: Ctx, i: Interaction) {
  const index = await getIndex(c.env)
  const lang = langOf(i.locale)
  const choices = findProjects(option(i, 'project'), index.projects, index.claims)
    .slice(0, MAX_CHOICES)
    .map((p) => ({ name: p.name[lang], value: p.id }))
  return c.json({ type: ResponseType.AUTOCOMPLETE_RESULT, data: { choices } })
}

const discord = new Hono<Env>()

discord.post(
  '/',
  bodyLimit({
    maxSize: MAX_BODY,
    onError: (c) =>
      errorResponse(c, new ApiError('payload_too_large', 'An interaction is at most 64 KB.')),
  }),
  async (c) => {
    const key = c.env.DISCORD_PUBLIC_KEY
    if (!key) throw new ApiError('not_found', 'The Discord integration is not configured.')
    if (!isPublicKey(key)) throw new Error('DISCORD_PUBLIC_KEY is not 64 hex characters')
    // The signature covers the exact bytes: read them raw, parse only once they are verified.
    const body = new Uint8Array(await c.req.arrayBuffer())
    const signature = c.req.header('X-Signature-Ed25519')
    const timestamp = c.req.header('X-Signature-Timestamp')
    if (!(await verifyInteraction(key, signature, timestamp, body))) {
      throw new ApiError('unauthorized', 'Missing, stale or invalid request signature.')
    }
    let json: unknown
    try {
      json = JSON.parse(new TextDecoder().decode(body))
    } catch {
      throw new ApiError('invalid_json', 'The body is not valid JSON.')
    }
    const parsed = Interaction.safeParse(json)
    if (!parsed.success) throw new ApiError('validation_failed', 'Not a Discord interaction.')
    const i = parsed.data
    if (i.type === InteractionType.PING) return c.json({ type: ResponseType.PONG })
    if (i.type === InteractionType.AUTOCOMPLETE) return autocomplete(c, i)
    if (i.type === InteractionType.APPLICATION_COMMAND) return command(c, i)
    throw new ApiError('bad_request', `Interactions of type ${i.type} are not handled.`)
  },
)

export default discord
