/** Issue 13, items 4 (a, b, e), 5 and 7: what the Worker echoes, whom it answers, how it fails. */
import { generateMnemonic } from '@scure/bip39'
import { wordlist } from '@scure/bip39/wordlists/english.js'
import { describe, expect, it } from 'vitest'
import { MAX_BODY_BYTES } from '../../src/worker/api'
import { PAGE_FORM_BYTES } from '../../src/worker/page/routes'
import { env } from 'cloudflare:test'
import { officialCard } from '../../src/worker/integrations/project-card'
import { api, engineIndex, errorOf, fakeHotline, freshIp, postJson } from './helpers'
import { echoes } from './echo'

const phrase = generateMnemonic(wordlist, 128)
const HEX_KEY = '4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318'
const enc = encodeURIComponent

describe('secrets are never echoed (item 4)', () => {
  it('too_long never carries the start of the input (GET and POST)', async () => {
    const long = `${phrase} ${'x'.repeat(20_001)}`
    const get = await (await api(`/api/v1/check?q=${enc(long)}`)).text()
    const post = await (await postJson('/api/v1/check', { items: [long], text: undefined })).text()
    const message = await (await postJson('/api/v1/check', { text: long })).text()
    for (const body of [get, post, message]) {
      expect(body).toContain('too_long')
      expect(echoes(body, phrase)).toBe(false)
    }
  })

  it('the no-JavaScript page answers a pasted phrase without writing it back anywhere', async () => {
    for (const secret of [phrase, HEX_KEY]) {
      const res = await api(`/?q=${enc(secret)}&lang=en`)
      const html = await res.text()
      expect(html).toContain('secret') // the secret card is shown
      expect(echoes(html, secret), secret).toBe(false)
      expect(html).toMatch(/<textarea[^>]*>\s*<\/textarea>/)
    }
  })

  it('/p?q= and /p/<phrase> never show it: not in the box, the "no match" line or the links', async () => {
    for (const path of [`/p?q=${enc(phrase)}`, `/p?lang=zh&q=${enc(phrase)}`, `/p/${enc(phrase)}`, `/p/${HEX_KEY}`]) {
      const html = await (await api(path)).text()
      expect(echoes(html, phrase), path).toBe(false)
      expect(echoes(html, HEX_KEY), path).toBe(false)
    }
    // An ordinary search is still shown back.
    expect(await (await api('/p?q=zzzz-nothing')).text()).toContain('zzzz-nothing')
  })

  it('validation messages name no unknown key', async () => {
    for (const body of [{ [phrase]: 1 }, { contact: '+86 400 123 4567', [phrase]: 'x' }]) {
      const err = await errorOf(await postJson('/api/v1/reports', body, { ip: freshIp() }))
      expect(err).toMatchObject({ status: 400, code: 'validation_failed' })
      expect(err.message).toMatch(/unknown field/)
      expect(echoes(err.message, phrase)).toBe(false)
    }
    const err = await errorOf(await postJson('/api/v1/check', { [HEX_KEY]: 'x' }))
    expect(err.message).not.toContain(HEX_KEY.slice(0, 16))
  })
})

describe('bots and reports (item 4 d, f)', () => {
  it('/official <phrase> warns without quoting it; an unknown name is not quoted either', async () => {
    const index = await engineIndex()
    for (const lang of ['en', 'zh'] as const) {
      const card = JSON.stringify(officialCard(phrase, index, lang))
      expect(echoes(card, phrase)).toBe(false)
      expect(card).toMatch(/recovery phrase|助记词/)
      expect(JSON.stringify(officialCard('zzqx-unknown', index, lang))).not.toContain('zzqx')
    }
  })

  it('a byte-array key of any common length is refused as a report note, and nothing is stored', async () => {
    for (const n of [32, 48, 64]) {
      const key = `[${Array.from({ length: n }, (_, i) => (i * 89 + 3) % 256).join(', ')}]`
      const phone = fakeHotline()
      const err = await errorOf(await postJson('/api/v1/reports', { contact: phone.spaced, note: `he sent ${key}` }, { ip: freshIp() }))
      expect(err).toMatchObject({ status: 400, code: 'not_reportable' })
      const row = await env.DB.prepare('SELECT count(*) AS n FROM reports WHERE value = ?').bind(phone.e164).first<{ n: number }>()
      expect(row!.n).toBe(0)
    }
  })
})

describe('report and moderation routes refuse other sites (item 5)', () => {
  const evil = { Origin: 'https://evil.example' }

  it('answer no CORS preflight; public read routes still do', async () => {
    const preflight = (path: string) =>
      api(path, { method: 'OPTIONS', headers: { ...evil, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } })
    for (const path of ['/api/v1/reports', '/api/v1/reports/1/confirm', '/api/v1/reports/1/reject']) {
      const res = await preflight(path)
      expect(res.status, path).toBeGreaterThanOrEqual(400)
      expect(res.headers.get('Access-Control-Allow-Origin'), path).toBeNull()
      expect(res.headers.get('Allow') ?? '', path).not.toContain('OPTIONS')
    }
    for (const path of ['/api/v1/check', '/api/v1/registry', '/api/v1/keys', '/api/v1/reported']) {
      const res = await preflight(path)
      expect(res.status, path).toBeLessThan(300)
      expect(res.headers.get('Access-Control-Allow-Origin'), path).toBe('*')
    }
  })

  it('refuse a cross-site request outright, and add no CORS header to any answer', async () => {
    const res = await postJson('/api/v1/reports', { contact: fakeHotline().spaced }, { ip: freshIp(), headers: evil })
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(await errorOf(res)).toMatchObject({ status: 403, code: 'forbidden' })
    const list = await api('/api/v1/reports', { headers: evil })
    expect(list.headers.get('Access-Control-Allow-Origin')).toBeNull()
    // Same-origin and non-browser clients are unaffected.
    const same = await postJson('/api/v1/reports', { contact: fakeHotline().spaced }, { ip: freshIp(), headers: { Origin: 'https://genuine.test' } })
    expect(same.status).toBe(201)
  })
})

describe('nothing throws past its handler (item 7)', () => {
  const multipart = (path: string, extra: Record<string, string> = {}) =>
    api(path, {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data; boundary=XYZ', Origin: 'https://genuine.test', ...extra },
      body: '--XYZ\r\nContent-Disposition: form-data; name="q"\r\n\r\nunterminated',
    })

  it.each(['/check', '/report'])('malformed multipart on POST %s is a 400 HTML page with the page headers', async (path) => {
    const res = await multipart(path)
    expect(res.status).toBe(400)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'none'")
    expect(await res.text()).toContain('could not be read')
  })

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'page.js.map'])('/assets/%s is a 404', async (name) => {
    const res = await api(`/assets/${name}`)
    expect(await errorOf(res)).toMatchObject({ status: 404, code: 'not_found' })
  })

  it('a cross-site form to /report is a 403 page that says why', async () => {
    const res = await api('/report', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' },
      body: new URLSearchParams({ contact: fakeHotline().spaced }),
    })
    expect(res.status).toBe(403)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(res.headers.get('Content-Security-Policy')).toBeTruthy()
    expect(await res.text()).toContain('another site')
  })

  it('accepts application/json with spaces around its parameters', async () => {
    for (const type of ['application/json ; charset=utf-8', 'application/json;charset = UTF-8', 'APPLICATION/JSON']) {
      const res = await api('/api/v1/check', { method: 'POST', headers: { 'Content-Type': type }, body: JSON.stringify({ items: ['tokenpocket.pro'] }) })
      expect(res.status, type).toBe(200)
    }
  })

  it('the page’s 413 is an HTML page with the page headers, at its documented limit', async () => {
    const body = new URLSearchParams({ q: 'a'.repeat(PAGE_FORM_BYTES) }).toString()
    const res = await api('/check', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body })
    expect(res.status).toBe(413)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(res.headers.get('Content-Security-Policy')).toBeTruthy()
    expect(res.headers.get('Cache-Control')).toBe('private, no-store')
    // Under the limit, the box's longest Chinese text is accepted.
    const fits = new URLSearchParams({ q: '钱'.repeat(10_000) }).toString()
    expect(fits.length).toBeLessThan(PAGE_FORM_BYTES)
    expect((await api('/check', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: fits })).status).toBe(200)
    expect(MAX_BODY_BYTES).toBe(64 * 1024)
  })
})

describe('rate limits (item 6)', () => {
  it('counts an IPv6 /64 as one client: 12 addresses of one /64 share its hourly limit', async () => {
    const prefix = `2001:db8:${crypto.randomUUID().slice(0, 4)}:${crypto.randomUUID().slice(0, 4)}`
    const limit = Number(env.REPORTS_PER_HOUR)
    const statuses: number[] = []
    for (let i = 0; i < limit + 2; i++) {
      const ip = i % 2 ? `${prefix}:${i.toString(16)}::${i + 1}` : `${prefix}:0:0:0:${(i + 1).toString(16)}`
      statuses.push((await postJson('/api/v1/reports', { contact: fakeHotline().spaced }, { ip })).status)
    }
    expect(statuses.slice(0, limit).every((s) => s === 201)).toBe(true)
    expect(statuses.slice(limit)).toEqual([429, 429])
    // Another /64 is another client.
    expect((await postJson('/api/v1/reports', { contact: fakeHotline().spaced }, { ip: `${prefix.replace(/:[0-9a-f]+$/, ':ffff')}::1` })).status).toBe(201)
  })

  it('caps how often one contact is reported per hour, by all clients together', async () => {
    const contact = fakeHotline().spaced
    const cap = Number(env.REPORTS_PER_CONTACT_PER_HOUR)
    for (let i = 0; i < cap; i++) {
      expect((await postJson('/api/v1/reports', { contact }, { ip: freshIp() })).status).toBeLessThan(300)
    }
    const over = await postJson('/api/v1/reports', { contact }, { ip: freshIp() })
    expect(await errorOf(over.clone())).toMatchObject({ status: 429, code: 'rate_limited' })
    expect(Number(over.headers.get('Retry-After'))).toBeGreaterThan(0)
    const row = await env.DB.prepare('SELECT count FROM reports WHERE value = ?').bind(contact.replace(/\s/g, '')).first<{ count: number }>()
    expect(row!.count).toBe(cap)
  })
})
