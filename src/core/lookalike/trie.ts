/**
 * The trie of brand names, flat: one Map from (node, character) to node instead of a Map per
 * node. With 10,000 projects the per-node Maps were some 400,000 objects, and collecting them was
 * a fifth of the index build. Names are ASCII skeletons (see `isTrieWord`), so a character of
 * any other script simply has no edge.
 */
export interface Trie {
  edges: Map<number, number>
  /** Token ids of the names that end at each node. */
  ends: (number[] | undefined)[]
  size: number
}

export const ROOT = 0
const NONE: readonly number[] = []

export const newTrie = (): Trie => ({ edges: new Map(), ends: [], size: 1 })

/** Only ASCII names go in: keys stay small integers, and confusables all fold to ASCII. */
export const isTrieWord = (word: string): boolean => /^[\x00-\x7f]+$/.test(word)

/** The node reached from `node` by the character with `code`, or -1. */
export function step(trie: Trie, node: number, code: number): number {
  return code < 128 ? (trie.edges.get(node * 128 + code) ?? -1) : -1
}

/** The ids of the names ending at `node`. */
export const endsAt = (trie: Trie, node: number): readonly number[] => trie.ends[node] ?? NONE

export function insert(trie: Trie, word: string, id: number): void {
  let node = ROOT
  for (let i = 0; i < word.length; i++) {
    const key = node * 128 + word.charCodeAt(i)
    let next = trie.edges.get(key)
    if (next === undefined) trie.edges.set(key, (next = trie.size++))
    node = next
  }
  ;(trie.ends[node] ??= []).push(id)
}
