/**
 * Navigation check, end to end in headless Chromium: lookalikes and reported scam sites are
 * replaced by the warning page before they render, official sites get the green badge and the
 * popup names the project, unknown sites get nothing; "continue anyway" holds for one site only.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { domainToASCII } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RegistryEnvelope } from '../../registry/schema'
import { ARTIFACTS } from '../browser/chromium'
import {
  badgeOf,
  expectWarning,
  openPopup,
  pasteIntoPopup,
  SNAPSHOT,
  startExtension,
  visit,
  WORKER_HOST,
  type Harness,
} from './harness'

const registry = RegistryEnvelope.parse(JSON.parse(SNAPSHOT)).signed
const tokenpocket = registry.projects.find((p) => p.id === 'tokenpocket')!
const OFFICIAL = tokenpocket.channels.find((c) => c.type === 'website')!.value
// A Cyrillic 'о' in place of the Latin one: what a browser shows as punycode.
const PUNYCODE = domainToASCII(OFFICIAL.replace('o', '\u043e'))
const COMBO = `${OFFICIAL.split('.')[0]}-support.com`
const REPORTED = registry.reported.find((r) => r.type === 'website')!.value
const UNKNOWN = 'quiet-garden-recipes.org'
const PROBABLE = 'ledger.net'
const GREEN = [24, 128, 56, 255] // #188038
const RED = [197, 34, 31, 255] // #c5221f

let h: Harness
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  h = await startExtension()
})
afterAll(() => h?.close())

describe('a site that imitates a project', () => {
  it.each([
    ['combo squatting', COMBO],
    ['punycode homoglyph', PUNYCODE],
    ['reported scam', REPORTED],
  ])('%s (%s) shows the warning page, never the site', async (_, host) => {
    const page = await h.context.newPage()
    await visit(page, `http://${host}/login?ref=ad`)
    await expectWarning(page)
    expect(new URL(page.url()).searchParams.get('url')).toBe(`http://${host}/login?ref=ad`)
    expect(await page.locator('.lead').textContent()).toContain(host === REPORTED ? host : 'TokenPocket')
    expect(h.server.rendered).not.toContain(host)
    await page.close()
  })

  it('names the project, says why, and links to the real site', async () => {
    const page = await h.context.newPage()
    await page.setViewportSize({ width: 1000, height: 900 })
    await visit(page, `http://${PUNYCODE}/`)
    await page.waitForSelector('#go-real')
    expect(await page.locator('#go-real').getAttribute('href')).toMatch(/^https:\/\//)
    expect(await page.locator('#go-real').textContent()).toContain(tokenpocket.name.en)
    expect((await page.locator('.why').textContent())!.length).toBeGreaterThan(20)
    // Named by its real (punycode) name, with the look-alike form it can display as.
    expect(await page.locator('.lead').textContent()).toContain(PUNYCODE)
    expect(await page.locator('.host').textContent()).toContain(OFFICIAL.replace('o', '\u043e'))
    // The safe way out comes first; a wrong verdict can be reported on the lookup page.
    expect(await page.locator('.actions > :first-child').getAttribute('id')).toBe('back-to-safety')
    expect(await page.locator('#report-mistake').getAttribute('href')).toBe(
      `http://${WORKER_HOST}/?q=${PUNYCODE}&lang=en`,
    )
    await page.screenshot({ path: join(ARTIFACTS, 'extension-warning.png'), fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({ path: join(ARTIFACTS, 'extension-warning-phone.png'), fullPage: true })
    await page.close()
  })

  it('offers the real website on a reported site too, and "Back to safety" closes the tab', async () => {
    const page = await h.context.newPage()
    await visit(page, `http://${REPORTED}/`)
    await expectWarning(page)
    const reported = registry.reported.find((r) => r.value === REPORTED)!
    const project = registry.projects.find((p) => p.id === reported.project)
    const site = project?.channels.find((c) => c.type === 'website')
    if (site) expect(await page.locator('#go-real').getAttribute('href')).toBe(`https://${site.value}`)
    const closed = page.waitForEvent('close')
    await page.click('#back-to-safety')
    await closed
    expect(h.server.rendered).not.toContain(REPORTED)
  })
})

describe('a probable lookalike (confidence medium)', () => {
  it('loads under a banner naming the real site, with an amber badge', async () => {
    const page = await h.context.newPage()
    await visit(page, `http://${PROBABLE}/`)
    expect(await page.title()).toBe(PROBABLE)
    await page.waitForSelector('genuine-caution-banner', { state: 'attached' })
    expect(await page.locator('genuine-caution-banner .box').textContent()).toContain('Ledger')
    expect(await page.locator('genuine-caution-banner a').getAttribute('href')).toMatch(/^https:\/\//)
    await expect.poll(async () => (await badgeOf(h, page)).text).toBe('?')
    await page.screenshot({ path: join(ARTIFACTS, 'extension-caution.png') })
    await page.close()
  })
})

describe('an official site', () => {
  it('turns the badge green and the popup says whose site it is', async () => {
    const page = await h.context.newPage()
    await visit(page, `http://${OFFICIAL}/`)
    expect(await page.title()).toBe(OFFICIAL)
    await expect.poll(async () => (await badgeOf(h, page)).text).toBe('✓')
    expect((await badgeOf(h, page)).color).toEqual(GREEN)
    const popup = await openPopup(h)
    await popup.waitForSelector('.site.official')
    expect(await popup.locator('#site').textContent()).toContain(tokenpocket.name.en)
    expect(await popup.locator('#registry-version').textContent()).toContain(String(registry.version))
    // "Updated" is when the registry last changed (it was signed), not when it was fetched.
    expect(await popup.locator('#registry-issued').textContent()).toContain(
      new Date(registry.issued_at).toLocaleString('en'),
    )
    // Pasted text is checked at once, with a report link and the project's real channels.
    await pasteIntoPopup(popup, COMBO)
    await popup.waitForSelector('.card.v-impersonation')
    const links = popup.locator('.card.v-impersonation .links a')
    expect(await links.nth(0).getAttribute('href')).toBe(`http://${WORKER_HOST}/p/tokenpocket?lang=en`)
    expect(await links.nth(1).getAttribute('href')).toBe(`http://${WORKER_HOST}/?q=${COMBO}&lang=en`)
    await popup.screenshot({ path: join(ARTIFACTS, 'extension-popup.png'), fullPage: true })
    // A message with a phone number: the popup reads it with the whole engine, phone metadata
    // included, which the service worker does not load.
    await popup.fill('#box', 'TP钱包客服电话：400-888-1234')
    await popup.click('#check-button')
    await popup.waitForSelector('.card.v-not_offered')
    expect(await popup.locator('#results').textContent()).toContain('+864008881234')
    await popup.close()
    await page.close()
  })
})

describe('an unknown site', () => {
  it('loads untouched, with no badge', async () => {
    const page = await h.context.newPage()
    await visit(page, `http://${UNKNOWN}/`)
    expect(await page.title()).toBe(UNKNOWN)
    expect(h.server.rendered).toContain(UNKNOWN)
    expect((await badgeOf(h, page)).text).toBe('')
    await page.close()
  })

  it('clears the green badge when the tab leaves an official site', async () => {
    const page = await h.context.newPage()
    await visit(page, `http://${OFFICIAL}/`)
    await expect.poll(async () => (await badgeOf(h, page)).text).toBe('✓')
    await visit(page, `http://${UNKNOWN}/`)
    await expect.poll(async () => (await badgeOf(h, page)).text).toBe('')
    await page.close()
  })
})

describe('continue anyway', () => {
  it('takes two deliberate clicks and is remembered for that site only', async () => {
    const page = await h.context.newPage()
    await visit(page, `http://${COMBO}/`)
    await page.waitForSelector('#continue-summary')
    expect(await page.locator('#continue').isVisible()).toBe(false)
    await page.click('#continue-summary')
    await page.click('#continue')
    await page.waitForURL(`http://${COMBO}/`)
    expect(await page.title()).toBe(COMBO)
    // Remembered: the next visit goes straight through.
    await visit(page, `http://${COMBO}/again`)
    expect(page.url()).toBe(`http://${COMBO}/again`)
    // Another lookalike is still stopped.
    await visit(page, `http://${PUNYCODE}/`)
    await expectWarning(page)
    await page.close()
  })

  it('keeps a red badge and a popup line on the site, and can be undone from the popup', async () => {
    const page = await h.context.newPage()
    await visit(page, `http://${COMBO}/kept`)
    expect(page.url()).toBe(`http://${COMBO}/kept`)
    await expect.poll(async () => (await badgeOf(h, page)).text).toBe('!')
    expect((await badgeOf(h, page)).color).toEqual(RED)
    const popup = await openPopup(h)
    await popup.waitForSelector('.site.bypassed')
    expect(await popup.locator('#site').textContent()).toContain(tokenpocket.name.en)
    expect(await popup.locator('#exceptions').textContent()).toContain(COMBO)
    await popup.screenshot({ path: join(ARTIFACTS, 'extension-popup-bypassed.png'), fullPage: true })
    await popup.click(`#exceptions button[data-host="${COMBO}"]`)
    await expect.poll(() => popup.locator('#exceptions').isHidden()).toBe(true)
    await popup.close()
    await visit(page, `http://${COMBO}/after-undo`)
    await expectWarning(page)
    await page.close()
  })

  it('expires after a day', async () => {
    await h.sw.evaluate(
      (host) => chrome.storage.local.set({ 'allowed-sites': [{ host, until: Date.now() - 1 }] }),
      COMBO,
    )
    const page = await h.context.newPage()
    await visit(page, `http://${COMBO}/`)
    await expectWarning(page)
    expect(await h.sw.evaluate(async () => (await chrome.storage.local.get('allowed-sites'))['allowed-sites'])).toEqual([])
    await page.close()
  })
})
