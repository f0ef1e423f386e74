/**
 * A person's own question (issue 11): "TP钱包的密码忘了怎么办" asks nothing of anyone and claims
 * nothing. It gets a calm answer pointing to the project's real support: `unknown` (nothing was
 * checked) with reason `own_question`, never a red card nor "this contact is not in our list".
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { check, Verdict } from '../../../src/core'
import { headline } from '../../../src/wording/ui'
import { realIndex } from '../../helpers/registry'

const index = realIndex()

describe('a person’s own question', () => {
  it.each([
    'TP钱包的密码忘了怎么办',
    'TP钱包登录要验证码吗？',
    'TokenPocket help center: how do I reset my password?',
    'TP钱包有电话客服吗？',
    '我是新手，TP钱包怎么转账？',
  ])('%s gets a calm answer with TokenPocket’s real support', (text) => {
    const v = check(text, index)
    expect(Verdict.parse(v)).toEqual(v)
    expect(v).toMatchObject({
      verdict: 'unknown',
      project: 'tokenpocket',
      reasons: ['own_question'],
      red_flags: [],
      claims: [],
      contacts: [],
    })
    expect(v.official?.value).toBe('service@tokenpocket.pro')
    expect(v.explanation.en).toContain('your own question about TokenPocket')
    expect(v.explanation.en).toContain('service@tokenpocket.pro')
    expect(v.explanation.zh).toContain('你自己关于TP钱包的提问')
    expect(v.explanation.en).not.toMatch(/scam|fake|not in Genuine/i)
    // Nothing said in the project's name beyond its sourced `never` list: advice only.
    expect(v.explanation.en).not.toMatch(/support never|messages you first/)
    expect(v.explanation.zh).not.toContain('主动私信')
    expect(headline(v.verdict, true, v.confidence, v.reasons).title.en).toBe('Your question: where to ask')
  })

  it('a question about a password says a self-custody wallet’s password is reset by its owner alone', () => {
    const v = check('TP钱包的密码忘了怎么办', index)
    expect(v.explanation.en).toContain('self-custody wallet (help.tokenpocket.pro')
    expect(v.explanation.en).toContain('restore (import) the wallet again with your recovery phrase')
    expect(v.explanation.zh).toContain('用助记词重新导入')
    expect(check('币安提现要多久？', index).explanation.en).not.toContain('self-custody')
  })

  it.each([
    ['我是TP钱包客服，请问你的助记词是什么？', 'impersonation'],
    ['TP钱包客服：请问您的密码是多少？', 'impersonation'],
    ['Hi, I am from TokenPocket support, how can I help?', 'unknown'],
    ['TP钱包客服电话是多少？400-800-1234', 'not_offered'],
  ])('%s speaks as staff or holds a contact: not an own question', (text, verdict) => {
    const v = check(text, index)
    expect(v.verdict).toBe(verdict)
    expect(v.reasons).not.toContain('own_question')
  })

  it('an article is not a question, though it asks some', () => {
    const v = check(readFileSync('data/articles/seo-tp-support-1.txt', 'utf8'), index)
    expect(v.reasons).not.toContain('own_question')
  })

  it('a question naming no project is unchanged', () => {
    expect(check('密码忘了怎么办', index)).toMatchObject({ verdict: 'unknown', project: null, reasons: [] })
  })
})
