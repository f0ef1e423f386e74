/** The toolbar badge of one tab: a green tick on official sites, an amber "?" when out of date. */
import type { Text } from '../../../registry/schema'
import { t } from './lang'
import type { SiteAction } from './site-verdict'
import { WORDS } from './words'

const BADGES: Partial<Record<SiteAction, { text: string; color: string }>> = {
  official: { text: '✓', color: '#188038' },
  stale: { text: '?', color: '#b06000' },
}

export async function showBadge(tabId: number, action: SiteAction, name: Text | null): Promise<void> {
  const badge = BADGES[action]
  await chrome.action.setBadgeText({ tabId, text: badge?.text ?? '' })
  if (!badge) return chrome.action.setTitle({ tabId, title: t(WORDS.name) })
  await chrome.action.setBadgeBackgroundColor({ tabId, color: badge.color })
  await chrome.action.setBadgeTextColor({ tabId, color: '#ffffff' })
  const project = name ? t(name) : '?'
  await chrome.action.setTitle({
    tabId,
    title: t(action === 'official' ? WORDS.officialSite(project) : WORDS.staleSite(project)),
  })
}
