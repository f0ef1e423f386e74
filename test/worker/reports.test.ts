import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { addModerator, api, errorOf, fakeHotline, freshIp, postJson } from './helpers'

const report = (body: unknown, ip = freshIp()) => postJson('/api/v1/reports', body, { ip })

describe('POST /api/v1/reports', () => {
  it('files a normalised report, and counts the same contact in another spelling once more', async () => {
    const phone = fakeHotline()
    const first = await report({ contact: phone.spaced, note: 'called me', seen_at: 'a Google ad' })
    expect(first.status).toBe(201)
    const { report: created } = (await first.json()) as { report: Record<string, unknown> }
    expect(created).toMatchObject({ type: 'phone', value: phone.e164, status: 'pending', count: 1 })
    // Other reporters' notes are never shown to the public.
    expect(created).not.toHaveProperty('notes')

    const again = await report({ contact: phone.dashed })
    expect(again.status).toBe(200)
    expect(((await again.json()) as { report: { id: number; count: number } }).report).toMatchObject({
      id: created.id,
      count: 2,
    })
  })

  it('keeps only the latest five notes, newest first', async () => {
    const phone = fakeHotline()
    for (let i = 1; i <= 7; i++) {
      expect((await report({ contact: phone.spaced, note: `note ${i}` })).status).toBeLessThan(300)
    }
    const mod = await addModerator()
    const { reports } = (await (await api('/api/v1/reports?status=pending&limit=200', { headers: mod.auth })).json()) as {
      reports: { value: string; count: number; notes: { note: string; source: string }[] }[]
    }
    const mine = reports.find((r) => r.value === phone.e164)!
    expect(mine.count).toBe(7)
    expect(mine.notes.map((n) => n.note)).toEqual(['note 7', 'note 6', 'note 5', 'note 4', 'note 3'])
    expect(mine.notes.every((n) => n.source === 'api')).toBe(true)
  })

  it.each([
    ['a recovery phrase as the contact', { contact: 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about' }],
    ['a recovery phrase in the note', { contact: fakeHotline().spaced, note: 'he asked for abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about' }],
    ['a private key in where-seen', { contact: fakeHotline().spaced, seen_at: '0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318' }],
    ['a whole message', { contact: 'TP钱包客服: 您的钱包已冻结，请联系 +86 400 123 4567 或 t.me/tp_help 解冻' }],
    ['an official channel', { contact: 'service@tokenpocket.pro' }],
    ['text that is not a contact', { contact: 'hello world' }],
  ])('refuses %s with not_reportable and stores nothing', async (_, body) => {
    const before = await env.DB.prepare('SELECT count(*) AS n FROM reports').first<{ n: number }>()
    expect(await errorOf(await report(body))).toMatchObject({ status: 400, code: 'not_reportable' })
    const after = await env.DB.prepare('SELECT count(*) AS n FROM reports').first<{ n: number }>()
    expect(after!.n).toBe(before!.n)
  })

  it.each([
    ['a note over 500 characters', { contact: '+86 400 123 4567', note: 'x'.repeat(501) }],
    ['a contact of the wrong type', { contact: 4001234567 }],
    ['no contact', { note: 'hi' }],
    ['an unknown field', { contact: '+86 400 123 4567', ip: '1.2.3.4' }],
  ])('refuses %s with validation_failed', async (_, body) => {
    expect(await errorOf(await report(body))).toMatchObject({ status: 400, code: 'validation_failed' })
  })

  it('limits each client to REPORTS_PER_HOUR, with Retry-After, and never stores the IP', async () => {
    const ip = freshIp()
    const limit = Number(env.REPORTS_PER_HOUR)
    for (let i = 0; i < limit; i++) {
      expect((await report({ contact: fakeHotline().spaced }, ip)).status).toBe(201)
    }
    const limited = await report({ contact: fakeHotline().spaced }, ip)
    expect(await errorOf(limited.clone())).toMatchObject({ status: 429, code: 'rate_limited' })
    const retryAfter = Number(limited.headers.get('Retry-After'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(3600)
    // Another client is not affected.
    expect((await report({ contact: fakeHotline().spaced })).status).toBe(201)
    const { results } = await env.DB.prepare('SELECT client FROM rate_limits').all<{ client: string }>()
    expect(results.length).toBeGreaterThan(0)
    for (const { client } of results) {
      expect(client).toMatch(/^[0-9a-f]{64}$/)
      expect(client).not.toContain(ip)
    }
  })
})
