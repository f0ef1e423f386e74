import { describe, expect, it } from 'vitest'
import { checkName } from '../../../src/core'
import { realIndex } from '../../helpers/registry'

const index = realIndex()

describe('checkName: display names that pose as a project', () => {
  it.each([
    ['TP钱包客服', 'tokenpocket'],
    ['TP钱包 官方 助手', 'tokenpocket'],
    ['TokenPocket Support', 'tokenpocket'],
    ['TokenPocket', 'tokenpocket'],
    ['币安客服', 'binance'],
    ['MetaMask Admin', 'metamask'],
  ])('%s imitates %s', (name, project) => {
    expect(checkName(name, index)).toMatchObject({ verdict: 'impersonation', project, reasons: ['brand_in_handle'] })
  })

  it.each(['Alice', '张伟', 'Mia from Paris', 'tokenpocket fan club'])('%s is left alone', (name) => {
    expect(checkName(name, index).verdict).toBe('unknown')
  })

  it('an official handle used as a name is still only a name', () => {
    expect(checkName('tokenpocket_tp', index).verdict).not.toBe('official')
  })
})
