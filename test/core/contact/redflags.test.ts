import { describe, expect, it } from 'vitest'
import { findSecret } from '../../../src/core/contact/secret'
import { detectRedFlags } from '../../../src/core/contact/redflags'
import { RedFlag } from '../../../src/core/verdict'

const codes = (text: string) => detectRedFlags(text).map((f) => f.code)

describe('detectRedFlags', () => {
  it.each([
    ['请提供您的助记词', 'asks_seed_phrase'],
    ['Please send your seed phrase', 'asks_seed_phrase'],
    ['enter your 12 words recovery phrase', 'asks_seed_phrase'],
    ['把私钥发给我', 'asks_private_key'],
    ['export your private key', 'asks_private_key'],
    ['upload the keystore file', 'asks_private_key'],
    ['告诉我钱包密码', 'asks_password'],
    ['what is your password', 'asks_password'],
    ['把谷歌验证码发给我', 'asks_2fa_code'],
    ['send the 2FA code', 'asks_2fa_code'],
    ['请验证钱包', 'verify_wallet'],
    ['需要激活您的钱包', 'verify_wallet'],
    ['同步钱包后即可提现', 'verify_wallet'],
    ['you must validate your wallet', 'verify_wallet'],
    ['Sync your wallet to continue', 'verify_wallet'],
    ['缴纳解冻费后可提现', 'fee_to_unfreeze'],
    ['需交保证金', 'fee_to_unfreeze'],
    ['pay the unfreeze fee', 'fee_to_unfreeze'],
    ['否则账户将被冻结', 'urgency'],
    ['请在24小时内完成', 'urgency'],
    ['act within 24 hours', 'urgency'],
    ['your account is suspended', 'urgency'],
    ['下载TP钱包国际版', 'international_version'],
    ['install the international version', 'international_version'],
    ['请下载向日葵', 'remote_access'],
    ['安装ToDesk远程协助', 'remote_access'],
    ['install AnyDesk', 'remote_access'],
    ['TeamViewer id please', 'remote_access'],
    ['RustDesk', 'remote_access'],
    ['您好，我是TP钱包官方客服', 'dm_first'],
    ['客服主动联系您', 'dm_first'],
    ['Hello, I am from the support team', 'dm_first'],
    ['请把资产转到安全地址', 'asks_transfer'],
    ['transfer your funds to a safe wallet', 'asks_transfer'],
  ] as const)('%s -> %s', (text, code) => {
    expect(codes(text)).toContain(code)
  })

  it('reads full-width and mixed messages, one flag per code', () => {
    const text =
      '您好，我是TP钱包客服，请提供助记词验证钱包，否则２４小时内冻结。需缴纳解冻费100U。请下载ＡｎｙＤｅｓｋ'
    expect(codes(text)).toEqual([
      'asks_seed_phrase',
      'verify_wallet',
      'fee_to_unfreeze',
      'urgency',
      'remote_access',
      'dm_first',
    ])
    for (const flag of detectRedFlags(text)) {
      expect(RedFlag.parse(flag)).toEqual(flag)
      expect(flag.explanation.en.length).toBeGreaterThan(20)
      expect(flag.explanation.zh).toMatch(/\p{Script=Han}/u)
    }
  })

  it('does not flag advice that says never to share', () => {
    expect(codes('TokenPocket 永远不会向您索要助记词或私钥')).toEqual([])
    expect(codes('Never share your seed phrase or private key.')).toEqual([])
    expect(codes('请勿泄露助记词')).toEqual([])
    expect(codes('Hello, how are you? The weather is nice.')).toEqual([])
  })

  it('never puts a secret in `match`', () => {
    const phrase = 'legal winner thank year wave sausage worth useful legal winner thank yellow'
    for (const text of [
      `私钥：${'ab'.repeat(32)}`,
      `my seed phrase is ${phrase}`,
      `password: hunter2`,
    ]) {
      for (const f of detectRedFlags(text)) expect(findSecret(f.match)).toBeNull()
      for (const f of detectRedFlags(text)) expect(f.match).not.toMatch(/hunter2|ab{3}|winner/)
    }
  })
})
