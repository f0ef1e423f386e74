/** Issue 13, item 3: a reports key never vouches for a registry, whatever keys file a client got. */
import { getPublicKeyAsync, signAsync, utils } from '@noble/ed25519'
import { bytesToHex } from '@noble/hashes/utils.js'
import { describe, expect, it } from 'vitest'
import {
  readKeysFile,
  reportedMessage,
  signCanonical,
  signRegistry,
  signReported,
  trustedKey,
  verifyRegistry,
  verifyReported,
} from '../../../src/core/registry'
import { realRegistry } from '../../helpers/registry'

const registryKey = utils.randomSecretKey()
const reportsKey = utils.randomSecretKey()
const [R, W] = [trustedKey(await getPublicKeyAsync(registryKey)), trustedKey(await getPublicKeyAsync(reportsKey))]
/** The document `GET /api/v1/keys` serves. */
const keysDocument = { keys: [{ ...R, use: 'registry' }, { ...W, use: 'reported' }] }
const signed = realRegistry()

describe('readKeysFile', () => {
  it('reads the pinned list and the /api/v1/keys document; only registry keys may verify a registry', () => {
    expect(readKeysFile([R])).toEqual({ keys: [R], refused: [] })
    expect(readKeysFile(keysDocument)).toEqual({ keys: [R], refused: [{ keyid: W.keyid, use: 'reported' }] })
    expect(readKeysFile({ keys: [{ ...W, use: 'anything-else' }] }).keys).toEqual([])
  })

  it('throws on a malformed file', () => {
    for (const bad of [null, 'x', [{ keyid: 'zz' }], { keys: 'x' }, [{ ...R, keyid: W.keyid }]]) {
      expect(() => readKeysFile(bad)).toThrow()
    }
  })

  it('a registry signed by the reports key does not verify under the keys document', async () => {
    const forged = await signRegistry(signed, reportsKey)
    const { keys } = readKeysFile(keysDocument)
    expect(await verifyRegistry(forged, { keys })).toMatchObject({ ok: false, code: 'unknown_key' })
    expect(await verifyRegistry(await signRegistry(signed, registryKey), { keys })).toMatchObject({ ok: true })
  })
})

describe('the reported list is signed behind a context prefix', () => {
  it('what the reports key signs never verifies as a registry, even if that key were pinned', async () => {
    // The reports key's signature over a registry body, as its signing code would make it.
    const sig = bytesToHex(await signAsync(reportedMessage(signed), reportsKey))
    const envelope = { signed, signatures: [{ keyid: W.keyid, sig }] }
    expect(await verifyRegistry(envelope, { keys: [W] })).toMatchObject({ ok: false, code: 'bad_signature' })
  })

  it('and a registry signature never verifies as a reported list', async () => {
    const list = { type: 'genuine-reported' as const, version: 3, issued_at: signed.issued_at, expires: signed.expires, reported: signed.reported }
    const good = await signReported(list, reportsKey)
    expect(await verifyReported(good, { keys: [W], now: new Date(signed.issued_at) })).toMatchObject({ ok: true })
    // The list signed the registry's way (canonical JSON alone), by a key the client pins.
    const swapped = { signed: list, signatures: [await signCanonical(list, registryKey)] }
    expect(await verifyReported(swapped, { keys: [R], now: new Date(signed.issued_at) })).toMatchObject({ ok: false, code: 'bad_signature' })
    expect(await verifyReported(good, { keys: [W], minVersion: 4, now: new Date(signed.issued_at) })).toMatchObject({ code: 'rollback' })
    expect(await verifyReported(good, { keys: [W], now: new Date(Date.parse(signed.expires) + 1) })).toMatchObject({ code: 'expired' })
    expect(await verifyReported({ signed: 1 }, { keys: [W] })).toMatchObject({ code: 'malformed' })
  })
})
