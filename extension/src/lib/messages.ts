/**
 * What the extension's pages and its content script ask the service worker, which alone holds
 * the registry. Requests are validated on arrival; answers are typed per request.
 */
import { z } from 'zod'
import type { Names } from './names'
import type { SiteVerdict } from './site-verdict'
import type { SyncStatus } from './sync-status'

export const Request = z.discriminatedUnion('type', [
  /** Interstitial: why the address it stands in for was stopped. */
  z.object({ type: z.literal('site'), url: z.string() }),
  /** Interstitial: "continue anyway" to this address's site, remembered for that site only. */
  z.object({ type: z.literal('allow'), url: z.string() }),
  /** Popup footer: which registry is held and when it was last refreshed. */
  z.object({ type: z.literal('status') }),
  /** Popup footer: "update now", a registry refresh on demand. */
  z.object({ type: z.literal('refresh') }),
  /** Seed-phrase guard: is it on in the sender's frame (off on official wallet sites)? */
  z.object({ type: z.literal('guard') }),
])
export type Request = z.infer<typeof Request>

export interface Answers {
  site: { site: SiteVerdict; names: Names }
  allow: { allowed: boolean }
  status: { version: number; expires: string; stale: boolean; sync: SyncStatus | null }
  refresh: SyncStatus
  guard: { on: boolean }
}
