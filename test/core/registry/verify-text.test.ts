/**
 * verifyRegistryText: the served text's signed slice is verified as is (no re-parse, no
 * re-canonicalisation), and it answers exactly as verifyRegistry does on the parsed envelope,
 * whatever the text: reformatted, tampered, truncated, re-signed, or not JSON at all.
 */
import { getPublicKeyAsync, utils } from '@noble/ed25519'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  canonicalJson,
  envelopeJson,
  signRegistry,
  trustedKey,
  verifyRegistry,
  verifyRegistryText,
} from '../../../src/core/registry'
import { realRegistry } from '../../helpers/registry'

const secret = utils.randomSecretKey()
const other = utils.randomSecretKey()
const keys = [trustedKey(await getPublicKeyAsync(secret))]
const envelope = await signRegistry(realRegistry(), secret)
const text = envelopeJson(envelope)

/** What verifyRegistry says of the same text, parsed: the answer the fast path must give. */
async function general(t: string) {
  let parsed: unknown
  try {
    parsed = JSON.parse(t)
  } catch {
    return { ok: false, code: 'malformed' }
  }
  const r = await verifyRegistry(parsed, { keys })
  return r.ok ? { ok: true, version: r.signed.version } : { ok: false, code: r.code }
}
async function fast(t: string) {
  const r = await verifyRegistryText(t, { keys })
  return r.ok ? { ok: true, version: r.signed.version } : { ok: false, code: r.code }
}

describe('envelopeJson', () => {
  it('lays the signed body out in canonical JSON, so the signed bytes are a slice of the text', () => {
    const signed = text.slice('{"signed":'.length, text.lastIndexOf(',"signatures":'))
    expect(signed).toBe(canonicalJson(envelope.signed))
    expect(JSON.parse(text)).toEqual(envelope)
  })
})

describe('verifyRegistryText', () => {
  it('accepts the served text and gives the very body that was signed', async () => {
    const r = await verifyRegistryText(text, { keys })
    expect(r.ok).toBe(true)
    expect(r.ok && r.signed).toEqual(envelope.signed)
  })

  it('still verifies a reformatted envelope, through the general path', async () => {
    expect(await fast(JSON.stringify(envelope, null, 2))).toEqual({ ok: true, version: envelope.signed.version })
  })

  it('refuses, with the general path’s code: tampered, unknown key, rollback, expired, not JSON', async () => {
    const tampered = text.replace('"tokenpocket.pro"', '"tokenpocket.pr0"')
    expect(tampered).not.toBe(text)
    expect(await fast(tampered)).toEqual({ ok: false, code: 'bad_signature' })
    const foreign = envelopeJson(await signRegistry(realRegistry(), other))
    expect(await fast(foreign)).toEqual({ ok: false, code: 'unknown_key' })
    const v = envelope.signed.version
    expect((await verifyRegistryText(text, { keys, minVersion: v + 1 })).ok).toBe(false)
    expect(await verifyRegistryText(text, { keys, minVersion: v + 1 })).toMatchObject({ code: 'rollback' })
    const late = new Date(Date.parse(envelope.signed.expires) + 1000)
    expect(await verifyRegistryText(text, { keys, now: late })).toMatchObject({ code: 'expired' })
    for (const junk of ['', 'null', '{"signed":', text.slice(0, -1), '[]', '{"signed":{},"signatures":[]}']) {
      expect(await fast(junk)).toEqual({ ok: false, code: 'malformed' })
    }
  })

  it('answers as verifyRegistry does for any edit of the text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: text.length - 1 }),
        fc.nat({ max: 40 }),
        fc.string({ maxLength: 12 }),
        async (at, cut, insert) => {
          const edited = text.slice(0, at) + insert + text.slice(Math.min(text.length, at + cut))
          expect(await fast(edited)).toEqual(await general(edited))
        },
      ),
      { numRuns: 200 },
    )
  })
})
