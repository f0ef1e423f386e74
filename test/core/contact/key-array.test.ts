/** Issue 13, item 4f: byte-array keys of any common length are secrets (and never report notes). */
import { describe, expect, it } from 'vitest'
import { findSecret } from '../../../src/core'

const bytes = (n: number, seed = 7) => Array.from({ length: n }, (_, i) => (i * 131 + seed) % 256)

describe('byte-array keys', () => {
  it.each([32, 33, 48, 63, 64])('an array of %i bytes is a key, however it is spaced', (n) => {
    for (const text of [`[${bytes(n).join(',')}]`, `key: [ ${bytes(n).join(', ')} ]`, `[\n${bytes(n).join(',\n  ')}\n]`]) {
      expect(findSecret(text)?.kind).toBe('key_array')
    }
  })

  it.each([
    ['31 bytes', `[${bytes(31).join(',')}]`],
    ['65 bytes', `[${bytes(65).join(',')}]`],
    ['a number over 255', `[${[...bytes(31), 256].join(',')}]`],
    ['a short list of prices', '[1, 2, 3, 50, 100]'],
  ])('%s is not', (_, text) => {
    expect(findSecret(text)).toBeNull()
  })

  it('stays linear on a huge unclosed array', () => {
    const text = `[${bytes(5000).join(',')}`.repeat(3)
    const start = performance.now()
    expect(findSecret(text)).toBeNull()
    expect(performance.now() - start).toBeLessThan(200)
  })
})
