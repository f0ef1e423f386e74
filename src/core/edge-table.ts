/**
 * A trie's edges, (node, character) -> child, in one open-addressing hash table of typed arrays.
 * Hand-written because a registry of 10,000 projects makes tries of some 100,000 nodes or more,
 * and a Map (allocating and hashing boxed entries, one per edge) made their builds several times
 * slower. Used by the alias matcher and the brand trie.
 */
export interface EdgeTable {
  /** The child of `node` by character `c`, or -1. */
  get(node: number, c: number): number
  /** Adds an edge that is not in the table yet. */
  add(node: number, c: number, child: number): void
}

export function edgeTable(): EdgeTable {
  let size = 1024
  let count = 0
  // One slot is [from, char, to], side by side so that a probe reads one cache line.
  let slots = new Int32Array(size * 3).fill(-1)
  const slot = (node: number, c: number) => {
    const mask = size - 1
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & mask
    while (slots[h * 3] !== -1 && (slots[h * 3] !== node || slots[h * 3 + 1] !== c)) {
      h = (h + 1) & mask
    }
    return h * 3
  }
  const put = (node: number, c: number, child: number) => {
    const at = slot(node, c)
    slots[at] = node
    slots[at + 1] = c
    slots[at + 2] = child
  }
  return {
    /** The child of `node` by character `c`, or -1. */
    get: (node: number, c: number): number => slots[slot(node, c) + 2]!,
    /** Adds an edge that is not in the table yet; at most half full, so probes stay short. */
    add: (node: number, c: number, child: number): void => {
      if (++count * 2 > size) {
        const old = slots
        size *= 2
        slots = new Int32Array(size * 3).fill(-1)
        for (let at = 0; at < old.length; at += 3) {
          if (old[at] !== -1) put(old[at]!, old[at + 1]!, old[at + 2]!)
        }
      }
      put(node, c, child)
    },
  }
}
