/**
 * Sites a person chose to open despite the warning ("continue anyway"). Kept in the browser's
 * local storage only, host by host: allowing one lookalike never allows another.
 */
const KEY = 'allowed-sites'

async function allowedSites(): Promise<string[]> {
  const value: unknown = (await chrome.storage.local.get(KEY))[KEY]
  return Array.isArray(value) ? value.filter((h): h is string => typeof h === 'string') : []
}

export async function isAllowed(host: string): Promise<boolean> {
  return (await allowedSites()).includes(host)
}

export async function allowSite(host: string): Promise<void> {
  const sites = await allowedSites()
  if (!sites.includes(host)) await chrome.storage.local.set({ [KEY]: [...sites, host] })
}
