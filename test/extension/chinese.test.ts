/**
 * The extension as a Chinese-speaking person sees it (Chromium with Chinese as its first language): the warning
 * page before a lookalike site (desktop and phone), and the popup with its switches and a
 * content-farm article pasted into it, whose false claims it lists in plain words (issue 14's zh
 * screenshots; issue 16's claims in the popup).
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTIFACTS } from '../browser/chromium'
import { expectWarning, openPopup, pasteIntoPopup, startExtension, visit, type Harness } from './harness'

describe('the extension in Chinese', () => {
  let h: Harness
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    h = await startExtension(['--lang=zh-CN', '--accept-lang=zh-CN'])
  }, 60_000)
  afterAll(() => h?.close())

  it('warns before a lookalike site in Chinese, with the way back first', async () => {
    const page = await h.context.newPage()
    await page.setViewportSize({ width: 1000, height: 900 })
    await visit(page, 'http://tokenpocket-support.com/')
    await expectWarning(page)
    expect(await page.locator('h1').textContent()).toBe('前方是假冒网站')
    expect(await page.locator('.lead').textContent()).toContain('tokenpocket-support.com 不是TP钱包。')
    expect(await page.locator('.actions > :first-child').textContent()).toContain('返回安全页面')
    await page.screenshot({ path: join(ARTIFACTS, 'extension-warning-zh.png'), fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({ path: join(ARTIFACTS, 'extension-warning-zh-phone.png'), fullPage: true })
    await page.close()
  }, 30_000)

  it('popup: the switches, and a pasted article’s false claims in plain words', async () => {
    const popup = await openPopup(h)
    await popup.waitForSelector('#feature-pageMarks')
    expect(await popup.locator('#features').textContent()).toContain('标出假冒和真实的客服联系方式')
    expect(await popup.locator('#features').textContent()).toContain('在搜索结果中标出官网和仿冒网站')
    const article = readFileSync('data/articles/seo-tp-support-4.txt', 'utf8')
    await pasteIntoPopup(popup, article)
    await popup.waitForSelector('.card.v-misleading .said')
    const said = (await popup.locator('.card.v-misleading .said').textContent())!
    expect(said).toContain('它对TP钱包的说法')
    expect(said).toMatch(/✕\s*不实/)
    expect(said).toContain('这段文字说TP钱包有客服电话。TP钱包并没有：')
    // False first.
    expect(await popup.locator('.said .claim').first().getAttribute('class')).toContain('c-false')
    await popup.screenshot({ path: join(ARTIFACTS, 'extension-popup-zh.png'), fullPage: true })
    await popup.close()
  }, 30_000)

  it('popup: a person’s own question gets a calm answer and the real channel, no warning', async () => {
    const popup = await openPopup(h)
    await pasteIntoPopup(popup, 'TP钱包的密码忘了怎么办')
    const card = popup.locator('.card').first()
    await card.locator('.verdict').waitFor()
    expect(await card.locator('.verdict strong').textContent()).toBe('你的提问：该去哪里问')
    await card.locator('.real a').first().waitFor()
    expect(await popup.locator('.next').count()).toBe(0)
    await popup.screenshot({ path: join(ARTIFACTS, 'extension-popup-question-zh.png'), fullPage: true })
    await popup.close()
  }, 30_000)
})
