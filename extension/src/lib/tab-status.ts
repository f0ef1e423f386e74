/**
 * The status of the site shown in each tab, for the popup: only official (or official but the
 * registry is out of date) sites, probable lookalikes, and dangerous sites a person chose to open
 * anyway, are recorded,
 * in session storage, which the browser keeps in memory and forgets when it closes. Other sites
 * leave no trace.
 */
import type { Text } from '../../../registry/schema'

export interface TabStatus {
  action: 'official' | 'stale' | 'bypassed' | 'caution'
  host: string
  project: { id: string; name: Text } | null
}

export const tabKey = (tabId: number): string => `tab:${tabId}`

export async function readTabStatus(tabId: number): Promise<TabStatus | null> {
  const value = (await chrome.storage.session.get(tabKey(tabId)))[tabKey(tabId)]
  return (value as TabStatus | undefined) ?? null
}
