/** Edit distance for lookalikes: optimal string alignment (Levenshtein plus adjacent swaps). */

/**
 * OSA distance between `a` and `b`, or `limit + 1` as soon as it must exceed `limit`.
 * Hand-written: the packages on npm compute plain Levenshtein, or lack an early exit.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const n = b.length
  let prev2 = new Array<number>(n + 1).fill(0)
  let prev = Array.from({ length: n + 1 }, (_, j) => j)
  let cur = new Array<number>(n + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    let rowMin = i
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, prev2[j - 2]! + 1)
      }
      cur[j] = v
      if (v < rowMin) rowMin = v
    }
    if (rowMin > limit) return limit + 1
    ;[prev2, prev, cur] = [prev, cur, prev2]
  }
  return prev[n]!
}

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

/**
 * Chromium's edit-distance false-positive filters (components/lookalikes): a different first
 * character usually makes a different word ('binance' / 'finance'), and names that differ only
 * in trailing digits are numbered siblings ('web3' / 'web4'), not typos. We add the mirror of
 * the first: a different last letter ends another word ('opensee', 'openset', 'metamasu').
 */
export function isLikelyDifferentWord(candidate: string, target: string): boolean {
  if (candidate[0] !== target[0] && candidate.slice(1) === target.slice(1)) return true
  const last = candidate.length - 1
  if (candidate.length === target.length && candidate[last] !== target[last]) {
    if (candidate.slice(0, last) === target.slice(0, last)) return true
  }
  const trimmedCandidate = candidate.replace(/\d+$/, '')
  const trimmedTarget = target.replace(/\d+$/, '')
  return trimmedCandidate !== candidate && trimmedCandidate === trimmedTarget
}
