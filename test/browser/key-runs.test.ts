/**
 * Issue 13, item 4c: the page script never sends, as you type or paste, text that could be part
 * of a key, and never sends again once the box held a secret until that text is gone. The real
 * page bundle runs in Chromium on a minimal page with the elements it wires; every request it
 * makes is recorded (a contact is sent, so the recorder is shown to work).
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './chromium'

const ORIGIN = 'https://genuine.test'
const HEX_KEY = '4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318'
const WIF = '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ'
const SEED = 'legal winner thank year wave sausage worth useful legal winner thank yellow'
const BYTES_32 = `[${Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256).join(',')}]`

let browser: Browser
let js: string

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build-page.mjs', '--quiet'])
  // The bundle as just built from the sources under test (a JSON string in the generated module).
  const assets = readFileSync('.genuine/dist/page-assets.ts', 'utf8')
  js = JSON.parse(/^export const PAGE_JS: string = (".*")$/m.exec(assets)![1]!) as string
  browser = await launchChromium()
})
afterAll(() => browser?.close())

const HTML = `<!doctype html><html lang="en"><meta charset="utf-8"><title>t</title>
<form id="check"><textarea id="q"></textarea><button type="submit">Check</button></form>
<section id="results"></section><section id="empty"></section>
<template id="secret-warning"><div class="v-secret_detected">secret</div></template>
<script src="/page.js"></script></html>`

async function open(): Promise<{ page: Page; sent: string[] }> {
  const page = await browser.newPage()
  const sent: string[] = []
  await page.route(`${ORIGIN}/**`, async (route) => {
    const req = route.request()
    const path = new URL(req.url()).pathname
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: HTML })
    if (path === '/page.js') return route.fulfill({ contentType: 'text/javascript', body: js })
    sent.push(new URLSearchParams(req.postData() ?? '').get('q') ?? req.url())
    return route.fulfill({ contentType: 'text/html', body: '<p class="card">answer</p>' })
  })
  await page.goto(`${ORIGIN}/`)
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN })
  return { page, sent }
}

async function paste(page: Page, text: string) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text)
  await page.locator('#q').focus()
  await page.keyboard.press('ControlOrMeta+V')
}

/** Longer than the page's 350 ms wait, so anything scheduled has gone out. */
const settle = (page: Page) => page.waitForTimeout(600)

describe('the page script and key-like text', () => {
  it('sends a contact typed or pasted (the recorder works)', async () => {
    const { page, sent } = await open()
    await paste(page, 'tokenpocket-support.com')
    await settle(page)
    await page.locator('#q').fill('')
    await page.keyboard.insertText('service@tokenpocket.pro')
    await settle(page)
    expect(sent).toEqual(['tokenpocket-support.com', 'service@tokenpocket.pro'])
    await page.close()
  })

  it('a key typed in pauses leaves no prefix', async () => {
    const { page, sent } = await open()
    await page.locator('#q').focus()
    // Eight characters between pauses (one input event each: the machine's speed cannot add any).
    for (let i = 0; i < HEX_KEY.length; i += 8) {
      await page.keyboard.insertText(HEX_KEY.slice(i, i + 8))
      await page.waitForTimeout(400)
    }
    await settle(page)
    expect(sent).toEqual([])
    await page.locator('#results .v-secret_detected').waitFor()
    await page.locator('#q').fill('')
    for (let i = 0; i < WIF.length; i += 10) {
      await page.keyboard.insertText(WIF.slice(i, i + 10))
      await page.waitForTimeout(400)
    }
    await settle(page)
    // A WIF key's first 20 characters look like a WeChat ID; nothing longer leaves.
    expect(sent.every((q) => q.length <= 20)).toBe(true)
    await page.close()
  })

  it.each([
    ['63 of 64 hex digits', HEX_KEY.slice(0, 63)],
    ['a WIF key one character short', WIF.slice(0, -1)],
    ['half a hex key in a message', `my key is ${HEX_KEY.slice(0, 40)} help`],
    ['most of a byte array', BYTES_32.slice(0, 70)],
  ])('pasting %s sends nothing', async (_, text) => {
    const { page, sent } = await open()
    await paste(page, text)
    await settle(page)
    expect(sent).toEqual([])
    await page.close()
  })

  it('once a secret was flagged, edits of it are never sent, even on Check; emptying the box starts afresh', async () => {
    const { page, sent } = await open()
    for (const secret of [HEX_KEY, SEED]) {
      await paste(page, secret)
      await page.locator('#results .v-secret_detected').waitFor()
      await page.keyboard.press('End')
      for (let i = 0; i < 6; i++) await page.keyboard.press('Backspace')
      await settle(page)
      await page.getByRole('button', { name: 'Check' }).click()
      await settle(page)
      expect(sent).toEqual([])
      await page.locator('#results .v-secret_detected').waitFor()
      await page.locator('#q').focus()
      await page.keyboard.press('ControlOrMeta+A')
      await page.keyboard.press('Delete')
    }
    await paste(page, 'tokenpocket.pro')
    await settle(page)
    expect(sent).toEqual(['tokenpocket.pro'])
    await page.close()
  })
})
