/**
 * The page-marks prefilter on text: a name as pages write it (any case, run together or spaced
 * between its words and between Latin and Han) is found, a Latin name inside another word is
 * not, and only the text around support words that have a name nearby is sent on.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { pageAliases } from '../../extension/page-aliases.mjs'
import { aliasPattern, candidateSpans, namesProject } from '../../extension/src/lib/prefilter'
import { SNAPSHOT } from './harness'

const patterns = aliasPattern(pageAliases(JSON.parse(SNAPSHOT).signed.projects))

describe('page-marks prefilter', () => {
  it.each(['TP钱包客服', 'tp 钱包', 'TokenPocket', 'Token Pocket', 'Trust-Wallet', 'TRUSTWALLET', '欧易', 'OKX support', 'crypto.com'])(
    'finds %s',
    (text) => expect(namesProject(`请问 ${text} 怎么联系`, patterns)).toBe(true),
  )

  it.each(['tokxyz and gateway', 'okxchange', 'metamasked', '红烧肉的做法'])('finds no name in %s', (text) =>
    expect(namesProject(text, patterns)).toBe(false),
  )

  it('sends only the text around support words that have a name near them', () => {
    const filler = '今天天气很好，我们去公园散步。'.repeat(40)
    const text = `${filler}客服电话 400-123-4567${filler}TP钱包官方客服电话：400-861-5121${filler}`
    const spans = candidateSpans(text, patterns)
    expect(spans.length).toBe(1)
    const [start, end] = spans[0]!
    expect(text.slice(start, end)).toContain('TP钱包官方客服电话：400-861-5121')
    expect(text.slice(start, end)).not.toContain('400-123-4567')
  })

  it('finds the four articles’ names and nothing in them once the names are taken out', () => {
    for (const n of [1, 2, 3, 4]) {
      const article = readFileSync(`data/articles/seo-tp-support-${n}.txt`, 'utf8')
      expect(candidateSpans(article, patterns).length).toBeGreaterThan(0)
      expect(namesProject(article.replace(/t\s?p\s?(钱包|wallet)|tokenpocket/gi, '某钱包'), patterns)).toBe(false)
    }
  })
})
