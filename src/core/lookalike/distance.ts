/** Edit distance for lookalikes: optimal string alignment (Levenshtein plus adjacent swaps). */

/**
 * OSA distance between `a` and `b`, or `limit + 1` as soon as it must exceed `limit`.
 * Hand-written: the packages on npm compute plain Levenshtein, or lack an early exit.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const n = b.length
  // Three rows of scratch space, reused: this runs for every typo candidate.
  if (rows.length < 3 * (n + 1)) rows = new Int32Array(6 * (n + 1))
  let prev2 = 0
  let prev = n + 1
  let cur = 2 * (n + 1)
  for (let j = 0; j <= n; j++) rows[prev + j] = j
  for (let i = 1; i <= a.length; i++) {
    rows[cur] = i
    let rowMin = i
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(rows[prev + j]! + 1, rows[cur + j - 1]! + 1, rows[prev + j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, rows[prev2 + j - 2]! + 1)
      }
      rows[cur + j] = v
      if (v < rowMin) rowMin = v
    }
    if (rowMin > limit) return limit + 1
    ;[prev2, prev, cur] = [prev, cur, prev2]
  }
  return rows[prev + n]!
}

let rows = new Int32Array(3 * 65)

/** True when `a` is `b` with one pair of adjacent characters swapped. */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  return (
    i + 1 < a.length &&
    a[i] === b[i + 1] &&
    a[i + 1] === b[i] &&
    a.slice(i + 2) === b.slice(i + 2)
  )
}

/** Keys next to each other on a QWERTY keyboard, for telling a slip of a finger from a new word. */
const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm']

function isNeighbourKey(a: string, b: string): boolean {
  for (let r = 0; r < ROWS.length; r++) {
    const i = ROWS[r]!.indexOf(a)
    if (i === -1) continue
    for (let dr = -1; dr <= 1; dr++) {
      const row = ROWS[r + dr]
      const j = row?.indexOf(b) ?? -1
      if (j !== -1 && Math.abs(j - i) <= 1) return true
    }
  }
  return false
}

const NAME_CHAR = /^[a-z0-9]$/

/** Letters misread for one another at a glance (dnstwist's glyph pairs within ASCII). */
const GLYPH_PAIRS = new Set(['bd', 'db', 'ce', 'ec', 'nr', 'rn', 'mn', 'nm', 'gq', 'qg', 'uv', 'vu'])

/**
 * A flipped bit (bitsquatting), a neighbouring key or a misread glyph: how typos happen. Only
 * between characters a name can hold: a bit flipped into any other character is no typo anyone
 * registers (and skeletons keep no other character faithfully, see scripts/confusables.ts).
 */
export function isSlip(a: string, b: string): boolean {
  if (!NAME_CHAR.test(a) || !NAME_CHAR.test(b)) return false
  const x = a.charCodeAt(0) ^ b.charCodeAt(0)
  return (x & (x - 1)) === 0 || isNeighbourKey(a, b) || GLYPH_PAIRS.has(a + b)
}

/**
 * Chromium's edit-distance false-positive filters (components/lookalikes), the ones that hold for
 * a small curated list: names that differ only in trailing digits are numbered siblings ('web3' /
 * 'web4'), and `isWord` tells when the candidate is an ordinary word: then it is never a typo.
 * Chromium's first/last-letter filter, needed for its 9,000 targets, dropped real squats of ours
 * ('wetamask', 'binanci'): such a change is kept, as `medium` (see `edgeChange`).
 */
export function isLikelyDifferentWord(
  candidate: string,
  target: string,
  isWord: (s: string) => boolean = () => false,
): boolean {
  if (isWord(candidate)) return true
  const trimmedCandidate = candidate.replace(/\d+$/, '')
  const trimmedTarget = target.replace(/\d+$/, '')
  return trimmedCandidate !== candidate && trimmedCandidate === trimmedTarget
}

/**
 * Only the first or only the last letter differs, not by a slip, and a consonant stays a
 * consonant or a vowel a vowel: a squat ('wetamask', 'metamast', 'binanci'). A vowel turned
 * consonant at an edge makes another syllable, and more often another word ('opensea' /
 * 'openset'): that change is not a lookalike.
 */
export function edgeChange(candidate: string, target: string): 'squat' | 'word' | null {
  if (candidate.length !== target.length) return null
  const last = candidate.length - 1
  const at =
    candidate[0] !== target[0] && candidate.slice(1) === target.slice(1)
      ? 0
      : candidate[last] !== target[last] && candidate.slice(0, last) === target.slice(0, last)
        ? last
        : -1
  if (at < 0 || isSlip(candidate[at]!, target[at]!)) return null
  const [a, b] = [candidate[at]!, target[at]!]
  // 'l' may be an 'i' the skeleton folded: a vowel or a consonant.
  if (a === 'l' || b === 'l') return 'squat'
  return VOWELS.test(a) === VOWELS.test(b) ? 'squat' : 'word'
}

const VOWELS = /^[aeiou]$/
/** Skeleton letters that also stand for a folded digit or 'i' (l: i, 1; o: 0; e: 3; s: 5). */
const FOLDED = /^[lose]$/

/**
 * One letter inside a short name replaced by one that is no slip of it and no vowel swap
 * ('tremor' for 'trezor'): in a name of six letters that makes another word more often than a
 * typo does, and keyboards, bit flips, glyphs and vowels are how typos happen.
 */
export function isUnlikelySubstitution(candidate: string, target: string): boolean {
  if (candidate.length !== target.length) return false
  let at = -1
  for (let i = 0; i < candidate.length; i++) {
    if (candidate[i] === target[i]) continue
    if (at >= 0) return false
    at = i
  }
  if (at < 0) return false
  const [a, b] = [candidate[at]!, target[at]!]
  // A folded letter may have been a digit or an 'i' a slip away ('k5coin', 'lidger').
  if (FOLDED.test(a) || FOLDED.test(b)) return false
  return !isSlip(a, b) && !(VOWELS.test(a) && VOWELS.test(b))
}
