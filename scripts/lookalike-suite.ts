/**
 * The lookalike detector's measures, shared by `npm run eval` (which prints them) and the tests
 * that hold them to their targets: the permutation suite (data/eval/permutations.tsv, made by
 * scripts/permutations.ts), the dev split and its two halves, and the false-positive corpora.
 * Node only (reads data/); the engine it measures is the one every edge runs.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'tldts'
import { ProjectSource, type Signed } from '../registry/schema'
import { buildIndex, check, type Index, type Verdict } from '../src/core'
import { signedProject } from '../registry/tools/build'
import { isPlain } from '../src/core/lookalike/find'
import { boundedDistance, isLikelyDifferentWord } from '../src/core/lookalike/distance'
import { isCommonWord } from '../src/core/lookalike/common-words'
import { siteLabel } from '../src/core/lookalike/brands'
import { parseHost } from '../src/core/contact/host'
import { hasLure, KEYWORDS, readPadding } from '../src/core/lookalike/keywords'
import { foldDigits, skeleton } from '../src/core/lookalike/skeleton'

const ROOT = join(import.meta.dirname, '..')
const DATA = join(ROOT, 'data')
/** Brand names in the dev TSV spelled differently from the project ids. */
const BRAND_IDS: Record<string, string> = { 'blockchain.com': 'blockchain_com', bitget: 'bitget_wallet' }

/** The committed projects as signed (legacy and affiliate sites apart); `reported` stays empty so that only the rules are measured. */
export function evalIndex(projectsDir = join(ROOT, 'registry', 'projects')): Index {
  const projects = readdirSync(projectsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => signedProject(ProjectSource.parse(JSON.parse(readFileSync(join(projectsDir, f), 'utf8')))))
  const now = new Date()
  const signed: Signed = {
    type: 'genuine-registry',
    version: 1,
    issued_at: now.toISOString(),
    expires: new Date(now.getTime() + 86_400_000).toISOString(),
    projects,
    reported: [],
  }
  return buildIndex(signed, { reported: [] })
}

export interface Tally {
  rows: number
  hits: number
  medium: number
}
const tally = (): Tally => ({ rows: 0, hits: 0, medium: 0 })
function count(map: Map<string, Tally>, key: string, hit: boolean, v: Verdict): void {
  const t = map.get(key) ?? tally()
  t.rows++
  if (hit) t.hits++
  if (hit && v.confidence === 'medium') t.medium++
  map.set(key, t)
}

const flagsFor = (v: Verdict, projects: readonly string[]) =>
  v.verdict === 'impersonation' && v.project !== null && projects.includes(v.project)

// ---- dev split ------------------------------------------------------------------------------

export interface DevRow {
  domain: string
  brands: string[]
}

export function devRows(): DevRow[] {
  return readFileSync(join(DATA, 'eval', 'impersonation-dev.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const [domain = '', brands = ''] = l.split('\t')
      return { domain, brands: brands.split('|').map((b) => BRAND_IDS[b] ?? b) }
    })
}

/** FNV-1a: a stable half for each registrable domain, the same on every run and machine. */
function half(domain: string): 0 | 1 {
  const key = parse(domain).domain ?? domain
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193)
  return (h >>> 0) % 2 === 0 ? 0 : 1
}

export interface DevResult {
  total: Tally
  /** Rows by the half their registrable domain falls in: 0 tunes, 1 is held out. */
  halves: [Tally, Tally]
  perBrand: Map<string, Tally>
  misses: string[]
}

export function measureDev(index: Index): DevResult {
  const result: DevResult = { total: tally(), halves: [tally(), tally()], perBrand: new Map(), misses: [] }
  for (const row of devRows()) {
    const v = check(row.domain, index)
    const hit = flagsFor(v, row.brands)
    for (const t of [result.total, result.halves[half(row.domain)]]) {
      t.rows++
      if (hit) t.hits++
      if (hit && v.confidence === 'medium') t.medium++
    }
    for (const brand of row.brands) count(result.perBrand, brand, hit, v)
    if (!hit) result.misses.push(`${row.domain}\t${row.brands.join('|')}\t${v.verdict} ${v.project ?? ''}`)
  }
  return result
}

// ---- false positives ------------------------------------------------------------------------

export interface FalsePositives {
  rows: number
  flagged: { domain: string; v: Verdict }[]
}

function domainsIn(path: string): string[] {
  return readFileSync(join(DATA, path), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
}

/** Anything but `unknown` on a legitimate domain is a false positive (official ones aside). */
export function measureFalsePositives(index: Index, path: string): FalsePositives {
  const domains = domainsIn(path)
  const flagged = domains
    .map((domain) => ({ domain, v: check(domain, index) }))
    .filter(({ v }) => v.verdict === 'impersonation' || v.verdict === 'reported_scam')
  return { rows: domains.length, flagged }
}

export const LEGIT = join('eval', 'legit-dev.txt')
export const TOP_DOMAINS = join('fp', 'top-domains.txt')

// ---- permutation suite ----------------------------------------------------------------------

export interface Permutation {
  project: string
  kind: 'host' | 'handle'
  target: string
  fuzzer: string
  value: string
}

export function permutations(): Permutation[] {
  return readFileSync(join(DATA, 'eval', 'permutations.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => {
      const [project, kind, target, fuzzer, value] = l.split('\t') as [string, string, string, string, string]
      return { project, kind: kind as Permutation['kind'], target, fuzzer, value }
    })
}

/** Why a permutation is left out of the score: it is not a lookalike to flag. */
export type Exclusion =
  | 'official'
  | 'another_site'
  | 'other_registrable'
  | 'not_a_name'
  | 'short_name_edit'
  | 'keyword_label_elsewhere'
  | 'plain_name_plain_word'
  | 'name_replaced'
  | 'one_edit_name'
  | 'different_word'
  | 'glyphs_beyond_budget'
  | 'beyond_two_edits'
  | 'edit_outside_name'

/**
 * - official: the engine calls it official (a host under an official domain: 'www.metamask.io'
 *   from the subdomain fuzzer), which the suite also counts apart as a must;
 * - another_site: a domain of Chromium's top-sites list: someone else's real site, which the
 *   top-domains false-positive measure covers instead;
 * - other_registrable: a dot from the subdomain fuzzer that lands in a public suffix
 *   ('byb.it.com' is a tenant of it.com; 'meta.mask.io' stays under .io and is scored);
 * - not_a_name: the value does not parse as a host or handle at all;
 * - short_name_edit: one edit to a name under five letters ('okx' -> 'oxk', 'ok', 'okz'): another
 *   three-letter name, every one of them registered by someone; only look-alike spellings,
 *   keywords and suffix swaps of such names are scored;
 * - keyword_label_elsewhere: a keyword label on another suffix ('token.com' from token.im): the
 *   word is the brand only on its own suffix;
 * - plain_name_plain_word: a short or common-word name beside a word that is no crypto or support
 *   keyword ('blockchain-business.com', 'agree-token.im'): such a name needs context; a keyword
 *   label ('crypto' of crypto.com) needs a lure ('crypto-support.com'), as filler or field words
 *   around a keyword make anyone's name ('mycrypto.com', 'crypto-pay.com');
 * - name_replaced: dnstwist's dictionary form of a hyphenated name that puts its word in place of
 *   the name's first part ('access-cn' from 'pancakeswap-cn'): no name is left to imitate;
 * - one_edit_name: two edits to a name the rules give one (a name of 5 to 8 letters, or a shorter
 *   name plus keywords: 'bitpie_wallet', 'tangem_chat', 'rainbow-me'): two edits there rewrite a
 *   third of the name, and as often make another one ('famgem_chat', 'gitpieallet');
 * - different_word: one edit that only changes trailing digits ('coin88' of 'coin98': a numbered
 *   sibling) or spells an ordinary word ('finance' of 'binance'): Chromium's filters, which the
 *   rules keep (rules.test.ts) and the permutation test leaves out the same way;
 * - glyphs_beyond_budget: dnstwist's glyph table also swaps ASCII letters no confusables table
 *   folds (c/e, m/n, n/r, 6/9, 'ik' for k): such forms are typos, and those beyond the name's edit
 *   budget ('gatc' of 'gate', 'coim68' of 'coin98') are scored no more than other typos are.
 *   A label+suffix name ('rainbow-me') reads as its plain label word in 'plain_name_plain_word';
 * - beyond_two_edits: two generated edits that overlap into three (an omission beside a
 *   transposition: 'tp_nehwub' of 'tp_newshub'), past the two-edit budget;
 * - edit_outside_name: an edit to the suffix part of a label+suffix name ('crypto-cim',
 *   'rainbow-mea': 'krakenrum' is no 'krakencom'), or a letter added at either end of a keyword
 *   label on its suffix ('cryptoa.com', 'crypto0.com': like 'cryptos', other names).
 */
const isWord = (s: string) => KEYWORDS.has(s) || isCommonWord(s)
const SINGLE_EDITS = new Set(['addition', 'bitsquatting', 'insertion', 'omission', 'repetition',
  'replacement', 'transposition', 'vowel-swap'])
const DICTIONARY_WORDS = /^[-]?([a-z0-9-]+?)[-]?$/

/** The target's name as the rules read it: the site label, or the handle. */
function nameOf(p: Permutation): string {
  const host = p.kind === 'host' ? parseHost(p.target) : null
  return (host && siteLabel(host)) ?? p.target
}

/** The permutation's own name as typed (Unicode): the handle, or the host's site label. */
function typedName(p: Permutation): string {
  if (p.kind === 'handle') return p.value
  const suffix = parseHost(p.value)?.suffix
  const name = suffix ? p.value.slice(0, -suffix.length - 1) : p.value
  return name.split('.').pop()!
}

function exclusion(
  p: Permutation,
  v: Verdict,
  topSites: ReadonlySet<string>,
  index: Index,
): Exclusion | null {
  if (v.verdict === 'invalid') return 'not_a_name'
  if (v.verdict === 'official') return 'official'
  const name = foldDigits(skeleton(nameOf(p).replace(/[-_.]/g, '')))
  if (name.length < 5 && SINGLE_EDITS.has(p.fuzzer)) return 'short_name_edit'
  const token = index.brands.tokens.find((t) => t.folded === name)
  const keyword = !token && KEYWORDS.has(name)
  if (keyword && p.fuzzer === 'tld-swap') return 'keyword_label_elsewhere'
  if (p.fuzzer === 'dictionary') {
    const label = p.kind === 'handle' ? p.value : (parse(v.normalized ?? p.value).domainWithoutSuffix ?? '')
    const first = nameOf(p).split(/[-_]/)[0]!
    if (!p.value.includes(first)) return 'name_replaced'
    const rest = label.replace(nameOf(p), '').replace(DICTIONARY_WORDS, '$1').replace(/-/g, '')
    const word = foldDigits(skeleton(rest))
    if (keyword && !hasLure(readPadding(word))) return 'plain_name_plain_word'
    const plain = token && (isPlain(token) || token.tail)
    if (plain && !KEYWORDS.has(word)) return 'plain_name_plain_word'
  }
  if (p.fuzzer.startsWith('two-edit:') && token && token.maxEdits < 2) return 'one_edit_name'
  const typed = foldDigits(skeleton(typedName(p).replace(/[-_.]/g, '')))
  if (token && SINGLE_EDITS.has(p.fuzzer) && isLikelyDifferentWord(typed, token.folded, isWord)) {
    return 'different_word'
  }
  if (token && p.fuzzer.startsWith('two-edit:') && boundedDistance(typed, token.folded, 2) > 2) {
    return 'beyond_two_edits'
  }
  const single = SINGLE_EDITS.has(p.fuzzer)
  if (token?.tail && single && !typed.endsWith(token.tail)) return 'edit_outside_name'
  if (keyword && SINGLE_EDITS.has(p.fuzzer) && (typed.startsWith(name) || typed.endsWith(name))) {
    return 'edit_outside_name'
  }
  if (token && p.fuzzer === 'homoglyph') {
    const budget = token.maxEdits
    if (boundedDistance(typed, token.folded, budget) > budget) return 'glyphs_beyond_budget'
  }
  if (p.kind === 'handle') return null
  const host = v.normalized ?? p.value
  if (topSites.has(host)) return 'another_site'
  if (p.fuzzer === 'subdomain' && parse(host).publicSuffix !== parse(p.target).publicSuffix) {
    return 'other_registrable'
  }
  return null
}

export interface PermutationResult {
  total: Tally
  perFuzzer: Map<string, Tally>
  perProject: Map<string, Tally>
  excluded: Map<Exclusion, string[]>
  misses: Permutation[]
  /** Official hosts the engine does not call official, and official values it flags. */
  officialNotOfficial: string[]
}

export function measurePermutations(index: Index): PermutationResult {
  const topSites = new Set(domainsIn(TOP_DOMAINS))
  const result: PermutationResult = {
    total: tally(),
    perFuzzer: new Map(),
    perProject: new Map(),
    excluded: new Map(),
    misses: [],
    officialNotOfficial: [],
  }
  const targets = new Map<string, Permutation['kind']>()
  for (const p of permutations()) {
    targets.set(p.target, p.kind)
    const v = check(p.kind === 'handle' ? `@${p.value}` : p.value, index)
    const why = exclusion(p, v, topSites, index)
    if (why) {
      result.excluded.set(why, [...(result.excluded.get(why) ?? []), p.value])
      continue
    }
    const hit = flagsFor(v, [p.project])
    result.total.rows++
    if (hit) result.total.hits++
    if (hit && v.confidence === 'medium') result.total.medium++
    count(result.perFuzzer, p.fuzzer, hit, v)
    count(result.perProject, p.project, hit, v)
    if (!hit) result.misses.push(p)
  }
  for (const [target, kind] of targets) {
    const v = check(kind === 'handle' ? `@${target}` : target, index)
    // A bare handle is looked up as an X or Telegram name; a Facebook page or a Weibo account is
    // official by its URL (https://weibo.com/yourkeysyourbitcoin), and only must never be flagged.
    const flagged = v.verdict === 'impersonation' || v.verdict === 'reported_scam'
    if (flagged || (v.verdict !== 'official' && kind === 'host')) {
      result.officialNotOfficial.push(`${target}: ${v.verdict}`)
    }
  }
  return result
}

export const pct = (n: number, d: number): string =>
  d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1)}%`.padStart(6)
