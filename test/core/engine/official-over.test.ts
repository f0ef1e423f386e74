import { describe, expect, it } from 'vitest'
import { buildIndex, check, officialOver, withState, type Reported } from '../../../src/core'
import { realIndex, realRegistry } from '../../helpers/registry'

const index = realIndex()
const registry = realRegistry()
// A real entry as the template: whatever fields a reported fact carries, only the contact differs.
const reportOf = (type: Reported['type'], value: string): Reported => ({ ...registry.reported[0]!, type, value })

/** Official channels, and the official host under a parent nobody lists (issue 13, item 1). */
const OFFICIAL = [
  ['website', 'tokenpocket.pro', 'tokenpocket.pro'],
  ['telegram', 'tokenpocket_en', 't.me/tokenpocket_en'],
  ['email', 'service@tokenpocket.pro', 'service@tokenpocket.pro'],
  ['website', 'web3.bitget.com', 'web3.bitget.com'],
] as const

describe('no report changes an official verdict', () => {
  it('confirmed reports of official channels leave them official, fresh or after a stale spell', () => {
    const reported = OFFICIAL.map(([type, value]) => reportOf(type, value))
    const withReports = withState(index, { reported })
    for (const [, , input] of OFFICIAL) {
      expect(check(input, withReports).verdict, input).toBe('official')
      expect(check(input, withState(withReports, { stale: true })).reasons, input).toEqual(['registry_stale'])
    }
  })

  it('a confirmed report of a parent (bitget.com) covers neither the official host nor itself', () => {
    const withReports = withState(index, { reported: [reportOf('website', 'bitget.com')] })
    expect(check('web3.bitget.com', withReports).verdict).toBe('official')
    expect(check('https://app.web3.bitget.com/x', withReports).verdict).toBe('official')
    expect(check('bitget.com', withReports).verdict).not.toBe('reported_scam')
  })

  it('even a signed registry that lists an official channel as reported cannot override it', () => {
    const index = buildIndex({ ...registry, reported: [...registry.reported, reportOf('website', 'tokenpocket.pro')] })
    expect(check('https://tokenpocket.pro', index).verdict).toBe('official')
    expect(check('https://www.tokenpocket.pro', index).verdict).toBe('official')
  })

  it('reports of other contacts still count', () => {
    const withReports = withState(index, { reported: [reportOf('website', 'bitget-help-desk.com')] })
    expect(check('bitget-help-desk.com', withReports).verdict).toBe('reported_scam')
  })
})

describe('officialOver', () => {
  it.each([
    ['website', 'tokenpocket.pro', 'tokenpocket.pro'],
    ['website', 'x.y.tokenpocket.pro', 'tokenpocket.pro'],
    ['website', 'bitget.com', 'web3.bitget.com'],
    ['help_center', 'help.tokenpocket.pro', 'help.tokenpocket.pro'],
    ['email', 'service@tokenpocket.pro', 'service@tokenpocket.pro'],
    ['email', 'refund@tokenpocket.pro', 'tokenpocket.pro'],
    ['telegram', 'tokenpocket_en', 'tokenpocket_en'],
  ] as const)('%s %s touches %s', (type, value, official) => {
    expect(officialOver(type, value, index)?.channel.value).toBe(official)
    expect(officialOver(type, value, withState(index, { stale: true }))?.channel.value).toBe(official)
  })

  it.each([
    ['website', 'tpwallet.com'],
    ['website', 'tokenpocket.pro.evil.com'],
    ['website', 'evil-tokenpocket.pro'],
    ['email', 'service@tokenpocket-pro.com'],
    ['telegram', 'tokenpocket_c'],
    ['phone', '+864008881234'],
  ] as const)('%s %s touches none', (type, value) => {
    expect(officialOver(type, value, index)).toBeNull()
  })
})
