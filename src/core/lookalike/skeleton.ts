/**
 * Skeletons: two strings that look alike get the same skeleton (UTS #39 section 4), so lookalike
 * rules compare skeletons, never raw text.
 *
 * The prototype data is `unhomoglyph`'s copy of confusables.txt, Unicode 13.0.0. On top of UTS #39
 * we drop diacritics (as Chromium's lookalike skeletons do: 'lédger' reads as 'ledger') and fold
 * the ASCII look-alikes that UTS #39 leaves apart because they are distinct in a font, yet people
 * misread them in a URL bar: i/l, rn/m, vv/w, cl/d. Digits stay digits here so that 'metamask01' still
 * ends in a number; `foldDigit` gives the letter a digit passes for ('0pensea', 'c0inbase').
 */
import confusables from 'unhomoglyph/data.json'

/** Look-alikes confusables.txt 13.0 lacks: Latin small capitals, Greek kappa and mu. */
const EXTRA: Record<string, string> = {
  'ʀ': 'r', 'ʙ': 'b', 'ɢ': 'g', 'ʏ': 'y', 'ꜱ': 's', 'κ': 'k', 'μ': 'u', 'µ': 'u',
}
const PROTOTYPES = { ...(confusables as Record<string, string>), ...EXTRA }
const MARKS = /\p{M}/gu
// 'i' is read as 'l' only after letter pairs, so that 'ci' never becomes 'cl', then 'd'.
const ASCII_FOLD: Record<string, string> = { '|': 'l' }
const DOTLESS = /i/g
const DIGIT_FOLD: Record<string, string> = { '0': 'o', '1': 'l', '3': 'e', '5': 's' }
const MULTI_FOLD = /rn|vv|cl/g
const MULTI_TEST = /rn|vv|cl/
const ASCII = /^[\x00-\x7f]*$/
const PIPES = /\|/g
const FOLDED_DIGITS = /[0135]/
const FOLDED_DIGITS_ALL = /[0135]/g
const MULTI: Record<string, string> = { rn: 'm', vv: 'w', cl: 'd' }

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
    out += (PROTOTYPES[base] ?? base).normalize('NFD').replace(MARKS, '').toLowerCase()
  }
  out = foldAscii(out)
  // Bounded: only code points seen in input, and at most a few thousand exist that matter.
  if (cache.size < 20_000) cache.set(ch, out)
  return out
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
  const skel = base.replace(MULTI_FOLD, (pair) => MULTI[pair] ?? pair).replace(DOTLESS, 'l')
  return { skel, letters }
}

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

/** The letter a digit passes for in a skeleton, or the character itself. */
export function foldDigit(ch: string): string {
  return DIGIT_FOLD[ch] ?? ch
}

/** A skeleton with look-alike digits read as letters, for whole-string comparisons. */
export function foldDigits(skel: string): string {
  return FOLDED_DIGITS.test(skel) ? skel.replace(FOLDED_DIGITS_ALL, (d) => DIGIT_FOLD[d]!) : skel
}
