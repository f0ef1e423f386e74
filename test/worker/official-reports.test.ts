import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { check, withState, type Verdict } from '../../src/core'
import { fileReport } from '../../src/worker/reports'
import { addModerator, api, engineIndex, errorOf, fakeHotline, freshIp, postJson } from './helpers'

const report = (contact: string) => postJson('/api/v1/reports', { contact }, { ip: freshIp() })
const verdictOf = async (q: string) => (await (await api(`/api/v1/check?q=${encodeURIComponent(q)}`)).json()) as Verdict
const countReports = async () => (await env.DB.prepare('SELECT count(*) AS n FROM reports').first<{ n: number }>())!.n

// Issue 13, item 1: official channels could be made `reported_scam`.
const TOUCHING_OFFICIAL = [
  ['an official site', 'tokenpocket.pro', 'tokenpocket.pro'],
  ['an official Telegram', 't.me/tokenpocket_en', 'tokenpocket_en'],
  ['an official email', 'service@tokenpocket.pro', 'service@tokenpocket.pro'],
  ['a host under an official host', 'https://pay.tokenpocket.pro/x', 'tokenpocket.pro'],
  ['a parent of an official host', 'bitget.com', 'web3.bitget.com'],
] as const

describe('reports never touch official channels', () => {
  it.each(TOUCHING_OFFICIAL)('refuses %s, naming the official channel, and stores nothing', async (_, contact, official) => {
    const before = await countReports()
    const refused = await errorOf(await report(contact))
    expect(refused).toMatchObject({ status: 400, code: 'not_reportable' })
    expect(refused.message).toContain(official)
    expect(await countReports()).toBe(before)
  })

  it.each(TOUCHING_OFFICIAL)('refuses %s while the registry is expired (stale mode never says official)', async (_, contact) => {
    const stale = withState(await engineIndex(), { stale: true })
    expect(check(contact, stale).verdict).not.toBe('official')
    await expect(fileReport(env, { contact, source: 'api' }, stale)).rejects.toMatchObject({ code: 'not_reportable' })
  })

  it('a report filed before the registry listed the channel cannot be confirmed, nor count if confirmed', async () => {
    const mod = await addModerator()
    const now = new Date().toISOString()
    const insert = (value: string, status: string) =>
      env.DB.prepare(
        `INSERT INTO reports (type, value, project, status, first_reported_at, last_reported_at, decided_at)
         VALUES ('website', ?, NULL, ?, ?, ?, ?) RETURNING id`,
      )
        .bind(value, status, now, now, status === 'pending' ? null : now)
        .first<{ id: number }>()
    const pending = await insert('bitget.com', 'pending')
    const confirm = await postJson(`/api/v1/reports/${pending!.id}/confirm`, {}, { headers: mod.auth })
    expect(await errorOf(confirm)).toMatchObject({ status: 400, code: 'not_reportable' })
    expect((await env.DB.prepare('SELECT status FROM reports WHERE id = ?').bind(pending!.id).first<{ status: string }>())!.status).toBe('pending')
    // Rows already confirmed (before this guard existed) are dropped from the index.
    await insert('tokenpocket.pro', 'confirmed')
    await insert('web3.bitget.com', 'confirmed')
    const other = (await (await report(fakeHotline().spaced)).json()) as { report: { id: number } }
    expect((await postJson(`/api/v1/reports/${other.report.id}/confirm`, {}, { headers: mod.auth })).status).toBe(200)
    expect((await verdictOf('tokenpocket.pro')).verdict).toBe('official')
    expect((await verdictOf('https://web3.bitget.com')).verdict).toBe('official')
    expect((await verdictOf('t.me/tokenpocket_en')).verdict).toBe('official')
  })
})
