import { describe, expect, it } from 'vitest'
import { MAX_CONTACT, parseAs, parseContact } from '../../../src/core/contact/parse'
import { canonicalValue } from '../../../src/core/contact/types'


const read = (input: string) => {
  const c = parseContact(input)
  return 'error' in c ? c.error : `${c.kind} ${canonicalValue(c)}`
}

describe('parseContact', () => {
  it.each([
    // websites, IDN, defanged
    ['tokenpocket.pro', 'website tokenpocket.pro'],
    ['https://www.TokenPocket.pro/en/download?x=1', 'website www.tokenpocket.pro'],
    ['ＴＯＫＥＮＰＯＣＫＥＴ。ｐｒｏ', 'website tokenpocket.pro'],
    ['https://tokenpocket。pro/zh', 'website tokenpocket.pro'],
    ['中文｡com', 'website xn--fiq228c.com'],
    ['xn--tokenpcket-5ib.pro', 'website xn--tokenpcket-5ib.pro'],
    ['tokenpоcket.pro', 'website xn--tokenpcket-jvi.pro'],
    ['中文.com', 'website xn--fiq228c.com'],
    ['hxxps://tokenpocket-help[.]com/login', 'website tokenpocket-help.com'],
    ['https://tokenpocket.pro@evil.com/x', 'website evil.com'],
    ['<https://tpwallet.io>', 'website tpwallet.io'],
    ['help.tokenpocket.pro', 'help_center help.tokenpocket.pro'],
    ['tokenpocket-wallet.vercel.app', 'website tokenpocket-wallet.vercel.app'],
    // emails
    ['tokenpocket.service@gmail.com', 'email tokenpocket.service@gmail.com'],
    ['mailto:Support@TokenPocket.PRO', 'email support@tokenpocket.pro'],
    ['service＠tokenpocket．pro', 'email service@tokenpocket.pro'],
    ['邮箱：help@tpwallet.io', 'email help@tpwallet.io'],
    // phones
    ['+86 138 0013 8000', 'phone +8613800138000'],
    ['0086-138-0013-8000', 'phone +8613800138000'],
    ['13800138000', 'phone +8613800138000'],
    ['400-800-1234', 'phone +864008001234'],
    ['800.820.8820', 'phone +868008208820'],
    ['０２１－１２３４５６７８', 'phone +862112345678'],
    ['(021) 1234 5678', 'phone +862112345678'],
    ['+1 (888) 908-7930', 'phone +18889087930'],
    ['12025550123', 'phone +12025550123'],
    ['tel:+18889087930', 'phone +18889087930'],
    ['客服电话：400-800-1234', 'phone +864008001234'],
    // platform links
    ['t.me/tokenpocket_C', 'telegram tokenpocket_c'],
    ['https://telegram.me/TokenPocket_en', 'telegram tokenpocket_en'],
    ['https://t.me/s/tokenpocket_cn', 'telegram tokenpocket_cn'],
    ['t.me/+AbCdEf123', 'telegram +AbCdEf123'],
    ['https://t.me/joinchat/AbCdEf', 'telegram +AbCdEf'],
    ['tg://resolve?domain=TokenPocket_en', 'telegram tokenpocket_en'],
    ['https://x.com/TokenPocket_TP', 'x tokenpocket_tp'],
    ['twitter.com/TP_NewsHub/status/1', 'x tp_newshub'],
    ['discord.gg/NKPM8TXFQk', 'discord NKPM8TXFQk'],
    ['https://discord.com/invite/NKPM8TXFQk', 'discord NKPM8TXFQk'],
    ['wa.me/8613800138000', 'whatsapp +8613800138000'],
    ['https://api.whatsapp.com/send?phone=12025550123', 'whatsapp +12025550123'],
    ['github.com/TP-Lab', 'github tp-lab'],
    ['https://www.facebook.com/TokenPocket', 'facebook tokenpocket'],
    [
      'https://www.youtube.com/channel/UCudaS5hcbqUaMtOGHmQ2e0A',
      'youtube UCudaS5hcbqUaMtOGHmQ2e0A',
    ],
    ['youtube.com/@MetaMask', 'youtube @metamask'],
    ['https://www.reddit.com/r/Metamask', 'reddit metamask'],
    ['medium.com/@tokenpocket', 'medium tokenpocket'],
    ['weibo.com/tokenpocket', 'weibo tokenpocket'],
    ['instagram.com/tokenpocket', 'instagram tokenpocket'],
    ['https://apps.apple.com/us/app/tp-wallet/id6444625622', 'app_store id6444625622'],
    [
      'https://play.google.com/store/apps/details?id=vip.mytokenpocket&hl=en',
      'play_store vip.mytokenpocket',
    ],
    ['https://x.com/search?q=tp', 'website x.com'],
    // labelled handles
    ['@TokenPocket_Support', 'handle tokenpocket_support'],
    ['＠TokenPocket_Support', 'handle tokenpocket_support'],
    ['TG: @name_one', 'telegram name_one'],
    ['电报 tp_help', 'telegram tp_help'],
    ['飞机：@tp_help', 'telegram tp_help'],
    ['Telegram: tp_help', 'telegram tp_help'],
    ['推特 @TokenPocket_TP', 'x tokenpocket_tp'],
    ['微信：tpkefu888', 'wechat tpkefu888'],
    ['微信公众号：TokenPocket钱包'.replace('公众号', '号'), 'wechat tokenpocket钱包'],
    ['VX: tpkefu888', 'wechat tpkefu888'],
    ['wx：tpkefu888', 'wechat tpkefu888'],
    ['v信 tpkefu888', 'wechat tpkefu888'],
    ['加微tpkefu888', 'wechat tpkefu888'],
    ['QQ：12345678', 'qq 12345678'],
    ['QQ群 123456789', 'qq 123456789'],
    ['whatsapp +1 202 555 0123', 'whatsapp +12025550123'],
    ['Discord: some.name', 'discord some.name'],
    // errors
    ['', 'empty'],
    ['  \n ', 'empty'],
    ['hello', 'unrecognised'],
    ['token pocket', 'unrecognised'],
    ['TP钱包客服电话：400-800-1234', 'unrecognised'],
    ['12345', 'malformed_phone'],
    ['+999 123 456 789', 'malformed_phone'],
    ['a@b', 'malformed_email'],
    ['a b@tokenpocket.pro', 'unrecognised'],
    ['http://', 'malformed_url'],
    ['javascript:alert(1)', 'unrecognised'],
    ['ftp://tokenpocket.pro', 'malformed_url'],
    ['https://exa mple.com', 'unrecognised'],
    ['https://exa_mple..com', 'malformed_url'],
  ])('%s -> %s', (input, expected) => {
    expect(read(input)).toBe(expected)
  })

  it('keeps what was pasted as raw, and the URL when one was given', () => {
    const c = parseContact('  https://tokenpocket.pro/x  ')
    expect(c).toMatchObject({
      kind: 'website',
      raw: 'https://tokenpocket.pro/x',
      url: 'https://tokenpocket.pro/x',
    })
    expect(parseContact('tokenpocket.pro')).toMatchObject({ url: null })
  })

  it('shows an IDN both ways', () => {
    const c = parseContact('tokenpоcket.pro')
    expect(c).toMatchObject({
      host: { ascii: 'xn--tokenpcket-jvi.pro', unicode: 'tokenpоcket.pro' },
    })
  })

  it('refuses wrong types and over-long input with stable codes', () => {
    expect(parseContact(42 as unknown as string)).toEqual({ error: 'bad_type' })
    expect(parseContact(null as unknown as string)).toEqual({ error: 'bad_type' })
    expect(parseContact('a'.repeat(MAX_CONTACT + 1))).toEqual({ error: 'too_long' })
    expect(read(`https://${'a.'.repeat(1000)}com`)).toBe('malformed_url')
  })
})

describe('parseAs (registry channel values)', () => {
  it.each([
    ['x', '@TokenPocket_TP', 'x tokenpocket_tp'],
    ['x', 'https://x.com/TokenPocket_TP', 'x tokenpocket_tp'],
    ['telegram', 'https://t.me/tokenPocket_en', 'telegram tokenpocket_en'],
    ['discord', 'https://discord.com/invite/NKPM8TXFQk', 'discord NKPM8TXFQk'],
    ['website', 'https://tokenpocket.pro', 'website tokenpocket.pro'],
    ['help_center', 'https://help.tokenpocket.pro/en', 'help_center help.tokenpocket.pro'],
    ['app_store', 'id6444625622', 'app_store id6444625622'],
    ['play_store', 'vip.mytokenpocket', 'play_store vip.mytokenpocket'],
    ['phone', '+1 (888) 908-7930', 'phone +18889087930'],
    ['email', 'Support@TokenPocket.pro', 'email support@tokenpocket.pro'],
    ['whatsapp', '+86 138 0013 8000', 'whatsapp +8613800138000'],
    ['wechat', 'TokenPocket钱包', 'wechat tokenpocket钱包'],
    ['youtube', 'https://www.youtube.com/@Trustwallet', 'youtube @trustwallet'],
    ['youtube', '@phantom-wallet', 'youtube @phantom-wallet'],
    ['youtube', 'UCudaS5hcbqUaMtOGHmQ2e0A', 'youtube UCudaS5hcbqUaMtOGHmQ2e0A'],
    [
      'play_store',
      'https://play.google.com/store/apps/details?id=com.wallet.crypto.trustapp',
      'play_store com.wallet.crypto.trustapp',
    ],
  ] as const)('%s %s -> %s', (type, input, expected) => {
    const c = parseAs(type, input)
    expect('error' in c ? c.error : `${c.kind} ${canonicalValue(c)}`).toBe(expected)
  })

  it('refuses a link to another platform', () => {
    expect(parseAs('x', 'https://t.me/tokenpocket_en')).toEqual({ error: 'unrecognised' })
  })
})
