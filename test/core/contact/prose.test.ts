/**
 * The secret scanner against ordinary text: Chinese and English documentation from Debian
 * packages (data/prose/, built by scripts/build-prose-corpus.mjs) must almost never be taken for
 * a recovery phrase, and every phrase and key fixture must still be found. `npm run eval` prints
 * the same figures.
 */
import { describe, expect, it } from 'vitest'
import { missedFixtures, proseRates, secretFixtures } from '../../../scripts/prose-figures'

describe('the secret scanner on ordinary text', () => {
  it.each(proseRates())('flags at most its target share of $name', (rate) => {
    expect(rate.total).toBeGreaterThan(4000)
    expect(rate.flagged.length / rate.total).toBeLessThanOrEqual(rate.target)
  })

  it('still finds every phrase and key fixture', () => {
    expect(secretFixtures().length).toBeGreaterThan(100)
    expect(missedFixtures()).toEqual([])
  })
})
