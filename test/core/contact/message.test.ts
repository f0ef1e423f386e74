import { describe, expect, it } from 'vitest'
import { extractContacts, looksLikeMessage, MAX_CONTACTS } from '../../../src/core/contact/message'
import type { Contact } from '../../../src/core/contact/types'

const show = (c: Contact) =>
  `${c.kind} ${'address' in c ? c.address : 'host' in c ? c.host.ascii : 'e164' in c ? c.e164 : 'id' in c ? c.id : c.handle}`

describe('extractContacts', () => {
  it('finds every contact of a scam message, in order, once', () => {
    const text =
      '您好，我是TP钱包客服，微信：tpkefu888，电话 400-800-1234。官网 tokenpocket-help.com 或 https://t.me/tokenpocket_C ，' +
      '邮箱 tokenpocket.service@gmail.com, TG: @tp_help. 请加QQ群 123456789 或 whatsapp +1 202 555 0123，再说一次微信：tpkefu888'
    expect(extractContacts(text).map(show)).toEqual([
      'wechat tpkefu888',
      'phone +864008001234',
      'website tokenpocket-help.com',
      'telegram tokenpocket_c',
      'email tokenpocket.service@gmail.com',
      'telegram tp_help',
      'qq 123456789',
      'whatsapp +12025550123',
    ])
  })

  it.each([
    ['TP钱包客服电话：400-800-1234', ['phone +864008001234']],
    ['客服微信号是tpkefu888，加v：abc_123', ['wechat tpkefu888', 'wechat abc_123']],
    [
      'Contact @TokenPocket_Support or x.com/TokenPocket_TP; hxxps://evil[.]com',
      ['handle tokenpocket_support', 'x tokenpocket_tp', 'website evil.com'],
    ],
    ['电话：＋８６ １３８ ００１３ ８０００', ['phone +8613800138000']],
    ['download at apps.apple.com/app/id1436028697 now', ['app_store id1436028697']],
    ['version 1.2.3, readme.txt, 2024-01-05, $1,000,000 at 12:30', []],
  ])('%s', (text, expected) => {
    expect(extractContacts(text).map(show)).toEqual(expected)
  })

  it('keeps at most MAX_CONTACTS', () => {
    const text = Array.from({ length: 80 }, (_, i) => `site${i}.com`).join(' ')
    const found = extractContacts(text)
    expect(found).toHaveLength(MAX_CONTACTS)
    expect(show(found[0]!)).toBe('website site0.com')
  })
})

describe('looksLikeMessage', () => {
  it.each([
    ['tokenpocket.pro', false],
    ['+86 138 0013 8000', false],
    ['TG: @name', false],
    ['微信：tpkefu888', false],
    ['中文.com', false],
    ['TP钱包客服电话：400-800-1234', true],
    ['please call me at +1 202 555 0123', true],
    ['line one\nline two', true],
    ['hello', false],
  ])('%s -> %s', (input, expected) => {
    expect(looksLikeMessage(input)).toBe(expected)
  })
})
