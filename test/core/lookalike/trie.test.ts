import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseHost } from '../../../src/core/contact/host'
import { buildBrands, matchDomain } from '../../../src/core/lookalike'
import { endsAt, insert, isTrieWord, newTrie, ROOT, step } from '../../../src/core/lookalike/trie'
import { loadProjects } from './projects'

const walk = (trie: ReturnType<typeof newTrie>, word: string) => {
  let node = ROOT
  for (let i = 0; node >= 0 && i < word.length; i++) node = step(trie, node, word.charCodeAt(i))
  return node
}

describe('the flat trie', () => {
  it('finds exactly the words put in, and their prefixes lead on', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,12}$/), { minLength: 1, maxLength: 40 }), (words) => {
        const trie = newTrie()
        words.forEach((w, id) => insert(trie, w, id))
        words.forEach((w, id) => {
          expect(endsAt(trie, walk(trie, w))).toContain(id)
          for (let n = 1; n < w.length; n++) expect(walk(trie, w.slice(0, n))).toBeGreaterThanOrEqual(0)
        })
        expect(walk(trie, 'not-in-it-\u00e9')).toBe(-1)
      }),
    )
  })

  it('holds ASCII names only', () => {
    expect(isTrieWord('metamask')).toBe(true)
    expect(isTrieWord('币安')).toBe(false)
  })
})

describe('names that are another name plus keywords', () => {
  const brands = buildBrands(loadProjects())
  const project = (host: string) => matchDomain(parseHost(host)!, brands)?.project

  // 'metamaskwallet' (an alias) takes one typo itself; 'metamask' catches the rest around it.
  it.each(['metamaskwalet.com', 'metamsk-wallet.com', 'metamaskwallett.io', 'metamask-wallet.app'])(
    '%s is still caught',
    (host) => expect(project(host)).toBe('metamask'),
  )
})
