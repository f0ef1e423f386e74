/**
 * The committed registry data: it loads, every fact in `channels` is a `high` fact of the
 * research (a copy in data/research/), its sources are kept, and TokenPocket's traps are recorded.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Channel } from '../../registry/schema'
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
const splitSources = (s: string) => s.split('; ').map((x) => x.trim())

/** A registry channel comes from a research fact of the same type (a Medium blog was a website). */
const sameType = (channel: Channel, fact: Fact) =>
  fact.type === channel.type || (channel.type === 'medium' && fact.type === 'website')
/** Compares loosely written research values ("+1 (888) 908-7930") with canonical ones. */
const flat = (s: string) => s.toLowerCase().replace(/[\s()-]/g, '')
const backs = (fact: Fact, channel: Channel) =>
  sameType(channel, fact) &&
  flat(fact.value).includes(flat(channel.value)) &&
  JSON.stringify(splitSources(fact.source)) === JSON.stringify(channel.sources)

/** Facts that are deliberately not channels (nor unconfirmed ones), and why. */
const NOT_CHANNELS: Record<string, string> = {
  'https://www.okx.com/help': 'a path on okx.com, already a channel',
  '微信公众号: TokenPocket钱包': 'an official-account name without an ID to match',
  "Support tickets via 'Chatbot Hal' on trezor.io": 'a chatbot on trezor.io, not a contact',
  'https://www.binance.com/en/support': 'a path on binance.com, already a channel',
  'https://www.ledger.com/phishing-campaigns-status': 'a page on ledger.com, already a channel',
}

describe('the committed registry', () => {
  it('holds the 20 researched projects', () => {
    expect(projects.map((p) => p.id).sort()).toEqual(research.map((r) => r.id).sort())
  })

  it('signs only high-confidence facts as channels, each with the sources of its fact', () => {
    for (const r of research) {
      for (const channel of byId.get(r.id)!.channels) {
        const facts = r.channels.filter((f) => backs(f, channel))
        expect(facts.length, `${r.id} ${channel.type}:${channel.value}`).toBeGreaterThan(0)
        expect(
          facts.every((f) => f.confidence === 'high'),
          `${r.id} ${channel.value}`,
        ).toBe(true)
      }
    }
  })

  it('keeps every high fact as a channel and every medium fact out of channels', () => {
    for (const r of research) {
      const p = byId.get(r.id)!
      for (const fact of r.channels) {
        if (NOT_CHANNELS[fact.value]) continue
        const inChannels = p.channels.some((c) => backs(fact, c))
        const inUnconfirmed = p.unconfirmed.some((c) => backs(fact, c))
        if (fact.confidence === 'high') expect(inChannels, `${r.id} ${fact.value}`).toBe(true)
        else expect(inChannels, `${r.id} ${fact.value}`).toBe(false)
        if (fact.confidence === 'medium') {
          expect(inUnconfirmed, `${r.id} ${fact.value} unconfirmed`).toBe(true)
        }
      }
    }
  })

  it('turns only high-confidence "never" statements into never kinds, sources kept', () => {
    for (const r of research) {
      const highSources = new Set(
        r.never.filter((n) => n.confidence === 'high').flatMap((n) => splitSources(n.source)),
      )
      for (const never of byId.get(r.id)!.never) {
        for (const s of never.sources)
          expect(highSources.has(s), `${r.id} ${never.kind}`).toBe(true)
      }
      const kinds = byId.get(r.id)!.never.map((n) => n.kind)
      expect(new Set(kinds).size, `${r.id}: one entry per kind`).toBe(kinds.length)
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

    it('records tpwallet.com and t.me/tokenpocket_C as reported, never as channels', () => {
      const all = projects.flatMap((p) => [...p.channels, ...p.unconfirmed])
      for (const [type, value] of [
        ['website', 'tpwallet.com'],
        ['telegram', 'tokenpocket_c'],
      ]) {
        expect(reported).toContainEqual(
          expect.objectContaining({ type, value, project: 'tokenpocket' }),
        )
        expect(all.some((c) => c.value === value)).toBe(false)
      }
    })
  })
})
