/**
 * Page marks in real Chromium with the extension loaded: the four content-farm articles served
 * under made-up content-farm hosts get a mark beside each contact (red where it is not
 * TokenPocket's, green where it is) and a banner; a page naming no project is left untouched.
 * Marks live in closed shadow roots, so they are read through the DevTools protocol, which
 * pierces them as the page's own scripts cannot.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTIFACTS } from '../browser/chromium'
import { ARTICLE_HOSTS, articlePage, BOX, ENGLISH_BOX, ENGLISH_HOST, ENGLISH_PAGE, PLAIN_PAGE } from './fixtures/article-page'
import { startExtension, type Harness } from './harness'
import { addedBy } from './shadow'

/** Each mark: the text just before it in the page, and its own words. */
async function marksOf(page: Page): Promise<{ after: string; label: string }[]> {
  return (await addedBy(page, 'GENUINE-MARK')).map((m) => ({ after: m.before, label: m.words }))
}

async function bannerOf(page: Page): Promise<string | null> {
  return (await addedBy(page, 'GENUINE-BANNER'))[0]?.words ?? null
}

/** The labels of the marks right after `text` (a contact, or a label and contact). */
const markAfter = (marks: { after: string; label: string }[], contact: string) =>
  marks.filter((m) => m.after.endsWith(contact)).map((m) => m.label)

describe('page marks', () => {
  let h: Harness
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    h = await startExtension()
    ARTICLE_HOSTS.forEach((host, i) => {
      h.server.pages.set(`${host}/tp-kefu`, articlePage(i + 1))
      h.server.pages.set(`${host}/tp-kefu-2`, articlePage(i + 1, false))
    })
    h.server.pages.set(`${ENGLISH_HOST}/tokenpocket-support`, ENGLISH_PAGE)
    h.server.pages.set('www.jiachangcai.example/hongshaorou', PLAIN_PAGE)
  }, 60_000)
  afterAll(() => h?.close())

  async function open(url: string, count: number) {
    const page = await h.context.newPage()
    await page.goto(url)
    await expect.poll(async () => (await marksOf(page)).length, { timeout: 10_000 }).toBe(count)
    return { page, marks: await marksOf(page), banner: await bannerOf(page) }
  }

  it.each([1, 2, 3, 4])('article %i: each contact marked in Chinese, the fake ones in the banner', async (n) => {
    const { page, marks, banner } = await open(`http://${ARTICLE_HOSTS[n - 1]}/tp-kefu`, 5)
    const box = BOX(n)
    expect(markAfter(marks, box.phone)).toEqual(['✕ 不是TP钱包的官方渠道'])
    expect(markAfter(marks, box.wechat)).toEqual(['✕ 不是TP钱包的官方渠道'])
    expect(markAfter(marks, box.fake)).toEqual(['✕ 不是TP钱包的官方渠道'])
    expect(markAfter(marks, `官网：${box.site}`)).toEqual(['✓ TP钱包官方'])
    expect(markAfter(marks, box.email)).toEqual(['✓ TP钱包官方'])
    // Closed shadow roots: the page's own scripts see host elements with nothing inside.
    const roots = await page.evaluate(() => [...document.querySelectorAll('genuine-mark')].map((m) => m.shadowRoot))
    expect(roots).toEqual(Array(5).fill(null))
    // Why, in the engine's words: TokenPocket's own statement of its support channels.
    expect(banner).toMatch(new RegExp(`${box.phone}：TokenPocket请你通过邮件.*电话不在其中`))
    expect(banner).toMatch(new RegExp(`${box.wechat}：TokenPocket请你通过邮件.*微信号不在其中`))
    expect(banner).toContain(`${box.fake}：这个网站在冒充TP钱包`)
    expect(banner).not.toContain(`${box.email}：`)
    await page.screenshot({ path: join(ARTIFACTS, `extension-marks-${n}-zh.png`) })
    expect(banner).toContain('请改用TP钱包真正的渠道：service@tokenpocket.pro、tokenpocket.pro')
    // The box's own claim (a phone line), against TokenPocket's own words.
    expect(banner).toContain('这个页面对TP钱包的说法不实')
    expect(banner).toMatch(/这段文字说TP钱包有客服电话。TP钱包并没有：它自己的帮助中心只写明了邮件和App 内和官网的在线客服（来源：help\.tokenpocket\.pro/)
    await page.screenshot({ path: join(ARTIFACTS, `extension-marks-${n}-zh.png`) })
    await page.close()
  }, 30_000)

  /** What each article itself claims, false by TokenPocket's own words. */
  const ARTICLE_CLAIMS: Record<number, RegExp> = {
    1: /这段文字说TP钱包有客服电话。TP钱包并没有/,
    2: /这段文字说TP钱包能帮你重置或找回密码。这不可能：TP钱包是自托管钱包/,
    3: /这段文字说TP钱包有客服电话。TP钱包并没有/,
    4: /这段文字说TP钱包有客服电话。TP钱包并没有/,
  }

  it.each([1, 2, 3, 4])('article %i alone (no contact in it): the banner lists its false claims and the real channel', async (n) => {
    const page = await h.context.newPage()
    await page.goto(`http://${ARTICLE_HOSTS[n - 1]}/tp-kefu-2`)
    await expect.poll(() => bannerOf(page), { timeout: 10_000 }).not.toBeNull()
    const banner = (await bannerOf(page))!
    expect(banner).toMatch(/^这个页面对TP钱包的说法不实/)
    expect(banner).toMatch(ARTICLE_CLAIMS[n]!)
    expect(banner).toContain('请改用TP钱包真正的渠道：service@tokenpocket.pro')
    expect(await marksOf(page)).toEqual([])
    await page.screenshot({ path: join(ARTIFACTS, `extension-claims-${n}-zh.png`) })
    await page.close()
  }, 30_000)

  it('marks an English page in English', async () => {
    const { page, marks, banner } = await open(`http://${ENGLISH_HOST}/tokenpocket-support`, 3)
    expect(markAfter(marks, ENGLISH_BOX.phone)).toEqual(['✕ Not an official TokenPocket channel'])
    expect(banner).toContain(`${ENGLISH_BOX.phone}: TokenPocket asks you to contact its official support by email`)
    expect(markAfter(marks, ENGLISH_BOX.fake)).toEqual(['✕ Not an official TokenPocket channel'])
    expect(markAfter(marks, ENGLISH_BOX.site)).toEqual(['✓ Official TokenPocket'])
    expect(banner).toContain('This page gives contacts that are not TokenPocket’s')
    expect(banner).toContain('Use TokenPocket’s real channels: service@tokenpocket.pro, tokenpocket.pro')
    await page.screenshot({ path: join(ARTIFACTS, 'extension-marks-en.png') })
    await page.close()
  }, 30_000)

  it('keeps the banner hidden on a site where it was hidden, and only there', async () => {
    const first = await open(`http://${ARTICLE_HOSTS[0]}/tp-kefu`, 5)
    expect(first.banner).not.toBeNull()
    await first.page.close()
    await h.sw.evaluate((host) => chrome.storage.local.set({ 'marks-dismissed': [host] }), ARTICLE_HOSTS[0])
    const again = await open(`http://${ARTICLE_HOSTS[0]}/tp-kefu`, 5)
    expect(again.banner).toBeNull() // the marks stay
    const other = await open(`http://${ARTICLE_HOSTS[1]}/tp-kefu`, 5)
    expect(other.banner).not.toBeNull()
    await again.page.close()
    await other.page.close()
  }, 30_000)

  it('leaves a page that names no project untouched, though it has support words and a phone', async () => {
    const page = await h.context.newPage()
    await page.goto('http://www.jiachangcai.example/hongshaorou')
    const html = await page.content()
    await page.waitForTimeout(1_500) // well past the idle scan
    expect(await page.content()).toBe(html)
    expect(await marksOf(page)).toEqual([])
    expect(await bannerOf(page)).toBeNull()
    expect(await page.evaluate(() => document.querySelectorAll('genuine-mark, genuine-banner').length)).toBe(0)
    await page.close()
  })
})
