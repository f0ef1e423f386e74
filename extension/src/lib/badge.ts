/**
 * The toolbar badge of one tab: a green tick on official sites, an amber "?" when out of date,
 * a red "!" on a dangerous site the person chose to open anyway, an amber "?" on a probable lookalike.
 */
import type { Text } from '../../../registry/schema'
import { t } from './lang'
import type { SiteAction } from './site-verdict'
import { WORDS } from './words'

export type BadgeAction = SiteAction | 'bypassed'

const BADGES: Partial<Record<BadgeAction, { text: string; color: string }>> = {
  official: { text: '✓', color: '#188038' },
  stale: { text: '?', color: '#b06000' },
  bypassed: { text: '!', color: '#c5221f' },
  caution: { text: '?', color: '#b06000' },
}

const TITLES: Partial<Record<BadgeAction, (project: string) => Text>> = {
  official: WORDS.officialSite,
  stale: WORDS.staleSite,
  bypassed: (project) => WORDS.bypassedSite(project === '?' ? null : project),
  caution: WORDS.cautionSite,
}

export async function showBadge(tabId: number, action: BadgeAction, name: Text | null): Promise<void> {
  const badge = BADGES[action]
  await chrome.action.setBadgeText({ tabId, text: badge?.text ?? '' })
  if (!badge) return chrome.action.setTitle({ tabId, title: t(WORDS.name) })
  await chrome.action.setBadgeBackgroundColor({ tabId, color: badge.color })
  await chrome.action.setBadgeTextColor({ tabId, color: '#ffffff' })
  const project = name ? t(name) : '?'
  await chrome.action.setTitle({ tabId, title: t(TITLES[action]!(project)) })
}
