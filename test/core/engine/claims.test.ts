/**
 * Articles and their claims: the four content-farm pages on "how to contact TP钱包 customer
 * service" (data/articles/) are `misleading` for tokenpocket, not `secret_detected` nor
 * `impersonation`: their phone claims (1, 3, 4) and password-reset claim (2) are false from
 * TokenPocket's own words (its complete support list, its self-custody model), and the in-app
 * online support they describe is true.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { check, Verdict } from '../../../src/core'
import { judgeClaims } from '../../../src/core/engine/claims'
import { realIndex } from '../../helpers/registry'

const article = (n: number) => readFileSync(`data/articles/seo-tp-support-${n}.txt`, 'utf8')
const truthOf = (v: Verdict, topic: string) => v.claims?.find((c) => c.topic === topic)?.truth

describe('sentences run together with 。 and no space', () => {
  // Ideographic full stops are dots inside a host, full stops between sentences: a text whose
  // "host" would end in no known suffix is read as a text, with its claims.
  it.each(['币安可以帮你找回密码。TP钱包有客服电话。', 'TP钱包有客服电话。币安可以帮你找回密码'])(
    '%s is a text, not a website',
    (text) => {
      const v = check(text, realIndex())
      expect(v.kind).toBe('message')
      expect(v.claims?.find((c) => c.project === 'tokenpocket')?.topic).toBe('phone_support')
    },
  )
})

describe('the four SEO articles', () => {
  it.each([1, 2, 3, 4])('article %i is misleading for tokenpocket, with no red flag', (n) => {
    const v = check(article(n), realIndex())
    expect(Verdict.parse(v)).toEqual(v)
    expect(v).toMatchObject({ verdict: 'misleading', project: 'tokenpocket', red_flags: [] })
    expect(v.reasons).toContain('false_claims')
    expect(truthOf(v, 'live_chat')).toBe('true')
    for (const c of v.claims!) {
      expect(c.project).toBe('tokenpocket')
      expect(article(n).replace(/\s+/g, '')).toContain(c.text.replace(/…$/, '').replace(/\s+/g, ''))
    }
  })

  it.each([1, 3, 4])('article %i: its phone claim is false, citing TP’s help center and date', (n) => {
    const v = check(article(n), realIndex())
    const phone = v.claims!.find((c) => c.topic === 'phone_support')!
    expect(phone.truth).toBe('false')
    expect(phone.explanation.en).toContain('TokenPocket has none')
    expect(phone.explanation.en).toMatch(/help\.tokenpocket\.pro, \d{4}-\d{2}-\d{2}/)
    expect(phone.explanation.zh).toContain('TP钱包有客服电话')
  })

  it('article 2: resetting a password is false, from the self-custody fact', () => {
    const v = check(article(2), realIndex())
    const reset = v.claims!.find((c) => c.topic === 'password_reset')!
    expect(reset.truth).toBe('false')
    expect(reset.explanation.en).toContain('self-custody wallet')
    expect(reset.explanation.zh).toContain('自托管钱包')
  })

  it('article 1: freezing accounts is false; the verdict explains the first false claim', () => {
    const v = check(article(1), realIndex())
    expect(truthOf(v, 'account_freeze')).toBe('false')
    expect(v.explanation.en).toMatch(/^This text is misleading about TokenPocket/)
    expect(v.explanation.zh).toMatch(/^这段文字对TP钱包的说法不实/)
  })
})

describe('claims', () => {
  const tp = () => realIndex().projects.get('tokenpocket')!

  it('judges what a text says, and what it says the project does not have', () => {
    const claims = judgeClaims('TP钱包没有电话客服。请通过邮件或App内的在线客服联系。', tp())
    expect(claims.map((c) => [c.topic, c.truth])).toEqual([
      ['phone_support', 'true'],
      ['live_chat', 'true'],
      ['email_support', 'true'],
    ])
  })

  it('leaves what the registry has no word on unverified', () => {
    const claims = judgeClaims('TP钱包可以办理退款服务。', { ...tp(), custody: undefined })
    expect(claims).toMatchObject([{ topic: 'refund', truth: 'unverified' }])
    expect(claims[0]!.explanation.en).toContain('cannot confirm it either way')
  })

  it('a question claims nothing', () => {
    for (const text of ['TP钱包可以办理退款服务吗', 'TP钱包有电话客服吗？', 'Does TokenPocket have a hotline?']) {
      expect(judgeClaims(text, tp()), text).toEqual([])
    }
  })

  it('a worse contact outranks false claims', () => {
    const v = check('TP钱包客服热线：400-888-1234，24小时在线客服帮你找回密码。', realIndex())
    expect(['not_offered', 'unknown', 'impersonation']).toContain(v.verdict)
    expect(v.verdict).not.toBe('misleading')
    expect(v.claims!.map((c) => c.topic)).toContain('password_reset')
  })

  it('every message verdict carries claims, empty when the text names no project', () => {
    expect(check('hello there, how are you today? nothing here.', realIndex()).claims).toEqual([])
  })
})

describe('claims for every project a text names', () => {
  const claimsOf = (text: string) =>
    check(text, realIndex()).claims!.map((c) => `${c.project} ${c.topic} ${c.truth}`)

  it('each sentence’s claim is about the project it names, or the one named last before it', () => {
    expect(claimsOf('TP钱包有客服电话。\nMetaMask可以帮你重置密码。')).toEqual([
      'tokenpocket phone_support false',
      'metamask password_reset false',
    ])
    expect(claimsOf('MetaMask 可以帮你重置密码。\n它还有客服热线。\nTP钱包也有电话客服。')).toEqual([
      'metamask password_reset false',
      'metamask phone_support unverified',
      'tokenpocket phone_support false',
    ])
  })

  it('a sentence naming two projects claims it of both', () => {
    expect(claimsOf('TP钱包和币安都提供电话客服。')).toEqual([
      'tokenpocket phone_support false',
      'binance phone_support unverified',
    ])
  })

  it('a misleading text is misleading about the project of its first false claim', () => {
    const v = check('币安有客服热线。\nMetaMask可以帮你重置密码。', realIndex())
    expect(v).toMatchObject({ verdict: 'misleading', project: 'metamask' })
    expect(v.explanation.en).toContain('misleading about MetaMask')
  })
})
