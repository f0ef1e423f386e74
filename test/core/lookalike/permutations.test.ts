/**
 * Property tests: every dnstwist permutation of every official name of 5+ characters is caught,
 * and no official value ever is.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseHost } from '../../../src/core/contact/host'
import { buildBrands, matchDomain, matchHandle } from '../../../src/core/lookalike'
import { NAME_HANDLES, siteLabel, type Token } from '../../../src/core/lookalike/brands'
import { foldDigits, skeleton } from '../../../src/core/lookalike/skeleton'
import { isLikelyDifferentWord } from '../../../src/core/lookalike/distance'
import { isCommonWord } from '../../../src/core/lookalike/common-words'
import { KEYWORDS } from '../../../src/core/lookalike/keywords'
import { loadProjects } from './projects'
import { permutations } from './permutations'

const projects = loadProjects()
const brands = buildBrands(projects)
const sites = projects.flatMap((p) =>
  p.channels.filter((c) => c.type === 'website' || c.type === 'help_center'),
)
const handles = projects.flatMap((p) => p.channels.filter((c) => NAME_HANDLES.has(c.type)))

/** Official by the engine's own rule: an official host, or under an official registrable. */
function isOfficialHost(value: string): boolean {
  const host = parseHost(value)
  if (!host) return false
  return sites.some((s) => {
    const official = parseHost(s.value)!
    if (host.ascii === official.ascii || host.ascii.endsWith(`.${official.ascii}`)) return true
    return !official.sharedHosting && host.registrable === official.registrable
  })
}

const tokenOf = (name: string): Token | undefined => {
  const folded = foldDigits(skeleton(name.replace(/[-_.]/g, '')))
  return brands.tokens.find((t) => t.folded === folded)
}

/**
 * A compound name ('tpwallet' = 'tp' + 'wallet') is matched only while its short name stays
 * intact: 'topwallet' and 'upwallet' are other names (the anchor rule, tested in rules.test.ts).
 */
const keepsAnchor = (token: Token, value: string) =>
  !token.anchor || foldDigits(skeleton(value.replace(/[-_.]/g, ''))).startsWith(token.anchor)

/**
 * The documented edit-distance filters (rules.test.ts) reject some one-letter changes on
 * purpose: a non-slip change of the first or last letter ('apensea', 'opensee'), or a change
 * that spells an ordinary word ('finance', 'rabbi').
 */
const isFiltered = (token: Token, value: string) =>
  isLikelyDifferentWord(
    foldDigits(skeleton(value.replace(/[-_.]/g, ''))),
    token.folded,
    (s) => KEYWORDS.has(s) || isCommonWord(s),
  )

describe('domain permutations', () => {
  const targets = new Map<string, string>()
  for (const site of sites) {
    const host = parseHost(site.value)!
    const label = siteLabel(host)!
    if (label.length >= 5) targets.set(`${label}.${host.suffix}`, host.suffix!)
  }

  it('every official label of 5+ characters is a brand name, except plain keywords', () => {
    const labels = [...targets.keys()].map((d) => d.slice(0, -targets.get(d)!.length - 1))
    // token.im's and crypto.com's labels are the words 'token' and 'crypto': imToken and
    // Crypto.com are found by their names, 'imtoken' and 'cryptocom'.
    expect(labels.filter((l) => !tokenOf(l)).sort()).toEqual(['crypto', 'token'])
  })

  it.each([...targets])('every permutation of %s is a lookalike', (domain, suffix) => {
    const label = domain.slice(0, -suffix.length - 1)
    const token = tokenOf(label)
    if (!token) return
    const missed: string[] = []
    for (const { fuzzer, value } of permutations(label, suffix)) {
      const host = parseHost(value)
      if (!host || isOfficialHost(value)) continue
      // A dot that lands in a public suffix makes another site's name ('byb.it.com': it.com).
      if (host.suffix !== suffix && fuzzer === 'subdomain') continue
      const name = value.slice(0, -suffix.length - 1)
      if (fuzzer !== 'tld-swap' && (!keepsAnchor(token, name) || isFiltered(token, name))) continue
      if (!matchDomain(host, brands)) missed.push(`${fuzzer}: ${value}`)
    }
    expect(missed).toEqual([])
  })
})

describe('handle permutations', () => {
  const long = [...new Set(handles.map((h) => h.value))].filter((v) => v.length >= 5)
  // A handle that is a site's label and suffix joined ('rainbow-me' for rainbow.me, 'crypto-com'
  // for crypto.com) takes typos on its label only: with its suffix part changed it is another
  // name ('krakenrum' is no 'krakencom'), as lookalike-suite.ts excludes too (edit_outside_name).
  const values = long
  const official = new Set(handles.map((h) => h.value))
  const keepsTail = (token: Token, value: string) =>
    !token.tail || foldDigits(skeleton(value.replace(/[-_.]/g, ''))).endsWith(token.tail)

  it('the handles that are a label and suffix joined', () => {
    expect(long.filter((v) => tokenOf(v)?.tail)).toEqual(['crypto-com', 'rainbow-me'])
  })

  it.each(values)('every permutation of @%s is a lookalike', (handle) => {
    const token = tokenOf(handle)!
    const missed: string[] = []
    for (const { fuzzer, value } of permutations(handle)) {
      if (official.has(value) || value.includes('.') || !keepsAnchor(token, value)) continue
      if (!keepsTail(token, value)) continue
      if (isFiltered(token, value)) continue
      if (!matchHandle(value, brands)) missed.push(`${fuzzer}: ${value}`)
    }
    expect(missed).toEqual([])
  })
})

describe('official values', () => {
  it('no official site, in any casing or with any subdomain, is a lookalike', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...sites),
        fc.constantFrom('', 'www.', 'app.', 'en.'),
        fc.boolean(),
        (site, sub, upper) => {
          const value = sub + (upper ? site.value.toUpperCase() : site.value)
          expect(matchDomain(parseHost(value)!, brands)).toBeNull()
        },
      ),
    )
  })

  it('no official handle is a lookalike', () => {
    for (const channel of handles) expect(matchHandle(channel.value, brands)).toBeNull()
    fc.assert(
      fc.property(fc.constantFrom(...handles), fc.boolean(), (channel, at) => {
        expect(matchHandle((at ? '@' : '') + channel.value.toUpperCase(), brands)).toBeNull()
      }),
    )
  })
})
