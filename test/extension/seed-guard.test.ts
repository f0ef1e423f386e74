/**
 * Seed-phrase guard, end to end: a recovery phrase or private key pasted or typed into a page
 * never reaches the page's own listeners, ordinary text is untouched, and official wallet sites
 * are left alone. Phrases are generated fresh each run, in English and Chinese.
 */
import { generateMnemonic } from '@scure/bip39'
import { wordlist as english } from '@scure/bip39/wordlists/english.js'
import { wordlist as simplified } from '@scure/bip39/wordlists/simplified-chinese.js'
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RegistryEnvelope } from '../../registry/schema'
import { join } from 'node:path'
import { RUN_START } from '../../extension/src/lib/word-run'
import { ARTIFACTS } from '../browser/chromium'
import { SNAPSHOT, startExtension, visit, type Harness } from './harness'

const registry = RegistryEnvelope.parse(JSON.parse(SNAPSHOT)).signed
const OFFICIAL = registry.projects.find((p) => p.id === 'tokenpocket')!.channels.find((c) => c.type === 'website')!.value
const SITE = 'http://help-desk-chat.example.net/'

interface Seen {
  type: string
  value: string | null
  data: string | null
}

let h: Harness
beforeAll(async () => {
  // The clipboard API needs a secure context; the test sites are plain HTTP on a local server.
  const origins = [SITE, `http://${OFFICIAL}/`].map((u) => new URL(u).origin).join(',')
  h = await startExtension([`--unsafely-treat-insecure-origin-as-secure=${origins}`])
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write'])
})
afterAll(() => h?.close())

async function open(url = SITE): Promise<Page> {
  const page = await h.context.newPage()
  await visit(page, url)
  // Let the page's own script run (the guard loads its checks on a field's first focus).
  await page.waitForTimeout(100)
  return page
}

async function paste(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text)
  await page.focus(selector)
  await page.keyboard.press('Control+V')
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: Seen[] }).seen)
/** Whether the page saw the secret, or any eight of its words in a row (part of it is enough). */
function leaked(events: Seen[], secret: string): boolean {
  const words = secret.split(' ')
  const parts = words.slice(0, Math.max(1, words.length - 7)).map((_, i) => words.slice(i, i + 8).join(' '))
  return events.some((e) => parts.some((p) => e.value?.includes(p) || e.data?.includes(p)))
}

describe('a pasted secret', () => {
  it.each([
    ['English 12-word phrase', generateMnemonic(english, 128)],
    ['English 24-word phrase', generateMnemonic(english, 256)],
    ['Chinese phrase', generateMnemonic(simplified, 128)],
    ['hex private key', `0x${bytesToHex(randomBytes(32))}`],
  ])('%s never reaches the page', async (_, secret) => {
    const page = await open()
    await paste(page, '#area', `here it is: ${secret}`)
    await page.waitForSelector('genuine-guard-notice', { state: 'attached' })
    expect(await page.inputValue('#area')).toBe('')
    expect(leaked(await seen(page), secret)).toBe(false)
    expect(await page.locator('genuine-guard-notice h2').textContent()).toBeTruthy()
    // Pasted, it never reached the page: the notice says so.
    expect(await page.locator('genuine-guard-notice p').textContent()).toContain('before the site received it')
    await page.close()
  })

  it('is stopped in an editable div too', async () => {
    const page = await open()
    const secret = generateMnemonic(english, 128)
    await paste(page, '#edit', secret)
    await page.waitForSelector('genuine-guard-notice', { state: 'attached' })
    expect(await page.locator('#edit').textContent()).toBe('')
    expect(leaked(await seen(page), secret)).toBe(false)
    await page.close()
  })
})

describe('a typed secret', () => {
  it('is cleared as soon as it reads as part of a phrase; the page never sees eight words', async () => {
    const page = await open()
    const secret = generateMnemonic(english, 128)
    await page.focus('#field')
    await page.keyboard.type(secret)
    await page.waitForSelector('genuine-guard-notice', { state: 'attached' })
    // Emptied at the eighth word: what is left is what was typed after it, fewer words than that.
    const left = await page.inputValue('#field')
    expect(secret.endsWith(left)).toBe(true)
    expect(left.trim().split(/\s+/).length).toBeLessThan(8)
    expect(leaked(await seen(page), secret)).toBe(false)
    await page.close()
  })

  it('keeps its key events from the page once a run of wordlist words starts', async () => {
    const page = await open()
    const secret = generateMnemonic(english, 128)
    const words = secret.split(' ')
    await page.focus('#field')
    await page.keyboard.type(secret)
    await page.waitForSelector('genuine-guard-notice', { state: 'attached' })
    const events = await seen(page)
    const wordsSeen = (e: Seen) => (e.value ?? '').trim().split(/\s+/).filter(Boolean).length
    // The page's listeners saw at most the words that started the run, and no key after them.
    expect(Math.max(...events.map(wordsSeen))).toBeLessThanOrEqual(RUN_START)
    const keysOfRun = words.slice(0, RUN_START).join(' ').length + 1
    expect(events.filter((e) => e.type === 'keydown').length).toBeLessThanOrEqual(keysOfRun)
    // Typed, so the notice does not claim the site saw nothing.
    expect(await page.locator('genuine-guard-notice p').textContent()).toContain('may have seen what you typed')
    await page.screenshot({ path: join(ARTIFACTS, 'extension-guard-typed.png') })
    await page.close()
  })

  it('holds back keys typed after the clear until the notice is closed', async () => {
    const page = await open()
    await page.focus('#field')
    await page.keyboard.type(generateMnemonic(english, 128))
    await page.waitForSelector('genuine-guard-notice', { state: 'attached' })
    const before = (await seen(page)).length
    await page.keyboard.type(' and the rest of it')
    expect(await page.inputValue('#field')).toBe('')
    expect((await seen(page)).length).toBe(before)
    await page.locator('genuine-guard-notice button').click()
    await page.focus('#field')
    await page.keyboard.type('thank you')
    expect(await page.inputValue('#field')).toBe('thank you')
    await page.close()
  })
})

describe('ordinary text', () => {
  it('passes through untouched, typed or pasted', async () => {
    const page = await open()
    const text = 'Hello, my transfer to the exchange has been pending for two days, can you help me please?'
    await page.focus('#field')
    await page.keyboard.type(text)
    await paste(page, '#area', text)
    expect(await page.inputValue('#field')).toBe(text)
    expect(await page.inputValue('#area')).toBe(text)
    const events = await seen(page)
    expect(events.some((e) => e.type === 'paste' && e.data === text)).toBe(true)
    expect(events.filter((e) => e.type === 'input' && e.value === text)).toHaveLength(2)
    expect(await page.locator('genuine-guard-notice').count()).toBe(0)
    await page.close()
  })
})

describe('a paste before the guard has loaded in the frame', () => {
  // The checks load on a field's first focus; this paste comes with no focus before it.
  const pasteUnfocused = (page: Page, text: string) =>
    page.evaluate((t) => {
      const data = new DataTransfer()
      data.setData('text/plain', t)
      const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
      document.querySelector('#area')!.dispatchEvent(paste)
    }, text)

  it('is held until checked: a secret never reaches the page', async () => {
    const page = await open()
    const secret = generateMnemonic(english, 128)
    await pasteUnfocused(page, secret)
    await page.waitForSelector('genuine-guard-notice', { state: 'attached' })
    expect(await page.inputValue('#area')).toBe('')
    expect(leaked(await seen(page), secret)).toBe(false)
    await page.close()
  })

  it('is held until checked: ordinary text is then put where it was going', async () => {
    const page = await open()
    const text = 'Hello, my transfer to the exchange has been pending for two days, can you help me please?'
    await pasteUnfocused(page, text)
    await expect.poll(() => page.inputValue('#area')).toBe(text)
    expect(await page.locator('genuine-guard-notice').count()).toBe(0)
    await page.close()
  })
})

describe('an official wallet site', () => {
  it('is left alone: its own import screen may ask for the phrase', async () => {
    const page = await open(`http://${OFFICIAL}/`)
    const secret = generateMnemonic(english, 128)
    await paste(page, '#area', secret)
    // The paste may come before the checks load; held, it is put back once they decide.
    await expect.poll(() => page.inputValue('#area')).toBe(secret)
    expect(leaked(await seen(page), secret)).toBe(true)
    await page.close()
  })
})
