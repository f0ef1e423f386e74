import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Project } from '../../../registry/schema'
import { buildAliasMatcher } from '../../../src/core/contact/claims'

const project = (id: string, en: string, zh: string, aliases: string[]): Project => ({
  id,
  name: { en, zh },
  aliases,
  channels: [{ type: 'website', value: `${id}.example`, role: 'support', status: 'active' as const, sources: [{ url: 'https://example.com/', publisher: 'first_party' as const, retrieved_at: '2026-12-02' }], verified_at: '2026-12-02' }],
  never: [],
  related: [],
  unconfirmed: [],
})

const projects = [
  project('tokenpocket', 'TokenPocket', 'TP钱包', [
    'TokenPocket',
    'TP Wallet',
    'TPWallet',
    'TP钱包',
    'TP',
  ]),
  project('metamask', 'MetaMask', '小狐狸钱包', ['MetaMask', '小狐狸']),
  project('imtoken', 'imToken', 'imToken', ['imToken', 'im钱包']),
  project('ledger', 'Ledger', 'Ledger', ['Ledger']),
]
const claims = buildAliasMatcher(projects)

describe('buildAliasMatcher', () => {
  it.each([
    ['TP钱包客服电话：400-800-1234', ['tokenpocket']],
    ['T P 钱 包 官方客服', ['tokenpocket']],
    ['ＴＰ钱包', ['tokenpocket']],
    ['tp钱包', ['tokenpocket']],
    ['Contact TokenPocket support', ['tokenpocket']],
    ['token-pocket', ['tokenpocket']],
    ['@TokenPocket_Support', ['tokenpocket']],
    ['I use TP wallet and MetaMask', ['tokenpocket', 'metamask']],
    ['小狐狸钱包被盗了', ['metamask']],
    ['imToken 和 TP 都是钱包', ['imtoken', 'tokenpocket']],
    ['TokenPocket\u200b客服', ['tokenpocket']],
    // boundaries: a Latin alias is a word, not a piece of one
    ['visit https://example.com/http', []],
    ['mytokenpocket is not the brand', []],
    ['hyperledger fabric', []],
    ['Ledger Live', ['ledger']],
    ['', []],
  ])('%s -> %j', (text, ids) => {
    expect(claims(text)).toEqual(ids)
  })

  it('indexes 10,000 projects and still answers from one pass', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      project(`p${i}`, `Brand${i}Wallet`, `品牌${i}钱包`, [`brand${i}`, `b${i} pay`, `品牌${i}`]),
    )
    const big = buildAliasMatcher([...projects, ...many])
    expect(big('品牌9999钱包客服，也用TP钱包 and brand42')).toEqual(['p9999', 'tokenpocket', 'p42'])
    expect(big('x'.repeat(20_000))).toEqual([])
  })
})

describe('buildAliasMatcher against a plain search', () => {
  // Few letters, so aliases overlap, nest and share suffixes: every failure and dictionary link
  // of the automaton gets used. The plain search tries every alias at every position.
  const letters = fc.constantFrom('a', 'b', 'c', '钱', ' ')
  const word = fc.array(letters, { minLength: 1, maxLength: 6 }).map((a) => a.join(''))
  const isEdge = (s: string, bound: Set<number>, i: number) =>
    i <= 0 || i >= s.length || bound.has(i) || !/[a-z]/.test(s[i - 1]!) || !/[a-z]/.test(s[i]!)

  function plainSearch(aliases: string[][], text: string): string[] {
    const parts = text.split(/ +/)
    const bound = new Set<number>()
    let at = 0
    for (const part of parts) {
      bound.add(at)
      at += part.length
    }
    const s = parts.join('')
    return aliases.flatMap((list, p) =>
      list.some((alias) => {
        const a = alias.replace(/ +/g, '')
        for (let i = s.indexOf(a); a && i !== -1; i = s.indexOf(a, i + 1)) {
          const left = !/[a-z]/.test(a[0]!) || isEdge(s, bound, i)
          const right = !/[a-z]/.test(a.at(-1)!) || isEdge(s, bound, i + a.length)
          if (left && right) return true
        }
        return false
      })
        ? [`p${p}`]
        : [],
    )
  }

  it('finds exactly the projects whose aliases occur at word edges', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.array(word, { maxLength: 8 }).map((w) => w.join(' ')),
        (aliases, text) => {
          const listed = aliases.map((a, i) => project(`p${i}`, a[0]!, a[0]!, a))
          const matcher = buildAliasMatcher(listed)
          expect(matcher(text).sort()).toEqual(plainSearch(aliases, text).sort())
        },
      ),
      { numRuns: 500 },
    )
  })
})
