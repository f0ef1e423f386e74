/**
 * Answers the popup, the warning page and the seed-phrase guard, which ask the service worker
 * because it alone holds the verified registry (so the engine is bundled once, not per page).
 * Nothing asked is kept: a pasted text is checked and forgotten.
 */
import { check, type Index, type Verdict } from '../../../src/core'
import { Request, type Answers, type Names } from '../lib/messages'
import { currentRegistry } from '../lib/registry-state'
import { siteVerdict } from '../lib/site-verdict'
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

/** Only the extension's own pages may check text or allow a site; content scripts ask `guard`. */
function permitted(request: Request, sender: Sender): boolean {
  if (sender.id !== chrome.runtime.id) return false
  const fromOwnPage = sender.url?.startsWith(chrome.runtime.getURL('')) ?? false
  return request.type === 'guard' ? !fromOwnPage : fromOwnPage
}

async function answer(request: Request, sender: Sender): Promise<Answers[Request['type']]> {
  const { index, signed } = await currentRegistry()
  switch (request.type) {
    case 'check': {
      const verdict = check(request.text, index)
      return { verdict, names: namesIn(index, [verdict, ...(verdict.contacts ?? [])]) }
    }
    case 'site': {
      const site = siteVerdict(request.url, index)
      return { site, names: namesIn(index, site.verdict ? [site.verdict] : []) }
    }
    case 'allow':
      return { allowed: await continueAnyway(request.url) }
    case 'status': {
      const sync = SyncStatus.safeParse((await chrome.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY])
      return {
        version: signed.version,
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
  }
}

function namesIn(index: Index, verdicts: Pick<Verdict, 'project'>[]): Names {
  const names: Names = {}
  for (const { project } of verdicts) {
    const p = project ? index.projects.get(project) : undefined
    if (p) names[p.id] = p.name
  }
  return names
}

// Try it: open the popup and paste "TP钱包客服电话 400-888-1234" or "tokenpocket-support.com".
