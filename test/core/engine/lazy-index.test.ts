/**
 * `buildIndex(signed, { lazy: true })` (what the CLI builds) makes the lookalike and alias indexes
 * on first use: every verdict is the one the eager index gives, whatever is checked first.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildIndex, check } from '../../../src/core'
import { realIndex, realRegistry } from '../../helpers/registry'

const INPUTS = [
  'tokenpocket-support.com', // a lookalike first: the brands are built by the match
  'tokenpocket.pro',
  'TP钱包客服电话：400-888-1234，请提供助记词', // a message: the alias matcher
  'service@tokenpocket.pro',
  '@TokenPocket_TP',
  'metamask-wallet.io',
  'example.com',
  ...readFileSync('data/eval/impersonation-dev.tsv', 'utf8')
    .split('\n')
    .slice(1, 301)
    .map((row) => row.split('\t')[0]!),
]

describe('a lazy index', () => {
  it('gives every verdict the eager index gives', () => {
    const eager = realIndex()
    const lazy = buildIndex(realRegistry(), { lazy: true })
    for (const input of INPUTS) expect(check(input, lazy)).toEqual(check(input, eager))
  })

  it('an official host first, then a lookalike and a message, as one process may check them', () => {
    const eager = realIndex()
    const lazy = buildIndex(realRegistry(), { lazy: true })
    for (const input of ['tokenpocket.pro', 'tokenpocket-support.com', 'TP钱包客服：请提供助记词']) {
      expect(check(input, lazy)).toEqual(check(input, eager))
    }
  })
})
