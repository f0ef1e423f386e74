/** The CLI's line encoder is JSON.stringify to the byte, only cheaper on a project's shared lists. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { check } from '../../src/core'
import { verdictLine } from '../../src/cli/json-line'
import { realIndex } from '../helpers/registry'

const domains = readFileSync('data/eval/impersonation-dev.tsv', 'utf8')
  .split('\n')
  .slice(1, 2001)
  .map((row) => row.split('\t')[0]!)
const MIXED = [
  'service@tokenpocket.pro',
  '@TokenPocket_TP',
  '+86 400 888 1234',
  'TP钱包客服电话：400-888-1234，请提供助记词 tokenpocket-support.com t.me/tokenpocket_C',
  'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about',
  '',
  'x'.repeat(30_000),
  '"quotes" \\ and \u2028 line separators \u0000',
]

describe('verdictLine', () => {
  it('prints exactly what JSON.stringify prints, for every kind of verdict', () => {
    const index = realIndex()
    for (const input of [...MIXED, ...domains]) {
      const v = check(input, index)
      expect(verdictLine(v)).toBe(JSON.stringify(v) + '\n')
    }
  })

  it('still prints a shared list right when it is printed again', () => {
    const index = realIndex()
    const first = check('tokenpocket-support.com', index)
    const again = check('tokenpocket-help.com', index)
    expect(again.never).toBe(first.never) // the premise: the index shares a project's list
    verdictLine(first)
    expect(JSON.parse(verdictLine(again)).never).toEqual(first.never)
  })
})
