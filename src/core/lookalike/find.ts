/**
 * Finds the brand a label or handle names: whole or inside it (with keywords around it), or within
 * a typo of it. The one search every lookalike rule builds on, so it is built to be cheap on the
 * text that names no brand (most of it): padding tables and part skeletons are made only when a
 * brand name or a typo candidate needs them.
 */
import { pairIndex, type Brands, type Token } from './brands'
import { nearWords } from './deletions'
import { endsAt, ROOT, step } from './trie'
import {
  boundedDistance,
  edgeChange,
  isLikelyDifferentWord,
  isTransposition,
  isUnlikelySubstitution,
} from './distance'
import {
  hasLure,
  hasStrong,
  isPadding,
  isTellingPadding,
  KEYWORDS,
  paddingAround,
  paddingTable,
  prefixPadding,
  suffixPadding,
  type PaddingTable,
} from './keywords'
import {
  foldDigits,
  PLAIN_DIGIT,
  PLAIN_SEPARATOR,
  plainSkeleton,
  plainSteps,
  skeleton,
  skeletons,
} from './skeleton'
import { isCommonWord } from './common-words'

export type HitKind =
  /** The whole text reads as the brand name. */
  | 'whole'
  /** The brand name plus keywords or numbers only ('metamask-support'). */
  | 'combo'
  /** The brand name inside other text ('xmetamaskx'). */
  | 'embedded'
  /** Within a typo or two of the brand name, keywords aside ('metamsk-wallet'). */
  | 'typo'

export interface Hit {
  token: Token
  kind: HitKind
  /** The text reads as the brand only once confusables are mapped ('rnetamask', 'ｍetamask'). */
  homoglyph: boolean
  transposition: boolean
  /**
   * A short or common-word name with no strong keyword beside it ('phantom-app', 'bitgert'): it
   * probably imitates the brand, but an honest name could look so too (confidence `medium`).
   */
  weak: boolean
}

const SEPARATORS = /[-_.]+/g
const HAS_SEPARATOR = /[-_.]/
const NON_ASCII = /[^\x00-\x7f]/
/** No brand name is longer; longer text is cut before any quadratic step. */
export const MAX_TEXT = 64
const MAX_PARTS = 8
const RANK: Record<HitKind, number> = { whole: 3, combo: 2, embedded: 1, typo: 0 }
const TIER_RANK: Record<Token['tier'], number> = { distinctive: 3, compound: 2, common: 1, short: 0 }

/** The text as the search reads it: read once, then searched for names and, failing those, typos. */
export interface Subject {
  /** Lower case, cut to MAX_TEXT. */
  lower: string
  /** The same, separators removed. */
  raw: string
  /** Folded skeletons of the separator-delimited parts, made on first need. */
  partSkels: string[] | null
  /** Its readings: the skeleton, then the letter skeleton when letter pairs were folded. */
  readings: Reading[]
}

interface Reading {
  skel: string
  /** The skeleton with digits read as letters, as the trie and the typo index hold names. */
  folded: string
  /** Made on first need: most text meets no brand name and never needs it. */
  table: PaddingTable | null
}

export function read(text: string): Subject | null {
  const end = Math.min(text.length, MAX_TEXT)
  const steps = plainSteps(text, end)
  if (steps < 0) return readAny(text)
  const lower = end < text.length ? text.slice(0, end) : text
  const raw = steps & PLAIN_SEPARATOR ? lower.replace(SEPARATORS, '') : lower
  if (raw.length === 0) return null
  const skel = plainSkeleton(raw, steps)
  const folded = steps & PLAIN_DIGIT ? foldDigits(skel) : skel
  return { lower, raw, partSkels: null, readings: [{ skel, folded, table: null }] }
}

/**
 * Any text: lower-cased, confusables mapped, and read twice when letter pairs fold. `read` takes
 * a shortcut for plain text and gives what this gives (a property test holds them equal).
 */
export function readAny(text: string): Subject | null {
  const lower = text.toLowerCase().slice(0, MAX_TEXT)
  const raw = HAS_SEPARATOR.test(lower) ? lower.replace(SEPARATORS, '') : lower
  if (raw.length === 0) return null
  const both = skeletons(raw)
  const skel = both.skel.slice(0, MAX_TEXT)
  const letters = both.letters.slice(0, MAX_TEXT)
  const readings = [reading(skel)]
  if (letters !== skel) readings.push(reading(letters))
  return { lower, raw, partSkels: null, readings }
}

const reading = (skel: string): Reading => ({ skel, folded: foldDigits(skel), table: null })
const tableOf = (r: Reading): PaddingTable => (r.table ??= paddingTable(r.skel))
/** A regular expression split is slow in V8: runs of separators become one, then a plain split. */
const partSkelsOf = (s: Subject): string[] =>
  (s.partSkels ??= s.lower
    .replace(SEPARATORS, '-')
    .split('-')
    .slice(0, MAX_PARTS)
    .map((p) => foldDigits(skeleton(p))))

/** The best brand `text` names, or null. Short and common-word names need a keyword beside them. */
export function findBrand(text: string, brands: Brands): Hit | null {
  const subject = read(text)
  return subject && (findName(subject, brands) ?? findTypo(subject, brands))
}

/** The best brand name the text spells out (whole, with keywords, or inside other text), or null. */
export function findName(subject: Subject, brands: Brands): Hit | null {
  let best: Hit | null = null
  for (const r of subject.readings) best = containment(subject, r, brands, best)
  return best
}

/**
 * The best typo of a brand name in the text, or null. Any name spelled out outranks any typo (see
 * `better`), so callers seek typos only where `findName` found none.
 */
export function findTypo(subject: Subject, brands: Brands): Hit | null {
  let best: Hit | null = null
  subject.readings.forEach((r, i) => {
    best = better(best, typo(subject, r, i === 0, brands))
  })
  return best
}

/** The brand the whole text spells out, nothing around it ('meta.mask' joined), or null. */
export function findWholeBrand(text: string, brands: Brands): Hit | null {
  const subject = read(text)
  if (!subject) return null
  let best: Hit | null = null
  for (const { folded } of subject.readings) {
    let node = ROOT
    for (let i = 0; node >= 0 && i < folded.length; i++) {
      node = step(brands.trie, node, folded.charCodeAt(i))
    }
    for (const id of node >= 0 ? endsAt(brands.trie, node) : []) {
      const token = brands.tokens[id]!
      const homoglyph = !subject.raw.includes(token.word)
      best = better(best, { token, kind: 'whole', homoglyph, transposition: false, weak: false })
    }
  }
  return best
}

/** The stronger of two hits: a closer kind, then a more distinctive name, then a longer one. */
export function better(a: Hit | null, b: Hit | null): Hit | null {
  if (!a || !b) return a ?? b
  if (RANK[b.kind] !== RANK[a.kind]) return RANK[b.kind] > RANK[a.kind] ? b : a
  const tiers = TIER_RANK[b.token.tier] - TIER_RANK[a.token.tier]
  if (tiers !== 0) return tiers > 0 ? b : a
  if (a.weak !== b.weak) return a.weak ? b : a
  return b.token.skel.length > a.token.skel.length ? b : a
}

/** Every brand name spelled out in the text, by walking the trie from each position. */
function containment(subject: Subject, r: Reading, brands: Brands, best: Hit | null): Hit | null {
  const folded = r.folded
  for (let start = 0; start + 2 <= folded.length; start++) {
    const a = folded.charCodeAt(start)
    const b = folded.charCodeAt(start + 1)
    // Names are ASCII and at least three characters: the walk starts two characters in.
    let node = a < 128 && b < 128 ? brands.pairNodes[pairIndex(a, b)]! : 0
    if (node === 0) continue
    for (let end = start + 2; node >= 0; end++) {
      for (const id of endsAt(brands.trie, node)) {
        best = better(best, judgeContainment(brands.tokens[id]!, subject, r, start, end))
      }
      if (end >= folded.length) break
      node = step(brands.trie, node, folded.charCodeAt(end))
    }
  }
  return best
}

/** A short or common-word name: on its own it names an ordinary thing as often as the brand. */
export const isPlain = (token: Token) => token.tier === 'short' || token.tier === 'common'
/** One edit to a name this short or shorter is as often another name ('bitgert', 'trezon'). */
const SHORT_TYPO = 6

/**
 * A short name that is no word ('okx', 'okex', unlike 'safe'): it names the brand with any keyword
 * beside it, topic words included ('okx-eth2pos'), since no ordinary business is called that.
 */
const isAcronym = (token: Token) => token.tier === 'short' && !isCommonWord(token.folded)

/** The name is one whole hyphen-separated part ('okx-eth-pos'): a deliberate brand mention. */
function isWholePart(subject: Subject, token: Token): boolean {
  if (subject.raw === subject.lower) return false // no separator, one part
  const parts = partSkelsOf(subject)
  return parts.length > 1 && parts.includes(token.folded)
}

function judgeContainment(
  token: Token,
  subject: Subject,
  r: Reading,
  start: number,
  end: number,
): Hit | null {
  const homoglyph = !subject.raw.includes(token.word)
  if (start === 0 && end === r.skel.length) {
    return { token, kind: 'whole', homoglyph, transposition: false, weak: false }
  }
  const table = tableOf(r)
  const pad = paddingAround(table, start, end)
  const acronym = isAcronym(token)
  const loose =
    token.tier === 'distinctive' ||
    token.tier === 'compound' ||
    acronym ||
    isWholePart(subject, token)
  // A short word ('gate', 'safe') takes a strong keyword: filler alone makes other names
  // ('gatehub', 'safeweb').
  const telling = token.tier === 'short' ? hasStrong(pad) : isTellingPadding(pad)
  if (isPadding(pad) && (loose || telling)) {
    const weak = isPlain(token) && !hasLure(pad)
    return { token, kind: 'combo', homoglyph, transposition: false, weak }
  }
  // A compound ('tpwallet') may run into other text after it, never before: 'myetpwallet'; an
  // acronym only as a part of its own ('okx-bifrost'), never inside a word ('bookexpress').
  const embeds =
    (token.tier === 'distinctive' && token.runsIn) ||
    (token.tier === 'compound' && isPadding(prefixPadding(table, start))) ||
    (acronym && isWholePart(subject, token))
  // Text of keywords only names no brand, even where a name's letters run across two of them
  // ('cla|imtoken': 'claim' + 'token').
  if (!embeds || subject.readings.some(isKeywordsOnly)) return null
  // A name of six letters or fewer run into other letters may be the start or end of another
  // word ('unisat' in 'unisatellite'): probably the brand, not surely.
  const runIn = token.folded.length <= SHORT_TYPO && !isWholePart(subject, token)
  return { token, kind: 'embedded', homoglyph, transposition: false, weak: isPlain(token) || runIn }
}

const isKeywordsOnly = (r: Reading) => isPadding(prefixPadding(tableOf(r), r.skel.length))

/**
 * A typo of a brand name, alone or with keywords around it: the text's cores (the text with
 * keyword padding taken off either end, and each hyphen-separated part) are looked up in the
 * deletion index and the candidates verified by edit distance.
 */
function typo(subject: Subject, r: Reading, withParts: boolean, brands: Brands): Hit | null {
  let best: Hit | null = null
  for (const core of cores(subject, r, withParts, brands)) {
    // One deletion on the text's side (the index holds up to two on the name's side) finds every
    // single edit and two omissions with length + 1 lookups; text long enough to be a two-edit
    // name takes a second deletion, for the other pairs of edits ('pancakswop', 'trusstwalett').
    const depth = core.text.length >= brands.minTwoEditText ? 2 : 1
    for (const id of nearWords(brands.deletions, core.text, depth)) {
      const token = brands.tokens[id]!
      if (token.tier !== 'distinctive' && token.tier !== 'compound' && !core.telling) continue
      const edits = boundedDistance(core.text, token.folded, token.maxEdits)
      if (edits > token.maxEdits) continue
      if (isLikelyDifferentWord(core.text, token.folded, isWord)) continue
      const short = token.folded.length <= SHORT_TYPO
      if (short && isUnlikelySubstitution(core.text, token.folded)) continue
      const edge = edgeChange(core.text, token.folded)
      if (edge === 'word') continue
      if (token.anchor && !core.text.startsWith(token.anchor)) continue
      if (token.tail && !core.text.endsWith(token.tail)) continue
      const transposition = isTransposition(core.text, token.folded)
      const homoglyph = NON_ASCII.test(subject.raw)
      // One edit is a slip; two make a squat as often as another name ('manhwalist' of
      // 'mathwallet'), unless a lure says which ('pancakswop-claim').
      const weak = ((isPlain(token) || short || edits > 1) && !core.lure) || edge === 'squat'
      best = better(best, { token, kind: 'typo', homoglyph, transposition, weak })
    }
  }
  return best
}

const isWord = (s: string) => KEYWORDS.has(s) || isCommonWord(s)

interface Core {
  /** Folded skeleton of the core. */
  text: string
  /** The padding around it lets common and short names count. */
  telling: boolean
  /** The padding around it holds a lure ('ledgr-support'; 'ledgr-nft' is a field word). */
  lure: boolean
}

/** No label needs more candidate cores; the cap bounds the work on hostile input. */
const MAX_CORES = 6

/** Parts of the text that may be a misspelt brand name: keyword padding off, or a hyphen part. */
function cores(subject: Subject, r: Reading, withParts: boolean, brands: Brands): Core[] {
  const found: Core[] = []
  const { skel, folded } = r
  const min = brands.minFuzzyLength
  const max = brands.maxFuzzyLength
  const fits = (n: number) => n >= min && n <= max
  if (fits(skel.length)) found.push({ text: folded, telling: true, lure: false })
  const parts = withParts && subject.raw !== subject.lower ? partSkelsOf(subject) : []
  if (parts.length > 1) {
    for (const text of parts) {
      if (fits(text.length)) found.push({ text, telling: false, lure: false })
    }
  }
  // Cores cut out of padding are at least `min` long: shorter text has none, and needs no table.
  if (skel.length < min) return found
  const table = tableOf(r)
  const starts: number[] = []
  for (let i = 0; i <= skel.length - min; i++) {
    if (isPadding(prefixPadding(table, i))) starts.push(i)
  }
  for (let j = skel.length; j >= min && found.length < MAX_CORES; j--) {
    if (!isPadding(suffixPadding(table, j))) continue
    for (const start of starts) {
      if (!fits(j - start) || found.length >= MAX_CORES) continue
      if (start === 0 && j === skel.length) continue
      const pad = paddingAround(table, start, j)
      const text = folded.slice(start, j)
      found.push({ text, telling: isTellingPadding(pad), lure: hasLure(pad) })
    }
  }
  return found
}
