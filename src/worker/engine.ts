/**
 * The engine index the Worker answers with: the bundled registry, verified once per isolate
 * against the pinned keys, plus the community reports moderators confirmed (from D1).
 */
import { REGISTRY_JSON, TRUSTED_KEYS } from '../../.genuine/dist/registry-module'
import { buildIndex, verifyRegistryText, withState, type Index } from '../core'
import type { Signed } from '../../registry/schema'
import type { Bindings } from './env'
import { confirmedReported } from './reports'

/** Confirmed reports reach verdicts within this long on other isolates (this one: at once). */
const REPORTED_TTL_MS = 30_000

let registry: Promise<{ signed: Signed; index: Index }> | undefined
let cached: { index: Promise<Index>; at: number } | undefined

// Verified and indexed as the isolate starts, not on its first request: Cloudflare bounds a
// request's CPU (10 ms on the Free plan) apart from the isolate's startup, and the first check
// otherwise paid about 40 ms of it here (`npm run bench`, cold first check). A failure stays in
// the promise and is answered per request, as before; nothing is thrown at startup.
verifiedRegistry().catch(() => {})

/**
 * The bundled registry's body and its index, built once per isolate: reports and staleness are
 * layered on with `withState`. An expired registry still serves, in stale mode (never `official`).
 */
function verifiedRegistry(): Promise<{ signed: Signed; index: Index }> {
  registry ??= verifyRegistryText(REGISTRY_JSON, { keys: TRUSTED_KEYS }).then((r) => {
    const signed = r.ok ? r.signed : r.code === 'expired' ? r.signed : undefined
    // A registry that fails verification is a broken build: refuse to answer rather than guess.
    if (!signed) throw new Error(`bundled registry refused: ${r.ok ? '' : r.code}`)
    return { signed, index: buildIndex(signed) }
  })
  return registry
}

/** The index for this request; its reports refreshed at most every few seconds per isolate. */
export function getIndex(env: Pick<Bindings, 'DB'>): Promise<Index> {
  const now = Date.now()
  if (cached && now - cached.at < REPORTED_TTL_MS) return cached.index
  const index = (async () => {
    const { signed, index } = await verifiedRegistry()
    const reported = await confirmedReported(env.DB)
    return withState(index, { stale: now > Date.parse(signed.expires), reported })
  })()
  cached = { index, at: now }
  // A failed build must not stick for the whole TTL.
  index.catch(() => {
    if (cached?.index === index) cached = undefined
  })
  return index
}

/** Called after a moderator's decision, so this isolate answers with it at once. */
export function invalidateIndex(): void {
  cached = undefined
}
