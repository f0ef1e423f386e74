/**
 * The registry the service worker (and the popup) checks against: the newest verified one held,
 * either the snapshot shipped inside the extension or the last one accepted from the Worker.
 *
 * A service worker is stopped after seconds of idleness, so the index cannot live in memory
 * between navigations: each start rebuilds it from the held envelope, which also re-reads the
 * clock for expiry.
 */
import { z } from 'zod'
import type { RegistryEnvelope, Signed } from '../../../registry/schema'
import { buildIndex, withState, type Index } from '../../../src/core/engine/build-index'
import { parseJson, verifyRegistryText } from '../../../src/core/registry/verify'
import { TRUSTED_KEYS } from '../../../.genuine/dist/registry-module'

/** An accepted envelope, kept as the exact text received so it re-verifies byte for byte. */
const Stored = z.object({ text: z.string(), etag: z.string().nullable(), version: z.number() })
type Stored = z.infer<typeof Stored>

const STORE_KEY = 'registry'

export interface Held {
  signed: Signed
  index: Index
  /** The ETag it was served with; null for the shipped snapshot. */
  etag: string | null
}

let held: Promise<Held> | undefined

/** The registry to check against. Expired: the index turns stale (never `official`). */
export async function currentRegistry(): Promise<Held> {
  held ??= load()
  const h = await held
  if (!h.index.stale && Date.now() > Date.parse(h.signed.expires)) {
    h.index = withState(h.index, { stale: true })
  }
  return h
}

/**
 * Verifies a downloaded envelope against the pinned keys and the version held; keeps it only if
 * it is valid, unexpired and newer. Returns what happened, for the sync status.
 */
export async function offerRegistry(
  text: string,
  etag: string | null,
): Promise<{ outcome: 'updated' | 'unchanged' | 'refused'; code?: string; version: number }> {
  const current = await currentRegistry()
  const result = await verifyRegistryText(text, {
    keys: TRUSTED_KEYS,
    minVersion: current.signed.version,
  })
  if (!result.ok) return { outcome: 'refused', code: result.code, version: current.signed.version }
  const { version } = result.signed
  if (version === current.signed.version) return { outcome: 'unchanged', version }
  const stored: Stored = { text, etag, version }
  await chrome.storage.local.set({ [STORE_KEY]: stored })
  await chrome.storage.session.set({ [VERIFIED_KEY]: version })
  held = Promise.resolve(hold(result.signed, etag))
  return { outcome: 'updated', version }
}

/** Session storage: the registry version already verified since the browser started. */
const VERIFIED_KEY = 'verified-version'

async function load(): Promise<Held> {
  const snapshotText = await fetchSnapshot()
  const snapshot = { text: snapshotText, etag: null, version: peekVersion(snapshotText) }
  const stored = Stored.safeParse((await chrome.storage.local.get(STORE_KEY))[STORE_KEY])
  // An extension update can ship a snapshot newer than the last download: hold the newer one.
  // The version read here only orders the two; each is verified before it is used.
  const candidates =
    stored.success && stored.data.version > snapshot.version ? [stored.data, snapshot] : [snapshot]
  const verified: unknown = (await chrome.storage.session.get(VERIFIED_KEY))[VERIFIED_KEY]
  for (const c of candidates) {
    // Verified once per browser session (and on every download), not at every start: the
    // worker restarts after 30 s idle, and a cold verification (~0.5 s) would let the first
    // page after a pause load before its check. Only this extension writes its storage.
    if (verified === c.version) return hold((parseJson(c.text) as RegistryEnvelope).signed, c.etag)
    const result = await verifyRegistryText(c.text, { keys: TRUSTED_KEYS })
    if (result.ok || result.code === 'expired') {
      await chrome.storage.session.set({ [VERIFIED_KEY]: c.version })
      return hold(result.signed!, c.etag)
    }
  }
  throw new Error('the registry snapshot shipped with the extension does not verify')
}

// Lazy: the lookalike and alias indexes are built when first asked. A wake is mostly one
// navigation's site check, which never asks the alias matcher (about 10 ms of a cold wake).
const hold = (signed: Signed, etag: string | null): Held => ({
  signed,
  etag,
  index: buildIndex(signed, { stale: Date.now() > Date.parse(signed.expires), lazy: true }),
})

async function fetchSnapshot(): Promise<string> {
  return (await fetch(chrome.runtime.getURL('registry.json'))).text()
}

function peekVersion(text: string): number {
  const v = (parseJson(text) as { signed?: { version?: unknown } } | undefined)?.signed?.version
  return typeof v === 'number' ? v : 0
}
