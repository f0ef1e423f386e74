/**
 * The seed guard checks, on each key press, only the window of text that ends at the caret
 * (phraseWindow). Property: typed key by key after any message, a phrase is caught by the window
 * at the very key press at which a check of the whole text catches it, never later, and the
 * window never catches what the whole text does not hold. Messages are the Chinese articles in
 * data/articles and English made of wordlist and everyday words; phrases are fresh BIP-39
 * phrases of every length in the three wordlists, written the ways people write them.
 */
import { entropyToMnemonic } from '@scure/bip39'
import { wordlist as english } from '@scure/bip39/wordlists/english.js'
import { wordlist as simplified } from '@scure/bip39/wordlists/simplified-chinese.js'
import { wordlist as traditional } from '@scure/bip39/wordlists/traditional-chinese.js'
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findSecret } from '../../src/core/contact/secret'
import { phraseWindow, WINDOW_MAX } from '../../extension/src/lib/phrase-window'
import { worthChecking } from '../../extension/src/lib/worth-checking'

/** What the guard asks of a text (lib/guard-checks.ts). */
const isSecret = (text: string) => worthChecking(text) && findSecret(text) !== null

const ARTICLES = [1, 2, 3, 4].map((n) => readFileSync(`data/articles/seo-tp-support-${n}.txt`, 'utf8')).join('\n')
const EVERYDAY = ['hello', 'my', 'the', 'withdrawal', 'is', 'stuck', 'please', 'help', 'support', 'since', 'yesterday', 'wallet', 'thanks', 'I', 'tried']

const chinese = (max: number) =>
  fc.tuple(fc.nat(ARTICLES.length), fc.integer({ min: 0, max })).map(([at, n]) => ARTICLES.slice(at, at + n))
const englishProse = fc
  .array(fc.oneof(fc.constantFrom(...EVERYDAY), fc.constantFrom(...english)), { maxLength: 120 })
  .map((w) => w.join(' '))

const phrase = fc
  .tuple(
    fc.constantFrom(16, 20, 24, 28, 32).chain((n) => fc.uint8Array({ minLength: n, maxLength: n })),
    fc.constantFrom(english, simplified, traditional),
    fc.constantFrom('spaced', 'commas', 'numbered', 'labelled'),
  )
  .map(([entropy, list, form]) => {
    const words = entropyToMnemonic(entropy, list).split(/\s+/)
    if (form === 'commas') return words.join(', ')
    if (form === 'numbered') return words.map((w, i) => `${i + 1}. ${w}`).join(' ')
    // Chinese phrases are also written unspaced, after a label that says what they are.
    if (form === 'labelled') return list === english ? `seed phrase: ${words.join(' ')}` : `助记词：${words.join('')}`
    return words.join(' ')
  })

/** The first key press (the caret after it) at which `check` catches the phrase, or null. */
function caughtAt(typed: string, from: number, check: (text: string, caret: number) => boolean): number | null {
  for (let caret = from + 1; caret <= typed.length; caret++) if (check(typed.slice(0, caret), caret)) return caret
  return null
}
const whole = (text: string) => isSecret(text)
const windowed = (text: string, caret: number) => isSecret(phraseWindow(text, caret))

function typedAfter(prefixes: fc.Arbitrary<string>, runs: number) {
  let caught = 0
  fc.assert(
    fc.property(prefixes, fc.constantFrom(' ', '\n', '：', ''), phrase, (prefix, joint, secret) => {
      fc.pre(!isSecret(prefix))
      const typed = prefix + joint + secret
      const atWhole = caughtAt(typed, prefix.length, whole)
      expect(caughtAt(typed, prefix.length, windowed)).toBe(atWhole)
      if (atWhole !== null) caught++
    }),
    { numRuns: runs },
  )
  return caught / runs
}

describe('the typing window (phraseWindow)', () => {
  it('catches a phrase typed after Chinese text at the same key as the whole text', () => {
    // Nearly all are caught; the rest (an unspaced run after prose) neither check catches.
    expect(typedAfter(chinese(600), 60)).toBeGreaterThan(0.8)
  })

  it('catches a phrase typed after English text at the same key as the whole text', () => {
    expect(typedAfter(englishProse, 60)).toBeGreaterThan(0.8)
  })

  it('catches a phrase typed at the end of a long Chinese message, past the window', () => {
    expect(typedAfter(chinese(WINDOW_MAX + 500), 12)).toBeGreaterThan(0.8)
  })

  it('ends at the caret and holds a whole numbered 24-word phrase', () => {
    const secret = entropyToMnemonic(new Uint8Array(32).fill(7), english)
      .split(' ')
      .map((w, i) => `${i + 1}. ${w}`)
      .join(' ')
    const text = `${ARTICLES.slice(0, 1_500)} ${secret} and more after the caret`
    const caret = text.indexOf(' and more')
    expect(phraseWindow(text, caret).endsWith(secret)).toBe(true)
    expect(phraseWindow(text, caret).length).toBeLessThan(secret.length + 100)
  })
})
