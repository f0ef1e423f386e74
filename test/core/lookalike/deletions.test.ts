/**
 * The hashed typo index answers exactly what string keys would: a word is found when one of its
 * deletion neighbours (up to its depth) equals one of the text's (up to one deletion).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  buildDeletionIndex,
  nearWords,
  sharesDeletion,
} from '../../../src/core/lookalike/deletions'

/** The definition, by brute force over string sets. */
function neighbours(word: string, depth: number): Set<string> {
  let layer = new Set([word])
  const all = new Set(layer)
  for (let d = 0; d < depth; d++) {
    const next = new Set<string>()
    for (const w of layer) {
      for (let i = 0; i < w.length; i++) next.add(w.slice(0, i) + w.slice(i + 1))
    }
    for (const w of next) all.add(w)
    layer = next
  }
  return all
}

const word = fc.stringMatching(/^[a-e]{1,9}$/)

describe('deletion index', () => {
  it('sharesDeletion is the string-set definition', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 2 }), (text, w, depth) => {
        const mine = neighbours(text, 1)
        const shared = [...neighbours(w, depth)].some((k) => mine.has(k))
        expect(sharesDeletion(text, w, depth)).toBe(shared)
      }),
      { numRuns: 3000 },
    )
  })

  it('nearWords finds every word sharing a deletion, and only those, in id order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 30 }),
        word,
        (entries, text) => {
          const index = buildDeletionIndex(
            entries.map(([w]) => w),
            entries.map(([, d]) => d),
          )
          const mine = neighbours(text, 1)
          const expected = entries
            .map(([w, d], id) => ({ id, hit: [...neighbours(w, d)].some((k) => mine.has(k)) }))
            .filter((e) => e.hit)
            .map((e) => e.id)
          expect([...nearWords(index, text)].sort((a, b) => a - b)).toEqual(expected)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('leaves out words without an entry (names that take no typo)', () => {
    const index = buildDeletionIndex(['okx', 'metamask'], [0, 1])
    expect(nearWords(index, 'metamsk')).toEqual([1])
    const without = buildDeletionIndex([null, 'metamask'], [0, 1])
    expect(nearWords(without, 'okx')).toEqual([])
  })
})
