/**
 * Bare account names and IDs (issue 11): a token pasted alone is tried as a Telegram or X
 * username and as a WeChat or QQ ID. An official one is `official` as its link is; an ID no
 * project lists says so in plain words; a bare English word never reads as a fake account. In a
 * message, an ID given as a project's 客服 gets that project's answer.
 */
import { readFileSync } from 'node:fs'
import { wordlist as english } from '@scure/bip39/wordlists/english.js'
import { describe, expect, it } from 'vitest'
import { check, Verdict } from '../../../src/core'
import { isNameOf } from '../../../src/core/engine/name'
import { explain } from '../../../src/wording/explain'
import { realIndex, realRegistry } from '../../helpers/registry'

const index = realIndex()

describe('a bare token', () => {
  it.each(['tpkefu8888', 'TPkefu_001', 'wxid_abc123xyz'])(
    '%s is an ID not in the registry, said as such',
    (input) => {
      const v = check(input, index)
      expect(Verdict.parse(v)).toEqual(v)
      expect(v).toMatchObject({ verdict: 'unknown', kind: 'handle', project: null })
      expect(v.normalized).toBe(input.toLowerCase())
      expect(v.explanation).toEqual(explain.unknownId)
      expect(v.explanation.en).toContain('WeChat')
      expect(v.explanation.zh).toContain('微信号')
    },
  )

  it('tokenpocket_cn typed bare is official, as t.me/tokenpocket_cn is', () => {
    const bare = check('tokenpocket_cn', index)
    const link = check('https://t.me/tokenpocket_cn', index)
    expect(bare).toMatchObject({ verdict: 'official', project: 'tokenpocket', reasons: ['exact_match'] })
    expect(bare.official).toEqual(link.official)
  })

  it('every active Telegram, X, WeChat and QQ account typed bare is official', () => {
    const bare = realRegistry().projects.flatMap((p) =>
      p.channels
        .filter((c) => ['telegram', 'x', 'wechat', 'qq'].includes(c.type))
        .filter((c) => (c.status ?? 'active') === 'active' && /^[a-z][\w-]{2,63}$/i.test(c.value))
        // A project's own name ("metamask") answers with the project's channels instead.
        .filter((c) => !isNameOf(p, c.value))
        .map((c) => ({ project: p.id, value: c.value })),
    )
    expect(bare.length).toBeGreaterThan(10)
    for (const { project, value } of bare) {
      expect(check(value, index), value).toMatchObject({ verdict: 'official', project })
    }
  })

  it('a project’s own name still answers with its real channels', () => {
    expect(check('tokenpocket', index)).toMatchObject({ kind: 'text', project: 'tokenpocket' })
  })

  it('a lookalike that holds the brand’s name is still one', () => {
    for (const input of ['tokenpocketsupport', 'tpwalletkefu', 'metamask_help', 't0kenpocket']) {
      expect(check(input, index), input).toMatchObject({ verdict: 'impersonation' })
    }
  })

  it('no English word typed bare reads as a fake (BIP-39 words and every word of the prose corpus)', () => {
    const prose = readFileSync('data/prose/en-paragraphs.txt', 'utf8').match(/\b[a-z][a-z0-9_-]{2,30}\b/gi)!
    const words = new Set([...english, ...prose.map((w) => w.toLowerCase())])
    expect(words.size).toBeGreaterThan(5_000)
    const fakes = [...words].filter((w) => check(w, index).verdict === 'impersonation')
    expect(fakes).toEqual([])
  })
})

describe('an ID given as a project’s 客服 in a message', () => {
  it.each([
    ['TP钱包客服：TPkefu_001', 'tpkefu_001'],
    ['TP钱包客服 tpkefu8888', 'tpkefu8888'],
    ['加TP钱包客服tpkefu8888', 'tpkefu8888'],
    ['TP钱包官方客服 wxid_abc123xyz', 'wxid_abc123xyz'],
    ['您好，我是TP钱包客服，有问题请加我：tpkefu8888', 'tpkefu8888'],
  ])('%s gets TokenPocket’s answer', (text, id) => {
    const v = check(text, index)
    expect(v).toMatchObject({ verdict: 'impersonation', project: 'tokenpocket' })
    expect(v.contacts).toEqual([expect.objectContaining({ normalized: id, verdict: 'impersonation' })])
    expect(v.official?.value).toBe('service@tokenpocket.pro')
  })

  it('words and project names after 客服 are no account', () => {
    expect(check('联系客服 TokenPocket', index).contacts).toEqual([])
    expect(check('please contact support at 12:00', index).contacts).toEqual([])
    expect(check('客服：abc_123', index)).toMatchObject({ verdict: 'unknown', project: null })
  })
})
