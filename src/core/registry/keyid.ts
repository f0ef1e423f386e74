import { bytesToHex } from '@noble/hashes/utils.js'
import { sha256 } from '@noble/hashes/sha2.js'
import type { TrustedKey } from '../../../registry/schema'

/**
 * A key's id: the hex SHA-256 of its 32 raw public-key bytes.
 * @example keyId(publicKey) // '3b6a27bc…' (64 hex characters)
 */
export function keyId(publicKey: Uint8Array): string {
  return bytesToHex(sha256(publicKey))
}

/** The pinned-key entry for an ed25519 public key, as written in `registry/trusted-keys.json`. */
export function trustedKey(publicKey: Uint8Array): TrustedKey {
  return { keyid: keyId(publicKey), alg: 'ed25519', public: bytesToHex(publicKey) }
}
