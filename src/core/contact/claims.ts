/**
 * Which projects a text speaks for: "TP钱包客服电话：400…" claims TokenPocket.
 *
 * Aliases and text are folded alike (NFKC, lower case, separators dropped), so "T P 钱 包",
 * "ＴＰ钱包" and "tp钱包" are one spelling. Matching is Aho-Corasick over the folded aliases: one
 * pass over the text whatever the number of projects. A token map would need word boundaries,
 * which Chinese text does not have.
 *
 * @example
 * const claims = buildAliasMatcher(projects)
 * claims('TP钱包客服电话：400-800-1234') // ['tokenpocket']
 */
import type { Project } from '../../../registry/schema'
import { MAX_MESSAGE } from './limits'
import { tidy } from './tidy'
import { edgeTable } from '../edge-table'

/** Dropped when folding: people space and punctuate names freely ("T P-Wallet", "TP_钱包"). */
const SEPARATORS = /[\s\-_.·•'’:|/\\]+/gu
const ALNUM = /[a-z0-9]/
/** NFKC leaves printable ASCII as it is and tidy drops no ASCII: most aliases skip both. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

const lowerTidy = (text: string): string =>
  (PRINTABLE_ASCII.test(text) ? text : tidy(text)).toLowerCase()

/** An alias folded: only its characters matter, not where its words began. */
const foldAlias = (alias: string): string => lowerTidy(alias).replace(SEPARATORS, '')

/**
 * Folds text and marks word boundaries: `bound[i]` is true when a separator was dropped before
 * folded character i, so "tp" is found in "TP wallet" but not inside "http".
 */
function fold(text: string): { s: string; bound: boolean[] } {
  const parts = lowerTidy(text).split(SEPARATORS)
  const bound: boolean[] = []
  for (const part of parts) for (let i = 0; i < part.length; i++) bound.push(i === 0)
  return { s: parts.join(''), bound }
}

type Out = { id: string; len: number; left: boolean; right: boolean }

/** Builds the matcher once per registry; the returned function is pure and allocation-light. */
export function buildAliasMatcher(projects: readonly Project[]): (text: string) => string[] {
  const folded: string[][] = []
  let chars = 0
  for (const p of projects) {
    const aliases: string[] = []
    for (const alias of [...p.aliases, p.name.en, p.name.zh]) {
      const a = foldAlias(alias)
      if (a && !aliases.includes(a)) aliases.push(a)
      chars += a.length
    }
    folded.push(aliases)
  }

  // Nodes are numbered as created; each has a character, a first child and a next sibling (for
  // the breadth-first pass below), and a list of the aliases that end there (`outs` linked by
  // `nextOut`, in registry order). At most one node per character.
  const edges = edgeTable()
  const char = new Int32Array(chars + 1)
  const firstChild = new Int32Array(chars + 1).fill(-1)
  const nextSibling = new Int32Array(chars + 1).fill(-1)
  const firstOut = new Int32Array(chars + 1).fill(-1)
  const lastOut = new Int32Array(chars + 1)
  const outs: Out[] = []
  const nextOut: number[] = []
  let size = 1
  for (let pi = 0; pi < projects.length; pi++) {
    const id = projects[pi]!.id
    for (const a of folded[pi]!) {
      let node = 0
      for (let i = 0; i < a.length; i++) {
        const c = a.charCodeAt(i)
        let child = edges.get(node, c)
        if (child === -1) {
          child = size++
          edges.add(node, c, child)
          char[child] = c
          nextSibling[child] = firstChild[node]!
          firstChild[node] = child
        }
        node = child
      }
      // An alias that starts or ends with a Latin letter or digit must do so at a word boundary.
      outs.push({ id, len: a.length, left: ALNUM.test(a[0]!), right: ALNUM.test(a.at(-1)!) })
      nextOut.push(-1)
      if (firstOut[node] === -1) firstOut[node] = outs.length - 1
      else nextOut[lastOut[node]!] = outs.length - 1
      lastOut[node] = outs.length - 1
    }
  }

  // Failure links breadth first, and for each node the nearest node down its failure chain that
  // has aliases of its own (a dictionary link), so matches are read without copying lists.
  const fail = new Int32Array(size)
  const dict = new Int32Array(size)
  const queue = new Int32Array(size)
  let tail = 0
  for (let c = firstChild[0]!; c !== -1; c = nextSibling[c]!) queue[tail++] = c
  for (let head = 0; head < tail; head++) {
    const node = queue[head]!
    for (let child = firstChild[node]!; child !== -1; child = nextSibling[child]!) {
      const c = char[child]!
      let f = fail[node]!
      while (f !== 0 && edges.get(f, c) === -1) f = fail[f]!
      const target = edges.get(f, c)
      const fc = target !== -1 && target !== child ? target : 0
      fail[child] = fc
      dict[child] = firstOut[fc] !== -1 ? fc : dict[fc]!
      queue[tail++] = child
    }
  }

  return (text: string) => {
    if (typeof text !== 'string') return []
    const { s, bound } = fold(text.slice(0, MAX_MESSAGE))
    const found: string[] = []
    const isWordEdge = (i: number) =>
      i <= 0 || i >= s.length || bound[i] === true || !ALNUM.test(s[i - 1]!) || !ALNUM.test(s[i]!)
    let node = 0
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      while (node !== 0 && edges.get(node, c) === -1) node = fail[node]!
      node = Math.max(edges.get(node, c), 0)
      for (let n = firstOut[node] !== -1 ? node : dict[node]!; n !== 0; n = dict[n]!) {
        for (let k = firstOut[n]!; k !== -1; k = nextOut[k]!) {
          const o = outs[k]!
          if (found.includes(o.id)) continue
          if (o.left && !isWordEdge(i + 1 - o.len)) continue
          if (o.right && !isWordEdge(i + 1)) continue
          found.push(o.id)
        }
      }
    }
    return found
  }
}
