/**
 * Answers the popup, the warning page and the seed-phrase guard: what the service worker knows
 * (sync status, allowed sites) or decides (a site's verdict). Text a person pastes is not sent
 * here: the popup checks it itself with the whole engine, which the service worker does not load.
 */
import type { Channel } from '../../../registry/schema'
import type { Index } from '../../../src/core'
import { channelRef } from '../../../src/core/engine/links'
import type { ChannelRef } from '../../../src/core/verdict'
import { allowedSites, forgetSite } from '../lib/allowed-sites'
import { FROM_CONTENT, Request, type Answers, type SearchLabel } from '../lib/messages'
import { judgeOffscreen } from '../lib/offscreen'
import { namesIn } from '../lib/names'
import { currentRegistry } from '../lib/registry-state'
import { siteVerdict, type SiteAction } from '../lib/site-verdict'
import { SYNC_STATUS_KEY, SyncStatus } from '../lib/sync-status'
import { continueAnyway } from './navigation-check'
import { refreshRegistry } from './registry-sync'

type Sender = chrome.runtime.MessageSender

export default function answerPages(): void {
  chrome.runtime.onMessage.addListener((message: unknown, sender, respond) => {
    const request = Request.safeParse(message)
    if (!request.success || !permitted(request.data, sender)) return false
    void answer(request.data, sender).then(respond)
    return true // the answer comes asynchronously
  })
}

/** Only the extension's own pages may allow a site or read the registry; content scripts ask
 * `guard`, `page`, `hosts` and `caution`. */
function permitted(request: Request, sender: Sender): boolean {
  if (sender.id !== chrome.runtime.id) return false
  const fromOwnPage = sender.url?.startsWith(chrome.runtime.getURL('')) ?? false
  return FROM_CONTENT.has(request.type) ? !fromOwnPage : fromOwnPage
}

async function answer(request: Request, sender: Sender): Promise<Answers[Request['type']]> {
  const { index, signed } = await currentRegistry()
  switch (request.type) {
    case 'site': {
      const site = siteVerdict(request.url, index)
      return {
        site,
        names: namesIn(index, site.verdict ? [site.verdict] : []),
        website: websiteOf(index, site.verdict?.project),
      }
    }
    case 'caution': {
      const site = siteVerdict(sender.url ?? '', index)
      const project = site.verdict?.project ? index.projects.get(site.verdict.project) : undefined
      if (site.action !== 'caution' || !project) return null
      return { name: project.name, website: websiteOf(index, project.id) }
    }
    case 'allow':
      return { allowed: await continueAnyway(request.url) }
    case 'exceptions':
      return { sites: await allowedSites() }
    case 'forget':
      await forgetSite(request.host)
      return { sites: await allowedSites() }
    case 'status': {
      const sync = SyncStatus.safeParse((await chrome.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY])
      return {
        version: signed.version,
        issued: signed.issued_at,
        expires: signed.expires,
        stale: index.stale,
        sync: sync.success ? sync.data : null,
      }
    }
    case 'refresh':
      return refreshRegistry()
    case 'guard':
      // An official wallet site may rightly ask for a phrase (its own import screen).
      return { on: siteVerdict(sender.url ?? '', index).action !== 'official' }
    case 'page':
      return judgeOffscreen(request.texts, signed.version)
    case 'hosts':
      return { labels: request.hosts.map((host) => searchLabel(host, index)) }
    case 'registry':
      return { signed, stale: index.stale }
  }
}

const LABELS: Partial<Record<SiteAction, SearchLabel['kind']>> = { official: 'official', warn: 'fake', caution: 'caution' }

/** A search result's label: the host judged as a navigation to it would be. */
function searchLabel(host: string, index: Index): SearchLabel | null {
  const site = siteVerdict(`http://${host}/`, index)
  const kind = LABELS[site.action]
  if (!kind || !site.verdict) return null
  const project = site.verdict.project ? index.projects.get(site.verdict.project) : undefined
  return { kind, name: project?.name ?? null, why: site.verdict.explanation }
}

/** The project's real website, the safe way on from a page that imitates it. */
function websiteOf(index: Index, id: string | null | undefined): ChannelRef | null {
  const site = (c: Channel) => c.type === 'website' && c.status === 'active'
  const real = id ? index.projects.get(id)?.channels.find(site) : undefined
  return real ? channelRef(real) : null
}

// Try it: open tokenpocket-support.com (the warning page asks `site`), or the popup (`status`).
