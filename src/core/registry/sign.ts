import { getPublicKeyAsync, signAsync } from '@noble/ed25519'
import { bytesToHex } from '@noble/hashes/utils.js'
import { Signed, type RegistryEnvelope, type Signature } from '../../../registry/schema'
import { canonicalBytes } from './canonical'
import { keyId } from './keyid'

/**
 * Signs a registry body: ed25519 over the UTF-8 bytes of its RFC 8785 canonical JSON.
 * The body is validated first, so a signature never covers something clients would reject.
 * @example
 * const envelope = await signRegistry(signed, privateKey) // { signed, signatures: [{ keyid, sig }] }
 */
export async function signRegistry(
  signed: Signed,
  privateKey: Uint8Array,
): Promise<RegistryEnvelope> {
  const body = Signed.parse(signed)
  return { signed: body, signatures: [await signCanonical(body, privateKey)] }
}

/**
 * The signature of any JSON body: ed25519 over its RFC 8785 canonical bytes. The registry and the
 * Worker's signed list of confirmed reports share it, so both verify the same way.
 * @example const { keyid, sig } = await signCanonical({ type: 'genuine-reported', … }, key)
 */
export async function signCanonical(body: unknown, privateKey: Uint8Array): Promise<Signature> {
  const publicKey = await getPublicKeyAsync(privateKey)
  const sig = await signAsync(canonicalBytes(body), privateKey)
  return { keyid: keyId(publicKey), sig: bytesToHex(sig) }
}
