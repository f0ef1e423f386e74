/**
 * Discord signs each interaction with the application's ed25519 key over `timestamp + body`.
 *
 * WebCrypto's Ed25519 rather than @noble/ed25519: workerd implements it natively, so the check
 * on Discord's 3-second path runs no curve arithmetic in JavaScript, and the key is imported
 * once per isolate. (The engine keeps noble: it must also verify in browsers without Ed25519.)
 */

/** Discord's own guidance: refuse a timestamp more than a few minutes off, either way (replays). */
const MAX_SKEW_SECONDS = 5 * 60

const bytes = (hex: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16))

let cached: { hex: string; key: Promise<CryptoKey> } | undefined

function importKey(hex: string): Promise<CryptoKey> {
  if (cached?.hex !== hex) {
    const key = crypto.subtle.importKey('raw', bytes(hex), { name: 'Ed25519' }, false, ['verify'])
    cached = { hex, key }
  }
  return cached.key
}

/** A configured key is 32 bytes in hex, as the Discord developer portal shows it. */
export const isPublicKey = (hex: string): boolean => /^[0-9a-f]{64}$/i.test(hex)

/**
 * True only for a well-formed, fresh timestamp and a valid signature of `timestamp + body`.
 * @example await verifyInteraction(env.DISCORD_PUBLIC_KEY, sigHex, '1700000000', body, 1700000010)
 */
export async function verifyInteraction(
  publicKeyHex: string,
  signatureHex: string | undefined,
  timestamp: string | undefined,
  body: Uint8Array,
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<boolean> {
  if (!signatureHex || !/^[0-9a-f]{128}$/i.test(signatureHex)) return false
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return false
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_SKEW_SECONDS) return false
  const stamp = new TextEncoder().encode(timestamp)
  const message = new Uint8Array(stamp.length + body.length)
  message.set(stamp)
  message.set(body, stamp.length)
  try {
    return await crypto.subtle.verify(
      'Ed25519',
      await importKey(publicKeyHex),
      bytes(signatureHex),
      message,
    )
  } catch {
    // A key that is not a curve point cannot verify anything: the same answer as a bad signature.
    return false
  }
}
