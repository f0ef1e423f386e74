/**
 * Finds the brand a label or handle names: whole or inside it (with keywords around it), or within
 * a typo of it. The one search every lookalike rule builds on.
 */
import type { Brands, Token } from './brands'
import { deletionNeighbours } from './brands'
import { boundedDistance, isLikelyDifferentWord, isTransposition } from './distance'
import { isTellingPadding, paddingAround, paddingTable, type PaddingTable } from './keywords'
import { foldDigits, letterSkeleton, skeleton } from './skeleton'
import { isCommonWord } from './common-words'
import { KEYWORDS } from './keywords'

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
}

const SEPARATORS = /[-_.]+/g
/** No brand name is longer; longer text is cut before any quadratic step. */
const MAX_TEXT = 64
const MAX_PARTS = 8
const RANK: Record<HitKind, number> = { whole: 3, combo: 2, embedded: 1, typo: 0 }
const TIER_RANK: Record<Token['tier'], number> = { distinctive: 3, compound: 2, common: 1, short: 0 }

/** The best brand `text` names, or null. Short and common-word names need a keyword beside them. */
export function findBrand(text: string, brands: Brands): Hit | null {
  const lower = text.toLowerCase().slice(0, MAX_TEXT)
  const raw = lower.replace(SEPARATORS, '')
  if (raw.length === 0) return null
  const parts = lower.split(SEPARATORS).slice(0, MAX_PARTS)
  const skel = skeleton(raw).slice(0, MAX_TEXT)
  const letters = letterSkeleton(raw).slice(0, MAX_TEXT)
  const variants = letters === skel ? [skel] : [skel, letters]
  const tables = variants.map(paddingTable)
  let best: Hit | null = null
  variants.forEach((v, i) => {
    for (const hit of containment(parts, raw, v, tables[i]!, brands)) best = better(best, hit)
  })
  const found = best as Hit | null
  if (found?.kind === 'whole' || found?.kind === 'combo') return found
  variants.forEach((v, i) => {
    best = better(best, typo(raw, i === 0 ? parts : [], v, tables[i]!, brands))
  })
  return best
}

/** The stronger of two hits: a closer kind, then a more distinctive name, then a longer one. */
export function better(a: Hit | null, b: Hit | null): Hit | null {
  if (!a || !b) return a ?? b
  if (RANK[b.kind] !== RANK[a.kind]) return RANK[b.kind] > RANK[a.kind] ? b : a
  const tiers = TIER_RANK[b.token.tier] - TIER_RANK[a.token.tier]
  if (tiers !== 0) return tiers > 0 ? b : a
  return b.token.skel.length > a.token.skel.length ? b : a
}

/** Every brand name spelled out in the text, by walking the trie from each position. */
function* containment(
  parts: string[],
  raw: string,
  skel: string,
  table: PaddingTable,
  brands: Brands,
): Generator<Hit> {
  const folded = foldDigits(skel)
  for (let start = 0; start < folded.length; start++) {
    let node = brands.trie.next.get(folded[start]!)
    for (let end = start + 1; node; end++) {
      for (const id of node.ends) {
        const token = brands.tokens[id]!
        const hit = judgeContainment(token, parts, raw, skel, table, start, end)
        if (hit) yield hit
      }
      if (end >= folded.length) break
      node = node.next.get(folded[end]!)
    }
  }
}

/** The name is one whole hyphen-separated part ('okx-eth-pos'): a deliberate brand mention. */
function isWholePart(parts: string[], token: Token): boolean {
  return parts.length > 1 && parts.some((p) => foldDigits(skeleton(p)) === token.folded)
}

function judgeContainment(
  token: Token,
  parts: string[],
  raw: string,
  skel: string,
  table: PaddingTable,
  start: number,
  end: number,
): Hit | null {
  const homoglyph = !raw.includes(token.word)
  if (start === 0 && end === skel.length) {
    return { token, kind: 'whole', homoglyph, transposition: false }
  }
  const pad = paddingAround(table, start, end)
  const alone = isWholePart(parts, token)
  const loose = token.tier === 'distinctive' || token.tier === 'compound' || alone
  if (pad.keywordsOnly && (loose || isTellingPadding(pad))) {
    return { token, kind: 'combo', homoglyph, transposition: false }
  }
  // A compound ('tpwallet') may run into other text after it, never before: 'myetpwallet'.
  const embeds =
    token.tier === 'distinctive' || (token.tier === 'compound' && table.prefix[start] !== null)
  return embeds ? { token, kind: 'embedded', homoglyph, transposition: false } : null
}

/**
 * A typo of a brand name, alone or with keywords around it: the text's cores (the text with
 * keyword padding taken off either end, and each hyphen-separated part) are looked up in the
 * deletion index and the candidates verified by edit distance.
 */
function typo(
  raw: string,
  parts: string[],
  skel: string,
  table: PaddingTable,
  brands: Brands,
): Hit | null {
  let best: Hit | null = null
  for (const core of cores(skel, parts, table, brands)) {
    const seen = new Set<number>()
    // One deletion on the text's side (the index holds up to two on the name's side): every
    // single edit, and two omissions, are found with only length + 1 lookups per core.
    for (const key of deletionNeighbours(core.text, 1)) {
      for (const id of brands.deletions.get(key) ?? []) {
        if (seen.has(id)) continue
        seen.add(id)
        const token = brands.tokens[id]!
        if (token.tier !== 'distinctive' && token.tier !== 'compound' && !core.telling) continue
        if (boundedDistance(core.text, token.folded, token.maxEdits) > token.maxEdits) continue
        if (isLikelyDifferentWord(core.text, token.folded, isWord)) continue
        if (token.anchor && !core.text.startsWith(token.anchor)) continue
        const transposition = isTransposition(core.text, token.folded)
        const homoglyph = /[^\x00-\x7f]/.test(raw)
        best = better(best, { token, kind: 'typo', homoglyph, transposition })
      }
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
  /** The whole text or a whole hyphen part, not a piece cut out of padding. */
  whole: boolean
}

/** No label needs more candidate cores; the cap bounds the work on hostile input. */
const MAX_CORES = 6

/** Parts of the text that may be a misspelt brand name: keyword padding off, or a hyphen part. */
function cores(skel: string, parts: string[], table: PaddingTable, brands: Brands): Core[] {
  const found: Core[] = []
  const min = brands.minFuzzyLength
  const max = brands.maxFuzzyLength
  const fits = (n: number) => n >= min && n <= max
  if (fits(skel.length)) found.push({ text: foldDigits(skel), telling: true, whole: true })
  if (parts.length > 1) {
    for (const part of parts) {
      const text = foldDigits(skeleton(part))
      if (fits(text.length)) found.push({ text, telling: false, whole: true })
    }
  }
  const starts: number[] = []
  for (let i = 0; i <= skel.length - min; i++) if (table.prefix[i]) starts.push(i)
  for (let j = skel.length; j >= min && found.length < MAX_CORES; j--) {
    if (!table.suffix[j]) continue
    for (const start of starts) {
      if (!fits(j - start) || found.length >= MAX_CORES) continue
      if (start === 0 && j === skel.length) continue
      const telling = isTellingPadding(paddingAround(table, start, j))
      found.push({ text: foldDigits(skel.slice(start, j)), telling, whole: false })
    }
  }
  return found
}
