import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseHost } from '../../../src/core/contact/host'

describe('parseHost', () => {
  it('treats shared hosting as a public suffix', () => {
    expect(parseHost('tphelp.gitbook.io')).toMatchObject({
      registrable: 'tphelp.gitbook.io',
      suffix: 'gitbook.io',
      sharedHosting: true,
    })
    expect(parseHost('TokenPocket-Wallet.vercel.app')).toMatchObject({
      ascii: 'tokenpocket-wallet.vercel.app',
      registrable: 'tokenpocket-wallet.vercel.app',
      sharedHosting: true,
    })
    // Our own additions to the Public Suffix List's private section.
    expect(parseHost('a.tokenpocket-gm.medium.com')).toMatchObject({
      registrable: 'tokenpocket-gm.medium.com',
      subdomain: 'a',
      sharedHosting: true,
    })
  })

  it('reads a hosting service itself as an ordinary site', () => {
    expect(parseHost('vercel.app')).toMatchObject({ registrable: 'vercel.app', sharedHosting: false })
    expect(parseHost('medium.com')).toMatchObject({ registrable: 'medium.com', sharedHosting: false })
  })

  it('splits subdomain, registrable domain and suffix', () => {
    expect(parseHost('metamask.io-login.ru')).toMatchObject({
      subdomain: 'metamask',
      registrable: 'io-login.ru',
      suffix: 'ru',
    })
    expect(parseHost('x.co.uk')).toMatchObject({ registrable: 'x.co.uk', suffix: 'co.uk' })
  })

  it('gives IDN hosts in both forms, the UTS #46 way', () => {
    expect(parseHost('аррӏе.com')).toMatchObject({ ascii: 'xn--80ak6aa92e.com', unicode: 'аррӏе.com' })
    expect(parseHost('xn--80ak6aa92e.com')?.unicode).toBe('аррӏе.com')
    expect(parseHost('ｍｅｔａｍａｓｋ。io')?.ascii).toBe('metamask.io')
    expect(parseHost('meta\u00admask.io')?.ascii).toBe('metamask.io')
    expect(parseHost('MetaMask.IO.')?.ascii).toBe('metamask.io')
  })

  it('recognises IP addresses', () => {
    expect(parseHost('1.2.3.4')).toMatchObject({ isIp: true, registrable: null })
    expect(parseHost('[::1]')).toMatchObject({ isIp: true, ascii: '::1' })
  })

  it.each([
    '',
    'a..b',
    '.com',
    `${'x'.repeat(64)}.com`,
    `${'a.'.repeat(127)}com`,
    'a b.com',
    'evil.com/path',
    'user@evil.com',
    'xn--metamask-.com', // an A-label that decodes to ASCII
    'xn--zz.com', // bad punycode
    '💩.la',
  ])('rejects %j', (raw) => {
    expect(parseHost(raw)).toBeNull()
  })

  it('never throws, and answers quickly, on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const info = parseHost(s)
        if (info) expect(info.ascii.length).toBeLessThanOrEqual(253)
      }),
      { numRuns: 2000 },
    )
    expect(parseHost('a'.repeat(1_000_000))).toBeNull()
    expect(parseHost(`${'a.'.repeat(500_000)}com`)).toBeNull()
  })
})
