import fc from 'fast-check'
import { generateMnemonic } from '@scure/bip39'
import { wordlist as english } from '@scure/bip39/wordlists/english.js'
import { describe, expect, it } from 'vitest'
import { buildIndex, check, checkMessage, Verdict, withState } from '../../../src/core'
import { pastedInput, realIndex, realRegistry } from '../../helpers/registry'

const index = realIndex()
const registry = realRegistry()

/** Each confirmed channel, pasted the way a person would: as the link that opens it. */
const pasted = registry.projects.flatMap((p) =>
  p.channels.map((c) => ({ project: p.id, channel: c, input: pastedInput(c) })),
)

describe('official channels', () => {
  it.each(pasted.map((x) => [`${x.project} ${x.channel.type} ${x.input}`, x] as const))(
    '%s is official',
    (_, { project, channel, input }) => {
      const v = check(input, index)
      expect(v.verdict).toBe('official')
      expect(v.project).toBe(project)
      expect(v.official?.value).toBe(channel.value)
    },
  )

  it('covers subdomains of an official site, but not of shared hosting', () => {
    expect(check('https://www.tokenpocket.pro/en/download', index)).toMatchObject({
      verdict: 'official',
      reasons: ['official_subdomain'],
    })
    expect(check('tokenpocket.gitbook.io', index).verdict).not.toBe('official')
  })

  it('never calls an unconfirmed channel official', () => {
    const confirmedHosts = registry.projects.flatMap((p) =>
      p.channels.filter((c) => c.type === 'website' || c.type === 'help_center').map((c) => c.value),
    )
    // wallet.coinbase.com is unconfirmed as a product, but official as part of coinbase.com.
    const underConfirmed = (v: string) => confirmedHosts.some((h) => v === h || v.endsWith(`.${h}`))
    for (const p of registry.projects) {
      for (const c of p.unconfirmed.filter((c) => !underConfirmed(c.value))) {
        const v = check(pastedInput(c), index)
        expect(v.verdict, `${p.id} ${c.type} ${c.value}`).not.toBe('official')
      }
    }
  })

  it('an expired registry freezes: nothing is official, and it says why', () => {
    const stale = buildIndex(registry, { stale: true })
    for (const { input } of pasted) {
      const v = check(input, stale)
      expect(v.verdict).not.toBe('official')
      expect(v.stale).toBe(true)
    }
    expect(check('tokenpocket.pro', stale).reasons).toContain('registry_stale')
  })
})

describe('scams', () => {
  it('an impersonation carries its confidence; other verdicts have none', () => {
    expect(check('metamask-support.com', index)).toMatchObject({
      verdict: 'impersonation',
      confidence: 'high',
    })
    expect(check('ledger.net', index)).toMatchObject({ verdict: 'impersonation', confidence: 'medium' })
    const message = check('Contact MetaMask support at metamask-support.com now', index)
    expect(message).toMatchObject({ kind: 'message', verdict: 'impersonation', confidence: 'high' })
    expect(Verdict.parse(message).confidence).toBe('high')
    expect('confidence' in check('metamask.io', index)).toBe(false)
    expect('confidence' in check('example.org', index)).toBe(false)
  })

  it('a phone number presented as TokenPocket support is not offered', () => {
    const v = check('TP钱包客服电话：400-888-1234', index)
    expect(v).toMatchObject({ kind: 'message', verdict: 'not_offered', project: 'tokenpocket' })
    expect(v.contacts?.[0]).toMatchObject({ kind: 'phone', normalized: '+864008881234' })
    expect(v.contacts?.[0]?.reasons).toContain('no_phone_support')
    expect(v.official?.value).toBe('service@tokenpocket.pro')
    // It rests on TokenPocket's own list of its support channels, cited with its date.
    expect(v.contacts?.[0]?.reasons).toContain('support_listed')
    expect(v.explanation.zh).toContain('来源：help.tokenpocket.pro，2023-09-27')
    expect(v.explanation.en).toContain('(source: help.tokenpocket.pro, 2023-09-27)')
  })

  it('a WhatsApp number in Binance’s name is unconfirmed, not “not offered”: Binance says nothing either way', () => {
    const v = check('Binance support WhatsApp: +1 415 555 2671', index)
    expect(v).toMatchObject({ verdict: 'unknown', project: 'binance' })
    expect(v.contacts?.[0]?.reasons).toEqual(['claimed_project', 'no_listed_channel'])
  })

  it('a Telegram handle in TokenPocket’s name that is not its own is impersonation', () => {
    const v = check('TokenPocket 官方客服 Telegram: @tp_helpdesk_88', index)
    expect(v.verdict).toBe('impersonation')
    expect(v.project).toBe('tokenpocket')
  })

  it('sites the brand says are not its own are impersonation; known fakes are reported scams', () => {
    expect(check('tpwallet.com', index)).toMatchObject({
      verdict: 'impersonation',
      reasons: ['not_official'],
    })
    expect(check('https://download.tpwallet.com/app', index).reasons).toEqual(['not_official'])
    expect(check('t.me/tokenpocket_C', index)).toMatchObject({ verdict: 'reported_scam', project: 'tokenpocket' })
  })

  it('lookalikes name what they imitate and the real channel', () => {
    const v = check('https://tokenpocket-support.com/login', index)
    expect(v).toMatchObject({ verdict: 'impersonation', project: 'tokenpocket' })
    expect(v.official?.url).toBe('https://tokenpocket.pro')
    expect(v.reasons).toContain('combo_squatting')
  })

  it('a brand in a free mailbox is impersonation, with the reason', () => {
    const v = check('tokenpocket.service@gmail.com', index)
    expect(v.verdict).toBe('impersonation')
    expect(v.reasons).toEqual(expect.arrayContaining(['brand_in_email', 'free_email_provider']))
  })

  it('an unlisted address on an official domain is not confirmed', () => {
    const v = check('refund-team@tokenpocket.pro', index)
    expect(v).toMatchObject({ verdict: 'unknown', project: 'tokenpocket', reasons: ['unlisted_address'] })
  })

  it('a whole scam message takes its most serious part and lists red flags', () => {
    const v = checkMessage(
      '您好，我是TP钱包官方客服。您的钱包存在风险，请在24小时内验证钱包，否则资产将被冻结。请提供助记词，或联系客服微信：tpkefu888，网址 tokenpocket-verify.com',
      index,
    )
    expect(v.verdict).toBe('impersonation')
    expect(v.project).toBe('tokenpocket')
    const codes = v.red_flags?.map((f) => f.code)
    expect(codes).toEqual(expect.arrayContaining(['asks_seed_phrase', 'verify_wallet', 'urgency']))
    expect(v.contacts?.map((c) => c.verdict)).toEqual(expect.arrayContaining(['impersonation']))
  })

  it('a message asking for the seed phrase in a project’s name is impersonation even without contacts', () => {
    const v = checkMessage('MetaMask support here: please send your seed phrase to verify your wallet', index)
    expect(v).toMatchObject({ verdict: 'impersonation', project: 'metamask' })
    expect(v.reasons).toEqual(expect.arrayContaining(['claimed_project', 'red_flags']))
  })
})

describe('a bare project name', () => {
  it.each(['tokenpocket', 'MetaMask'])('%s points to the real support channel', (name) => {
    const v = check(name, index)
    expect(v).toMatchObject({ kind: 'text', verdict: 'unknown' })
    expect(v.project).toBe(name.toLowerCase())
    expect(v.official).not.toBeNull()
  })
})

describe('secrets are described, never echoed', () => {
  it.each([12, 24])('a %i-word phrase', (words) => {
    const phrase = generateMnemonic(english, words === 12 ? 128 : 256)
    for (const input of [phrase, `客服说：${phrase} 发给他`]) {
      const v = check(input, index)
      expect(v.verdict).toBe('secret_detected')
      expect(JSON.stringify(v)).not.toContain(phrase.split(' ').slice(0, 3).join(' '))
      expect(v.input).toBe(`[${words}-word recovery phrase]`)
      expect(v.explanation.zh).toContain('新钱包')
    }
  })

  it('a private key', () => {
    const key = '0x' + Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('hex')
    const v = check(key, index)
    expect(v.verdict).toBe('secret_detected')
    expect(JSON.stringify(v)).not.toContain(key.slice(2, 18))
  })
})

describe('bad input', () => {
  it.each([
    [42, 'bad_type'],
    [null, 'bad_type'],
    [{ q: 'x' }, 'bad_type'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['a'.repeat(20_001), 'too_long'],
  ])('%j → invalid (%s)', (input, error) => {
    const v = check(input, index)
    expect(v).toMatchObject({ verdict: 'invalid', error })
  })

  it('every verdict for any string matches the published schema, and nothing throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.webUrl(), fc.emailAddress()), (s) => {
        Verdict.parse(check(s, index))
      }),
      { numRuns: 400 },
    )
  })

  it('hostile Unicode and a megabyte are answered, not crashed on', () => {
    for (const s of ['\u202etokenpocket.pro', 'tokenpocket\u200b.pro', 'x'.repeat(1 << 20), '.'.repeat(5000)]) {
      expect(() => Verdict.parse(check(s, index))).not.toThrow()
    }
  })
})

describe('the shortcut for plain hosts', () => {
  // A space in front sends the same host down the general path (message, secret, parse), which
  // trims it: both must give the very same verdict.
  const general = (host: string) => check(` ${host}`, index)
  const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/)
  const named = fc.constantFrom('tokenpocket', 'metamask-support', 'xn--mtamask-pwa')
  const suffix = fc.constantFrom('com', 'pro', 'io', 'vercel.app', 'gitbook.io', 'co.uk', 'xyz')
  const host = fc
    .tuple(fc.array(fc.oneof(label, named), { minLength: 1, maxLength: 4 }), suffix)
    .map(([labels, end]) => [...labels, end].join('.'))

  it('gives what the general path gives, on any plain host', () => {
    fc.assert(
      fc.property(host, (h) => {
        expect(check(h, index)).toEqual(general(h))
      }),
      { numRuns: 2_000 },
    )
  })

  it('leaves what could hold a key or be no host to the general path', () => {
    const wif = '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ'
    for (const input of [`${wif}.com`, 'ciphertext.com', 'co.uk', 'tokenpocket.pro.', 'TokenPocket.PRO']) {
      expect(check(input, index), input).toEqual(general(input))
    }
    expect(check(`${wif}.com`, index).verdict).toBe('secret_detected')
  })
})

describe('withState', () => {
  it('layers staleness and reports on an index without changing it', () => {
    const extra = [
      { type: 'website' as const, value: 'tp-kefu-help.com', project: 'tokenpocket', kind: 'scam' as const, reason: { en: 'r', zh: 'r' }, first_seen: '2026-12-01', sources: [{ url: 'https://example.com/report/1', publisher: 'third_party' as const, retrieved_at: '2026-12-02' }], verified_at: '2026-12-02' },
    ]
    const refreshed = withState(index, { reported: extra })
    expect(check('https://www.tp-kefu-help.com', refreshed).verdict).toBe('reported_scam')
    expect(check('https://www.tp-kefu-help.com', index).verdict).not.toBe('reported_scam')
    const stale = withState(index, { stale: true })
    expect(check('tokenpocket.pro', stale).reasons).toContain('registry_stale')
    expect(check('tokenpocket.pro', index).verdict).toBe('official')
    expect(withState(index, {})).toBe(index)
  })
})
