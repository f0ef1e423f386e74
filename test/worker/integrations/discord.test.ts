import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { getPublicKeyAsync, signAsync, utils } from '@noble/ed25519'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { check } from '../../../src/core'
import type { Bindings } from '../../../src/worker/env'
import worker from '../../../src/worker/index'
import { COMMANDS } from '../../../src/worker/integrations/discord/commands'
import { LIMITS } from '../../../src/worker/integrations/discord/embed'
import { engineIndex } from '../helpers'

// A key pair made here, as Discord holds one per application: requests are signed with noble
// (an implementation independent of the Worker's WebCrypto check) over timestamp + raw body.
const secretKey = utils.randomSecretKey()
const publicKey = bytesToHex(await getPublicKeyAsync(secretKey))
const bindings = { ...env, DISCORD_PUBLIC_KEY: publicKey }

const now = () => Math.floor(Date.now() / 1000)

async function signed(body: string, opts: { timestamp?: number; key?: Uint8Array } = {}) {
  const timestamp = String(opts.timestamp ?? now())
  const sig = await signAsync(utf8ToBytes(timestamp + body), opts.key ?? secretKey)
  return { 'X-Signature-Ed25519': bytesToHex(sig), 'X-Signature-Timestamp': timestamp }
}

async function call(body: string, headers: Record<string, string>, vars: Bindings = bindings) {
  const ctx = createExecutionContext()
  const request = new Request('https://genuine.test/integrations/discord', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  })
  const res = await worker.fetch(request, vars, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

// Each interaction has its own id, as Discord's do (a report is filed once per id).
const interaction = (fields: Record<string, unknown>) =>
  JSON.stringify({
    id: `${1e15 + Math.floor(Math.random() * 1e15)}`,
    application_id: '987654321098765432',
    token: 'aW50ZXJhY3Rpb24tdG9rZW4',
    version: 1,
    ...fields,
  })

const command = (name: string, options: Record<string, string>, locale = 'en-US') =>
  interaction({
    type: 2,
    locale,
    member: { user: { id: `${Math.floor(Math.random() * 1e12)}` } },
    data: {
      name,
      options: Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value })),
    },
  })

async function send(body: string) {
  return call(body, await signed(body))
}

type Reply = {
  type: number
  data: {
    flags: number
    embeds: { title: string; description?: string; fields: { name: string; value: string }[] }[]
  }
}

describe('Discord signature', () => {
  it('answers PING with PONG when signed', async () => {
    const res = await send(interaction({ type: 1 }))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ type: 1 })
  })

  it.each([
    ['no signature', async (b: string) => ({ 'X-Signature-Timestamp': String(now()) })],
    [
      'no timestamp',
      async (b: string) => ({ 'X-Signature-Ed25519': (await signed(b))['X-Signature-Ed25519'] }),
    ],
    ['another key', async (b: string) => signed(b, { key: utils.randomSecretKey() })],
    ['a stale timestamp', async (b: string) => signed(b, { timestamp: now() - 301 })],
    ['a future timestamp', async (b: string) => signed(b, { timestamp: now() + 301 })],
    [
      'a malformed signature',
      async (b: string) => ({ ...(await signed(b)), 'X-Signature-Ed25519': 'zz'.repeat(64) }),
    ],
    [
      'a timestamp not in the signature',
      async (b: string) => ({ ...(await signed(b)), 'X-Signature-Timestamp': String(now() - 1) }),
    ],
  ])('refuses %s with 401', async (_, headers) => {
    const body = interaction({ type: 1 })
    const res = await call(body, await headers(body))
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } })
  })

  it('refuses a body altered after signing', async () => {
    const body = interaction({ type: 1 })
    const res = await call(body.replace('"type":1', '"type":2'), await signed(body))
    expect(res.status).toBe(401)
  })

  it('accepts a timestamp within the 5-minute window', async () => {
    const body = interaction({ type: 1 })
    expect((await call(body, await signed(body, { timestamp: now() - 290 }))).status).toBe(200)
  })

  it('is off (404) without DISCORD_PUBLIC_KEY', async () => {
    const body = interaction({ type: 1 })
    const res = await call(body, await signed(body), { ...env, DISCORD_PUBLIC_KEY: undefined })
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } })
  })

  it('refuses a body over 64 KB with 413 before verifying it', async () => {
    const body = interaction({ type: 1, pad: 'x'.repeat(70_000) })
    const res = await call(body, await signed(body))
    expect(res.status).toBe(413)
    expect(await res.json()).toMatchObject({ error: { code: 'payload_too_large' } })
  })

  it.each([
    ['not JSON', '{"type":', 'invalid_json'],
    ['not an interaction', '{"type":"ping"}', 'validation_failed'],
    ['an array', '[1,2,3]', 'validation_failed'],
    ['a component interaction', interaction({ type: 3 }), 'bad_request'],
  ])('answers a signed body that is %s with 400 %s', async (_, body, code) => {
    const res = await send(body)
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: { code } })
  })
})

describe('/verify', () => {
  it('replies ephemerally with the engine verdict, why, and the real channel', async () => {
    const res = await send(command('verify', { contact: 'tokenpocket-support.com' }))
    const reply = (await res.json()) as Reply
    const verdict = check('tokenpocket-support.com', await engineIndex())
    expect(verdict.verdict).toBe('impersonation')
    expect(reply.type).toBe(4)
    expect(reply.data.flags & 64).toBe(64)
    const [embed] = reply.data.embeds
    expect(embed!.title).toContain('Fake')
    // What was pasted is shown verbatim in a code span, never as a live link.
    expect(embed!.description).toContain('`tokenpocket-support.com`')
    expect(embed!.description).toContain(verdict.explanation.en.slice(0, 40))
    const real = embed!.fields.find((f) => f.name === 'Use the real channel instead')
    expect(real?.value).toContain(verdict.official!.url!)
  })

  it('answers in Chinese for zh-CN and zh-TW locales', async () => {
    const verdict = check('+86 400 888 1234', await engineIndex())
    for (const locale of ['zh-CN', 'zh-TW']) {
      const reply = (await (
        await send(command('verify', { contact: '+86 400 888 1234' }, locale))
      ).json()) as Reply
      expect(reply.data.embeds[0]!.description).toContain(verdict.explanation.zh.slice(0, 10))
    }
  })

  it('confirms an official channel without warning words', async () => {
    const reply = (await (
      await send(command('verify', { contact: 'service@tokenpocket.pro' }))
    ).json()) as Reply
    expect(reply.data.embeds[0]!.title).toMatch(/^✓ Official channel/)
  })

  it('answers a person’s own question calmly: no warning, the real channel', async () => {
    const question = 'TP钱包的密码忘了怎么办'
    const verdict = check(question, await engineIndex())
    expect(verdict.reasons).toContain('own_question')
    const reply = (await (await send(command('verify', { contact: question }, 'zh-CN'))).json()) as Reply
    expect(reply.data.embeds[0]!.title).toMatch(/^i 你的提问：该去哪里问/)
  })

  it('lists each contact of a whole message and its red flags, within Discord limits', async () => {
    const message =
      'TP钱包客服：您的钱包已冻结，请立即联系 +86 400 123 4567 或 https://tokenpocket-help.com 或 @tokenpocket_helpdesk 解冻，并提供助记词验证钱包'
    const reply = (await (await send(command('verify', { contact: message }))).json()) as Reply
    const [embed] = reply.data.embeds
    const verdict = check(message, await engineIndex())
    expect(verdict.contacts!.length).toBeGreaterThan(1)
    const contacts = embed!.fields.find((f) => f.name.startsWith('We found'))!
    for (const c of verdict.contacts!)
      expect(contacts.value).toContain(
        c.explanation.en.slice(0, 20).replace(/[*_]/g, (m) => `\\${m}`),
      )
  })

  it('lists what a text claims about the wallet, false first, marked in words', async () => {
    const text =
      'TokenPocket offers phone support and online chat. TokenPocket customer service can reset your password.'
    const reply = (await (await send(command('verify', { contact: text }))).json()) as Reply
    const verdict = check(text, await engineIndex())
    expect(verdict.verdict).toBe('misleading')
    const field = reply.data.embeds[0]!.fields.find((f) => f.name === 'What it says about TokenPocket')
    const lines = field!.value.split('\n')
    expect(lines).toHaveLength(verdict.claims!.length)
    // (Markdown's `:` comes escaped.)
    const marks = lines.map((l) => l.slice(0, l.indexOf('\\:')))
    expect(marks).toEqual([
      ...verdict.claims!.filter((c) => c.truth === 'false').map(() => '✕ Not true'),
      ...verdict.claims!.filter((c) => c.truth === 'true').map(() => '✓ True'),
    ])
    expect(field!.value).toContain('reset your password')
    expect(field!.value).toContain('help.tokenpocket.pro')
  })

  it('fits a maximal hostile input within every embed limit', async () => {
    const hostile = (
      '@everyone `x` **b** [l](https://evil.example) \u202e 𝕋𝕠𝕜𝕖𝕟 ' + 'tokenpocket-help.com '
    ).repeat(80)
    const reply = (await (
      await send(command('verify', { contact: hostile.slice(0, 4000) }))
    ).json()) as Reply
    const [embed] = reply.data.embeds
    expect(embed!.title.length).toBeLessThanOrEqual(LIMITS.title)
    expect(embed!.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description)
    expect(embed!.fields.length).toBeLessThanOrEqual(LIMITS.fields)
    for (const f of embed!.fields) {
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName)
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue)
    }
    const total =
      embed!.title.length +
      (embed!.description?.length ?? 0) +
      embed!.fields.reduce((n, f) => n + f.name.length + f.value.length, 0)
    expect(total).toBeLessThanOrEqual(LIMITS.total)
    // Nothing pasted becomes a live link or a ping.
    expect(JSON.stringify(reply)).not.toContain('](https://evil.example)')
    expect(reply).toMatchObject({ data: { allowed_mentions: { parse: [] } } })
  })

  it('shows usage for an empty contact, and a short answer for an unknown command', async () => {
    const usage = (await (await send(command('verify', { contact: '  ' }))).json()) as Reply
    expect(usage.data.embeds[0]!.title).toContain('/verify')
    const unknown = (await (await send(command('frobnicate', {}))).json()) as Reply
    expect(unknown.type).toBe(4)
    expect(unknown.data.embeds[0]!.title).toContain('/official')
  })
})

describe('/official', () => {
  it.each(['TokenPocket', 'TP钱包', 'tp wallet', 'tokenpocket'])(
    'finds the project by %j',
    async (name) => {
      const reply = (await (await send(command('official', { project: name }))).json()) as Reply
      const [embed] = reply.data.embeds
      expect(embed!.title).toBe('How to reach TokenPocket for real')
      expect(JSON.stringify(embed)).toContain('(https://t.me/tokenpocket_cn)')
    },
  )

  it('says so when no project matches', async () => {
    const reply = (await (
      await send(command('official', { project: 'no-such-wallet-zz' }, 'zh-CN'))
    ).json()) as Reply
    expect(reply.data.embeds[0]!.title).toContain('没有找到')
  })

  it('autocompletes project names', async () => {
    const body = interaction({
      type: 4,
      locale: 'en-US',
      data: {
        name: 'official',
        options: [{ name: 'project', type: 3, value: 'token', focused: true }],
      },
    })
    const res = (await (await send(body)).json()) as {
      type: number
      data: { choices: { name: string; value: string }[] }
    }
    expect(res.type).toBe(8)
    expect(res.data.choices).toContainEqual({ name: 'TokenPocket', value: 'tokenpocket' })
    expect(res.data.choices.length).toBeLessThanOrEqual(25)
  })
})

describe('/report', () => {
  afterEach(() => vi.restoreAllMocks())

  it('defers, files the report in D1, then edits the reply through the follow-up webhook', async () => {
    // Discord's API cannot run here: capture the follow-up instead of sending it.
    const sent: Request[] = []
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      sent.push(new Request(input, init))
      return new Response(null, { status: 200 })
    })
    const contact = `https://tokenpocket-refund-${crypto.randomUUID().slice(0, 6)}.com`
    const res = await send(command('report', { contact, note: 'DMed me as TP support' }))
    expect(await res.json()).toEqual({ type: 5, data: { flags: 64 } })
    const row = await env.DB.prepare(
      'SELECT r.count, n.source, n.note FROM reports r JOIN report_notes n ON n.report_id = r.id WHERE r.value = ?',
    )
      .bind(new URL(contact).hostname)
      .first()
    expect(row).toEqual({ count: 1, source: 'discord', note: 'DMed me as TP support' })
    expect(sent).toHaveLength(1)
    expect(sent[0]!.method).toBe('PATCH')
    expect(sent[0]!.url).toBe(
      'https://discord.com/api/v10/webhooks/987654321098765432/aW50ZXJhY3Rpb24tdG9rZW4/messages/@original',
    )
    const followUp = (await sent[0]!.json()) as Reply['data']
    expect(followUp.embeds[0]!.title).toContain('Thank you')
  })

  it('refuses an official channel, and says so in the follow-up', async () => {
    const sent: Request[] = []
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      sent.push(new Request(input, init))
      return new Response(null, { status: 200 })
    })
    await send(command('report', { contact: 'service@tokenpocket.pro' }, 'zh-CN'))
    const followUp = (await sent[0]!.json()) as Reply['data']
    expect(followUp.embeds[0]!.title).toContain('无法举报')
    const row = await env.DB.prepare(
      "SELECT 1 FROM reports WHERE value = 'service@tokenpocket.pro'",
    ).first()
    expect(row).toBeNull()
  })

  it('files a signed /report replayed within the signature window once (issue 13, item 8)', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response(null, { status: 200 }))
    const contact = `https://tokenpocket-replay-${crypto.randomUUID().slice(0, 6)}.com`
    const body = command('report', { contact })
    const headers = await signed(body)
    for (let i = 0; i < 3; i++) {
      expect(await (await call(body, headers)).json()).toEqual({ type: 5, data: { flags: 64 } })
    }
    const row = await env.DB.prepare('SELECT count FROM reports WHERE value = ?').bind(new URL(contact).hostname).first()
    expect(row).toEqual({ count: 1 })
    // Another interaction reporting the same contact still counts.
    await send(command('report', { contact }))
    expect(await env.DB.prepare('SELECT count FROM reports WHERE value = ?').bind(new URL(contact).hostname).first()).toEqual({ count: 2 })
  })
})

describe('commands', () => {
  it('keep within Discord registration limits', () => {
    for (const c of COMMANDS) {
      expect(c.name).toMatch(/^[a-z]{1,32}$/)
      expect(c.description.length).toBeLessThanOrEqual(100)
      for (const o of c.options) expect(o.description.length).toBeLessThanOrEqual(100)
    }
  })
})
