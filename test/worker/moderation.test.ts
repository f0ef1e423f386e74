import { env } from 'cloudflare:test'
import { verifyAsync } from '@noble/ed25519'
import { hexToBytes } from '@noble/hashes/utils.js'
import { describe, expect, it } from 'vitest'
import { TRUSTED_KEYS } from '../../.genuine/dist/registry-module'
import { canonicalBytes, reportedMessage, trustedKey, Verdict, verifyReported } from '../../src/core'
import { ReportedEnvelope } from '../../src/worker/reports'
import { addModerator, api, errorOf, fakeHotline, freshIp, postJson } from './helpers'

async function filed(contact = fakeHotline().spaced) {
  const res = await postJson('/api/v1/reports', { contact, note: 'asked for a fee' }, { ip: freshIp() })
  return ((await res.json()) as { report: { id: number; value: string } }).report
}

const decide = (id: number, action: 'confirm' | 'reject', headers: Record<string, string>, body?: unknown) =>
  body === undefined
    ? api(`/api/v1/reports/${id}/${action}`, { method: 'POST', headers })
    : postJson(`/api/v1/reports/${id}/${action}`, body, { headers })

const auditOf = (id: number) =>
  env.DB.prepare('SELECT moderator, action, reason, at FROM audit WHERE report_id = ? ORDER BY id')
    .bind(id)
    .all<{ moderator: string; action: string; reason: string | null; at: string }>()
    .then((r) => r.results)

describe('moderator authentication', () => {
  it('answers 401 without a token, 403 for an unknown or revoked one, 200 for a valid one', async () => {
    const none = await api('/api/v1/reports')
    expect(await errorOf(none.clone())).toMatchObject({ status: 401, code: 'unauthorized' })
    expect(none.headers.get('WWW-Authenticate')).toMatch(/^Bearer/)
    expect(await errorOf(await api('/api/v1/reports', { headers: { Authorization: 'Basic abc' } }))).toMatchObject({ status: 401 })
    const bad = await api('/api/v1/reports', { headers: { Authorization: 'Bearer gmod_not_a_real_token' } })
    expect(await errorOf(bad)).toMatchObject({ status: 403, code: 'forbidden' })

    const mod = await addModerator()
    expect((await api('/api/v1/reports', { headers: mod.auth })).status).toBe(200)
    await env.DB.prepare('UPDATE moderators SET revoked_at = ? WHERE name = ?').bind(new Date().toISOString(), mod.name).run()
    expect(await errorOf(await api('/api/v1/reports', { headers: mod.auth }))).toMatchObject({ status: 403, code: 'forbidden' })
  })

  it('stores tokens only as their SHA-256', async () => {
    const mod = await addModerator()
    const row = await env.DB.prepare('SELECT * FROM moderators WHERE name = ?').bind(mod.name).first()
    expect(JSON.stringify(row)).not.toContain(mod.token)
  })

  it('checks the token before anything else on decision routes', async () => {
    const res = await postJson('/api/v1/reports/1/confirm', { reason: 42 })
    expect(await errorOf(res)).toMatchObject({ status: 401, code: 'unauthorized' })
  })
})

describe('confirm and reject', () => {
  it('confirms a report with an audit row; it then checks as reported_scam and is signed at /reported', async () => {
    const mod = await addModerator()
    const report = await filed()
    const before = (await (await api(`/api/v1/check?q=${encodeURIComponent(report.value)}`)).json()) as Verdict
    expect(before.verdict).not.toBe('reported_scam')

    const res = await decide(report.id, 'confirm', mod.auth, { reason: 'same script as case 12' })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { report: { status: string } }).report.status).toBe('confirmed')
    const audit = await auditOf(report.id)
    expect(audit).toEqual([{ moderator: mod.name, action: 'confirm', reason: 'same script as case 12', at: expect.any(String) }])
    expect(Date.now() - Date.parse(audit[0]!.at)).toBeLessThan(60_000)

    const after = (await (await api(`/api/v1/check?q=${encodeURIComponent(report.value)}`)).json()) as Verdict
    expect(after.verdict).toBe('reported_scam')

    const list = ReportedEnvelope.parse(await (await api('/api/v1/reported')).json())
    expect(list.signed.reported.map((r) => r.value)).toContain(report.value)
  })

  it('rejects with an audit row; a rejected report is not listed and a second decision is refused', async () => {
    const mod = await addModerator()
    const report = await filed()
    expect((await decide(report.id, 'reject', mod.auth)).status).toBe(200)
    expect(await auditOf(report.id)).toEqual([{ moderator: mod.name, action: 'reject', reason: null, at: expect.any(String) }])
    expect(await errorOf(await decide(report.id, 'confirm', mod.auth))).toMatchObject({ status: 400, code: 'bad_request' })
    expect(await auditOf(report.id)).toHaveLength(1)
    const list = ReportedEnvelope.parse(await (await api('/api/v1/reported')).json())
    expect(list.signed.reported.map((r) => r.value)).not.toContain(report.value)
  })

  it('answers not_found for an unknown report and validation_failed for a bad id or reason', async () => {
    const mod = await addModerator()
    expect(await errorOf(await decide(999_999_999, 'confirm', mod.auth))).toMatchObject({ status: 404, code: 'not_found' })
    expect(await errorOf(await api('/api/v1/reports/abc/confirm', { method: 'POST', headers: mod.auth }))).toMatchObject({ status: 400, code: 'validation_failed' })
    const report = await filed()
    expect(await errorOf(await decide(report.id, 'confirm', mod.auth, { reason: 'x'.repeat(501) }))).toMatchObject({ status: 400, code: 'validation_failed' })
  })
})

describe('GET /api/v1/reported', () => {
  it('is signed by the Worker’s key, behind its context, and by no registry key', async () => {
    const mod = await addModerator()
    const report = await filed()
    await decide(report.id, 'confirm', mod.auth)
    const list = ReportedEnvelope.parse(await (await api('/api/v1/reported')).json())
    expect(list.signed.type).toBe('genuine-reported')
    expect(Date.parse(list.signed.expires)).toBeGreaterThan(Date.parse(list.signed.issued_at))
    const [sig] = list.signatures
    const message = reportedMessage(list.signed)
    const reportsKey = trustedKey(hexToBytes(env.TEST_REPORTS_PUBLIC_KEY))
    expect(await verifyAsync(hexToBytes(sig!.sig), message, hexToBytes(env.TEST_REPORTS_PUBLIC_KEY))).toBe(true)
    expect(await verifyReported(list, { keys: [reportsKey] })).toMatchObject({ ok: true })
    // Domain separation: the same signature does not cover the bare canonical body (what a
    // registry signature covers), so it can never pass as a registry's.
    expect(await verifyAsync(hexToBytes(sig!.sig), canonicalBytes(list.signed), hexToBytes(env.TEST_REPORTS_PUBLIC_KEY))).toBe(false)
    expect(await verifyReported(list, { keys: TRUSTED_KEYS })).toMatchObject({ ok: false, code: 'unknown_key' })
    expect(TRUSTED_KEYS.map((k) => k.keyid)).not.toContain(sig!.keyid)
    for (const key of TRUSTED_KEYS) {
      expect(await verifyAsync(hexToBytes(sig!.sig), message, hexToBytes(key.public))).toBe(false)
    }
    // A tampered list no longer verifies.
    expect(await verifyReported({ ...list, signed: { ...list.signed, reported: [] } }, { keys: [reportsKey] })).toMatchObject({
      ok: false,
      code: 'bad_signature',
    })
  })

  it('grows its version with every decision', async () => {
    const v1 = ReportedEnvelope.parse(await (await api('/api/v1/reported')).json()).signed.version
    const mod = await addModerator()
    await decide((await filed()).id, 'reject', mod.auth)
    const v2 = ReportedEnvelope.parse(await (await api('/api/v1/reported')).json()).signed.version
    expect(v2).toBeGreaterThan(v1)
  })
})
