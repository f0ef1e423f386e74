/**
 * The page reads an article as a person pastes it (issue 11): what it claims about a wallet, each
 * thing marked in words, what the wallet's own evidence says and where from; and a paste is
 * answered at once, its first verdict brought into view on a phone (issue 14).
 */
import { readFileSync } from 'node:fs'
import type { Request } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { check } from '../../src/core'
import { CLAIM_TRUTH, CLAIMS, claimsInOrder } from '../../src/wording/ui'
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
