/** verifyRegistry: one accepted case, and each way to fail with its own stable code. */
import { getPublicKeyAsync, utils } from '@noble/ed25519'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Signed, type RegistryEnvelope } from '../../../registry/schema'
import {
  parseTrustedKeys,
  signRegistry,
  trustedKey,
  verifyRegistry,
  VerifyErrorCode,
} from '../../../src/core/registry'

const NOW = new Date('2026-03-01T00:00:00Z')

async function keyPair(fill: number) {
  const privateKey = utils.randomSecretKey(new Uint8Array(32).fill(fill))
  return { privateKey, trusted: trustedKey(await getPublicKeyAsync(privateKey)) }
}

const body = (overrides: Partial<Signed> = {}): Signed =>
  Signed.parse({
    type: 'genuine-registry',
    version: 7,
    issued_at: '2026-02-20T00:00:00Z',
    expires: '2026-03-22T00:00:00Z',
    projects: [
      {
        id: 'tokenpocket',
        name: { en: 'TokenPocket', zh: 'TP钱包' },
        aliases: ['TokenPocket', 'TP钱包'],
        channels: [
          {
            type: 'email',
            value: 'service@tokenpocket.pro',
            role: 'support',
            sources: [{ url: 'https://help.tokenpocket.pro/cn', publisher: 'first_party', retrieved_at: '2026-02-20' }],
            verified_at: '2026-02-20',
          },
        ],
        never: [],
      },
    ],
    reported: [
      {
        type: 'website',
        value: 'tpwallet.com',
        project: 'tokenpocket',
        kind: 'not_official',
        reason: { en: 'fake', zh: '假冒' },
        first_seen: '2026-02-01',
        sources: [{ url: 'https://help.tokenpocket.pro/cn', publisher: 'first_party', retrieved_at: '2026-02-20' }],
        verified_at: '2026-02-20',
      },
    ],
    ...overrides,
  })

const [A, B, C] = await Promise.all([keyPair(1), keyPair(2), keyPair(3)])
const signed = body()
const byA = await signRegistry(signed, A.privateKey)
const byB = await signRegistry(signed, B.privateKey)
/** What a client holds: the envelope as JSON text, parsed again. */
const roundTrip = (e: unknown) => JSON.parse(JSON.stringify(e))

async function codeOf(envelope: unknown, opts: { minVersion?: number; now?: Date } = {}) {
  const result = await verifyRegistry(envelope, { keys: [A.trusted], now: NOW, ...opts })
  return result.ok ? 'ok' : result.code
}

describe('verifyRegistry', () => {
  it('accepts a registry signed by a pinned key and says which key', async () => {
    const result = await verifyRegistry(roundTrip(byA), { keys: [A.trusted], now: NOW })
    expect(result).toEqual({ ok: true, signed, keyid: A.trusted.keyid })
  })

  it('checks the canonical form, so key order and whitespace do not matter', async () => {
    const reversed = JSON.parse(JSON.stringify(byA, null, 2), (_k, v) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).reverse())
        : v,
    )
    expect(Object.keys(reversed.signed)[0]).toBe('reported')
    expect(await codeOf(reversed)).toBe('ok')
  })

  it('refuses a flipped byte in the signed body: bad_signature', async () => {
    const tampered = roundTrip(byA)
    tampered.signed.projects[0].channels[0].value = 'service@tokenpocket.pru'
    expect(await codeOf(tampered)).toBe('bad_signature')
  })

  it('refuses an unknown key added to the body, though zod would drop it: bad_signature', async () => {
    const tampered = roundTrip(byA)
    tampered.signed.note = 'call +1 555 0100 for support'
    expect(await codeOf(tampered)).toBe('bad_signature')
  })

  it('refuses a registry signed by a key that is not pinned: unknown_key', async () => {
    expect(await codeOf(roundTrip(await signRegistry(signed, C.privateKey)))).toBe('unknown_key')
  })

  it('refuses a signature by another key under a pinned keyid: bad_signature', async () => {
    const forged = roundTrip(await signRegistry(signed, C.privateKey))
    forged.signatures[0].keyid = A.trusted.keyid
    expect(await codeOf(forged)).toBe('bad_signature')
  })

  it('refuses a version lower than one already accepted: rollback', async () => {
    expect(await codeOf(roundTrip(byA), { minVersion: 8 })).toBe('rollback')
    expect(await codeOf(roundTrip(byA), { minVersion: 7 })).toBe('ok')
  })

  it('reports an expired registry and still hands over its body for stale mode', async () => {
    const later = new Date('2026-03-22T00:00:01Z')
    const result = await verifyRegistry(roundTrip(byA), { keys: [A.trusted], now: later })
    expect(result).toMatchObject({ ok: false, code: 'expired', signed })
  })

  it('reads expiry and version only after the signature holds', async () => {
    const tampered = roundTrip(byA)
    tampered.signed.version = 1
    tampered.signed.expires = '2020-01-01T00:00:00Z'
    expect(await codeOf(tampered, { minVersion: 7 })).toBe('bad_signature')
  })

  it('refuses input that is not an envelope: malformed', async () => {
    const bad: unknown[] = [
      null,
      'registry',
      42,
      [],
      {},
      { signed },
      { signed, signatures: [] },
      { signed, signatures: [{ keyid: A.trusted.keyid, sig: 'zz' }] },
      { ...roundTrip(byA), signed: { ...signed, version: '7' } },
      { ...roundTrip(byA), signed: { ...signed, type: 'other' } },
      { signed: 'x'.repeat(1_000_000), signatures: byA.signatures },
    ]
    for (const input of bad) expect(await codeOf(input)).toBe('malformed')
  })

  it('refuses a body too deeply nested to serialise, without a crash: malformed', async () => {
    let deep: unknown = 'bottom'
    for (let i = 0; i < 100_000; i++) deep = { deep }
    const hostile = { ...roundTrip(byA), signed: { ...roundTrip(signed), extra: deep } }
    expect(await codeOf(hostile)).toBe('malformed')
  })

  it('trusts nothing when no key is pinned: unknown_key', async () => {
    const result = await verifyRegistry(roundTrip(byA), { keys: [], now: NOW })
    expect(result).toMatchObject({ ok: false, code: 'unknown_key' })
  })

  it('never throws, whatever it is given', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (input) => {
        expect(await codeOf(input)).toBe('malformed')
      }),
      { numRuns: 200 },
    )
  })

  it('accepts either of two pinned keys (rotation), and an envelope signed by both', async () => {
    const keys = [A.trusted, B.trusted]
    for (const envelope of [byA, byB]) {
      expect((await verifyRegistry(roundTrip(envelope), { keys, now: NOW })).ok).toBe(true)
    }
    const both: RegistryEnvelope = { signed, signatures: [...byB.signatures, ...byA.signatures] }
    const onlyA = await verifyRegistry(roundTrip(both), { keys: [A.trusted], now: NOW })
    expect(onlyA).toMatchObject({ ok: true, keyid: A.trusted.keyid })
  })

  it('refuses any single-byte change to the served text', async () => {
    const text = JSON.stringify(byA)
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: text.length - 1 }),
        fc.integer({ min: 0x20, max: 0x7e }),
        async (at, code) => {
          fc.pre(text.charCodeAt(at) !== code)
          const changed = text.slice(0, at) + String.fromCharCode(code) + text.slice(at + 1)
          let parsed: unknown
          try {
            parsed = JSON.parse(changed)
          } catch {
            return // no longer JSON: refused before it reaches verifyRegistry
          }
          expect(await codeOf(parsed)).not.toBe('ok')
        },
      ),
      { numRuns: 300 },
    )
  })

  it('has a stable list of codes', () => {
    expect(VerifyErrorCode.options).toEqual([
      'malformed',
      'unknown_key',
      'bad_signature',
      'rollback',
      'expired',
    ])
  })
})

describe('parseTrustedKeys', () => {
  it('reads a pinned-key list', () => {
    expect(parseTrustedKeys([A.trusted, B.trusted])).toEqual([A.trusted, B.trusted])
  })

  it('refuses a keyid that is not the hash of its key, a duplicate, or a wrong shape', () => {
    expect(() => parseTrustedKeys([{ ...A.trusted, keyid: B.trusted.keyid }])).toThrow(/keyid/)
    expect(() => parseTrustedKeys([A.trusted, A.trusted])).toThrow(/twice/)
    expect(() => parseTrustedKeys([{ ...A.trusted, alg: 'rsa' }])).toThrow()
    expect(() => parseTrustedKeys({ keys: [] })).toThrow()
  })
})
