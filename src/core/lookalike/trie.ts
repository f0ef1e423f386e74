/**
 * The trie of brand names, flat: one table of (node, character) -> node edges instead of a Map
 * per node (with 10,000 projects, some 400,000 objects to collect). Names are ASCII skeletons
 * (see `isTrieWord`), so a character of any other script simply has no edge.
 */
import { edgeTable, type EdgeTable } from '../edge-table'

export interface Trie {
  edges: EdgeTable
  /** Token ids of the names that end at each node. */
  ends: (number[] | undefined)[]
  size: number
}

export const ROOT = 0
const NONE: readonly number[] = []

export const newTrie = (): Trie => ({ edges: edgeTable(), ends: [], size: 1 })

/** Only ASCII names go in: keys stay small integers, and confusables all fold to ASCII. */
export const isTrieWord = (word: string): boolean => /^[\x00-\x7f]+$/.test(word)

/** The node reached from `node` by the character with `code`, or -1. */
export function step(trie: Trie, node: number, code: number): number {
  return code < 128 ? trie.edges.get(node, code) : -1
}

/** The ids of the names ending at `node`. */
export const endsAt = (trie: Trie, node: number): readonly number[] => trie.ends[node] ?? NONE

export function insert(trie: Trie, word: string, id: number): void {
  let node = ROOT
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    let next = trie.edges.get(node, c)
    if (next < 0) trie.edges.add(node, c, (next = trie.size++))
    node = next
  }
  ;(trie.ends[node] ??= []).push(id)
}
