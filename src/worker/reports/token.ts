import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js'

/** A new moderator token: 256 random bits, prefixed so a leaked one is easy to recognise. */
export const newToken = (): string => `gmod_${bytesToHex(randomBytes(32))}`

/**
 * The SHA-256 of a moderator token: the only form a token is stored in. Tokens are 256-bit
 * random, so a plain hash (no salt, no slow KDF) cannot be brute-forced.
 */
export const hashToken = (token: string): string => bytesToHex(sha256(new TextEncoder().encode(token)))
