import fc from 'fast-check'
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
    ['send me your TeamViewer id', 'remote_access'],
    ['install RustDesk', 'remote_access'],
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

/** Each flag asked for in Chinese and English, as a bare instruction (no 请 / please). */
const REQUESTS: Record<string, { zh: string[]; en: string[] }> = {
  asks_seed_phrase: { zh: ['提供你的助记词', '把助记词发给我', '输入你的助記詞', '发送种子短语'], en: ['send me your seed phrase', 'enter your recovery phrase', 'share your mnemonic', 'type your secret recovery phrase'] },
  asks_private_key: { zh: ['发送你的私钥', '导出私钥给我'], en: ['share your private key', 'upload the keystore file'] },
  asks_password: { zh: ['输入钱包密码', '告诉我你的密码'], en: ['tell me your password', 'enter your password'] },
  asks_2fa_code: { zh: ['把验证码发给我', '提供谷歌验证码', '告诉我驗證碼'], en: ['send me the verification code', 'give me your 2FA code', 'send me the OTP'] },
  verify_wallet: { zh: ['验证钱包', '激活你的钱包'], en: ['verify your wallet', 'sync your wallet'] },
  fee_to_unfreeze: { zh: ['缴纳解冻费', '支付保证金'], en: ['pay the unfreeze fee', 'pay a small deposit'] },
  international_version: { zh: ['下载国际版', '安装TP钱包国际版'], en: ['download the international version', 'install the global version'] },
  remote_access: { zh: ['安装向日葵', '打开ToDesk远程协助', '下载RustDesk'], en: ['install AnyDesk', 'open TeamViewer', 'use screen sharing'] },
  urgency: { zh: ['在24小时内完成'], en: ['act within 24 hours'] },
  asks_transfer: { zh: ['把资产转到安全钱包', '转账到安全地址'], en: ['transfer your funds to a safe wallet', 'move your assets to a secure address'] },
}
const FORMS = {
  zh: {
    request: (p: string) => `请${p}`,
    negated: [(p: string) => `不要${p}`, (p: string) => `切勿${p}`, (p: string) => `官方绝不会让你${p}`, (p: string) => `客服从不要求${p}`],
    advisory: [(p: string) => `如果有人让你${p}，那是骗子。`, (p: string) => `谨防有人要求${p}`, (p: string) => `任何让你${p}的都是诈骗。`],
    question: [(p: string) => `需要${p}吗？`, (p: string) => `为什么要${p}？`, (p: string) => `客服让我${p}，这是真的吗？`],
  },
  en: {
    request: (p: string) => `Please ${p}`,
    negated: [(p: string) => `Never ${p}.`, (p: string) => `Do not ${p}.`, (p: string) => `Support will never ask you to ${p}.`],
    advisory: [(p: string) => `If anyone asks you to ${p}, it is a scam.`, (p: string) => `Beware of people who tell you to ${p}.`],
    question: [(p: string) => `Should I ${p}?`, (p: string) => `Why would support ${p}?`, (p: string) => `Do I have to ${p}?`],
  },
}

describe('requests, not mentions', () => {
  const cases = Object.entries(REQUESTS).flatMap(([code, { zh, en }]) => [
    ...zh.map((p) => ({ code, lang: 'zh' as const, p })),
    ...en.map((p) => ({ code, lang: 'en' as const, p })),
  ])

  it.each(cases)('$code: "$p" as a request flags', ({ code, lang, p }) => {
    expect(codes(FORMS[lang].request(p))).toContain(code)
  })

  it('negated, advisory and question forms of every request never flag it (zh and en)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.constantFrom('negated', 'advisory', 'question'),
        fc.nat(),
        ({ code, lang, p }, form, pick) => {
          const forms = FORMS[lang][form as 'negated']
          const text = forms[pick % forms.length]!(p)
          expect(codes(text), text).not.toContain(code)
        },
      ),
      { numRuns: 600 },
    )
  })

  // The examples: a person's own question and a wallet's real advice ask for nothing.
  it.each([
    'TP钱包的密码忘了怎么办',
    'TP钱包登录要验证码吗？',
    'TokenPocket help center: how do I reset my password?',
    '【TP钱包】温馨提示：请妥善保管助记词，切勿泄露给任何人。',
    '一旦发现可疑交易，钱包会立即冻结账户，并通知用户。',
    '通常，提款请求会在24小时内处理，但在高峰期可能会有所延迟。',
    '用户应该立刻更改TPWallet的登录密码。',
    '同时，要警惕任何要求提供个人账户密码或其他敏感信息的请求，官方客服通常不会这样要求用户。',
  ])('%s raises no flag', (text) => {
    expect(codes(text)).toEqual([])
  })
})
