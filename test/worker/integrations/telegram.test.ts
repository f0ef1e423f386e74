import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { check } from '../../../src/core'
import type { Bindings } from '../../../src/worker/env'
import worker from '../../../src/worker/index'
import { claimLine, claimsInOrder } from '../../../src/wording/ui'
import article from '../../../data/articles/seo-tp-support-2.txt?raw'
import { engineIndex } from '../helpers'

// The secret Telegram echoes in every webhook call (setWebhook's secret_token), made per run.
const SECRET = `s_${crypto.randomUUID()}`
const BOT = { id: 7000000001, is_bot: true, first_name: 'Genuine', username: 'GenuineCheckBot' }

/** The Worker's real entry and D1, with the Telegram bindings this suite sets. */
const vars = { ...env, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_BOT_USERNAME: 'GenuineCheckBot' }

type SendMessage = {
  method: 'sendMessage'
  chat_id: number
  text: string
  parse_mode: 'HTML'
  reply_to_message_id: number
  link_preview_options: { is_disabled: boolean }
}

async function post(update: unknown, secret: string | null = SECRET, bindings: Bindings = vars) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (secret !== null) headers['X-Telegram-Bot-Api-Secret-Token'] = secret
  const body = typeof update === 'string' ? update : JSON.stringify(update)
  const request = new Request('https://genuine.test/integrations/telegram', {
    method: 'POST',
    headers,
    body,
  })
  const ctx = createExecutionContext()
  const res = await worker.fetch(request, bindings, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

async function answer(update: unknown): Promise<SendMessage | null> {
  const res = await post(update)
  expect(res.status).toBe(200)
  const text = await res.text()
  return text ? (JSON.parse(text) as SendMessage) : null
}

let nextId = 1
const id = () => nextId++
const user = (fields: Record<string, unknown> = {}) => ({
  id: 100000 + id(),
  is_bot: false,
  first_name: 'Mia',
  language_code: 'en',
  ...fields,
})
const newGroup = (type = 'supergroup') => ({
  id: -1001000000000 - id(),
  type,
  title: 'TokenPocket 中文社区',
})
const PRIVATE = (u: { id: number }) => ({ id: u.id, type: 'private', first_name: 'Mia' })

/** A text message with the entities Telegram computes (offsets in UTF-16 units). */
function message(
  chat: object,
  from: object | undefined,
  text: string,
  extra: Record<string, unknown> = {},
) {
  const entities: { type: string; offset: number; length: number; url?: string }[] = []
  const cmd = /^\/\w+(@\w+)?/.exec(text)
  if (cmd) entities.push({ type: 'bot_command', offset: 0, length: cmd[0].length })
  for (const m of text.matchAll(/https?:\/\/\S+|@\w{5,}/g)) {
    entities.push({
      type: m[0].startsWith('@') ? 'mention' : 'url',
      offset: m.index!,
      length: m[0].length,
    })
  }
  return {
    message_id: id(),
    ...(from ? { from } : {}),
    chat,
    date: 1763800000,
    text,
    ...(entities.length ? { entities } : {}),
    ...extra,
  }
}

const update = (fields: Record<string, unknown>) => ({ update_id: id(), ...fields })

/** Makes `admin` known as an admin the way Telegram tells it: they promote the bot. */
async function promoteBot(chat: object, admin: object) {
  const res = await post(
    update({
      my_chat_member: {
        chat,
        from: admin,
        date: 1763800000,
        old_chat_member: { status: 'member', user: BOT },
        new_chat_member: { status: 'administrator', user: BOT, can_delete_messages: true },
      },
    }),
  )
  expect(res.status).toBe(200)
}

async function guardedGroup() {
  const chat = newGroup()
  const admin = user()
  await promoteBot(chat, admin)
  const on = await answer(update({ message: message(chat, admin, '/guard on') }))
  expect(on?.text).toContain('Guard is on')
  return { chat, admin }
}

describe('Telegram webhook secret', () => {
  it.each([
    ['missing', null],
    ['wrong', 'not-the-secret'],
    ['a prefix of the secret', SECRET.slice(0, -1)],
    ['empty', ''],
  ])('refuses a %s secret with 401', async (_, secret) => {
    const res = await post(update({ message: message(PRIVATE(user()), user(), '/help') }), secret)
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } })
  })

  it('is off (404) without TELEGRAM_WEBHOOK_SECRET', async () => {
    const res = await post(update({}), SECRET, { ...vars, TELEGRAM_WEBHOOK_SECRET: undefined })
    expect(res.status).toBe(404)
  })

  it.each([
    ['not JSON', '{"update_id":', 400, 'invalid_json'],
    ['not an update', '{"message":"hi"}', 400, 'validation_failed'],
    ['huge', JSON.stringify({ update_id: 1, pad: 'x'.repeat(300_000) }), 413, 'payload_too_large'],
  ])('answers a body that is %s with a stable error', async (_, body, status, code) => {
    const res = await post(body)
    expect(res.status).toBe(status)
    expect(await res.json()).toMatchObject({ error: { code } })
  })

  it('accepts an update kind it does not handle with an empty 200', async () => {
    const res = await post(update({ callback_query: { id: '1', from: user(), data: 'x' } }))
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('')
  })
})

describe('commands', () => {
  it('answers /verify in a private chat with a sendMessage call in the response body', async () => {
    const from = user()
    const msg = message(PRIVATE(from), from, '/verify tokenpocket-support.com')
    const reply = await answer(update({ message: msg }))
    const verdict = check('tokenpocket-support.com', await engineIndex())
    expect(reply).toMatchObject({
      method: 'sendMessage',
      chat_id: from.id,
      parse_mode: 'HTML',
      reply_to_message_id: msg.message_id,
      link_preview_options: { is_disabled: true },
    })
    expect(reply!.text).toContain('<code>tokenpocket-support.com</code>')
    expect(reply!.text).toContain(verdict.explanation.en.slice(0, 40))
    expect(reply!.text).toContain('<a href="https://tokenpocket.pro">tokenpocket.pro</a>')
  })

  it('answers /verify@ThisBot in a group, in the sender’s language', async () => {
    const chat = newGroup('group')
    const from = user({ language_code: 'zh-hans' })
    const scam = 'TP钱包客服电话 +86 400 888 1234'
    const reply = await answer(
      update({ message: message(chat, from, `/verify@GenuineCheckBot ${scam}`) }),
    )
    expect(reply!.chat_id).toBe(chat.id)
    expect(reply!.text).toContain(check(scam, await engineIndex()).explanation.zh)
  })

  it('leaves /verify@OtherBot to the other bot', async () => {
    const reply = await answer(
      update({ message: message(newGroup(), user(), '/verify@OtherBot tokenpocket.pro') }),
    )
    expect(reply).toBeNull()
  })

  it('checks the replied-to message (caption included) when /verify is a reply', async () => {
    const chat = newGroup()
    const caption = 'TP钱包客服电话：400-888-1234'
    const photo = [{ file_id: 'x', file_unique_id: 'y', width: 1, height: 1 }]
    const scam = { message_id: id(), from: user(), chat, date: 1763800000, caption, photo }
    const reply = await answer(
      update({ message: message(chat, user(), '/verify', { reply_to_message: scam }) }),
    )
    expect(reply!.text).toContain('<code>400-888-1234</code>')
    expect(reply!.text).toContain(check(caption, await engineIndex()).explanation.en)
  })

  it('escapes hostile HTML and never echoes it as markup', async () => {
    const from = user()
    const reply = await answer(
      update({
        message: message(
          PRIVATE(from),
          from,
          '/verify <b>x</b>&<a href="javascript:alert(1)">t.me/x</a>',
        ),
      }),
    )
    expect(reply!.text).not.toContain('<a href="javascript')
    expect(reply!.text).not.toContain('<b>x</b>')
    expect(reply!.text.length).toBeLessThanOrEqual(4096)
  })

  it('keeps a reply within 4096 characters for a maximal message', async () => {
    const from = user()
    const long =
      '/verify ' +
      Array.from({ length: 60 }, (_, i) => `https://tokenpocket-help${i}.com @tp_support${i}`).join(
        ' ',
      )
    const reply = await answer(
      update({ message: message(PRIVATE(from), from, long.slice(0, 4096)) }),
    )
    expect(reply!.text.length).toBeLessThanOrEqual(4096)
  })

  it('answers /official by any alias', async () => {
    const from = user()
    const reply = await answer(
      update({ message: message(PRIVATE(from), from, '/official TP钱包') }),
    )
    expect(reply!.text).toContain('How to reach TokenPocket for real')
    expect(reply!.text).toContain('<a href="https://t.me/tokenpocket_cn">@tokenpocket_cn</a>')
  })

  it('files /report as the API does, and refuses an official channel', async () => {
    const from = user()
    const host = `tokenpocket-airdrop-${crypto.randomUUID().slice(0, 6)}.com`
    const reply = await answer(
      update({
        message: message(PRIVATE(from), from, `/report https://${host} sent to me in a DM`),
      }),
    )
    expect(reply!.text).toContain('Thank you')
    const row = await env.DB.prepare(
      'SELECT r.count, n.source, n.note FROM reports r JOIN report_notes n ON n.report_id = r.id WHERE r.value = ?',
    )
      .bind(host)
      .first()
    expect(row).toEqual({ count: 1, source: 'telegram', note: 'sent to me in a DM' })
    const refused = await answer(
      update({ message: message(PRIVATE(from), from, '/report service@tokenpocket.pro') }),
    )
    expect(refused!.text).toContain('cannot be reported')
  })

  it('reports the most serious contact of the message /report replies to, and nothing else of it', async () => {
    const chat = newGroup()
    const host = `tokenpocket-kefu-${crypto.randomUUID().slice(0, 6)}.com`
    const text = `TP钱包客服电话：400-888-1234，在线客服 ${host}，官网 tokenpocket.pro`
    const scam = { message_id: id(), from: user(), chat, date: 1763800000, text }
    const reply = await answer(
      update({ message: message(chat, user(), '/report', { reply_to_message: scam }) }),
    )
    expect(reply!.text).toContain('Thank you')
    expect(reply!.text).toContain(host)
    const rows = await env.DB.prepare(
      'SELECT r.type, r.value, r.project, n.note, n.source FROM reports r LEFT JOIN report_notes n ON n.report_id = r.id WHERE r.value = ?',
    )
      .bind(host)
      .all()
    // The lookalike site outranks the phone line TokenPocket never has; no text of the message is
    // kept (no note row at all).
    expect(rows.results).toEqual([
      { type: 'website', value: host, project: 'tokenpocket', note: null, source: null },
    ])
  })

  it('says so when the message /report replies to holds nothing to report', async () => {
    const chat = newGroup()
    const text = 'Official site: tokenpocket.pro, support: service@tokenpocket.pro'
    const plain = { message_id: id(), from: user(), chat, date: 1763800000, text }
    const reply = await answer(
      update({ message: message(chat, user(), '/report', { reply_to_message: plain }) }),
    )
    expect(reply!.text).toContain('holds no contact to report')
  })

  it('cuts a /report note to the API’s 500 characters instead of refusing it', async () => {
    const from = user()
    const host = `tp-wallet-kefu-${crypto.randomUUID().slice(0, 6)}.com`
    const note = 'called me '.repeat(80)
    await answer(update({ message: message(PRIVATE(from), from, `/report ${host} ${note}`) }))
    const row = await env.DB.prepare(
      'SELECT n.note FROM reports r JOIN report_notes n ON n.report_id = r.id WHERE r.value = ?',
    )
      .bind(host)
      .first<{ note: string }>()
    expect(row!.note).toHaveLength(500)
    expect(row!.note.startsWith('called me called me')).toBe(true)
  })

  it('checks whatever is sent or forwarded to it privately', async () => {
    const from = user()
    const reply = await answer(
      update({ message: message(PRIVATE(from), from, '@tokenpocket_helpdesk') }),
    )
    expect(reply!.text).toMatch(/Fake/)
  })

  it('lists what a forwarded article claims about the wallet, false first, in Chinese', async () => {
    const from = user({ language_code: 'zh-hans' })
    const reply = await answer(update({ message: message(PRIVATE(from), from, article) }))
    const verdict = check(article, await engineIndex())
    expect(verdict.verdict).toBe('misleading')
    const claims = claimsInOrder(verdict.claims!)
    expect(claims.some((c) => c.truth === 'false' && c.topic === 'password_reset')).toBe(true)
    expect(reply!.text).toContain('<b>它对TP钱包的说法</b>')
    // Each claim on one line, its mark first; a false one before any true one.
    const lines = claims.map((c) => claimLine(c).zh.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
    for (const l of lines) expect(reply!.text).toContain(l)
    const at = lines.map((l) => reply!.text.indexOf(l))
    expect(at).toEqual([...at].sort((a, b) => a - b))
    expect(reply!.text).toContain('✕ 不实：这段文字说TP钱包')
    // The article is not quoted back: the reader has it.
    expect(reply!.text).not.toContain(article.slice(0, 40))
    expect(reply!.text.length).toBeLessThanOrEqual(4096)
  })

  it('stays quiet about an unknown command in a group', async () => {
    expect(
      await answer(update({ message: message(newGroup(), user(), '/ban@SomeOtherBot') })),
    ).toBeNull()
    expect(await answer(update({ message: message(newGroup(), user(), '/frobnicate') }))).toBeNull()
  })
})

describe('guard mode', () => {
  it('is switched on and off by the admin Telegram named when promoting the bot', async () => {
    const { chat, admin } = await guardedGroup()
    const row = await env.DB.prepare('SELECT enabled FROM telegram_guard WHERE chat_id = ?')
      .bind(chat.id)
      .first()
    expect(row).toEqual({ enabled: 1 })
    const off = await answer(update({ message: message(chat, admin, '/guard off') }))
    expect(off!.text).toContain('Guard is off')
  })

  it('refuses /guard from a member Telegram never named as admin', async () => {
    const chat = newGroup()
    await promoteBot(chat, user())
    const reply = await answer(update({ message: message(chat, user(), '/guard on') }))
    expect(reply!.text).toContain('Only a group admin')
    expect(
      await env.DB.prepare('SELECT 1 FROM telegram_guard WHERE chat_id = ?').bind(chat.id).first(),
    ).toBeNull()
  })

  it('accepts an anonymous admin posting as the group itself', async () => {
    const chat = newGroup()
    const anon = {
      id: 1087968824,
      is_bot: true,
      first_name: 'Group',
      username: 'GroupAnonymousBot',
    }
    const reply = await answer(
      update({ message: message(chat, anon, '/guard on', { sender_chat: chat }) }),
    )
    expect(reply!.text).toContain('Guard is on')
  })

  it('learns promotions and demotions from chat_member updates', async () => {
    const chat = newGroup()
    const owner = user()
    const mod = user()
    const change = (from: string, to: string) =>
      post(
        update({
          chat_member: {
            chat,
            from: owner,
            date: 1763800000,
            old_chat_member: { status: from, user: mod },
            new_chat_member: { status: to, user: mod },
          },
        }),
      )
    await change('member', 'administrator')
    expect((await answer(update({ message: message(chat, mod, '/guard on') })))!.text).toContain(
      'Guard is on',
    )
    await change('administrator', 'member')
    expect((await answer(update({ message: message(chat, mod, '/guard off') })))!.text).toContain(
      'Only a group admin',
    )
  })

  it('forgets a chat when the bot leaves it', async () => {
    const { chat, admin } = await guardedGroup()
    await post(
      update({
        my_chat_member: {
          chat,
          from: admin,
          date: 1763800000,
          old_chat_member: { status: 'administrator', user: BOT },
          new_chat_member: { status: 'left', user: BOT },
        },
      }),
    )
    expect(
      await env.DB.prepare('SELECT 1 FROM telegram_guard WHERE chat_id = ?').bind(chat.id).first(),
    ).toBeNull()
    expect(
      await env.DB.prepare('SELECT 1 FROM telegram_admins WHERE chat_id = ?').bind(chat.id).first(),
    ).toBeNull()
  })

  it('warns about an impersonating link, handle or phone number in a message', async () => {
    const { chat } = await guardedGroup()
    const msg = message(
      chat,
      user(),
      'Need help? DM @tokenpocket_helpdesk or open https://tokenpocket-help.com',
    )
    const reply = await answer(update({ message: msg }))
    expect(reply!.reply_to_message_id).toBe(msg.message_id)
    expect(reply!.text).toContain('Careful')
    expect(reply!.text).toContain('<code>@tokenpocket_helpdesk</code>')
    expect(reply!.text).toContain('<code>https://tokenpocket-help.com</code>')
  })

  it('reads the real target of a text_link and edited messages', async () => {
    const { chat } = await guardedGroup()
    const text = 'Official support portal'
    const msg = message(chat, user(), text, {
      entities: [
        {
          type: 'text_link',
          offset: 0,
          length: text.length,
          url: 'https://tokenpocket-support.com/login',
        },
      ],
      edit_date: 1763800100,
    })
    const reply = await answer(update({ edited_message: msg }))
    expect(reply!.text).toContain('tokenpocket-support.com')
  })

  it('warns about a reported scam in a photo caption', async () => {
    const { chat } = await guardedGroup()
    const msg = {
      message_id: id(),
      from: user(),
      chat,
      date: 1763800000,
      caption: 'Support here: t.me/tokenpocket_C',
      caption_entities: [{ type: 'url', offset: 14, length: 18 }],
      photo: [],
    }
    const reply = await answer(update({ message: msg }))
    expect(reply!.text).toContain('Known scam')
  })

  it('stays quiet about official and unknown contacts', async () => {
    const { chat } = await guardedGroup()
    for (const text of [
      'Official: https://tokenpocket.pro and @tokenpocket_cn',
      'My blog: https://example.org, mail me at mia@example.org',
      'gm everyone',
    ]) {
      expect(await answer(update({ message: message(chat, user(), text) }))).toBeNull()
    }
  })

  it('stays quiet in a group whose guard is off', async () => {
    const chat = newGroup('group')
    expect(
      await answer(update({ message: message(chat, user(), 'DM @tokenpocket_helpdesk for help') })),
    ).toBeNull()
  })

  it('warns when a new member imitates an official account by username or name', async () => {
    const { chat } = await guardedGroup()
    const fake = user({ first_name: 'TokenPocket', last_name: 'Support', username: 'mia_2025' })
    const msg = { message_id: id(), from: fake, chat, date: 1763800000, new_chat_members: [fake] }
    const reply = await answer(update({ message: msg }))
    expect(reply!.text).toContain('a new member imitates an official account')
    expect(reply!.text).toContain('<code>TokenPocket Support @mia_2025</code>')
    const byUsername = user({ first_name: 'Help', username: 'TokenPocket_Helpdesk' })
    const second = await answer(
      update({
        message: { ...msg, message_id: id(), from: byUsername, new_chat_members: [byUsername] },
      }),
    )
    expect(second!.text).toContain('@TokenPocket_Helpdesk')
    for (const name of ['TP钱包 官方客服', 'TokenPocket']) {
      const member = user({ first_name: name, username: 'zhang_2025' })
      const warned = await answer(
        update({ message: { ...msg, message_id: id(), from: member, new_chat_members: [member] } }),
      )
      expect(warned!.text).toContain(`<code>${name} @zhang_2025</code>`)
    }
  })

  it('does not flag a member who is the official account, or an ordinary one', async () => {
    const { chat } = await guardedGroup()
    const members = [
      user({ first_name: 'TokenPocket', username: 'tokenpocket_cn' }),
      user({ first_name: 'Alice', username: 'alice_w' }),
    ]
    expect(
      await answer(
        update({
          message: {
            message_id: id(),
            from: members[1],
            chat,
            date: 1763800000,
            new_chat_members: members,
          },
        }),
      ),
    ).toBeNull()
  })

  it('ignores channel posts', async () => {
    const channel = { id: -1002000000001, type: 'channel', title: 'News' }
    const post = {
      message_id: id(),
      sender_chat: channel,
      chat: channel,
      date: 1763800000,
      text: '/verify @tokenpocket_helpdesk',
    }
    expect(await answer(update({ channel_post: post }))).toBeNull()
  })
})
