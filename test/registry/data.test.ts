/**
 * The committed registry data: it loads; every active channel rests on a first-party source that
 * names it and is either a `high` fact of the research (a copy in data/research/) or promoted
 * from the brand's own page; TokenPocket's traps and support statement are recorded.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { canonicalProblem } from '../../registry/tools/canonical-values'
import { loadSources } from '../../registry/tools/sources'

interface Fact {
  type: string
  value: string
  source: string
  confidence: 'high' | 'medium'
}
interface Researched {
  id: string
  channels: Fact[]
  never: Fact[]
}

const research: Researched[] = JSON.parse(
  readFileSync(new URL('../../data/research/official-channels.json', import.meta.url), 'utf8'),
)
const { projects, reported } = loadSources('registry')
const byId = new Map(projects.map((p) => [p.id, p]))

/** Compares loosely written research values ("+1 (888) 908-7930", "https://x.com/a") with canonical ones. */
const flat = (s: string) => s.toLowerCase().replace(/[\s()\\_-]/g, '')
const mentions = (text: string, value: string) => flat(text).includes(flat(value))

/**
 * Active channels that were not `high` facts of the research notes, each promoted because the
 * brand's own page names it (registry audit and re-sourcing, December 2026). Any other active
 * channel must come from a `high` research fact: a new one is added here, with why, on review.
 */
const PROMOTED: Record<string, string> = {
  'tokenpocket chrome_web_store:mfgccjchihfkkindfppnaooecgfneiii': 'linked 13x from TP’s help center',
  'imtoken email:support@token.im': 'consenlabs imtoken-downloads README',
  'imtoken email:sec@token.im': 'consenlabs SUPPORT.md',
  'safepal website:safepal.io': 'SafePal’s blog and docs live on it',
  'safepal github:safepalwallet': 'SafePal’s docs repository',
  'trustwallet email:partnerships@trustwallet.com': 'Trust Wallet’s own page',
  'ledger github:ledgerhq': 'Ledger’s own page',
  'ledger app_store:id1361671700': 'Ledger’s own page',
  'ledger play_store:com.ledger.live': 'Ledger’s own page',
  'trezor email:security@satoshilabs.com': 'Trezor’s own page',
  'uniswap discord:FCfyBSbCU5': 'Uniswap’s own page',
  'uniswap email:contact@uniswap.org': 'Uniswap’s own page',
  'opensea help_center:support.opensea.io': 'OpenSea’s own page',
  'opensea github:projectopensea': 'OpenSea’s own page',
  'pancakeswap telegram:pancakeswapann': 'PancakeSwap’s own page',
  'pancakeswap telegram:pancakeswap_cn': 'PancakeSwap’s own page',
  'pancakeswap instagram:pancakeswap_official': 'PancakeSwap’s own page',
  'rabby help_center:support.rabby.io': 'Rabby’s own page',
  'rabby email:support@rabby.io': 'Rabby’s own page',
  'rabby x:rabby_io': 'Rabby’s own page',
  'rabby discord:seFBCWmUre': 'Rabby’s own page',
  'rabby github:rabbyhub': 'Rabby’s own page',
  'rabby app_store:id6474381673': 'Rabby’s own page',
  'rabby play_store:com.debank.rabbymobile': 'Rabby’s own page',
  'rabby chrome_web_store:acmacodkjbdgmoleebolmdjonilkdbch': 'Rabby’s own page',
  'blockchain_com help_center:support.blockchain.com': 'Blockchain.com’s own page',
  'okx website:web3.okx.com': 'OKX’s own GitHub organisation (okx/onchainos-skills)',
  'ledger help_center:support.ledger.com': 'Ledger’s own help-centre article',
  'safepal email:support@safepal.io': 'SafePal’s own docs (docs.safepal.io)',
  'uniswap help_center:support.uniswap.org': 'Uniswap Labs’ own help centre',
}

describe('the committed registry', () => {
  it('holds the 20 researched projects (and the brands added since, tested on their own)', () => {
    expect(projects.map((p) => p.id)).toEqual(expect.arrayContaining(research.map((r) => r.id)))
  })

  it('backs every active channel with a first-party source whose words or page name it', () => {
    for (const p of projects) {
      for (const c of p.channels.filter((c) => c.status === 'active')) {
        const firstParty = c.sources.filter((s) => s.publisher === 'first_party')
        expect(firstParty.length, `${p.id} ${c.type}:${c.value}`).toBeGreaterThan(0)
        const named = c.sources.some((s) => mentions(`${s.quote} ${s.url}`, c.value))
        expect(named, `${p.id} ${c.type}:${c.value}: no source quotes or links it`).toBe(true)
      }
    }
  })

  it('keeps the research’s facts: an active channel was a researched fact or was promoted from the brand’s own page', () => {
    for (const r of research) {
      for (const c of byId.get(r.id)!.channels.filter((c) => c.status === 'active')) {
        const key = `${r.id} ${c.type}:${c.value}`
        const high = r.channels.some((f) => f.confidence === 'high' && mentions(f.value, c.value))
        if (!high) expect(PROMOTED[key], `${key}: not a high research fact nor promoted`).toBeDefined()
      }
    }
  })

  it('never calls a third-party-only fact official', () => {
    for (const p of projects) {
      for (const c of p.unconfirmed) {
        const key = `${p.id} ${c.type}:${c.value}`
        expect(p.channels.some((o) => o.type === c.type && o.value === c.value), key).toBe(false)
      }
    }
  })

  it('rests every never statement on the brand’s own words, one entry per kind', () => {
    for (const p of projects) {
      for (const n of p.never) {
        expect(n.sources.some((s) => s.publisher === 'first_party'), `${p.id} ${n.kind}`).toBe(true)
      }
      const kinds = p.never.map((n) => n.kind)
      expect(new Set(kinds).size, `${p.id}: one entry per kind`).toBe(kinds.length)
    }
  })

  it('writes every channel value in canonical form', () => {
    const all = [...projects.flatMap((p) => [...p.channels, ...p.unconfirmed]), ...reported]
    for (const c of all)
      expect(canonicalProblem(c.type, c.value), `${c.type}:${c.value}`).toBeNull()
  })

  it('names every project in English and Chinese, and lists its English name as an alias', () => {
    for (const p of projects) {
      expect(p.aliases).toContain(p.name.en)
      expect(p.name.zh.length).toBeGreaterThan(0)
    }
  })

  describe('TokenPocket', () => {
    const tp = byId.get('tokenpocket')!

    it('has service@tokenpocket.pro as its support email', () => {
      expect(tp.channels).toContainEqual(
        expect.objectContaining({
          type: 'email',
          value: 'service@tokenpocket.pro',
          role: 'support',
        }),
      )
    })

    it('has every spelling people type, but not the bare "TP"', () => {
      for (const alias of [
        'TokenPocket',
        'TP Wallet',
        'TPWallet',
        'tpwallet',
        'TP钱包',
        'T P钱包',
        'tp钱包',
        'TokenPocket钱包',
        'TP Global Wallet',
      ]) {
        expect(tp.aliases).toContain(alias)
      }
      expect(tp.aliases.map((a) => a.toLowerCase())).not.toContain('tp')
      expect(tp.name.zh).toBe('TP钱包')
    })

    it('says what TokenPocket never does', () => {
      expect(tp.never.map((n) => n.kind).sort()).toEqual(
        [
          'ask_fee',
          'ask_private_key',
          'ask_seed_phrase',
          'ask_transfer',
          'dm_first',
          'international_version',
          'unsolicited_sms_email',
          'verify_wallet',
        ].sort(),
      )
    })

    it('records tpwallet.com as not official and t.me/tokenpocket_C as a scam, never as channels', () => {
      const all = projects.flatMap((p) => [...p.channels, ...p.unconfirmed])
      for (const [type, value, kind] of [
        ['website', 'tpwallet.com', 'not_official'],
        ['telegram', 'tokenpocket_c', 'scam'],
      ]) {
        expect(reported).toContainEqual(
          expect.objectContaining({ type, value, kind, project: 'tokenpocket' }),
        )
        expect(all.some((c) => c.value === value)).toBe(false)
      }
    })

    it('states its complete support channels in its own words: email and in-app chat', () => {
      expect(tp.support).toMatchObject({ via: ['email', 'in_app_chat'], complete: true })
      expect(tp.support!.sources.map((s) => s.quote).join(' ')).toContain('请通过邮件方式联系官方客服')
      expect(tp.custody?.model).toBe('self_custody')
    })
  })
})
