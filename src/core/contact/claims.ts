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
import { MAX_MESSAGE } from './message'
import { tidy } from './tidy'

/** Dropped when folding: people space and punctuate names freely ("T P-Wallet", "TP_钱包"). */
const SEPARATORS = /[\s\-_.·•'’:|/\\]+/gu
const ALNUM = /[a-z0-9]/

/**
 * Folds text and marks word boundaries: `bound[i]` is true when a separator was dropped before
 * folded character i, so "tp" is found in "TP wallet" but not inside "http".
 */
function fold(text: string): { s: string; bound: boolean[] } {
  const parts = tidy(text).toLowerCase().split(SEPARATORS)
  const bound: boolean[] = []
  for (const part of parts) for (let i = 0; i < part.length; i++) bound.push(i === 0)
  return { s: parts.join(''), bound }
}

type Out = { id: string; len: number; left: boolean; right: boolean }

/** Builds the matcher once per registry; the returned function is pure and allocation-light. */
export function buildAliasMatcher(projects: readonly Project[]): (text: string) => string[] {
  // One small Map per inner node: keys stay small integers, which V8 hashes fastest.
  const next: (Map<number, number> | undefined)[] = [undefined]
  const NONE: Out[] = []
  const out: Out[][] = [NONE]
  const step = (node: number, c: number) => next[node]?.get(c)
  for (const p of projects) {
    for (const alias of [...p.aliases, p.name.en, p.name.zh]) {
      const a = fold(alias).s
      if (!a) continue
      let node = 0
      for (let i = 0; i < a.length; i++) {
        const c = a.charCodeAt(i)
        let child = step(node, c)
        if (child === undefined) {
          child = out.length
          out.push(NONE)
          next.push(undefined)
          ;(next[node] ??= new Map()).set(c, child)
        }
        node = child
      }
      // An alias that starts or ends with a Latin letter or digit must do so at a word boundary.
      const o = { id: p.id, len: a.length, left: ALNUM.test(a[0]!), right: ALNUM.test(a.at(-1)!) }
      out[node] = [...out[node]!, o]
    }
  }

  // Failure links, breadth first; each node inherits the outputs of its failure node.
  const fail = new Int32Array(out.length)
  const queue: number[] = [...(next[0]?.values() ?? [])]
  for (let qi = 0; qi < queue.length; qi++) {
    const node = queue[qi]!
    for (const [c, child] of next[node] ?? []) {
      let f = fail[node]!
      while (f !== 0 && step(f, c) === undefined) f = fail[f]!
      const target = step(f, c)
      fail[child] = target !== undefined && target !== child ? target : 0
      if (out[fail[child]!]!.length) out[child] = [...out[child]!, ...out[fail[child]!]!]
      queue.push(child)
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
      while (node !== 0 && step(node, c) === undefined) node = fail[node]!
      node = step(node, c) ?? 0
      for (const o of out[node]!) {
        if (found.includes(o.id)) continue
        if (o.left && !isWordEdge(i + 1 - o.len)) continue
        if (o.right && !isWordEdge(i + 1)) continue
        found.push(o.id)
      }
    }
    return found
  }
}
