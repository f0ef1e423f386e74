import { getPublicKeyAsync, signAsync } from '@noble/ed25519'
import { bytesToHex } from '@noble/hashes/utils.js'
import { Signed, type RegistryEnvelope, type Signature } from '../../../registry/schema'
import { canonicalBytes, canonicalJson } from './canonical'
import { keyId } from './keyid'
import { SIGNATURES_HEAD, SIGNED_HEAD } from './layout'

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
 * The signature of a JSON body as the registry is signed: ed25519 over its RFC 8785 canonical
 * bytes alone. (The Worker's reported list is signed behind a context prefix: `signReported`.)
 * @example const { keyid, sig } = await signCanonical(signed, key)
 */
export async function signCanonical(body: unknown, privateKey: Uint8Array): Promise<Signature> {
  const publicKey = await getPublicKeyAsync(privateKey)
  const sig = await signAsync(canonicalBytes(body), privateKey)
  return { keyid: keyId(publicKey), sig: bytesToHex(sig) }
}

/**
 * The envelope as served: its signed body in canonical JSON, so a client can check the signature
 * over a slice of the very text it received (`verifyRegistryText`) instead of parsing, validating
 * and canonicalising the body again, which is most of a cold start's cost.
 * @example writeFileSync('registry.json', envelopeJson(await signRegistry(body, key)))
 */
export function envelopeJson(envelope: RegistryEnvelope): string {
  const signatures = JSON.stringify(envelope.signatures)
  return `${SIGNED_HEAD}${canonicalJson(envelope.signed)}${SIGNATURES_HEAD}${signatures}}`
}
