/**
 * The lookup page as a person meets it, for the page's browser tests: the real Worker (wrangler's
 * workerd, a local D1 migrated with the real migrations) and real headless Chromium, at phone and
 * desktop widths, in Chinese and English. Screenshots go to test-artifacts/ for people to judge.
 *
 * What the page should say comes from the engine itself (run here in Node on the same signed
 * registry), so tests prove the page shows the engine's verdict faithfully.
 */
import { execFile, execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { unstable_startWorker } from 'wrangler'
import { REGISTRY_JSON, TRUSTED_KEYS } from '../../.genuine/dist/registry-module'
import { buildIndex, verifyRegistry, type Index, type Verdict } from '../../src/core'
import type { Lang } from '../../src/wording/lang'
import { headline } from '../../src/wording/ui'
import { ARTIFACTS, launchChromium } from './chromium'

export const PHONE = { width: 390, height: 844 }
export const DESKTOP = { width: 1280, height: 900 }

const run = promisify(execFile)
let worker: Awaited<ReturnType<typeof unstable_startWorker>>
let browser: Browser
let persist: string
/** The running Worker's origin and the engine's index, set once `startPage()`'s hook ran. */
export const served = { base: '', index: undefined as unknown as Index }

/** Starts the Worker and Chromium before the file's tests, and stops them after. */
export function startPage(): void {
  beforeAll(async () => {
    // The assets the Worker serves must be the ones built from the sources under test.
    execFileSync(process.execPath, ['scripts/build-page.mjs', '--quiet'])
    persist = mkdtempSync(join(tmpdir(), 'genuine-page-'))
    const wrangler = join(process.cwd(), 'node_modules/wrangler/bin/wrangler.js')
    await run(
      process.execPath,
      [wrangler, 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist],
      { env: { ...process.env, CI: '1', WRANGLER_SEND_METRICS: 'false' } },
    )
    worker = await unstable_startWorker({
      config: 'wrangler.toml',
      bindings: { REPORTS_SIGNING_KEY: { type: 'secret_text', value: '5a'.repeat(32) } },
      dev: {
        server: { hostname: '127.0.0.1', port: 0 },
        inspector: false,
        persist,
        watch: false,
        logLevel: 'warn',
      },
    })
    // A build error would otherwise leave requests hanging until their own timeouts.
    await worker.ready
    served.base = (await worker.url).origin
    const verified = await verifyRegistry(JSON.parse(REGISTRY_JSON), { keys: TRUSTED_KEYS })
    if (!verified.signed) throw new Error(`registry refused: ${verified.ok ? '' : verified.code}`)
    served.index = buildIndex(verified.signed, { stale: !verified.ok })
    browser = await launchChromium()
    mkdirSync(ARTIFACTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await worker?.dispose()
    if (persist) rmSync(persist, { recursive: true, force: true })
  })
}

export async function open(lang: Lang, viewport = PHONE, javaScriptEnabled = true) {
  const context = await browser.newContext({
    viewport,
    javaScriptEnabled,
    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
    deviceScaleFactor: 1,
  })
  context.setDefaultTimeout(10_000)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.base })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
  page.on('pageerror', (e) => problems.push(e.message))
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`)
    void d.dismiss()
  })
  return { context, page, problems }
}

/**
 * playwright-core has no web-first assertions (they live in @playwright/test): wait for the
 * element, then assert with vitest.
 */
export async function textOf(l: Locator): Promise<string> {
  await l.first().waitFor({ state: 'visible', timeout: 10_000 })
  return l.first().innerText()
}

export const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(ARTIFACTS, `page-${name}.png`), fullPage: true })

/** Pastes into the box as a person does (the clipboard, Ctrl+V), and waits for the answer. */
export async function paste(page: Page, text: string) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text)
  const box = page.locator('#q')
  await box.fill('')
  await box.focus()
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/check')
  await page.keyboard.press('ControlOrMeta+V')
  await answered
  await page.locator('#results:not([aria-busy]) .card').first().waitFor()
}

/** The card the page shows for the verdict the engine gives (a whole message's, or a contact's). */
export async function expectCard(card: Locator, v: Verdict, lang: Lang) {
  const { icon, title } = headline(v.verdict, v.kind === 'message', v.confidence, v.reasons)
  expect(await textOf(card.locator('.verdict strong'))).toBe(title[lang])
  expect(await textOf(card.locator('.verdict .icon'))).toBe(icon)
  if (v.official?.url) await card.locator(`.real a[href="${v.official.url}"]`).waitFor()
}
