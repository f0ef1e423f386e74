/**
 * What the extension's pages and its content script ask the service worker, which alone holds
 * the registry. Requests are validated on arrival; answers are typed per request.
 */
import { z } from 'zod'
import type { Signed, Text } from '../../../registry/schema'
import type { ChannelRef } from '../../../src/core/verdict'
import type { AllowedSite } from './allowed-sites'
import type { Names } from './names'
import type { PageJudgement } from './page-judgement'
import { MAX_WINDOW, MAX_WINDOWS } from './prefilter'
import type { SiteVerdict } from './site-verdict'
import type { SyncStatus } from './sync-status'

/** What one result page may ask about at once (a page shows 10 to 50 results). */
export const MAX_HOSTS = 100

export const Request = z.discriminatedUnion('type', [
  /** Interstitial: why the address it stands in for was stopped. */
  z.object({ type: z.literal('site'), url: z.string() }),
  /** Interstitial: "continue anyway" to this address's site, remembered for that site only. */
  z.object({ type: z.literal('allow'), url: z.string() }),
  /** Popup: the sites the person chose to open anyway, and "undo" for one of them. */
  z.object({ type: z.literal('exceptions') }),
  z.object({ type: z.literal('forget'), host: z.string() }),
  /** Popup footer: which registry is held and when it was last refreshed. */
  z.object({ type: z.literal('status') }),
  /** Popup footer: "update now", a registry refresh on demand. */
  z.object({ type: z.literal('refresh') }),
  /** Seed-phrase guard: is it on in the sender's frame (off on official wallet sites)? */
  z.object({ type: z.literal('guard') }),
  /** Page marks: judge the text around a page's support words (the page's text stays local). */
  z.object({
    type: z.literal('page'),
    texts: z.array(z.string().max(MAX_WINDOW)).max(MAX_WINDOWS),
  }),
  /** Search-result labels: the hosts a result page shows (nothing else of the page). */
  z.object({ type: z.literal('hosts'), hosts: z.array(z.string().max(253)).max(MAX_HOSTS) }),
  /** Offscreen judge: the verified registry the service worker holds. */
  z.object({ type: z.literal('registry') }),
  /** Caution banner: is the sender's page a probable lookalike, and of whom? */
  z.object({ type: z.literal('caution') }),
])

/** The requests content scripts may send; the rest come from the extension's own pages. */
export const FROM_CONTENT: ReadonlySet<Request['type']> = new Set(['guard', 'page', 'hosts', 'caution'])
export type Request = z.infer<typeof Request>

/** A search result's host, as its label says it: `caution` is a probable (medium) lookalike. */
export interface SearchLabel {
  kind: 'official' | 'fake' | 'caution'
  /** The project it is or imitates; null for a reported site that imitates no one. */
  name: Text | null
  /** The engine's explanation: the label's tooltip. */
  why: Text
}

export interface Answers {
  /** `website`: the imitated project's real website, when it has one (the safe way on). */
  site: { site: SiteVerdict; names: Names; website: ChannelRef | null }
  allow: { allowed: boolean }
  exceptions: { sites: AllowedSite[] }
  forget: { sites: AllowedSite[] }
  status: {
    version: number
    /** When the registry held was signed: when its contents last changed. */
    issued: string
    expires: string
    stale: boolean
    sync: SyncStatus | null
  }
  refresh: SyncStatus
  guard: { on: boolean }
  page: PageJudgement
  /** One label per host asked, in order; null for a host not in the registry. */
  hosts: { labels: (SearchLabel | null)[] }
  registry: { signed: Signed; stale: boolean }
  caution: { name: Text; website: ChannelRef | null } | null
}
