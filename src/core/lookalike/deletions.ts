/**
 * The typo index (SymSpell): a word is filed under every string up to `depth` deletions from it,
 * and a text finds the words that share one of those strings with a single deletion of its own.
 *
 * Hand-written: SymSpell packages on npm keep one JS string per deletion, which for 10,000
 * projects means millions of strings and seconds of start-up. Here each deletion is filed by a
 * 32-bit polynomial hash in flat typed arrays (no string is ever made), and a hash collision is
 * caught by `sharesDeletion`, so answers are exactly those of string keys.
 */

export interface DeletionIndex {
  /** Indexed by id; null for ids left out (names that take no typo). */
  words: (string | null)[]
  depths: number[]
  /** Open hash table: bucket -> first entry + 1 (0: empty). */
  heads: Int32Array
  mask: number
  hashes: Int32Array
  ids: Int32Array
  /** Next entry + 1 in the same bucket (0: end). */
  next: Int32Array
}

const BASE = 0x01000193

let pre = new Int32Array(65)
let pow = new Int32Array(65)
let hashes = new Int32Array(256)

/** hash(s[0, i)) for every i, and BASE^i, so that the hash of any deletion is O(1). */
function prefixHashes(s: string, pre: Int32Array, pow: Int32Array): void {
  pre[0] = 0
  pow[0] = 1
  for (let i = 0; i < s.length; i++) {
    pre[i + 1] = (Math.imul(pre[i]!, BASE) + s.charCodeAt(i)) | 0
    pow[i + 1] = Math.imul(pow[i]!, BASE)
  }
}

/** hash(s[a, b)) from the prefix hashes. */
const range = (pre: Int32Array, pow: Int32Array, a: number, b: number) =>
  (pre[b]! - Math.imul(pre[a]!, pow[b - a]!)) | 0

/** hash(x + y) from hash(x), hash(y) and y's length. */
const join = (hx: number, hy: number, ny: number, pow: Int32Array) =>
  (Math.imul(hx, pow[ny]!) + hy) | 0

const mostDeletions = (n: number, depth: number) =>
  depth < 1 ? 1 : 1 + n + (depth > 1 ? (n * (n - 1)) / 2 : 0)

/**
 * Fills `hashes` with the hash of `s` and of every string one and (at depth 2) two deletions from
 * it, and returns how many. Deleting either of two equal neighbours gives the same string: the
 * repeat is skipped.
 */
function deletionHashes(s: string, depth: number): number {
  const n = s.length
  // Scratch space, reused: this runs for every candidate core of every label checked.
  if (pre.length <= n) [pre, pow] = [new Int32Array(2 * n + 1), new Int32Array(2 * n + 1)]
  const most = mostDeletions(n, depth)
  if (hashes.length < most) hashes = new Int32Array(2 * most)
  prefixHashes(s, pre, pow)
  let count = 0
  hashes[count++] = pre[n]!
  if (depth < 1) return count
  for (let i = 0; i < n; i++) {
    if (i > 0 && s[i] === s[i - 1]) continue
    hashes[count++] = join(pre[i]!, range(pre, pow, i + 1, n), n - i - 1, pow)
    if (depth < 2) continue
    for (let j = i + 1; j < n; j++) {
      if (j > i + 1 && s[j] === s[j - 1]) continue
      const head = join(pre[i]!, range(pre, pow, i + 1, j), j - i - 1, pow)
      hashes[count++] = join(head, range(pre, pow, j + 1, n), n - j - 1, pow)
    }
  }
  return count
}

/** Files every word under its deletions; `depths[id]` is how many deletions word `id` tolerates. */
export function buildDeletionIndex(words: (string | null)[], depths: number[]): DeletionIndex {
  // At most 1 + n + n(n-1)/2 strings per word (fewer where letters repeat): no counting pass.
  let count = 0
  for (const [id, w] of words.entries()) {
    if (w !== null) count += mostDeletions(w.length, depths[id]!)
  }
  let size = 16
  while (size < count) size *= 2
  const index: DeletionIndex = {
    words,
    depths,
    heads: new Int32Array(size),
    mask: size - 1,
    hashes: new Int32Array(count),
    ids: new Int32Array(count),
    next: new Int32Array(count),
  }
  let entry = 0
  // Filed last word first: each bucket then lists ids in ascending order, as a scan would.
  for (let id = words.length - 1; id >= 0; id--) {
    const word = words[id]
    if (word === null || word === undefined) continue
    const count = deletionHashes(word, depths[id]!)
    for (let k = 0; k < count; k++) {
      const bucket = hashes[k]! & index.mask
      index.hashes[entry] = hashes[k]!
      index.ids[entry] = id
      index.next[entry] = index.heads[bucket]!
      index.heads[bucket] = ++entry
    }
  }
  return index
}

/**
 * Whether `text` with at most `textDepth` deletions equals `word` with at most `depth` deletions:
 * a common subsequence long enough for both, so the longest one decides (O(length^2) on words of
 * a few dozen characters).
 */
export function sharesDeletion(text: string, word: string, depth: number, textDepth = 1): boolean {
  const need = Math.max(text.length - textDepth, word.length - depth)
  if (need > Math.min(text.length, word.length)) return false
  // Two rows of scratch space, reused and cleared: this runs for every candidate a lookup finds.
  const width = word.length + 1
  if (lcsRows.length < 2 * width) lcsRows = new Int32Array(4 * width)
  lcsRows.fill(0, 0, 2 * width)
  let prev = 0
  let cur = width
  for (let i = 1; i <= text.length; i++) {
    for (let j = 1; j <= word.length; j++) {
      lcsRows[cur + j] =
        text[i - 1] === word[j - 1]
          ? lcsRows[prev + j - 1]! + 1
          : Math.max(lcsRows[prev + j]!, lcsRows[cur + j - 1]!)
    }
    ;[prev, cur] = [cur, prev]
  }
  return lcsRows[prev + word.length]! >= need
}

let lcsRows = new Int32Array(2 * 65)

/**
 * The ids of the words that share a deletion with `text`, at most `textDepth` deletions on its
 * side: one finds every single edit and two omissions; two also find two insertions, two
 * substitutions and any other pair of edits.
 */
export function nearWords(index: DeletionIndex, text: string, textDepth: 1 | 2 = 1): number[] {
  const tried: number[] = []
  const found: number[] = []
  const count = deletionHashes(text, textDepth)
  for (let k = 0; k < count; k++) {
    const hash = hashes[k]!
    for (let e = index.heads[hash & index.mask]!; e !== 0; e = index.next[e - 1]!) {
      const id = index.ids[e - 1]!
      if (index.hashes[e - 1] !== hash || tried.includes(id)) continue
      tried.push(id)
      if (sharesDeletion(text, index.words[id]!, index.depths[id]!, textDepth)) found.push(id)
    }
  }
  return found
}
