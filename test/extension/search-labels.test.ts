/**
 * Search-result labels in real Chromium with the extension loaded: result pages of Google, Bing,
 * Baidu, Sogou and 360 Search (test/extension/fixtures/search-pages.ts), served under the
 * engines' real host names, get "✓ TP钱包官网" / "✕ 仿冒TP钱包" on the results whose host is a
 * registry site or a lookalike or reported one, and nothing on the rest. Also the popup's
 * switches: each feature goes off (and on) at once on open pages, and stays as set.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTIFACTS } from '../browser/chromium'
import { ARTICLE_HOSTS, articlePage } from './fixtures/article-page'
import { ENGINES, EXPECTED, MORE_RESULTS, PLAIN_RESULTS, TP_RESULTS, type Engine, type Result } from './fixtures/search-pages'
import { openPopup, startExtension, type Harness } from './harness'
import { addedBy } from './shadow'

const labelsOf = async (page: Page) => (await addedBy(page, 'GENUINE-LABEL')).map((l) => ({ title: l.before, words: l.words }))

/** The label each result should carry in `lang`, by its title ([] for none). */
const expected = (results: Result[], lang: 'zh' | 'en') =>
  results.map((r) => ({ title: r.title, words: EXPECTED[r.host] ? [EXPECTED[r.host]![lang]] : [] }))

const found = (labels: { title: string; words: string }[], results: Result[]) =>
  results.map((r) => ({ title: r.title, words: labels.filter((l) => l.title === r.title).map((l) => l.words) }))

/** Every element's box on the page, the extension's own left out: what a reader sees move. */
const boxes = (page: Page) =>
  page.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter((e) => e.localName !== 'genuine-label')
      .map((e) => {
        const r = e.getBoundingClientRect()
        return [r.x, r.y, r.width, r.height].map((n) => Math.round(n * 100) / 100).join(',')
      }),
  )

describe('search-result labels', () => {
  let h: Harness
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    h = await startExtension([], { https: true })
  }, 60_000)
  afterAll(() => h?.close())

  /** Serves `results` as `engine`'s result page for `query`; returns its address. */
  function serve(engine: Engine, results: Result[], lang: 'zh' | 'en', query: string): string {
    const path = `${engine.path}?${engine.param}=${encodeURIComponent(query)}`
    h.server.pages.set(engine.host + path, engine.page(results, lang, query))
    return `https://${engine.host}${path}`
  }

  async function open(url: string, count: number): Promise<Page> {
    const page = await h.context.newPage()
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(url)
    await expect.poll(async () => (await labelsOf(page)).length, { timeout: 10_000 }).toBe(count)
    return page
  }

  it.each(ENGINES)('$name: official and fake results labelled in Chinese, the others untouched', async (engine) => {
    const page = await open(serve(engine, TP_RESULTS, 'zh', 'TP钱包客服'), 4)
    expect(found(await labelsOf(page), TP_RESULTS)).toEqual(expected(TP_RESULTS, 'zh'))
    // Closed shadow roots: the page's scripts see empty elements.
    expect(await page.evaluate(() => [...document.querySelectorAll('genuine-label')].map((l) => l.shadowRoot))).toEqual(Array(4).fill(null))
    await page.screenshot({ path: join(ARTIFACTS, `extension-search-${engine.host.split('.')[1]}-zh.png`) })
    await page.close()
  }, 30_000)

  it.each(ENGINES.filter((e) => e.name === 'Google' || e.name === 'Bing'))('$name: an English result page gets English labels', async (engine) => {
    const page = await open(serve(engine, TP_RESULTS, 'en', 'TokenPocket support'), 4)
    expect(found(await labelsOf(page), TP_RESULTS)).toEqual(expected(TP_RESULTS, 'en'))
    await page.screenshot({ path: join(ARTIFACTS, `extension-search-${engine.host.split('.')[1]}-en.png`) })
    await page.close()
  }, 30_000)

  it('labels the results continuous scroll adds, and only those', async () => {
    const page = await open(serve(ENGINES[0]!, TP_RESULTS, 'zh', 'TP钱包 客服'), 4)
    await page.evaluate(() => (window as unknown as { more(): void }).more())
    await expect.poll(async () => (await labelsOf(page)).length).toBe(5)
    const all = [...TP_RESULTS, ...MORE_RESULTS]
    expect(found(await labelsOf(page), all)).toEqual(expected(all, 'zh'))
    await page.close()
  }, 30_000)

  it('leaves a result page that names no registry site untouched', async () => {
    const page = await h.context.newPage()
    await page.goto(serve(ENGINES[2]!, PLAIN_RESULTS, 'zh', '红烧肉做法'))
    const html = await page.content()
    await page.waitForTimeout(1_500) // well past the idle scan
    expect(await page.content()).toBe(html)
    expect(await labelsOf(page)).toEqual([])
    await page.close()
  }, 30_000)

  it('popup switch: labels go at once without moving anything, stay off after a reload, come back when on', async () => {
    const page = await open(serve(ENGINES[2]!, TP_RESULTS, 'zh', 'TP钱包官网'), 4)
    const withLabels = await boxes(page)
    const popup = await openPopup(h)
    await popup.uncheck('#feature-searchLabels')
    await expect.poll(async () => (await labelsOf(page)).length).toBe(0)
    // The labels took no room: every box on the page is where it was with them.
    expect(await boxes(page)).toEqual(withLabels)
    await page.reload()
    await page.waitForTimeout(1_500)
    expect(await labelsOf(page)).toEqual([])
    expect(await h.sw.evaluate(async () => (await chrome.storage.local.get('features')).features)).toEqual({ pageMarks: true, searchLabels: false })
    await popup.reload()
    expect(await popup.isChecked('#feature-searchLabels')).toBe(false)
    await popup.check('#feature-searchLabels')
    await expect.poll(async () => (await labelsOf(page)).length).toBe(4)
    await popup.close()
    await page.close()
  }, 30_000)

  it('popup switch: page marks and their banner go at once, and come back when turned on', async () => {
    h.server.pages.set(`${ARTICLE_HOSTS[2]}/tp-kefu`, articlePage(3))
    const page = await h.context.newPage()
    await page.goto(`http://${ARTICLE_HOSTS[2]}/tp-kefu`)
    const marks = async () => (await addedBy(page, 'GENUINE-MARK')).length + (await addedBy(page, 'GENUINE-BANNER')).length
    await expect.poll(marks, { timeout: 10_000 }).toBe(6) // five marks and the banner
    const popup = await openPopup(h)
    const zh = await popup.textContent('#features')
    expect(zh).toMatch(/标出假冒和真实的客服联系方式|Mark fake and real support contacts/)
    await popup.uncheck('#feature-pageMarks')
    await expect.poll(marks).toBe(0)
    await page.reload()
    await page.waitForTimeout(1_500)
    expect(await marks()).toBe(0)
    await popup.check('#feature-pageMarks')
    await expect.poll(marks, { timeout: 10_000 }).toBe(6)
    await popup.close()
    await page.close()
  }, 30_000)
})
