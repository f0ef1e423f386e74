/**
 * Registry sync: refreshes the signed registry from the Worker on install, on browser start and
 * every few hours, with If-None-Match so an unchanged registry costs one empty 304. What arrives
 * is verified offline against the pinned keys; another key's signature, a lower version, an
 * expired or tampered registry is refused and the extension keeps what it holds.
 * The request carries nothing about the person: no cookies, no page, no identifier.
 */
import { MAX_REGISTRY_BYTES, REFRESH_MINUTES, REGISTRY_URL } from '../lib/config'
import { currentRegistry, offerRegistry, type Held } from '../lib/registry-state'
import { SYNC_STATUS_KEY, type SyncStatus } from '../lib/sync-status'

const ALARM = 'registry-refresh'

export default function registrySync(): void {
  chrome.runtime.onInstalled.addListener(() => void refreshRegistry())
  chrome.runtime.onStartup.addListener(() => void refreshRegistry())
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void refreshRegistry()
  })
  // Chrome may drop alarms across restarts: make sure the periodic one exists at every start.
  void chrome.alarms.get(ALARM).then((alarm) => {
    if (!alarm) void chrome.alarms.create(ALARM, { periodInMinutes: REFRESH_MINUTES })
  })
}

export async function refreshRegistry(): Promise<SyncStatus> {
  const held = await currentRegistry()
  const { version } = held.signed
  const status = await fetchAndOffer(held).catch(
    (): Omit<SyncStatus, 'at'> => ({ outcome: 'failed', code: 'network', version }),
  )
  const record: SyncStatus = { at: new Date().toISOString(), ...status }
  await chrome.storage.local.set({ [SYNC_STATUS_KEY]: record })
  return record
}

async function fetchAndOffer({ etag, signed }: Held): Promise<Omit<SyncStatus, 'at'>> {
  const res = await fetch(REGISTRY_URL, {
    headers: etag ? { 'If-None-Match': etag } : {},
    credentials: 'omit',
    cache: 'no-store',
    signal: AbortSignal.timeout(30_000),
  })
  if (res.status === 304) return { outcome: 'unchanged', version: signed.version }
  if (!res.ok) return { outcome: 'failed', code: `http_${res.status}`, version: signed.version }
  const length = Number(res.headers.get('content-length') ?? 0)
  if (length > MAX_REGISTRY_BYTES) return refusedTooLarge(signed.version)
  const text = await res.text()
  if (text.length > MAX_REGISTRY_BYTES) return refusedTooLarge(signed.version)
  return offerRegistry(text, res.headers.get('etag'))
}

const refusedTooLarge = (version: number): Omit<SyncStatus, 'at'> => ({
  outcome: 'refused',
  code: 'too_large',
  version,
})

// Try it: load extension/dist unpacked, open the service worker's console and watch
// chrome.storage.local.get('sync'); the popup's footer shows the registry version and last check.
