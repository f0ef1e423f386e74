/**
 * The cut confusables table (scripts/confusables.ts) reads text exactly as the full table does,
 * wherever a result can depend on it: the skeleton's name characters, separators and length.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import cut from '../../../src/core/lookalike/confusables.json'
import {
  EXTRA,
  prototypeSkeleton,
  skeletons,
  skeletonShape,
} from '../../../src/core/lookalike/skeleton'

const require = createRequire(import.meta.url)
const full: Record<string, string> = JSON.parse(
  readFileSync(require.resolve('unhomoglyph/data.json'), 'utf8'),
)
const FULL = { ...full, ...EXTRA }

/** The skeletons under the full table: the pipeline of skeleton.ts, written out as the oracle. */
function reference(text: string): { skel: string; letters: string } {
  let base = ''
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) base += ch.toLowerCase().replace('|', 'l')
    else {
      for (const b of ch.normalize('NFD').replace(/\p{M}/gu, '')) base += prototypeSkeleton(b, FULL)
    }
  }
  const pairs: Record<string, string> = { rn: 'm', rr: 'm', nn: 'm', vv: 'w', cl: 'd', lc: 'k' }
  return {
    skel: base.replace(/rn|rr|nn|vv|cl|lc/g, (p) => pairs[p]!).replace(/i/g, 'l'),
    letters: base.replace(/i/g, 'l'),
  }
}

const keys = Object.keys(full)

describe('cut confusables table', () => {
  it('keeps every entry that can change a base character in shape', () => {
    // Marks and precomposed characters are never looked up: text is decomposed, marks dropped.
    const bases = keys.filter((k) => k.normalize('NFD') === k && !/\p{M}/u.test(k))
    const table = { ...cut.prototypes, ...EXTRA } // once: a copy per key made this test take minutes
    for (const key of bases) {
      const want = skeletonShape(prototypeSkeleton(key, FULL))
      const got = prototypeSkeleton(key, table)
      expect(skeletonShape(got), key).toBe(want)
    }
  }, 180_000) // every key of the full table: about a minute on a shared machine

  it('gives the skeleton the full table gives, in shape, on text of its keys and ASCII', () => {
    const unit = fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...'abcilmnrsvw015-_.|'))
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 24 }), (units) => {
        const text = units.join('')
        const want = reference(text)
        const got = skeletons(text)
        expect(skeletonShape(got.skel)).toBe(skeletonShape(want.skel))
        expect(skeletonShape(got.letters)).toBe(skeletonShape(want.letters))
      }),
      { numRuns: 5000 },
    )
  })

  it('is much smaller than the full table', () => {
    expect(Object.keys(cut.prototypes).length).toBeLessThan(keys.length * 0.6)
  })
})
