/** The wording layer's counts say what is true about the message they describe. */
import { describe, expect, it } from 'vitest'
import { check } from '../../src/core'
import { realIndex } from '../helpers/registry'

const index = realIndex()

describe('a message’s warning signs', () => {
  it('are not "also" there when they are the reason itself', () => {
    const v = check('我是TP钱包官方客服，你的钱包已被冻结，请提供助记词完成验证', index)
    expect(v).toMatchObject({ verdict: 'impersonation', reasons: ['claimed_project', 'red_flags'] })
    const n = v.red_flags!.length
    expect(v.explanation.zh).toContain(`这条消息有 ${n} 个诈骗迹象`)
    expect(v.explanation.zh).not.toContain('还有')
    expect(v.explanation.en).toContain(`The message has ${n} warning sign`)
  })

  it('are "also" there beside a fake contact', () => {
    const v = check('TP钱包客服：请访问 tokenpocket-support.com 验证钱包，并支付解冻手续费', index)
    const n = v.red_flags!.length
    expect(n).toBeGreaterThan(0)
    expect(v.explanation.zh).toContain(`这条消息还有 ${n} 个诈骗迹象`)
  })
})
