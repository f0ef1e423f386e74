/**
 * The extension in a Chinese browser (`--lang=zh-CN`): the warning page on a phone-sized window,
 * the popup, and the seed guard's notice, in Chinese. Screenshots go to test-artifacts/.
 */
import { generateMnemonic } from '@scure/bip39'
import { wordlist as english } from '@scure/bip39/wordlists/english.js'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RegistryEnvelope } from '../../registry/schema'
import { ARTIFACTS } from '../browser/chromium'
import { expectWarning, openPopup, SNAPSHOT, startExtension, visit, type Harness } from './harness'

const registry = RegistryEnvelope.parse(JSON.parse(SNAPSHOT)).signed
const tokenpocket = registry.projects.find((p) => p.id === 'tokenpocket')!
const OFFICIAL = tokenpocket.channels.find((c) => c.type === 'website')!.value
const COMBO = `${OFFICIAL.split('.')[0]}-support.com`

let h: Harness
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  h = await startExtension(['--lang=zh-CN'])
})
afterAll(() => h?.close())

describe('in Chinese', () => {
  it('warns on a phone-sized window with the safe way out first', async () => {
    const page = await h.context.newPage()
    await page.setViewportSize({ width: 390, height: 844 })
    await visit(page, `http://${COMBO}/`)
    await expectWarning(page)
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
    expect(await page.locator('#back-to-safety').textContent()).toBe('返回安全页面')
    expect(await page.locator('.lead').textContent()).toContain(tokenpocket.name.zh)
    await page.screenshot({ path: join(ARTIFACTS, 'extension-warning-zh-phone.png'), fullPage: true })
    await page.close()
  })

  it('says in the popup what a site opened anyway is', async () => {
    const page = await h.context.newPage()
    await visit(page, `http://${COMBO}/`)
    await expectWarning(page)
    await page.click('#continue-summary')
    await page.click('#continue')
    await page.waitForURL(`http://${COMBO}/`)
    const popup = await openPopup(h)
    await popup.waitForSelector('.site.bypassed')
    expect(await popup.locator('#site').textContent()).toContain('你无视 Genuine 的警告打开了这个网站')
    expect(await popup.locator('#exceptions').textContent()).toContain('撤销')
    await popup.screenshot({ path: join(ARTIFACTS, 'extension-popup-zh.png'), fullPage: true })
    await popup.close()
    await page.close()
  })

  it('tells a person who typed a phrase that the site may have seen it', async () => {
    const page = await h.context.newPage()
    await visit(page, 'http://help-desk-chat.example.net/')
    await page.waitForTimeout(100)
    await page.focus('#field')
    await page.keyboard.type(generateMnemonic(english, 128))
    await page.waitForSelector('genuine-guard-notice', { state: 'attached' })
    expect(await page.locator('genuine-guard-notice p').textContent()).toContain('它可能已经看到了你输入的内容')
    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({ path: join(ARTIFACTS, 'extension-guard-typed-zh-phone.png') })
    await page.close()
  })
})
