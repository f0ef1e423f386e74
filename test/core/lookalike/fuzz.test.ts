/** Hostile input: random Unicode, huge strings, deep nesting. Never a throw, never a hang. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseHost } from '../../../src/core/contact/host'
import { buildBrands, matchDomain, matchHandle } from '../../../src/core/lookalike'
import { loadProjects } from './projects'

const brands = buildBrands(loadProjects())

describe('fuzz', () => {
  it('matchHandle takes any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        matchHandle(s, brands)
      }),
      { numRuns: 3000 },
    )
    expect(matchHandle('x'.repeat(1_000_000), brands)).toBeNull()
    expect(matchHandle('metamask_'.repeat(100_000), brands)).toBeNull()
  })

  it('matchDomain takes any host parseHost accepts', () => {
    const label = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 6 }), (labels) => {
        const host = parseHost(labels.join('.'))
        if (host) matchDomain(host, brands)
      }),
      { numRuns: 3000 },
    )
  })

  it('deep nesting and long labels stay bounded', () => {
    const deep = `${'metamask.'.repeat(27)}evil.com`
    expect(matchDomain(parseHost(deep)!, brands)?.project).toBe('metamask')
    const long = `${'metamask-support-'.repeat(3)}abcdefghijkl.com`
    expect(matchDomain(parseHost(long)!, brands)?.project).toBe('metamask')
    const hyphens = `${'a-'.repeat(31)}a.${'b-'.repeat(31)}b.com`
    expect(() => matchDomain(parseHost(hyphens)!, brands)).not.toThrow()
  })
})
