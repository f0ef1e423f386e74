import { verifyAsync } from '@noble/ed25519'
import { hexToBytes } from '@noble/hashes/utils.js'
import { z } from 'zod'
import { RegistryEnvelope, Signature, Signed, TrustedKey } from '../../../registry/schema'
import { accept, fail } from './accept'
import { canonicalBytes } from './canonical'
import { keyId } from './keyid'
import { splitEnvelope } from './layout'

/** Why a registry was refused. Stable: clients and tests match on these; never rename one. */
export const VerifyErrorCode = z.enum([
  /** Not a registry envelope (wrong shape, wrong types, not JSON-representable). */
  'malformed',
  /** No signature is by a pinned key. */
  'unknown_key',
  /** A pinned key's signature does not match the body. */
  'bad_signature',
  /** Older than a registry already accepted. */
  'rollback',
  /** Past `expires`: usable only in stale mode, which never yields `official`. */
  'expired',
])
export type VerifyErrorCode = z.infer<typeof VerifyErrorCode>

export type VerifyResult =
  | { ok: true; signed: Signed; keyid: string }
  | { ok: false; code: VerifyErrorCode; message: string; signed?: Signed }

export interface VerifyOptions {
  /** The pinned keys (see `parseTrustedKeys`); a signature by any of them is accepted. */
  keys: readonly TrustedKey[]
  /** The highest version already accepted; anything lower is a rollback. */
  minVersion?: number
  now?: Date
}

/**
 * The one registry check used by the Worker, the page, the extension and the CLI.
 * Only an authenticated body is interpreted: version and expiry are read after the signature.
 * @example
 * const result = await verifyRegistry(JSON.parse(text), { keys, minVersion: 41 })
 * if (result.ok) buildIndex(result.signed)
 * else if (result.code === 'expired') buildIndex(result.signed!, { stale: true })
 */
export async function verifyRegistry(
  envelope: unknown,
  opts: VerifyOptions,
): Promise<VerifyResult> {
  const parsed = RegistryEnvelope.safeParse(envelope)
  if (!parsed.success) return fail('malformed', `not a registry envelope: ${parsed.error.message}`)
  // The signature covers the body exactly as received, not zod's output (which drops unknown keys).
  let body: Uint8Array
  try {
    body = canonicalBytes((envelope as { signed: unknown }).signed)
  } catch (e) {
    return fail('malformed', `signed body is not JSON: ${(e as Error).message}`)
  }
  const keyid = await signedBy(parsed.data.signatures, body, opts.keys)
  if (typeof keyid !== 'string') return fail(keyid.code, keyid.message)
  return accept(parsed.data.signed, keyid, opts)
}

/** The registry's outer fields, which `accept` reads; the rest the signer validated (below). */
const SignedHeader = Signed.pick({ type: true, version: true, issued_at: true, expires: true })
const SignatureList = z.array(Signature).min(1)

/**
 * `verifyRegistry` for the envelope as received, as text: what the Worker bundles, the extension
 * ships and fetches, and the CLI reads. Our builds lay the envelope out as
 * `{"signed":<canonical JSON>,"signatures":[...]}` (`envelopeJson`), so the signed bytes are a
 * slice of the text: the signature is checked over that slice and only those authenticated bytes
 * are parsed. Nothing is canonicalised again and the body is not re-validated in depth: `genuine
 * registry build` validated it against the same schema before signing, and a key that can sign can
 * sign anything anyway. The outer fields are still checked, since version and expiry are read here.
 * Any other layout, or a slice that does not verify, takes the general path, which decides.
 * @example const result = await verifyRegistryText(REGISTRY_JSON, { keys: TRUSTED_KEYS })
 */
export async function verifyRegistryText(text: string, opts: VerifyOptions): Promise<VerifyResult> {
  const parts = splitEnvelope(text)
  if (parts) {
    const signatures = SignatureList.safeParse(parseJson(parts.signatures))
    const keyid = signatures.success
      ? await signedBy(signatures.data, new TextEncoder().encode(parts.signed), opts.keys)
      : undefined
    if (typeof keyid === 'string') {
      const body = parseJson(parts.signed)
      const header = SignedHeader.safeParse(body)
      const lists = body as { projects?: unknown; reported?: unknown }
      if (header.success && Array.isArray(lists.projects) && Array.isArray(lists.reported)) {
        return accept(body as Signed, keyid, opts)
      }
    }
  }
  const envelope = parseJson(text)
  if (envelope === undefined) return fail('malformed', 'not JSON')
  return verifyRegistry(envelope, opts)
}

/** JSON text as a value; `undefined` for text that is not JSON (which verification refuses). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * The pinned key that signed `message`, or why none did. Shared by the registry and the Worker's
 * reported list, which sign different messages (the list's carries a context prefix).
 */
export async function signedBy(
  signatures: readonly { keyid: string; sig: string }[],
  message: Uint8Array,
  keys: readonly TrustedKey[],
): Promise<string | { code: 'unknown_key' | 'bad_signature'; message: string }> {
  const pinned = new Map(keys.map((k) => [k.keyid, k]))
  const candidates = signatures.filter((s) => pinned.has(s.keyid))
  if (candidates.length === 0) return { code: 'unknown_key', message: 'no signature is by a pinned key' }
  for (const s of candidates) {
    if (await checkSignature(s.sig, message, pinned.get(s.keyid)!.public)) return s.keyid
  }
  return { code: 'bad_signature', message: 'the signature does not match the signed body' }
}

async function checkSignature(sig: string, body: Uint8Array, publicHex: string): Promise<boolean> {
  const signature = hexToBytes(sig)
  const key = hexToBytes(publicHex)
  const native = await nativeVerify(signature, body, key)
  if (native !== undefined) return native
  try {
    return await verifyAsync(signature, body, key)
  } catch {
    // noble throws on a public key that is not a curve point: that is a failed check, not a crash.
    return false
  }
}

/**
 * The runtime's own WebCrypto Ed25519 (Node, workerd, Chrome 113+): about ten times cheaper than
 * noble on a cold start, which every CLI run, Worker isolate and service-worker wake pays.
 * `undefined` where the runtime has no Ed25519, so noble decides; both are plain RFC 8032 and the
 * tests hold them to the same vectors and to each other's signatures.
 */
async function nativeVerify(
  signature: Uint8Array,
  body: Uint8Array,
  key: Uint8Array,
): Promise<boolean | undefined> {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) return undefined
  let publicKey: CryptoKey
  try {
    publicKey = await subtle.importKey('raw', own(key), { name: 'Ed25519' }, false, ['verify'])
  } catch {
    return undefined
  }
  try {
    return await subtle.verify({ name: 'Ed25519' }, publicKey, own(signature), own(body))
  } catch {
    return false
  }
}

/** WebCrypto wants an ArrayBuffer-backed view; a copy is one. */
const own = (bytes: Uint8Array) => new Uint8Array(bytes)

/**
 * Reads a pinned-key list and checks each keyid really is the SHA-256 of its key.
 * Throws: pinned keys are build configuration, and a wrong one must stop the build, not degrade.
 * @example parseTrustedKeys(JSON.parse(readFileSync('registry/trusted-keys.json', 'utf8')))
 */
export function parseTrustedKeys(input: unknown): TrustedKey[] {
  const keys = z.array(TrustedKey).parse(input)
  const seen = new Set<string>()
  for (const k of keys) {
    if (keyId(hexToBytes(k.public)) !== k.keyid) {
      throw new Error(`trusted key ${k.keyid}: keyid is not the SHA-256 of its public key`)
    }
    if (seen.has(k.keyid)) throw new Error(`trusted key ${k.keyid} is listed twice`)
    seen.add(k.keyid)
  }
  return keys
}

/** A key as a keys file lists it: the pinned form, or an entry of `GET /api/v1/keys` with its `use`. */
const KeyEntry = TrustedKey.extend({ use: z.string().optional() })
const KeysFile = z.union([z.array(KeyEntry), z.object({ keys: z.array(KeyEntry) })])

/**
 * Reads a keys file a person gives a client: the pinned list (`registry/trusted-keys.json`) or
 * the document `GET /api/v1/keys` serves. Only keys whose `use` is absent or `registry` may
 * verify a registry; the others (the Worker's `reported` key) come back in `refused`, for the
 * client to say so: a reports key must never vouch for an official channel.
 * Throws on a malformed file, as `parseTrustedKeys` does.
 * @example const { keys, refused } = readKeysFile(await (await fetch('/api/v1/keys')).json())
 */
export function readKeysFile(input: unknown): {
  keys: TrustedKey[]
  refused: { keyid: string; use: string }[]
} {
  const parsed = KeysFile.parse(input)
  const entries = Array.isArray(parsed) ? parsed : parsed.keys
  const registry = entries.filter((k) => k.use === undefined || k.use === 'registry')
  const refused = entries.flatMap((k) =>
    k.use === undefined || k.use === 'registry' ? [] : [{ keyid: k.keyid, use: k.use }],
  )
  return { keys: parseTrustedKeys(registry.map(({ use: _use, ...k }) => k)), refused }
}
