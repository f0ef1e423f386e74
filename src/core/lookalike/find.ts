/**
 * Finds the brand a label or handle names: whole or inside it (with keywords around it), or within
 * a typo of it. The one search every lookalike rule builds on.
 */
import type { Brands, Token } from './brands'
import { deletionNeighbours } from './brands'
import { boundedDistance, isLikelyDifferentWord, isTransposition } from './distance'
import { isTellingPadding, readPadding } from './keywords'
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
  const skel = skeleton(raw).slice(0, MAX_TEXT)
  const parts = lower.split(SEPARATORS).slice(0, MAX_PARTS)
  let best: Hit | null = null
  for (const hit of containment(parts, raw, skel, foldDigits(skel), brands)) best = better(best, hit)
  const letters = letterSkeleton(raw).slice(0, MAX_TEXT)
  if (letters !== skel) {
    for (const hit of containment(parts, raw, letters, foldDigits(letters), brands)) {
      best = better(best, hit)
    }
  }
  if (best?.kind === 'whole' || best?.kind === 'combo') return best
  best = better(best, typo(raw, parts, skel, brands))
  return letters === skel ? best : better(best, typo(raw, parts, letters, brands))
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
  folded: string,
  brands: Brands,
): Generator<Hit> {
  for (let start = 0; start < folded.length; start++) {
    let node = brands.trie.next.get(folded[start]!)
    for (let end = start + 1; node; end++) {
      for (const id of node.ends) {
        const token = brands.tokens[id]!
        const hit = judgeContainment(token, parts, raw, skel, start, end)
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
  start: number,
  end: number,
): Hit | null {
  const homoglyph = !raw.includes(token.word)
  if (start === 0 && end === skel.length) {
    return { token, kind: 'whole', homoglyph, transposition: false }
  }
  const before = skel.slice(0, start)
  const pad = readPadding(`${before} ${skel.slice(end)}`)
  const alone = isWholePart(parts, token)
  const loose = token.tier === 'distinctive' || token.tier === 'compound' || alone
  if (pad.keywordsOnly && (loose || isTellingPadding(pad))) {
    return { token, kind: 'combo', homoglyph, transposition: false }
  }
  // A compound ('tpwallet') may run into other text after it, never before: 'myetpwallet'.
  const embeds =
    token.tier === 'distinctive' || (token.tier === 'compound' && readPadding(before).keywordsOnly)
  return embeds ? { token, kind: 'embedded', homoglyph, transposition: false } : null
}

/**
 * A typo of a brand name, alone or with keywords around it: the text's cores (the text with
 * keyword padding taken off either end, and each hyphen-separated part) are looked up in the
 * deletion index and the candidates verified by edit distance.
 */
function typo(raw: string, parts: string[], skel: string, brands: Brands): Hit | null {
  let best: Hit | null = null
  for (const core of cores(skel, parts, brands)) {
    const seen = new Set<number>()
    // Two edits only reach names of 9+ characters, so shorter cores need one deletion.
    for (const key of deletionNeighbours(core.text, core.text.length >= 7 ? 2 : 1)) {
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
}

/** No label needs more candidate cores; the cap bounds the work on hostile input. */
const MAX_CORES = 16

/** Parts of the text that may be a misspelt brand name: keyword padding off, or a hyphen part. */
function cores(skel: string, parts: string[], brands: Brands): Core[] {
  const found: Core[] = []
  const min = brands.minFuzzyLength
  const max = brands.maxFuzzyLength
  const fits = (n: number) => n >= min && n <= max
  if (parts.length > 1) {
    for (const part of parts) {
      const text = foldDigits(skeleton(part))
      if (fits(text.length)) found.push({ text, telling: false })
    }
  }
  const starts: { at: number; pad: string }[] = []
  for (let i = 0; i <= skel.length - min; i++) {
    const pad = skel.slice(0, i)
    if (readPadding(pad).keywordsOnly) starts.push({ at: i, pad })
  }
  for (let j = skel.length; j >= min && found.length < MAX_CORES; j--) {
    const after = skel.slice(j)
    if (!readPadding(after).keywordsOnly) continue
    for (const s of starts) {
      if (!fits(j - s.at) || found.length >= MAX_CORES) continue
      const telling = isTellingPadding(readPadding(`${s.pad} ${after}`))
      found.push({ text: foldDigits(skel.slice(s.at, j)), telling })
    }
  }
  return found
}
