/**
 * Navigation check: every top-level navigation is checked locally against the registry.
 * A lookalike or a reported scam site is replaced by the warning page before it loads (or, once
 * the person chose "continue anyway", keeps a red badge); an official site turns the toolbar
 * badge green; any other site gets nothing. No address ever leaves the browser.
 */
import { allowSite, isAllowed } from '../lib/allowed-sites'
import { showBadge } from '../lib/badge'
import { currentRegistry } from '../lib/registry-state'
import { siteVerdict, type SiteVerdict } from '../lib/site-verdict'
import { tabKey, type TabStatus } from '../lib/tab-status'

type Details = chrome.webNavigation.WebNavigationBaseCallbackDetails

export default function navigationCheck(): void {
  // Before the request is answered: the page never renders.
  chrome.webNavigation.onBeforeNavigate.addListener(
    (d) => {
      if (isTopLevel(d)) void check(d).then((site) => warn(d, site))
    },
    { url: [{ schemes: ['http', 'https'] }] },
  )
  // The backstop: a service worker that woke too late to stop the request still replaces the
  // page the moment it commits. Commit is also when the tab's badge is set.
  chrome.webNavigation.onCommitted.addListener((d) => {
    if (isTopLevel(d)) void check(d).then(async (site) => (await warn(d, site)) || mark(d, site))
  })
  chrome.tabs.onRemoved.addListener((tabId) => void chrome.storage.session.remove(tabKey(tabId)))
}

/** Prerendered pages are not shown yet, and their tab id is not theirs to redirect. */
const isTopLevel = (d: Details): boolean =>
  d.frameId === 0 && d.documentLifecycle !== 'prerender'

async function check(d: Details): Promise<SiteVerdict> {
  return siteVerdict(d.url, (await currentRegistry()).index)
}

/** Sends the tab to the warning page; false when the site is not dangerous or was allowed. */
async function warn(d: Details, site: SiteVerdict): Promise<boolean> {
  if (site.action !== 'warn' || (await isAllowed(site.host))) return false
  const page = new URL(chrome.runtime.getURL('warning.html'))
  page.searchParams.set('url', d.url)
  await chrome.tabs.update(d.tabId, { url: page.href })
  return true
}

/** A site `warn` let through was allowed by the person: it is marked, never shown as fine. */
async function mark(d: Details, site: SiteVerdict): Promise<void> {
  const { index } = await currentRegistry()
  const id = site.verdict?.project
  const project = id ? index.projects.get(id) : undefined
  const action = site.action === 'warn' ? 'bypassed' : site.action
  await showBadge(d.tabId, action, project?.name ?? null)
  if (action !== 'none') {
    const status: TabStatus = {
      action,
      host: site.host,
      project: project ? { id: project.id, name: project.name } : null,
    }
    await chrome.storage.session.set({ [tabKey(d.tabId)]: status })
  } else {
    await chrome.storage.session.remove(tabKey(d.tabId))
  }
}

/** "Continue anyway": from the warning page only, for the one site it warned about. */
export async function continueAnyway(url: string): Promise<boolean> {
  const site = siteVerdict(url, (await currentRegistry()).index)
  if (site.action !== 'warn') return false
  await allowSite(site.host)
  return true
}

// Try it: tokenpocket.pro (green badge), tokenpocket-support.com or xn--tokenpcket-xxx (warning
// page), example.com (nothing). Tests map these names to a local server (test/extension/).
