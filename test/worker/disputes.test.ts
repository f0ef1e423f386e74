/**
 * "This verdict is wrong" (issue 14): filed for official and flagged results and for a text's
 * claims, in the real Worker with its real D1; seen and decided by moderators in the reports
 * queue, with the same tokens and the same audit trail.
 */
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { check } from '../../src/core'
import { addModerator, api, engineIndex, errorOf, freshIp, postJson } from './helpers'

type Dispute = {
  id: number
  type: string
  value: string
  project: string | null
  verdict: string
  problem: string
  status: string
  count: number
  notes?: { note: string; source: string; at: string }[]
}

const dispute = (body: unknown, ip = freshIp()) => postJson('/api/v1/disputes', body, { ip })
const filed = async (body: unknown) => {
  const res = await dispute(body)
  expect(res.status).toBeLessThan(300)
  return ((await res.json()) as { dispute: Dispute }).dispute
}
/** A lookalike of TokenPocket's site no other test disputes. */
const lookalike = () => `tokenpocket-support-${crypto.randomUUID().slice(0, 6)}.com`
const SEED = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about'
const count = async () =>
  (await env.DB.prepare('SELECT count(*) AS n FROM disputes').first<{ n: number }>())!.n

const queue = async (auth: Record<string, string>, status = 'pending') =>
  (await (await api(`/api/v1/reports?status=${status}&limit=200`, { headers: auth })).json()) as {
    reports: unknown[]
    disputes: Dispute[]
  }

const decide = (id: number, action: 'confirm' | 'reject', headers: Record<string, string>, body?: unknown) =>
  body === undefined
    ? api(`/api/v1/disputes/${id}/${action}`, { method: 'POST', headers })
    : postJson(`/api/v1/disputes/${id}/${action}`, body, { headers })

const auditOf = (id: number) =>
  env.DB.prepare('SELECT report_id, moderator, action, reason, at FROM audit WHERE dispute_id = ? ORDER BY id')
    .bind(id)
    .all<{ report_id: number | null; moderator: string; action: string; reason: string | null; at: string }>()
    .then((r) => r.results)

describe('POST /api/v1/disputes', () => {
  it('files a dispute of an official channel, checked again on the server, and counts it again', async () => {
    const contact = 'https://tokenpocket.pro/'
    const v = check(contact, await engineIndex())
    expect(v.verdict).toBe('official')
    const first = await dispute({ contact, problem: 'not_official', note: 'they moved' })
    expect(first.status).toBe(201)
    const { dispute: created } = (await first.json()) as { dispute: Dispute }
    expect(created).toMatchObject({
      type: 'website',
      value: v.normalized,
      project: 'tokenpocket',
      verdict: 'official',
      problem: 'not_official',
      status: 'pending',
    })
    // Other people's notes are never shown to the public.
    expect(created).not.toHaveProperty('notes')
    const again = await dispute({ contact: 'tokenpocket.pro', problem: 'not_official' })
    expect(again.status).toBe(200)
    const { dispute: counted } = (await again.json()) as { dispute: Dispute }
    expect(counted).toMatchObject({ id: created.id, count: created.count + 1 })
  })

  it('files a dispute of a flagged contact as official or as no scam, each its own dispute', async () => {
    const site = lookalike()
    expect(check(site, await engineIndex()).verdict).toBe('impersonation')
    const real = await filed({ contact: site, problem: 'is_official' })
    const harmless = await filed({ contact: `https://${site}/help`, problem: 'not_a_scam' })
    expect(real).toMatchObject({ type: 'website', value: site, verdict: 'impersonation', count: 1 })
    expect(harmless).toMatchObject({ value: site, problem: 'not_a_scam', count: 1 })
    expect(harmless.id).not.toBe(real.id)
  })

  it('files a dispute of a claim a text was judged on: its project and topic, never the text', async () => {
    const d = await filed({ claim: { project: 'tokenpocket', topic: 'phone_support' }, problem: 'claim_wrong' })
    expect(d).toMatchObject({ type: 'claim', value: 'phone_support', project: 'tokenpocket', verdict: 'misleading' })
  })

  it.each([
    ['an unknown contact', { contact: 'example.org', problem: 'not_official' }],
    ['text that is not a contact', { contact: 'hello world', problem: 'other' }],
    ['a whole message', { contact: 'TP钱包客服: 您的钱包已冻结，请联系 +86 400 123 4567 解冻', problem: 'other' }],
    ['a recovery phrase as the contact', { contact: SEED, problem: 'other' }],
    ['a recovery phrase in the note', { contact: 'tokenpocket.pro', problem: 'other', note: `mine is ${SEED}` }],
    ['an official channel said to be official', { contact: 'tokenpocket.pro', problem: 'is_official' }],
    ['a flagged contact said not to be official', { contact: 'tokenpocket-support.com', problem: 'not_official' }],
    ['a claim said to be official', { claim: { project: 'tokenpocket', topic: 'live_chat' }, problem: 'is_official' }],
    ['a claim about no such project', { claim: { project: 'no_such_project', topic: 'live_chat' }, problem: 'claim_wrong' }],
  ])('refuses %s with not_disputable, stores nothing and echoes nothing', async (_, body) => {
    const before = await count()
    const error = await errorOf(await dispute(body))
    expect(error).toMatchObject({ status: 400, code: 'not_disputable' })
    expect(error.message).not.toContain('abandon')
    expect(await count()).toBe(before)
  })

  it.each([
    ['no contact and no claim', { problem: 'other' }],
    ['both a contact and a claim', { contact: 'tokenpocket.pro', claim: { project: 'tokenpocket', topic: 'live_chat' }, problem: 'other' }],
    ['no problem', { contact: 'tokenpocket.pro' }],
    ['a problem not in the list', { contact: 'tokenpocket.pro', problem: 'rude' }],
    ['a claim topic not in the list', { claim: { project: 'tokenpocket', topic: 'weather' }, problem: 'claim_wrong' }],
    ['a note over 500 characters', { contact: 'tokenpocket.pro', problem: 'other', note: 'x'.repeat(501) }],
    ['an unknown field', { contact: 'tokenpocket.pro', problem: 'other', pasted: 'the whole message' }],
  ])('refuses %s with validation_failed', async (_, body) => {
    const before = await count()
    expect(await errorOf(await dispute(body))).toMatchObject({ status: 400, code: 'validation_failed' })
    expect(await count()).toBe(before)
  })

  it('shares the per-client hourly limit with reports', async () => {
    const ip = freshIp()
    const limit = Number(env.REPORTS_PER_HOUR)
    for (let i = 0; i < limit; i++) {
      expect((await dispute({ contact: lookalike(), problem: 'is_official' }, ip)).status).toBe(201)
    }
    const limited = await dispute({ contact: lookalike(), problem: 'is_official' }, ip)
    expect(await errorOf(limited.clone())).toMatchObject({ status: 429, code: 'rate_limited' })
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0)
    const report = await postJson('/api/v1/reports', { contact: lookalike() }, { ip })
    expect(await errorOf(report)).toMatchObject({ status: 429, code: 'rate_limited' })
  })

  it('caps how often one subject is disputed per hour, by all clients together', async () => {
    const site = lookalike()
    const cap = Number(env.REPORTS_PER_CONTACT_PER_HOUR)
    for (let i = 0; i < cap; i++) expect((await dispute({ contact: site, problem: 'is_official' })).status).toBeLessThan(300)
    expect(await errorOf(await dispute({ contact: site, problem: 'is_official' }))).toMatchObject({ status: 429, code: 'rate_limited' })
  })

  it('is refused from another site, and answers no CORS preflight', async () => {
    const res = await postJson('/api/v1/disputes', { contact: 'tokenpocket.pro', problem: 'other' }, {
      ip: freshIp(),
      headers: { Origin: 'https://evil.example' },
    })
    expect(await errorOf(res)).toMatchObject({ status: 403, code: 'forbidden' })
    const preflight = await api('/api/v1/disputes', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    })
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBeNull()
  })
})

describe('moderating disputes', () => {
  it('shows disputes in the moderators’ queue, with their notes, to moderators only', async () => {
    const site = lookalike()
    const d = await filed({ contact: site, problem: 'is_official', note: 'their new help site' })
    expect(await errorOf(await api('/api/v1/reports'))).toMatchObject({ status: 401, code: 'unauthorized' })
    const mod = await addModerator()
    const { disputes, reports } = await queue(mod.auth)
    expect(Array.isArray(reports)).toBe(true)
    const mine = disputes.find((x) => x.id === d.id)
    expect(mine).toMatchObject({ value: site, verdict: 'impersonation', problem: 'is_official', status: 'pending' })
    expect(mine!.notes).toEqual([{ note: 'their new help site', source: 'api', at: expect.any(String) }])
  })

  it('confirms a dispute with an audit row naming it; a second decision is refused', async () => {
    const mod = await addModerator()
    const d = await filed({ contact: lookalike(), problem: 'not_a_scam' })
    const res = await decide(d.id, 'confirm', mod.auth, { reason: 'a reseller, not a scam' })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { dispute: Dispute }).dispute).toMatchObject({ id: d.id, status: 'confirmed' })
    expect(await auditOf(d.id)).toEqual([
      { report_id: null, moderator: mod.name, action: 'confirm', reason: 'a reseller, not a scam', at: expect.any(String) },
    ])
    expect(await errorOf(await decide(d.id, 'reject', mod.auth))).toMatchObject({ status: 400, code: 'bad_request' })
    expect(await auditOf(d.id)).toHaveLength(1)
    expect((await queue(mod.auth, 'confirmed')).disputes.map((x) => x.id)).toContain(d.id)
    expect((await queue(mod.auth)).disputes.map((x) => x.id)).not.toContain(d.id)
  })

  it('rejects a dispute (the verdict stands); the verdict itself is unchanged', async () => {
    const mod = await addModerator()
    const site = lookalike()
    const d = await filed({ contact: site, problem: 'is_official' })
    expect((await decide(d.id, 'reject', mod.auth)).status).toBe(200)
    expect(await auditOf(d.id)).toEqual([
      { report_id: null, moderator: mod.name, action: 'reject', reason: null, at: expect.any(String) },
    ])
    const v = (await (await api(`/api/v1/check?q=${site}`)).json()) as { verdict: string }
    expect(v.verdict).toBe('impersonation')
  })

  it('needs a moderator token to decide, checked before anything else', async () => {
    const d = await filed({ contact: lookalike(), problem: 'other' })
    expect(await errorOf(await decide(d.id, 'confirm', {}))).toMatchObject({ status: 401, code: 'unauthorized' })
    const bad = { Authorization: 'Bearer gmod_not_a_real_token' }
    expect(await errorOf(await decide(d.id, 'confirm', bad))).toMatchObject({ status: 403, code: 'forbidden' })
    const mod = await addModerator()
    expect(await errorOf(await decide(999_999_999, 'confirm', mod.auth))).toMatchObject({ status: 404, code: 'not_found' })
    expect(await auditOf(d.id)).toEqual([])
  })
})
