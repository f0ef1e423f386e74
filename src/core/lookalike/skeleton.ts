/**
 * Skeletons: two strings that look alike get the same skeleton (UTS #39 section 4), so lookalike
 * rules compare skeletons, never raw text.
 *
 * The prototype data is confusables.txt, Unicode 13.0.0 (`unhomoglyph`'s copy), cut by
 * scripts/confusables.ts to the entries that can make text read as ASCII: brand names are ASCII,
 * so the rest never changes a result (and would weigh 115 KB in the extension). On top of UTS #39
 * we drop diacritics (as Chromium's lookalike skeletons do: 'lédger' reads as 'ledger') and fold
 * the ASCII look-alikes that UTS #39 leaves apart because they are distinct in a font, yet people
 * misread them in a URL bar: i/l, rn/m, rr/m, nn/m, vv/w, cl/d, lc/k (dnstwist's glyph table has each
 * pair). Digits stay digits here so that 'metamask01' still
 * ends in a number; `foldDigits` reads digits as the letters they pass for ('0pensea', 'c0inbase').
 */
import confusables from './confusables.json'

/**
 * Look-alikes UTS #39 leaves out or maps to a prototype that is not Latin (т to ᴛ, к to ĸ, м to
 * ʍ): Latin small capitals and letters with hooks, and the Cyrillic and Greek lower-case letters
 * that pass for Latin ones in a URL bar, as Chromium's extra confusable mapping reads them
 * (components/url_formatter/spoof_checks). Without them 'метамаѕк' and 'окх' read as no brand.
 */
export const EXTRA: Readonly<Record<string, string>> = {
  // Latin small capitals and hooked letters
  'ʀ': 'r', 'ʙ': 'b', 'ɢ': 'g', 'ʏ': 'y', 'ꜱ': 's', 'ᴋ': 'k', 'ᴍ': 'm', 'ƫ': 't', 'ⱪ': 'k',
  'ƅ': 'b', 'ə': 'e', 'ꞑ': 'n', 'ƿ': 'p', 'ƈ': 'c', 'ɾ': 'r', 'ʉ': 'u', 'ⱨ': 'h', 'ⱳ': 'w',
  'ⱱ': 'v', 'ⱴ': 'v', 'ⱬ': 'z', 'µ': 'u',
  // Cyrillic
  'т': 't', 'к': 'k', 'м': 'm', 'п': 'n', 'ь': 'b', 'в': 'b', 'ш': 'w', 'щ': 'w', 'н': 'h',
  'ԍ': 'g', 'ӏ': 'l', 'ҳ': 'x', 'қ': 'k', 'ҝ': 'k', 'ң': 'h', 'ҭ': 't', 'ԝ': 'w',
  // Greek
  'κ': 'k', 'μ': 'u', 'τ': 't', 'ω': 'w', 'χ': 'x', 'ε': 'e', 'η': 'n',
}
const PROTOTYPES: Record<string, string> = { ...confusables.prototypes, ...EXTRA }
const MARKS = /\p{M}/gu
// 'i' is read as 'l' only after letter pairs, so that 'ci' never becomes 'cl', then 'd'.
const ASCII_FOLD: Record<string, string> = { '|': 'l' }
const DOTLESS = /i/g
const DIGIT_FOLD: Record<string, string> = { '0': 'o', '1': 'l', '3': 'e', '5': 's' }
const MULTI_TEST = /rn|rr|nn|vv|cl|lc/
/** Letter pairs read as one letter, left to right as a person reads them ('rrn' is 'mn'). */
const PAIRS = /rn|rr|nn|vv|cl|lc/g
const PAIR_LETTER: Record<string, string> = { rn: 'm', rr: 'm', nn: 'm', vv: 'w', cl: 'd', lc: 'k' }
const pairLetter = (pair: string) => PAIR_LETTER[pair]!
const ASCII = /^[\x00-\x7f]*$/
const PIPES = /\|/g
const FOLDED_DIGITS = /[0135]/
const FOLDED_DIGITS_ALL = /[0135]/g

const cache = new Map<string, string>()

function foldAscii(text: string): string {
  let out = ''
  for (const ch of text) out += ASCII_FOLD[ch] ?? ch
  return out
}

/** One code point's skeleton, without diacritics, lower-case. */
function charSkeleton(ch: string): string {
  const cached = cache.get(ch)
  if (cached !== undefined) return cached
  let out = ''
  for (const base of ch.normalize('NFD').replace(MARKS, '')) {
    out += prototypeSkeleton(base, PROTOTYPES)
  }
  // Bounded: only code points seen in input, and at most a few thousand exist that matter.
  if (cache.size < 20_000) cache.set(ch, out)
  return out
}

/**
 * What a skeleton is to the rules: names and keywords are [a-z0-9] and text splits on [-_.], so any
 * other character is only a place that matches nothing.
 */
export const skeletonShape = (skel: string): string => skel.replace(/[^a-z0-9\-_.]/gu, '\u0080')

/**
 * The skeleton of one base character (decomposed, no marks) under a prototype table. Exported for
 * scripts/confusables.ts, which keeps the entries that change what this gives in ASCII terms.
 */
export function prototypeSkeleton(
  base: string,
  prototypes: Readonly<Record<string, string>>,
): string {
  return foldAscii((prototypes[base] ?? base).normalize('NFD').replace(MARKS, '').toLowerCase())
}

/**
 * The skeleton of a label or handle: lower-case, confusables mapped to their prototype.
 *
 * @example skeleton('МеtаМаsk') === skeleton('metamask') // Cyrillic М, е, а
 */
export function skeleton(text: string): string {
  return skeletons(text).skel
}

/**
 * Both readings at once, from one pass over the text: the skeleton, and the letter skeleton
 * (before letter pairs are read as one letter: 'trezorn' must still contain 'trezor', though its
 * skeleton reads 'trezom').
 */
export function skeletons(text: string): { skel: string; letters: string } {
  const base = baseSkeleton(text)
  const letters = base.includes('i') ? base.replace(DOTLESS, 'l') : base
  if (!MULTI_TEST.test(base)) return { skel: letters, letters }
  // One pass: pairs share letters ('rrn', 'clc'), so the order of separate passes would matter.
  const skel = base.replace(PAIRS, pairLetter).replace(DOTLESS, 'l')
  return { skel, letters }
}

/** rn, rr, nn, vv, cl, lc by character code: a letter pair the skeleton reads as one letter. */
const isPair = (a: number, b: number) =>
  (a === 114 && (b === 110 || b === 114)) ||
  (a === 110 && b === 110) ||
  (a === 118 && b === 118) ||
  (a === 99 && b === 108) ||
  (a === 108 && b === 99)

/** Steps a plain text's skeleton needs, as bits (see `plainSteps`). */
export const PLAIN_SEPARATOR = 1
export const PLAIN_DOTLESS = 2
export const PLAIN_DIGIT = 4

/**
 * For the first `end` characters of text in lower-case ASCII letters, digits and separators with
 * no letter pair to fold once separators are gone (most host labels), the steps its skeleton
 * needs; -1 for any other text. One scan by character code: the regular expressions it spares
 * cost more than the rest of reading a label.
 */
export function plainSteps(text: string, end: number): number {
  let steps = 0
  let prev = 0
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c >= 97 && c <= 122) {
      if (isPair(prev, c)) return -1
      if (c === 105) steps |= PLAIN_DOTLESS
      prev = c
    } else if (c >= 48 && c <= 57) {
      if (c === 48 || c === 49 || c === 51 || c === 53) steps |= PLAIN_DIGIT
      prev = c
    } else if (c === 45 || c === 95 || c === 46) steps |= PLAIN_SEPARATOR
    else return -1
  }
  return steps
}

/**
 * A plain text's folded skeleton character by character (`foldDigits(skeleton(text))` as codes):
 * 'i' and look-alike digits read as letters, every other character kept.
 */
export const PLAIN_FOLD = new Uint8Array(128).map((_, code) => code)
for (const [from, to] of [['i', 'l'], ...Object.entries(DIGIT_FOLD)] as const) {
  PLAIN_FOLD[from.charCodeAt(0)] = to.charCodeAt(0)
}

/** The skeleton of plain text, separators gone (`steps` from `plainSteps`): 'i' read as 'l'. */
export const plainSkeleton = (raw: string, steps: number): string =>
  steps & PLAIN_DOTLESS ? raw.replace(DOTLESS, 'l') : raw

function baseSkeleton(text: string): string {
  // Most text is ASCII: the engine's own lower-casing is then the whole work.
  if (ASCII.test(text)) {
    const lower = text.toLowerCase()
    return lower.includes('|') ? lower.replace(PIPES, 'l') : lower
  }
  let out = ''
  for (const ch of text) {
    const code = ch.charCodeAt(0)
    if (code < 0x80) {
      const lower = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch
      out += ASCII_FOLD[lower] ?? lower
    } else out += charSkeleton(ch)
  }
  return out
}

/** A skeleton with look-alike digits read as letters, for whole-string comparisons. */
export function foldDigits(skel: string): string {
  return FOLDED_DIGITS.test(skel) ? skel.replace(FOLDED_DIGITS_ALL, (d) => DIGIT_FOLD[d]!) : skel
}
