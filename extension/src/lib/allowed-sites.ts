/**
 * Sites a person chose to open despite the warning ("continue anyway"). Kept in the browser's
 * local storage only, host by host (allowing one lookalike never allows another), for a day: a
 * choice made in a hurry should not stand forever. The popup lists them, each with "undo".
 */
const KEY = 'allowed-sites'
/** How long "continue anyway" lasts. */
export const ALLOW_FOR_MS = 24 * 60 * 60 * 1000

export interface AllowedSite {
  host: string
  /** Epoch milliseconds after which the site is stopped again. */
  until: number
}

const isAllowedSite = (v: unknown): v is AllowedSite =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as AllowedSite).host === 'string' &&
  typeof (v as AllowedSite).until === 'number'

/** The exceptions still in force, oldest first; expired ones are dropped as they are read. */
export async function allowedSites(now = Date.now()): Promise<AllowedSite[]> {
  const value: unknown = (await chrome.storage.local.get(KEY))[KEY]
  const all = Array.isArray(value) ? value.filter(isAllowedSite) : []
  const live = all.filter((s) => s.until > now)
  if (live.length !== (Array.isArray(value) ? value.length : 0)) await save(live)
  return live
}

export async function isAllowed(host: string): Promise<boolean> {
  return (await allowedSites()).some((s) => s.host === host)
}

export async function allowSite(host: string, now = Date.now()): Promise<void> {
  const sites = (await allowedSites(now)).filter((s) => s.host !== host)
  await save([...sites, { host, until: now + ALLOW_FOR_MS }])
}

export async function forgetSite(host: string): Promise<void> {
  await save((await allowedSites()).filter((s) => s.host !== host))
}

const save = (sites: AllowedSite[]) => chrome.storage.local.set({ [KEY]: sites })
