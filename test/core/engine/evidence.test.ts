/**
 * Issue 10's cases on the committed registry: each verdict is as strong as its evidence and no
 * stronger. Real, sibling and former domains are never called fakes; "not offered" and "known
 * scam" rest on a cited source; everything else is honest about what is not known.
 */
import { describe, expect, it } from 'vitest'
import { check, type Verdict } from '../../../src/core'
import { realIndex } from '../../helpers/registry'

const index = realIndex()
/** The verdict of the contact a message holds (or of the contact itself). */
const contactOf = (v: Verdict) => v.contacts?.[0] ?? v
const both = (v: Verdict) => `${v.explanation.en}\n${v.explanation.zh}`

describe('real domains are not called fakes', () => {
  it.each(['blog.safepal.io', 'docs.safepal.io', 'link.safepal.io', 'safepal.io'])(
    '%s is SafePal’s own (official_subdomain or exact_match), never a lookalike',
    (host) => {
      const v = check(host, index)
      expect(v).toMatchObject({ verdict: 'official', project: 'safepal' })
    },
  )

  it.each([
    ['binance.us', 'Binance.US'],
    ['www.binance.us', 'Binance.US'],
    ['binance.bh', 'Binance Bahrain'],
    ['trbinance.com', 'Binance TR'],
  ])('%s is a Binance affiliate: unknown, named, with Binance’s own site', (host, named) => {
    const v = check(host, index)
    expect(v).toMatchObject({ verdict: 'unknown', project: 'binance', reasons: ['affiliate_channel'] })
    expect(v.official?.value).toBe('binance.com')
    expect(v.explanation.en).toContain(named)
    expect(v.explanation.en).toContain('nor a fake of it')
    expect(v.explanation.zh).toContain('也不是仿冒')
  })

  it.each([
    ['okex.com', 'okx', 'okx.com'],
    ['www.okex.com', 'okx', 'okx.com'],
    ['bitkeep.com', 'bitget_wallet', null],
    ['exodus.io', 'exodus', null],
    ['mytokenpocket.vip', 'tokenpocket', 'service@tokenpocket.pro'],
  ])('%s is a former domain: unknown (legacy_channel), with the current channel and a lapse warning', (host, project, current) => {
    const v = check(host, index)
    expect(v).toMatchObject({ verdict: 'unknown', project, reasons: ['legacy_channel'] })
    expect(v.official).not.toBeNull()
    if (current) expect(v.official!.value).toBe(current)
    expect(v.explanation.en).toContain('no longer uses it')
    expect(v.explanation.en).toContain('can change hands')
    expect(v.explanation.zh).toContain('可能被别人接手')
    expect(v.explanation.en).toMatch(/Source: [^,]+, \d{4}-\d{2}-\d{2}\./)
  })

  it('a lookalike of the current name is still impersonation (the former name does not shield it)', () => {
    expect(check('okx-support.com', index)).toMatchObject({ verdict: 'impersonation', project: 'okx' })
    expect(check('binance-us-support.com', index)).toMatchObject({ verdict: 'impersonation', project: 'binance' })
  })

  it('a former support address on a domain still in use is named as former, not as unlisted', () => {
    const former = check('support@metamask.io', index)
    expect(former).toMatchObject({ verdict: 'unknown', project: 'metamask', reasons: ['legacy_channel'] })
    expect(check('help-desk@metamask.io', index).reasons).toEqual(['unlisted_address'])
  })

  it('TokenPocket’s pre-2022 iOS app is legacy, pointing to TP Wallet by TP Global Ltd', () => {
    const v = check('https://apps.apple.com/app/id1436028697', index)
    expect(v).toMatchObject({ verdict: 'unknown', reasons: ['legacy_channel'], project: 'tokenpocket' })
    // An app listing cannot change hands: no lapse warning for it.
    expect(v.explanation.en).not.toContain('change hands')
  })

  it('TokenPocket’s Chrome Web Store item is official (linked from its own help center)', () => {
    const v = check('https://chromewebstore.google.com/detail/mfgccjchihfkkindfppnaooecgfneiii', index)
    expect(v).toMatchObject({ verdict: 'official', project: 'tokenpocket', reasons: ['exact_match'] })
    expect(v.explanation.en).toContain('Confirmed from help.tokenpocket.pro, 2023-09-27.')
  })

  it('tp.xyz is unconfirmed: only a third party says so, and the wording cites it', () => {
    const v = check('tp.xyz', index)
    expect(v).toMatchObject({ verdict: 'unknown', project: 'tokenpocket', reasons: ['unconfirmed_channel'] })
    expect(v.explanation.en).toContain('only a third party says so (github.com/phantom/blocklist, 2025-06-22)')
  })
})

describe('not_offered only from evidence', () => {
  it.each([
    ['OKX客服电话 +86 400 123 4567', 'okx'],
    ['MetaMask support phone +1 415 555 0100', 'metamask'],
    ['imToken客服电话 +86 400 123 4567', 'imtoken'],
    ['币安客服电话 +86 400 123 4567', 'binance'],
    ['Binance support WhatsApp: +1 415 555 2671', 'binance'],
    ['imToken support WhatsApp +65 8123 4567', 'imtoken'],
  ])('%s is unknown (claimed_project, no_listed_channel), worded honestly', (text, project) => {
    const v = check(text, index)
    const c = contactOf(v)
    expect(c).toMatchObject({ verdict: 'unknown', project, reasons: ['claimed_project', 'no_listed_channel'] })
    expect(v.verdict).not.toBe('not_offered')
    expect(c.explanation.en).toMatch(/lists no (phone line|WhatsApp account) among its official channels/)
    expect(c.explanation.en).toContain('verification page')
    expect(c.explanation.zh).toContain('公布的官方渠道里没有')
    expect(both(c)).not.toMatch(/scammer|骗子/)
  })

  it('TokenPocket’s phone claim stays not_offered, citing its own support statement and its date', () => {
    const v = check('TP钱包客服电话：400-888-1234', index)
    const c = contactOf(v)
    expect(c).toMatchObject({ verdict: 'not_offered', project: 'tokenpocket' })
    expect(c.reasons).toEqual(['no_phone_support', 'claimed_project', 'support_listed'])
    expect(c.explanation.en).toContain('service@tokenpocket.pro')
    expect(c.explanation.en).toContain('(source: help.tokenpocket.pro, 2023-09-27)')
    expect(c.explanation.zh).toContain('（来源：help.tokenpocket.pro，2023-09-27）')
    expect(c.explanation.zh).toContain('电话不在其中')
  })

  it('a WeChat ID claimed as TokenPocket support is not offered on the same statement', () => {
    const c = contactOf(check('TP钱包官方客服微信：tpkefu888', index))
    expect(c).toMatchObject({ verdict: 'not_offered', reasons: ['channel_not_offered', 'claimed_project', 'support_listed'] })
  })

  it('a project’s own "no phone support" statement makes a phone claim not_offered, cited', () => {
    const c = contactOf(check('Phantom support phone +1 415 555 0100', index))
    expect(c).toMatchObject({ verdict: 'not_offered', project: 'phantom', reasons: ['no_phone_support', 'claimed_project'] })
    expect(c.explanation.en).toMatch(/\(source: [a-z.]+, \d{4}-\d{2}-\d{2}\)/)
  })
})

describe('reported contacts say what the evidence says', () => {
  it.each(['tpwallet.com', 'tokenpocket.com', 'tokenpocket.app', 'tokenpocket.io'])(
    '%s is not TokenPocket’s (impersonation, not_official), citing TokenPocket’s own list',
    (host) => {
      const v = check(host, index)
      expect(v).toMatchObject({ verdict: 'impersonation', project: 'tokenpocket', reasons: ['not_official'] })
      expect(v.explanation.en).toContain('TokenPocket names only tokenpocket.pro and tpwallet.io')
      expect(v.explanation.en).toContain('(help.tokenpocket.pro, 2023-09-27)')
      expect(both(v)).not.toMatch(/known scam|已知的诈骗/)
    },
  )

  it.each(['tn-binance.com', 'fu-binance.com', 'br-binance.com'])(
    '%s is not Binance’s (not_official), not a "known scam"',
    (host) => {
      const v = check(host, index)
      expect(v).toMatchObject({ verdict: 'impersonation', project: 'binance', reasons: ['not_official'] })
      expect(v.explanation.en).toContain('binance.com')
    },
  )

  it('tokeim-cn.com is not imToken’s, citing imToken’s own “trust only token.im”', () => {
    const v = check('tokeim-cn.com', index)
    expect(v).toMatchObject({ verdict: 'impersonation', project: 'imtoken', reasons: ['not_official'] })
    expect(v.explanation.en).toContain('token.im')
  })

  it.each([
    ['tokonpocket.club', 'tokenpocket', 'polkadot-js'],
    ['t.me/tokenpocket_C', 'tokenpocket', 'TokenPocket itself names'],
    ['safepal.com.mx', 'safepal', 'destroylist'],
    ['trustwallet-app.io', 'trustwallet', 'phishing lists'],
  ])('%s is a known scam, with its evidence', (input, project, evidence) => {
    const v = check(input, index)
    expect(v).toMatchObject({ verdict: 'reported_scam', project, reasons: ['reported'] })
    expect(v.explanation.en).toContain('known scam')
    expect(v.explanation.en).toContain(evidence)
    expect(v.explanation.zh).toContain('已知的诈骗')
  })

  it('tonpocket.com is on a deny list but not said to imitate TokenPocket', () => {
    expect(check('tonpocket.com', index)).toMatchObject({ verdict: 'reported_scam', project: null })
  })

  it('entries without evidence are gone: their verdict comes from the lookalike rules alone', () => {
    for (const host of ['tokenpcket.org', 'safelypal.com']) {
      expect(check(host, index).reasons).not.toContain('reported')
    }
    expect(check('t.me/safepal_support_admin', index).reasons).not.toContain('reported')
  })
})

describe('wording names the evidence in both languages', () => {
  it('official verdicts cite their first-party source and date', () => {
    const v = check('service@tokenpocket.pro', index)
    expect(v.explanation.en).toContain('Confirmed from help.tokenpocket.pro, 2023-09-27.')
    expect(v.explanation.zh).toContain('来源：help.tokenpocket.pro，2023-09-27。')
  })

  it('OKX’s never statements are its advice, not “OKX never asks”', () => {
    const never = check('okx.com', index).never.find((n) => n.kind === 'ask_password')!
    expect(never.text.en).toMatch(/^OKX advises/)
  })

  it('TokenPocket’s DM and SMS statements keep “first”, and the 国际版 statement its date', () => {
    const never = check('tokenpocket.pro', index).never
    const text = (k: string) => never.find((n) => n.kind === k)!.text
    expect(text('unsolicited_sms_email').en).toContain('contacts you first')
    expect(text('unsolicited_sms_email').zh).toContain('主动联系你')
    expect(text('international_version').en).toContain('2021-09-29')
    expect(text('international_version').en).toContain('TP Wallet” by the developer TP Global Ltd')
  })
})
