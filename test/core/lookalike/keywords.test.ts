/** The padding table reads prefixes and suffixes exactly as splitting them into keywords would. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  hasStrong,
  isTellingPadding,
  KEYWORDS,
  NOT_PADDING,
  paddingTable,
  prefixPadding,
  readPadding,
  suffixPadding,
} from '../../../src/core/lookalike/keywords'
import { skeleton } from '../../../src/core/lookalike/skeleton'

/** Whether `s` splits into keywords and numbers, by brute force over every split. */
function splits(s: string): boolean {
  if (s.length === 0) return true
  for (let i = 1; i <= s.length; i++) {
    const head = s.slice(0, i)
    if ((KEYWORDS.has(head) || /^\d+$/.test(head)) && splits(s.slice(i))) return true
  }
  return false
}

const pieces = fc.constantFrom(...[...KEYWORDS].slice(0, 60), '7', '42', 'zq', 'a', 'ledger')
const text = fc.array(pieces, { maxLength: 5 }).map((p) => p.join(''))

describe('padding', () => {
  it('prefix and suffix entries agree with splitting the text', () => {
    fc.assert(
      fc.property(text, (s) => {
        const table = paddingTable(s)
        for (let i = 0; i <= s.length; i++) {
          expect(prefixPadding(table, i) !== NOT_PADDING).toBe(splits(s.slice(0, i)))
          expect(suffixPadding(table, i) !== NOT_PADDING).toBe(splits(s.slice(i)))
        }
      }),
      { numRuns: 500 },
    )
  })

  it('prefers a strong reading, then one without topic words', () => {
    // Padding is read in skeleton form ('finance' is 'flnance').
    const pad = (s: string) => readPadding(skeleton(s))
    expect(hasStrong(pad('support'))).toBe(true)
    expect(hasStrong(pad('my wallet'))).toBe(true)
    expect(isTellingPadding(pad('app'))).toBe(true)
    expect(isTellingPadding(pad('finance'))).toBe(false)
    expect(isTellingPadding(pad('finance support'))).toBe(true)
    expect(pad('zzz')).toBe(NOT_PADDING)
  })
})
