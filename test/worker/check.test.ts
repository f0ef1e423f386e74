import { describe, expect, it } from 'vitest'
import { check, checkMessage, Verdict } from '../../src/core'
import { api, engineIndex, errorOf, postJson } from './helpers'

// Realistic inputs: the official email, a fake "TP wallet support" phone line, lookalike hosts,
// handles, a whole scam message, a seed phrase, junk and hostile Unicode.
const INPUTS = [
  'service@tokenpocket.pro',
  'https://tokenpocket.pro',
  '+86 400 123 4567',
  'tokenpocket-support.vercel.app',
  'https://tokenpocket.pro.secure-login.net/verify',
  't.me/tokenpocket_support',
  '@tp_support',
  'br-binance.com',
  'hello world',
  '',
  'TP钱包客服: 您的钱包已冻结，请联系 +86 400 123 4567 或 t.me/tp_help 解冻',
  'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about',
  'tokenpocket\u202e.pro',
  'xn--tokenpcket-k7a.pro',
  '\u0000\u200b\ufeff',
]
// A URL cannot carry it, JSON can.
const LONE_SURROGATE = '\ud800 lone surrogate'

describe('GET /api/v1/check', () => {
  it.each(INPUTS)('answers the engine verdict for %j', async (q) => {
    const res = await api(`/api/v1/check?q=${encodeURIComponent(q)}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/)
    const body = await res.json()
    expect(Verdict.parse(body)).toEqual(body)
    // Compared through JSON, as the CLI prints it.
    expect(body).toEqual(JSON.parse(JSON.stringify(check(q, await engineIndex()))))
  })

  it('refuses a missing q with validation_failed', async () => {
    expect(await errorOf(await api('/api/v1/check'))).toMatchObject({
      status: 400,
      code: 'validation_failed',
    })
  })

  it('answers an over-long input with the engine’s too_long verdict, not a crash', async () => {
    const body = (await (await api(`/api/v1/check?q=${'a'.repeat(30_000)}`)).json()) as Verdict
    expect(body).toMatchObject({ verdict: 'invalid', error: 'too_long' })
  })

  it.each(['%E0%A4%A', '%ED%A0%80', '%FF%FE', '%'])('survives malformed percent-encoding %s', async (q) => {
    const res = await api(`/api/v1/check?q=${q}`)
    expect(res.status).toBe(200)
    expect(Verdict.safeParse(await res.json()).success).toBe(true)
  })
})

describe('POST /api/v1/check', () => {
  it('answers items in order, each the engine verdict', async () => {
    const items = [...INPUTS, LONE_SURROGATE]
    const res = await postJson('/api/v1/check', { items })
    expect(res.status).toBe(200)
    const { results } = (await res.json()) as { results: Verdict[] }
    const index = await engineIndex()
    expect(results).toEqual(JSON.parse(JSON.stringify(items.map((q) => check(q, index)))))
  })

  it('checks a whole message with text', async () => {
    const text = INPUTS[10]!
    const res = await postJson('/api/v1/check', { text })
    const body = await res.json()
    expect(body).toEqual(JSON.parse(JSON.stringify(checkMessage(text, await engineIndex()))))
  })

  it('accepts exactly 100 items and refuses 101 or none', async () => {
    const ok = await postJson('/api/v1/check', { items: Array(100).fill('tokenpocket.pro') })
    expect(((await ok.json()) as { results: unknown[] }).results).toHaveLength(100)
    for (const items of [Array(101).fill('a'), []]) {
      expect(await errorOf(await postJson('/api/v1/check', { items }))).toMatchObject({
        status: 400,
        code: 'validation_failed',
      })
    }
  })

  it.each([
    ['a number item', { items: ['ok', 42] }],
    ['items not an array', { items: 'tokenpocket.pro' }],
    ['both items and text', { items: ['a'], text: 'b' }],
    ['an unknown field', { q: 'a' }],
    ['text of the wrong type', { text: { nested: true } }],
    ['an array body', ['tokenpocket.pro']],
    ['null', null],
  ])('refuses %s with validation_failed', async (_, body) => {
    expect(await errorOf(await postJson('/api/v1/check', body))).toMatchObject({
      status: 400,
      code: 'validation_failed',
    })
  })
})
