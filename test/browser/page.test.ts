/**
 * The lookup page as a person meets it: the real Worker (wrangler's workerd, a local D1 migrated
 * with the real migrations) and real headless Chromium, at phone and desktop widths, in Chinese
 * and English, with and without JavaScript. Screenshots go to test-artifacts/ for people to judge.
 *
 * What the page should say comes from the engine itself (run here in Node on the same signed
 * registry), so these tests prove the page shows the engine's verdict faithfully, plus the few
 * verdicts the product promises (a phone number claiming TokenPocket is fake, and so on).
 */
import type { BrowserContext, Request } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { check } from '../../src/core'
import { VERDICT } from '../../src/wording/ui'
import {
  DESKTOP,
  expectCard,
  open,
  paste,
  PHONE,
  served,
  shot,
  startPage,
  textOf,
} from './page-harness'

const FAKE_PHONE = 'TP钱包客服电话：400-888-1234'
const LOOKALIKE = 'tokenpocket-support.com'
const OFFICIAL_EMAIL = 'service@tokenpocket.pro'
/** A lookalike the engine is not sure of (confidence `medium`). */
const PROBABLE = 'ledger.net'
const SCAM_MESSAGE =
  '您好，我是TP钱包官方客服。系统检测到您的钱包存在风险，已被冻结。请在24小时内访问 tokenpocket-support.com 完成钱包验证，或添加客服Telegram @tp_kefu_888，并支付解冻手续费 50 USDT。'
/** BIP-39's published test vector: a valid phrase that guards no real wallet. */
const SEED = 'legal winner thank year wave sausage worth useful legal winner thank yellow'
const HOSTILE = '</textarea><script>alert(1)</script>"><img src=x onerror=alert(2)>'
/** A right-to-left override makes this read as "tokenpocket.com" in many places. */
const RTL = 'x\u202Emoc.tekcopnekot\u200B'

startPage()

/** WCAG contrast ratio of a CSS `rgb()` colour against white. */
function contrastOnWhite(rgb: string): number {
  const [r, g, b] = rgb.match(/\d+/g)!.slice(0, 3).map((c) => {
    const v = Number(c) / 255
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
  })
  return 1.05 / (0.2126 * r! + 0.7152 * g! + 0.0722 * b! + 0.05)
}

describe('the lookup page with JavaScript', () => {
  let context: BrowserContext
  afterAll(() => context?.close())

  it('calls a fake TokenPocket phone number fake, in Chinese on a phone, and shows the real channel', async () => {
    const o = await open('zh')
    context = o.context
    await o.page.goto(served.base + '/')
    expect(await o.page.locator('html').getAttribute('lang')).toBe('zh-CN')
    await o.page.getByLabel('粘贴对方的联系方式，或“客服”发给你的整段消息').waitFor()
    await shot(o.page, 'empty-zh-phone')
    await paste(o.page, FAKE_PHONE)
    const v = check(FAKE_PHONE, served.index)
    const card = o.page.locator('#results .card').last()
    const contact = v.contacts?.[0] ?? v
    expect(['not_offered', 'impersonation']).toContain(contact.verdict)
    await expectCard(card, contact, 'zh')
    expect(await textOf(card)).toContain('TP钱包')
    await card.locator('.never li').first().waitFor()
    // Three lines of the "never" list; the rest behind "more".
    expect(await card.locator('.never > ul > li').count()).toBeLessThanOrEqual(3)
    expect(await textOf(card.locator('.report summary'))).toBe('举报')
    // On a phone the keyboard is dropped and the first verdict is brought into view.
    const first = o.page.locator('#results .verdict').first()
    await expect
      .poll(async () => (await first.boundingBox())?.y ?? -1, { timeout: 5_000 })
      .toBeLessThan(PHONE.height / 2)
    expect(await first.evaluate((e) => e.getBoundingClientRect().top)).toBeGreaterThan(-1)
    expect(await o.page.evaluate(() => document.activeElement?.id)).not.toBe('q')
    // One short line is announced, not the whole card.
    expect(await o.page.locator('#announce').textContent()).toContain(
      await textOf(first.locator('strong')),
    )
    await shot(o.page, 'phone-zh-phone')
    expect(o.problems).toEqual([])
  })

  it('calls a lookalike site an imitation, in English on a desktop, and files a report', async () => {
    const o = await open('en', DESKTOP)
    await o.page.goto(served.base + '/')
    expect(await o.page.locator('html').getAttribute('lang')).toBe('en')
    await paste(o.page, LOOKALIKE)
    const v = check(LOOKALIKE, served.index)
    expect(v.verdict).toBe('impersonation')
    const card = o.page.locator('#results .card')
    await expectCard(card, v, 'en')
    expect(await card.locator('.real a').getAttribute('href')).toMatch(
      /^https:\/\/(tokenpocket\.pro|tpwallet\.io)/,
    )
    await shot(o.page, 'lookalike-en-desktop')

    expect(await card.locator('.what .kind').textContent()).toBe(' · Website')
    await card.locator('.report summary').click()
    const sent = o.page.waitForRequest((r) => r.url().endsWith('/api/v1/reports'))
    await card.getByRole('button', { name: 'Send report' }).click()
    expect(JSON.parse((await sent).postData() ?? '')).toEqual({ contact: v.normalized })
    await card.locator('.report .sent-done').waitFor()
    expect(await textOf(card.locator('.report .sent-done'))).toContain(LOOKALIKE)
    // Focus stays with the outcome, not lost with the hidden form.
    expect(await o.page.evaluate(() => document.activeElement?.className)).toBe('sent-done')
    await shot(o.page, 'reported-en-desktop')
    // One report per contact per visit: checked again, the same contact shows it was reported.
    const reports: string[] = []
    o.page.on('request', (r) => r.url().endsWith('/api/v1/reports') && reports.push(r.url()))
    await paste(o.page, `${LOOKALIKE} `)
    await card.locator('.report .sent-done').waitFor()
    expect(await card.locator('.report form').isHidden()).toBe(true)
    expect(reports).toEqual([])
    expect(o.problems).toEqual([])
    await o.context.close()
  })

  it('confirms the official email, with no report button', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const o = await open(lang, lang === 'zh' ? PHONE : DESKTOP)
      await o.page.goto(served.base + '/')
      await paste(o.page, OFFICIAL_EMAIL)
      const v = check(OFFICIAL_EMAIL, served.index)
      expect(v.verdict).toBe('official')
      const card = o.page.locator('#results .card')
      await expectCard(card, v, lang)
      expect(await card.locator('.report').count()).toBe(0)
      // Routine normalisation is not a deception: no "reads as" line on the real address.
      expect(await card.locator(':scope > .hint').count()).toBe(0)
      // The address is real, but a sender's address can be forged: one line says so.
      expect(await textOf(card.locator('.note'))).toContain(lang === 'zh' ? '伪造' : 'fake')
      await shot(o.page, `official-${lang}`)
      await o.context.close()
    }
  })

  it('words a probable lookalike as a caution, naming the real site', async () => {
    const v = check(PROBABLE, served.index)
    expect(v).toMatchObject({ verdict: 'impersonation', confidence: 'medium' })
    for (const lang of ['zh', 'en'] as const) {
      const o = await open(lang, lang === 'zh' ? PHONE : DESKTOP)
      await o.page.goto(served.base + '/')
      await paste(o.page, PROBABLE)
      const card = o.page.locator('#results .card')
      await expectCard(card, v, lang)
      expect(await textOf(card.locator('.claims'))).toContain(
        lang === 'zh' ? '真正的官网是' : 'real site is',
      )
      await shot(o.page, `probable-${lang}`)
      await o.context.close()
    }
  })

  it('reads a whole scam message: its warning signs and one card per contact', async () => {
    const o = await open('zh')
    await o.page.goto(served.base + '/')
    await paste(o.page, SCAM_MESSAGE)
    const v = check(SCAM_MESSAGE, served.index)
    expect(v.kind).toBe('message')
    const cards = o.page.locator('#results .card')
    expect(v.red_flags?.length).toBeGreaterThan(0)
    expect(await cards.count()).toBe(1 + (v.contacts?.length ?? 0))
    // The summary carries the message's verdict; the real channels are on each contact's card.
    await expectCard(cards.first(), { ...v, official: null }, 'zh')
    expect(await cards.first().locator('.flags li').count()).toBe(v.red_flags?.length ?? 0)
    for (const [i, c] of (v.contacts ?? []).entries()) await expectCard(cards.nth(i + 1), c, 'zh')
    await shot(o.page, 'message-zh-phone')
    // The narrowest phones in use: nothing may need sideways scrolling.
    await o.page.setViewportSize({ width: 360, height: 740 })
    expect(await o.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    )
    await o.context.close()
  })

  it('answers a person’s own question calmly, with the real channel, in both languages', async () => {
    for (const [lang, q] of [
      ['zh', 'TP钱包的密码忘了怎么办'],
      ['en', 'TokenPocket help center: how do I reset my password?'],
    ] as const) {
      const v = check(q, served.index)
      expect(v).toMatchObject({ verdict: 'unknown', red_flags: [] })
      expect(v.reasons).toContain('own_question')
      const o = await open(lang, lang === 'zh' ? PHONE : DESKTOP)
      await o.page.goto(served.base + '/')
      await paste(o.page, q)
      const card = o.page.locator('#results .card').first()
      await expectCard(card, v, lang)
      expect(await textOf(card.locator('.verdict strong'))).toBe(
        lang === 'zh' ? '你的提问：该去哪里问' : 'Your question: where to ask',
      )
      await shot(o.page, `question-${lang}`)
      await o.context.close()
    }
  })

  it('finds a recovery phrase in the browser and sends nothing at all', async () => {
    const o = await open('zh')
    await o.page.goto(served.base + '/')
    const requests: Request[] = []
    o.page.on('request', (r) => requests.push(r))
    await o.page.evaluate((t) => navigator.clipboard.writeText(t), `客服让我发助记词：${SEED}`)
    await o.page.locator('#q').focus()
    await o.page.keyboard.press('ControlOrMeta+V')
    await o.page.locator('#results .v-secret_detected').waitFor()
    expect(await textOf(o.page.locator('#results'))).toContain('不要把它发给任何人')
    expect(await textOf(o.page.locator('#results'))).toContain('新建一个钱包')
    expect(await textOf(o.page.locator('#results'))).toContain('只在你的设备上检查')
    await shot(o.page, 'secret-zh-phone')
    // Typed word by word, with pauses longer than the page's: no prefix of it leaves either.
    await o.page.locator('#q').fill('')
    for (const word of SEED.split(' ')) {
      await o.page.keyboard.type(word + ' ')
      await o.page.waitForTimeout(400)
    }
    await o.page.locator('#results .v-secret_detected').waitFor()
    await o.page.getByRole('button', { name: '查询' }).click()
    // Most of a phrase is nearly all of it: eleven words are stopped too, even on Check.
    await o.page.locator('#q').fill(SEED.split(' ').slice(0, 11).join(' '))
    await o.page.getByRole('button', { name: '查询' }).click()
    await o.page.locator('#results .v-secret_detected').waitFor()
    expect(await textOf(o.page.locator('#results'))).toContain('不要把它发给任何人')
    await o.page.waitForTimeout(500)
    // (The browser may fetch the page's icon late; it carries nothing typed.)
    const icon = (r: Request) => new URL(r.url()).pathname === '/assets/icon.svg'
    expect(requests.filter((r) => !icon(r)).map((r) => r.url())).toEqual([])
    await o.context.close()
  })

  it('escapes hostile input and shows invisible characters', async () => {
    const o = await open('en', DESKTOP)
    await o.page.goto(served.base + '/')
    await paste(o.page, HOSTILE)
    const results = o.page.locator('#results')
    expect(await results.locator('img, script').count()).toBe(0)
    await paste(o.page, RTL)
    expect(await textOf(results.locator('.what'))).toContain('x⟨U+202E⟩moc.tekcopnekot⟨U+200B⟩')
    // Hidden characters deceive: the whole contact as it really reads is shown.
    expect(await textOf(results.locator('.hint'))).toContain('Reads as:')
    await shot(o.page, 'hostile-en')
    expect(o.problems).toEqual([])
    await o.context.close()
  })

  it('is usable from the keyboard, and announces results', async () => {
    const o = await open('en', DESKTOP)
    await o.page.goto(served.base + '/')
    const order: string[] = []
    for (let i = 0; i < 4; i++) {
      await o.page.keyboard.press('Tab')
      order.push(
        await o.page.evaluate(() => {
          const e = document.activeElement
          return e?.id || e?.className || e?.tagName || ''
        }),
      )
    }
    expect(order).toEqual(['brand', 'lang', 'q', 'BUTTON'])
    expect(await o.page.locator('#announce').getAttribute('aria-live')).toBe('polite')
    expect(await o.page.locator('#results').getAttribute('aria-live')).toBeNull()
    expect(await textOf(o.page.getByRole('heading', { level: 1 }))).toBe(
      'Is this really the support team? Check before you reply.',
    )
    expect(await o.page.locator('a.lang').getAttribute('lang')).toBe('zh-CN')
    // The box's border is a control's boundary: at least 3:1 against the page.
    const border = await o.page.locator('#q').evaluate((e) => getComputedStyle(e).borderTopColor)
    expect(contrastOnWhite(border)).toBeGreaterThanOrEqual(3)
    await o.page.keyboard.press('Shift+Tab')
    await o.page.keyboard.type(LOOKALIKE)
    await o.page.keyboard.press('Tab')
    await o.page.keyboard.press('Enter')
    await o.page.locator('#results:not([aria-busy]) .card').waitFor()
    expect(await textOf(o.page.locator('#results .verdict strong'))).toBe(
      VERDICT.impersonation.title.en,
    )
    // The verdict line is the card's heading.
    await o.page.getByRole('heading', { level: 2, name: VERDICT.impersonation.title.en }).waitFor()
    await o.context.close()
  })

  it('switches language and remembers it', async () => {
    const o = await open('zh')
    await o.page.goto(served.base + '/')
    await o.page.getByRole('link', { name: 'Switch to English' }).click()
    await o.page.waitForURL(/lang=en/)
    expect(await o.page.locator('html').getAttribute('lang')).toBe('en')
    await o.page.goto(served.base + '/')
    expect(await o.page.locator('html').getAttribute('lang')).toBe('en')
    await o.page.getByRole('link', { name: '切换到中文' }).waitFor()
    await o.context.close()
  })
})

describe('the lookup page without JavaScript', () => {
  it('answers the plain form on the server, and takes a report', async () => {
    const o = await open('zh', PHONE, false)
    await o.page.goto(served.base + '/')
    await o.page.getByRole('textbox').first().fill(FAKE_PHONE)
    const posted = o.page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/')
    await o.page.getByRole('button', { name: '查询' }).click()
    await posted
    // Posted: what was typed is in no address (history, logs, a Referer).
    expect(new URL(o.page.url()).searchParams.has('q')).toBe(false)
    const v = check(FAKE_PHONE, served.index)
    const card = o.page.locator('#results .card').last()
    await expectCard(card, v.contacts?.[0] ?? v, 'zh')
    await shot(o.page, 'nojs-phone-zh')

    await card.locator('.report summary').click()
    await card.getByRole('button', { name: '提交举报' }).click()
    expect(await textOf(o.page.getByRole('status'))).toContain('我们已收到你对')
    await shot(o.page, 'nojs-reported-zh')
    await o.context.close()
  })

  it('posts a recovery phrase, never echoes it, and says it reached the server', async () => {
    const o = await open('en', PHONE, false)
    await o.page.goto(served.base + '/')
    await o.page.getByRole('textbox').first().fill(SEED)
    await o.page.getByRole('button', { name: 'Check' }).click()
    await o.page.locator('#results .v-secret_detected').waitFor()
    expect(o.page.url()).not.toContain('sausage')
    const html = await o.page.content()
    expect(html).not.toContain('sausage')
    expect(await o.page.locator('#results').innerText()).toContain('reached our server')
    await shot(o.page, 'nojs-secret-en-phone')
    await o.context.close()
  })

  it('never echoes a recovery phrase, and escapes hostile input', async () => {
    const o = await open('en', DESKTOP, false)
    await o.page.goto(`${served.base}/?q=${encodeURIComponent(SEED)}`)
    await o.page.locator('#results .v-secret_detected').waitFor()
    expect(await o.page.locator('#results').innerText()).not.toContain('sausage')
    // It did reach the server: the card says so, and what to do now.
    expect(await o.page.locator('#results').innerText()).toContain('reached our server')
    expect(await o.page.locator('#results').innerText()).toContain('Move your funds now')
    await o.page.goto(`${served.base}/?q=${encodeURIComponent(HOSTILE)}`)
    expect(await o.page.locator('img, main script').count()).toBe(0)
    expect(await o.page.locator('textarea').inputValue()).toBe(HOSTILE)
    await o.page.goto(`${served.base}/?q=${encodeURIComponent(RTL)}`)
    expect(await textOf(o.page.locator('#results .what'))).toContain(
      'x⟨U+202E⟩moc.tekcopnekot⟨U+200B⟩',
    )
    expect(o.problems).toEqual([])
    await o.context.close()
  })
})

describe('project pages', () => {
  it('lists how to reach TokenPocket for real, in both languages', async () => {
    const o = await open('zh')
    await o.page.goto(served.base + '/p/tokenpocket')
    expect(await textOf(o.page.getByRole('heading', { level: 1 }))).toBe(
      '如何联系TP钱包的真实渠道',
    )
    await o.page.locator(`a[href="mailto:${OFFICIAL_EMAIL}"]`).waitFor()
    // Support first, then the rest grouped; an App Store id reads as the app and its developer.
    expect(await textOf(o.page.getByRole('heading', { level: 2 }))).toBe('需要帮助，请用这些渠道')
    await o.page.locator(`.real a[href="mailto:${OFFICIAL_EMAIL}"]`).waitFor()
    expect(await textOf(o.page.locator('a[href^="https://apps.apple.com/"]'))).toContain(
      'App Store：',
    )
    await shot(o.page, 'project-zh-phone')
    await o.page.goto(served.base + '/p/tokenpocket?lang=en')
    expect(await textOf(o.page.getByRole('heading', { level: 1 }))).toBe(
      'How to reach TokenPocket for real',
    )
    await o.context.close()
  })

  it('finds a project by an alias, in Chinese or English', async () => {
    for (const q of ['TP钱包', 'tokenpocket', 'TP Wallet']) {
      const res = await fetch(`${served.base}/p?q=${encodeURIComponent(q)}`)
      expect(await res.text()).toContain('href="/p/tokenpocket')
    }
    const none = await fetch(`${served.base}/p?q=${encodeURIComponent('<b>nothing</b>')}&lang=en`)
    const html = await none.text()
    expect(html).toContain('No project matches')
    expect(html).toContain('&lt;b&gt;nothing&lt;/b&gt;')
    expect((await fetch(`${served.base}/p/no_such_project`)).status).toBe(404)
  })
})

describe('what the page sends over the wire', () => {
  it('has a strict CSP and weighs under 100 KB with its script and stylesheet', async () => {
    const res = await fetch(`${served.base}/?q=${encodeURIComponent(SCAM_MESSAGE)}`, {
      headers: { 'Accept-Language': 'zh-CN,zh;q=0.9' },
    })
    const csp = res.headers.get('Content-Security-Policy') ?? ''
    for (const d of [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp).toContain(d)
    }
    expect(res.headers.get('Cache-Control')).toBe('private, no-store')
    const html = await res.text()
    expect(html).not.toMatch(/<script>|<style|style=|\son\w+=/)
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!)
    // Script, stylesheet and favicon.
    expect(assets).toHaveLength(3)
    expect(html).toMatch(/<meta name="description" content="[^"]{40,}"/)
    let bytes = new TextEncoder().encode(html).length
    for (const a of assets) {
      const r = await fetch(served.base + a.replaceAll('&amp;', '&'))
      expect(r.status).toBe(200)
      const etag = r.headers.get('ETag')!
      bytes += (await r.arrayBuffer()).byteLength
      expect((await fetch(served.base + a, { headers: { 'If-None-Match': etag } })).status).toBe(304)
    }
    console.log(`page weight with a whole scam message answered: ${(bytes / 1024).toFixed(1)} KB`)
    expect(bytes).toBeLessThan(100 * 1024)
  })

  it('refuses oversized bodies and shrugs off malformed ones', async () => {
    const post = (body: BodyInit, type: string) =>
      fetch(`${served.base}/check`, { method: 'POST', body, headers: { 'Content-Type': type } })
    const huge = new URLSearchParams({ q: 'a'.repeat(200_000) }).toString()
    expect((await post(huge, 'application/x-www-form-urlencoded')).status).toBe(413)
    const wrong = await post('{"q": ["not", "a", "string"]}', 'application/json')
    expect(wrong.status).toBe(200)
    expect(await wrong.text()).toBe('')
    // A link longer than the box allows is cut to the box's limit (here inside a surrogate
    // pair), then answered.
    const long = await fetch(`${served.base}/?lang=en&q=${'x'.repeat(9_999)}%F0%9F%92%A9`)
    expect(long.status).toBe(200)
    expect(await long.text()).toContain('class="card')
  })

  it('answers a mistyped address or a form address opened as a link with an HTML 404 page', async () => {
    for (const path of ['/nothing-here', '/report?lang=en', '/p/tokenpocket/extra']) {
      const res = await fetch(served.base + path, { headers: { 'Accept-Language': 'en' } })
      expect(res.status).toBe(404)
      expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
      expect(await res.text()).toContain('There is no page here.')
    }
    // Programs keep their JSON.
    const api = await fetch(served.base + '/api/v1/nothing')
    expect(api.status).toBe(404)
    expect(api.headers.get('Content-Type')).toMatch(/json/)
  })

  it('chooses Chinese for any Chinese in Accept-Language, English otherwise', async () => {
    const lang = async (accept: string) =>
      (await (await fetch(served.base + '/', { headers: { 'Accept-Language': accept } })).text()).match(
        /<html lang="([^"]+)"/,
      )?.[1]
    expect(await lang('zh-TW,zh;q=0.9,en;q=0.8')).toBe('zh-CN')
    expect(await lang('en-US,en;q=0.9,zh-CN;q=0.8')).toBe('en')
    expect(await lang('fr-FR')).toBe('en')
  })
})
