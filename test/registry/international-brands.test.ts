/**
 * The international wallets and exchanges of issue 17: each brand's own site, help center and
 * support contacts, pasted as people paste them, are official; sites that merely share an
 * everyday word with a brand are not called fakes.
 */
import { describe, expect, it } from 'vitest'
import { check } from '../../src/core'
import { buildAliasMatcher } from '../../src/core/contact/claims'
import { realIndex, realRegistry } from '../helpers/registry'

const index = realIndex()

/** What the brands' own pages name, written out (not read from the registry under test). */
const OFFICIAL: Record<string, string[]> = {
  keystone: ['https://keyst.one/', 'https://support.keyst.one/miscellaneous/security-practices',
    'support@keyst.one', 'https://twitter.com/KeystoneWallet', 'https://t.me/keystonewallet'],
  keplr: ['https://www.keplr.app/get', 'help.keplr.app', 'https://x.com/keplrwallet',
    'https://chromewebstore.google.com/detail/keplr/dmkamcknogkgcdfhhbddcghachkejeap',
    'https://apps.apple.com/us/app/keplr-wallet/id1567851089'],
  backpack: ['https://backpack.exchange', 'backpack.app', 'support@backpack.exchange',
    'https://support.backpack.exchange/exchange/security/2fa', 'https://discord.gg/RhKxgS8SaD'],
  tangem: ['https://tangem.com/en/', 'https://twitter.com/tangem', 'https://t.me/tangem_chat',
    'https://apps.apple.com/app/tangem-lite/id1354868448'],
  kraken: ['https://www.kraken.com/sign-in', 'support.kraken.com',
    'https://play.google.com/store/apps/details?id=com.kraken.superwallet'],
  solflare: ['https://solflare.com', 'https://help.solflare.com/en/articles/6364461'],
  rainbow: ['https://rainbow.me/support', 'support@rainbow.me', 'https://x.com/rainbowdotme',
    'https://play.google.com/store/apps/details?id=me.rainbow'],
  unisat: ['https://unisat.io/', 'contact@unisat.io', 'https://twitter.com/unisat_wallet',
    'https://discord.com/invite/EMskB2sMz8'],
  xverse: ['https://www.xverse.app/', 'https://support.xverse.app/hc/en-us', 'support@xverse.app'],
  crypto_com: ['https://crypto.com',
    'https://help.crypto.com/en/articles/8000374-one-button-lock-faq'],
  atomic: ['https://atomicwallet.io', 'https://support.atomicwallet.io/article/66'],
  zengo: ['https://zengo.com', 'https://help.zengo.com/en/articles/5573434-tips-to-identify-scams'],
  bitfinex: ['https://www.bitfinex.com/login', 'support.bitfinex.com'],
}

describe('international brands', () => {
  it.each(Object.entries(OFFICIAL).flatMap(([id, inputs]) => inputs.map((i) => [id, i] as const)))(
    "%s: %s is the brand's own",
    (id, input) => {
      const v = check(input, index)
      expect(v.verdict).toBe('official')
      expect(v.project).toBe(id)
    },
  )

  it.each([
    'backpackers.com',
    'atomicdesign.com',
    'atomic.io',
    'krakenrum.com',
    'rainbowsix.com',
    'zengarden.com',
    'keplerian.com',
  ])('%s shares a word with a brand and is not called a fake', (host) => {
    expect(check(host, index).verdict).toBe('unknown')
  })

  it('still catches the brands imitated beside a keyword or with a typo', () => {
    for (const [host, id] of [
      ['backpack-wallet-support.com', 'backpack'],
      ['keplr-wallet.app', 'keplr'],
      ['tangem-support.com', 'tangem'],
      ['solf1are.com', 'solflare'],
      ['atomicwallet-recovery.com', 'atomic'],
    ] as const) {
      expect(check(host, index), host).toMatchObject({ verdict: 'impersonation', project: id })
    }
  })

  it('finds each brand by the names people type, in Chinese and English', () => {
    const claims = buildAliasMatcher(realRegistry().projects)
    for (const [text, id] of [
      ['Keystone硬件钱包客服邮箱是多少', 'keystone'],
      ['Keplr钱包被盗了', 'keplr'],
      ['Backpack交易所客服', 'backpack'],
      ['Tangem卡片钱包丢了怎么办', 'tangem'],
      ['Kraken交易所客服电话', 'kraken'],
      ['Solflare钱包客服', 'solflare'],
      ['Rainbow Wallet support', 'rainbow'],
      ['UniSat钱包客服', 'unisat'],
      ['Xverse钱包', 'xverse'],
      ['Crypto.com客服说账户被冻结', 'crypto_com'],
      ['原子钱包被盗', 'atomic'],
      ['Zengo钱包客服', 'zengo'],
      ['Bitfinex交易所客服', 'bitfinex'],
    ] as const) {
      expect(claims(text), text).toContain(id)
    }
  })
})
