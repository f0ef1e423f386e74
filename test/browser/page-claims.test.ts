/**
 * The page reads an article as a person pastes it (issue 11): what it claims about a wallet, each
 * thing marked in words, what the wallet's own evidence says and where from; a paste is answered
 * at once, its first verdict brought into view on a phone; and a person who thinks a verdict is
 * wrong can say so (issue 14).
 */
import { readFileSync } from 'node:fs'
import type { Page, Request } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { check } from '../../src/core'
import { CLAIM_TRUTH, CLAIMS, claimsInOrder, DISPUTE } from '../../src/wording/ui'
import { DESKTOP, expectCard, open, paste, PHONE, served, shot, startPage, textOf } from './page-harness'

const article = (n: number) => readFileSync(`data/articles/seo-tp-support-${n}.txt`, 'utf8')

startPage()

describe('claims on the page', () => {
  const cases = [
    { n: 1, lang: 'zh', viewport: PHONE, name: 'zh-phone' },
    { n: 2, lang: 'zh', viewport: DESKTOP, name: 'zh-desktop' },
    { n: 3, lang: 'en', viewport: PHONE, name: 'en-phone' },
    { n: 4, lang: 'en', viewport: DESKTOP, name: 'en-desktop' },
  ] as const

  it.each(cases)(
    'lists what article $n claims about TP钱包, false first, in plain words ($name)',
    async ({ n, lang, viewport, name }) => {
      const text = article(n)
      const v = check(text, served.index)
      expect(v.verdict).toBe('misleading')
      const claims = claimsInOrder(v.claims ?? [])
      expect(claims.some((c) => c.truth === 'false')).toBe(true)
      const o = await open(lang, viewport)
      await o.page.goto(served.base + '/')
      await paste(o.page, text)
      const card = o.page.locator('#results .card').first()
      await expectCard(card, v, lang)
      const said = card.locator('.said')
      const project = served.index.projects.get('tokenpocket')!
      expect(await textOf(said.getByRole('heading', { level: 3 }))).toBe(
        CLAIMS.title(project.name[lang])[lang],
      )
      const items = said.locator('li.claim')
      expect(await items.count()).toBe(claims.length)
      for (const [i, c] of claims.entries()) {
        const item = items.nth(i)
        // The mark is words beside an icon that screen readers skip: never colour alone.
        expect(await textOf(item.locator('.mark strong'))).toBe(CLAIM_TRUTH[c.truth].title[lang])
        expect(await item.locator('.mark .icon').getAttribute('aria-hidden')).toBe('true')
        expect(await textOf(item.locator('.quoted q'))).toBe(c.text)
        // What the text says against what the evidence says, with its source and date.
        const said = await textOf(item)
        expect(said).toContain(c.explanation[lang])
        if (c.truth !== 'unverified') expect(said).toMatch(/\d{4}-\d{2}-\d{2}/)
      }
      expect(await items.first().getAttribute('class')).toContain('c-false')
      // Nothing needs sideways scrolling, even a long article's claims on a phone.
      expect(
        await o.page.evaluate(() => document.documentElement.scrollWidth),
      ).toBeLessThanOrEqual(viewport.width)
      await said.first().scrollIntoViewIfNeeded()
      await shot(o.page, `claims-${name}`)
      expect(o.problems).toEqual([])
      await o.context.close()
    },
  )
})

describe('a paste on a phone', () => {
  it('is checked at once, without the typing pause, and its first headline comes into view', async () => {
    const o = await open('zh', PHONE)
    await o.page.goto(served.base + '/')
    // The page's clock stands still: a check that waited for a timer would never be sent.
    await o.page.clock.install()
    await o.page.clock.pauseAt(Date.now() + 60_000)
    const checks: Request[] = []
    o.page.on('request', (r) => new URL(r.url()).pathname === '/check' && checks.push(r))

    // Typing waits for the pause (350 ms on the page's clock) before it is checked...
    await o.page.locator('#q').focus()
    await o.page.keyboard.type('tokenpocket-support.com')
    await o.page.waitForTimeout(1_000)
    expect(checks).toHaveLength(0)
    const typed = o.page.waitForResponse((r) => new URL(r.url()).pathname === '/check')
    await o.page.clock.runFor(400)
    await typed
    expect(checks).toHaveLength(1)

    // ...a paste does not: it is sent while the clock still stands still.
    const text = 'TP钱包客服电话：400-888-1234'
    await paste(o.page, text)
    expect(checks).toHaveLength(2)
    expect(checks[1]!.postData()).toBe(new URLSearchParams({ q: text }).toString())
    // One contact, and its card says it all: the one card is the phone number's.
    const v = check(text, served.index).contacts![0]!
    expect(await o.page.locator('#results .card').count()).toBe(1)
    await expectCard(o.page.locator('#results .card'), v, 'zh')
    const first = o.page.locator('#results .verdict').first()
    // The keyboard is dropped and the headline is on screen, in the top half of it.
    expect(await o.page.evaluate(() => document.activeElement?.id)).not.toBe('q')
    await expect
      .poll(async () => first.evaluate((e) => e.getBoundingClientRect().top), { timeout: 5_000 })
      .toBeLessThan(PHONE.height / 2)
    // (Smooth scrolling may stop a fraction of a pixel short.)
    expect(await first.evaluate((e) => e.getBoundingClientRect().top)).toBeGreaterThan(-1)
    await shot(o.page, 'paste-zh-phone')
    expect(o.problems).toEqual([])
    await o.context.close()
  })
})

/** Opens a card's "is this verdict wrong?" form, picks a choice, sends it; returns what was sent. */
async function dispute(page: Page, card: ReturnType<Page['locator']>, choice: string, note: string) {
  const form = card.locator('.dispute')
  await form.locator('summary').click()
  await form.getByLabel(choice).check()
  await form.locator('input[name="note"]').fill(note)
  const sent = page.waitForRequest((r) => r.url().endsWith('/api/v1/disputes'))
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/disputes'))
  await form.getByRole('button').click()
  // 201 when new, 200 when someone disputed the same before.
  expect([200, 201]).toContain((await answered).status())
  await form.locator('.sent-done').waitFor()
  // Focus stays with the outcome, not lost with the hidden form.
  expect(await page.evaluate(() => document.activeElement?.className)).toBe('sent-done')
  return JSON.parse((await sent).postData() ?? '') as Record<string, unknown>
}

describe('this verdict is wrong', () => {
  it('disputes an official channel, once a visit (en, desktop)', async () => {
    const o = await open('en', DESKTOP)
    await o.page.goto(served.base + '/')
    const contact = 'service@tokenpocket.pro'
    await paste(o.page, contact)
    const card = o.page.locator('#results .card')
    expect(await textOf(card.locator('.dispute summary'))).toBe(DISPUTE.button.en)
    const body = await dispute(o.page, card, DISPUTE.notOfficial('TokenPocket').en, 'bounced')
    expect(body).toEqual({ contact, problem: 'not_official', note: 'bounced' })
    expect(await textOf(card.locator('.dispute .sent-done'))).toBe(DISPUTE.done.en)
    await shot(o.page, 'dispute-en-desktop')
    // Checked again, the same contact shows it was sent, and nothing is sent twice.
    const more: string[] = []
    o.page.on('request', (r) => r.url().endsWith('/api/v1/disputes') && more.push(r.url()))
    await paste(o.page, `${contact} `)
    await card.locator('.dispute .sent-done').waitFor()
    expect(await card.locator('.dispute form').isHidden()).toBe(true)
    expect(more).toEqual([])
    expect(o.problems).toEqual([])
    await o.context.close()
  })

  it('disputes a flagged site as no scam (zh, phone)', async () => {
    const o = await open('zh', PHONE)
    await o.page.goto(served.base + '/')
    await paste(o.page, 'tokenpocket-support.com')
    const card = o.page.locator('#results .card')
    const body = await dispute(o.page, card, DISPUTE.notAScam.zh, '是代理商的网站')
    expect(body).toEqual({ contact: 'tokenpocket-support.com', problem: 'not_a_scam', note: '是代理商的网站' })
    await card.locator('.dispute').scrollIntoViewIfNeeded()
    await shot(o.page, 'dispute-zh-phone')
    expect(o.problems).toEqual([])
    await o.context.close()
  })

  it.each([
    { lang: 'zh', viewport: DESKTOP, name: 'zh-desktop' },
    { lang: 'en', viewport: PHONE, name: 'en-phone' },
  ] as const)('disputes how an article’s claim was judged, sending no word of it ($name)', async ({ lang, viewport, name }) => {
    const text = article(2)
    const claims = claimsInOrder(check(text, served.index).claims ?? [])
    const o = await open(lang, viewport)
    await o.page.goto(served.base + '/')
    await paste(o.page, text)
    const card = o.page.locator('#results .card').first()
    const target = claims.find((c) => c.truth === 'false')!
    const label = `${CLAIM_TRUTH[target.truth].title[lang]}${lang === 'zh' ? '：' : ': '}`
    const choice = card.locator('.dispute .choice').filter({ hasText: label }).first()
    const topic = await choice.locator('input').getAttribute('value')
    expect(claims.map((c) => c.topic)).toContain(topic)
    const body = await dispute(o.page, card, (await choice.textContent())!.trim(), 'x')
    expect(body).toEqual({ problem: 'claim_wrong', note: 'x', claim: { project: 'tokenpocket', topic } })
    expect(JSON.stringify(body)).not.toContain(target.text.slice(0, 8))
    await card.locator('.dispute').scrollIntoViewIfNeeded()
    await shot(o.page, `dispute-claim-${name}`)
    expect(o.problems).toEqual([])
    await o.context.close()
  })

  it('works without JavaScript: the form posts to the page and answers in words', async () => {
    const o = await open('zh', PHONE, false)
    await o.page.goto(`${served.base}/?q=${encodeURIComponent('tpwallet-help.com')}`)
    const card = o.page.locator('#results .card')
    await card.locator('.dispute summary').click()
    await card.locator('.dispute').getByLabel(DISPUTE.isOfficial('TP钱包').zh).check()
    await card.locator('.dispute').getByRole('button').click()
    expect(await textOf(o.page.getByRole('status'))).toBe(DISPUTE.done.zh)
    await shot(o.page, 'nojs-disputed-zh')
    await o.context.close()
  })
})
