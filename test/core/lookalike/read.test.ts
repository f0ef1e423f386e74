/**
 * The shortcuts for plain text (lower-case ASCII labels, most of what is checked) read it exactly
 * as the general path does: the reading of a label, and its skeleton character by character.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { read, readAny } from '../../../src/core/lookalike/find'
import { foldDigits, PLAIN_FOLD, plainSteps, skeleton } from '../../../src/core/lookalike/skeleton'

/** Label-like text, rich in what the shortcut must get right: separators, 'i', digits, pairs. */
const labelish = fc
  .array(fc.constantFrom(...'abcdilmnrvwxyz0135789-_.'.split(''), 'rn', 'vv', 'cl', 'M', 'е', 'ı'), {
    maxLength: 80,
  })
  .map((parts) => parts.join(''))

describe('plain-text shortcuts', () => {
  it('read gives what the general path gives, on any label-like text', () => {
    fc.assert(
      fc.property(labelish, (text) => {
        expect(read(text)).toEqual(readAny(text))
      }),
      { numRuns: 5_000 },
    )
  })

  it('takes the shortcut on plain labels, and refuses text with capitals, pairs or other scripts', () => {
    expect(plainSteps('metamask-support', 16)).toBeGreaterThanOrEqual(0)
    expect(plainSteps('coinbase1', 9)).toBeGreaterThanOrEqual(0)
    for (const text of ['MetaMask', 'trezorn', 'r-nb', 'vvallet', 'clalm', 'mеtamask', 'a|b']) {
      expect(plainSteps(text, text.length), text).toBe(-1)
    }
  })

  it('folds a plain label character by character into its folded skeleton', () => {
    fc.assert(
      fc.property(labelish, (text) => {
        fc.pre(plainSteps(text, text.length) >= 0)
        const folded = String.fromCharCode(...[...text].map((c) => PLAIN_FOLD[c.charCodeAt(0)]!))
        expect(folded).toBe(foldDigits(skeleton(text)))
      }),
      { numRuns: 5_000 },
    )
  })
})
