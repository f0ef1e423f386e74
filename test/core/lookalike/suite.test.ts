/**
 * The lookalike detector held to the targets it meets (issue 12), on the committed suite and
 * corpora: `npm run eval` prints the same measures in full, per brand and per fuzzer.
 */
import { describe, expect, it } from 'vitest'
import {
  evalIndex,
  LEGIT,
  measureDev,
  measureFalsePositives,
  measurePermutations,
  TOP_DOMAINS,
} from '../../../scripts/lookalike-suite'

const index = evalIndex()
const ratio = (t: { rows: number; hits: number }) => t.hits / t.rows

describe('lookalike measures', () => {
  it('flags 97% of the permutation suite for the right project, and no official value', () => {
    const r = measurePermutations(index)
    expect(r.total.rows).toBeGreaterThan(80_000)
    expect(ratio(r.total)).toBeGreaterThanOrEqual(0.97)
    // every fuzzer and every project at 95% or more, the excluded cases apart (with their reasons)
    for (const [name, t] of [...r.perFuzzer, ...r.perProject]) {
      expect([name, ratio(t) >= 0.95]).toEqual([name, true])
    }
    expect(r.officialNotOfficial).toEqual([])
    // whole-script Cyrillic and letter-pair forms, once never caught
    expect(ratio(r.perFuzzer.get('whole-script')!)).toBe(1)
    expect(ratio(r.perFuzzer.get('cyrillic')!)).toBe(1)
    expect(ratio(r.perFuzzer.get('two-edit:substitution+substitution')!)).toBeGreaterThan(0.95)
  }, 120_000)

  it('flags 99% of the dev split, and both halves alike (by registrable domain)', () => {
    const r = measureDev(index)
    expect(ratio(r.total)).toBeGreaterThanOrEqual(0.99)
    expect(Math.abs(ratio(r.halves[0]) - ratio(r.halves[1]))).toBeLessThan(0.01)
  }, 60_000)

  it('keeps false positives under 0.3% of legitimate near-misses, 0.1% high on top sites', () => {
    const legit = measureFalsePositives(index, LEGIT)
    expect(legit.flagged.length / legit.rows).toBeLessThanOrEqual(0.003)
    const top = measureFalsePositives(index, TOP_DOMAINS)
    expect(top.rows).toBeGreaterThan(8000)
    const high = top.flagged.filter(({ v }) => v.confidence === 'high')
    expect(high.length / top.rows).toBeLessThanOrEqual(0.001)
  }, 60_000)
})
