/**
 * What the extension's pages and its content script ask the service worker, which alone holds
 * the registry. Requests are validated on arrival; answers are typed per request.
 */
import { z } from 'zod'
import type { Text } from '../../../registry/schema'
import type { Verdict } from '../../../src/core/verdict'
import type { SiteVerdict } from './site-verdict'
import type { SyncStatus } from './sync-status'

export const Request = z.discriminatedUnion('type', [
  /** Popup: check what a person pasted. The engine refuses over-long input with `too_long`. */
  z.object({ type: z.literal('check'), text: z.string() }),
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

/** Project names by id, for every project a verdict mentions. */
export type Names = Record<string, Text>

export interface Answers {
  check: { verdict: Verdict; names: Names }
  site: { site: SiteVerdict; names: Names }
  allow: { allowed: boolean }
  status: { version: number; expires: string; stale: boolean; sync: SyncStatus | null }
  refresh: SyncStatus
  guard: { on: boolean }
}
