/**
 * Our signatures are plain RFC 8032 Ed25519: @noble/ed25519 is checked against the RFC's vectors
 * and against the runtime's native WebCrypto Ed25519, each verifying what the other signed.
 */
import { getPublicKeyAsync, signAsync, utils, verifyAsync } from '@noble/ed25519'
import { sha512 } from '@noble/hashes/sha2.js'
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { RFC8032_VECTORS } from './rfc8032-vectors'

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url')
/** WebCrypto's types want an ArrayBuffer-backed view; a copy is one. */
const own = (bytes: Uint8Array) => new Uint8Array(bytes)

/** WebCrypto imports an Ed25519 private key as a JWK holding both halves. */
const nativePrivate = (secret: Uint8Array, pub: Uint8Array) =>
  crypto.subtle.importKey(
    'jwk',
    { kty: 'OKP', crv: 'Ed25519', d: b64url(secret), x: b64url(pub) },
    { name: 'Ed25519' },
    false,
    ['sign'],
  )
const nativePublic = (pub: Uint8Array) =>
  crypto.subtle.importKey('raw', own(pub), { name: 'Ed25519' }, false, ['verify'])
const nativeSign = async (secret: Uint8Array, pub: Uint8Array, msg: Uint8Array) =>
  new Uint8Array(await crypto.subtle.sign('Ed25519', await nativePrivate(secret, pub), own(msg)))
const nativeVerify = async (pub: Uint8Array, sig: Uint8Array, msg: Uint8Array) =>
  crypto.subtle.verify('Ed25519', await nativePublic(pub), own(sig), own(msg))

describe('RFC 8032 section 7.1 vectors', () => {
  it('has the published message sizes', () => {
    const sizes = RFC8032_VECTORS.map((v) => v.message.length / 2)
    expect(sizes).toEqual([0, 1, 2, 1023, 64])
    expect(RFC8032_VECTORS[4].message).toBe(bytesToHex(sha512(new TextEncoder().encode('abc'))))
  })

  for (const v of RFC8032_VECTORS) {
    const secret = hexToBytes(v.secret)
    const pub = hexToBytes(v.public)
    const msg = hexToBytes(v.message)
    const sig = hexToBytes(v.signature)

    it(`${v.name}: noble derives the key, signs and verifies`, async () => {
      expect(bytesToHex(await getPublicKeyAsync(secret))).toBe(v.public)
      expect(bytesToHex(await signAsync(msg, secret))).toBe(v.signature)
      expect(await verifyAsync(sig, msg, pub)).toBe(true)
    })

    it(`${v.name}: native WebCrypto agrees`, async () => {
      expect(bytesToHex(await nativeSign(secret, pub, msg))).toBe(v.signature)
      expect(await nativeVerify(pub, sig, msg)).toBe(true)
    })

    it(`${v.name}: a flipped bit in the signature or the message fails`, async () => {
      const badSig = sig.slice()
      badSig[0]! ^= 1
      expect(await verifyAsync(badSig, msg, pub)).toBe(false)
      const badMsg = new Uint8Array([...msg, 0])
      expect(await verifyAsync(sig, badMsg, pub)).toBe(false)
    })
  }
})

describe('noble and native WebCrypto, both ways', () => {
  const keyAndMessage = fc.record({
    seed: fc.uint8Array({ minLength: 32, maxLength: 32 }),
    msg: fc.uint8Array({ maxLength: 2048 }),
  })

  it('native verifies what noble signs, and noble verifies what native signs', async () => {
    await fc.assert(
      fc.asyncProperty(keyAndMessage, async ({ seed, msg }) => {
        const secret = utils.randomSecretKey(seed)
        const pub = await getPublicKeyAsync(secret)
        const byNoble = await signAsync(msg, secret)
        const byNative = await nativeSign(secret, pub, msg)
        // Ed25519 is deterministic: both must produce the very same bytes.
        expect(bytesToHex(byNative)).toBe(bytesToHex(byNoble))
        expect(await nativeVerify(pub, byNoble, msg)).toBe(true)
        expect(await verifyAsync(byNative, msg, pub)).toBe(true)
      }),
      { numRuns: 50 },
    )
  })
})

describe('verifyRegistry on a runtime without native Ed25519', () => {
  // Old Chrome (before 113) and other runtimes lack WebCrypto Ed25519: noble must decide there,
  // with the same answers the native path gives.
  it('falls back to noble: accepts the real signed registry and refuses a tampered one', async () => {
    const { signRegistry, trustedKey, verifyRegistry } = await import('../../../src/core/registry')
    const { realRegistry } = await import('../../helpers/registry')
    const secret = utils.randomSecretKey()
    const keys = [trustedKey(await getPublicKeyAsync(secret))]
    const envelope = await signRegistry(realRegistry(), secret)
    const tampered = structuredClone(envelope)
    tampered.signed.version += 1
    const native = [await verifyRegistry(envelope, { keys }), await verifyRegistry(tampered, { keys })]
    // What such a runtime answers (noble still uses WebCrypto's SHA-512, which every runtime has).
    const importKey = vi
      .spyOn(crypto.subtle, 'importKey')
      .mockRejectedValue(new DOMException('Unrecognized algorithm name', 'NotSupportedError'))
    try {
      const noble = [await verifyRegistry(envelope, { keys }), await verifyRegistry(tampered, { keys })]
      expect(noble.map((r) => r.ok)).toEqual([true, false])
      expect(native.map((r) => r.ok)).toEqual([true, false])
      expect(noble[1]).toMatchObject({ ok: false, code: 'bad_signature' })
      expect(importKey).toHaveBeenCalled()
    } finally {
      importKey.mockRestore()
    }
  })
})
