/**
 * What a top-level navigation means for the person: the one decision the navigation check, the
 * badge, the interstitial and the popup share. Pure (no chrome.*), so the benchmark runs it in Node.
 *
 * It runs the engine's own steps for a host, `parseSiteHost` then `judgeContact`, the path
 * `check(host)` takes, rather than `check` itself: `check` reads any paste (phone numbers,
 * messages, recovery phrases), and its phone metadata and word lists would add some 250 KB to
 * the service worker, which loads for every navigation and needs hosts only.
 */
import type { Index, Verdict } from '../../../src/core'
import { parseSiteHost } from '../../../src/core/contact/site'
import { judgeContact } from '../../../src/core/engine/judge'

/** `warn`: interstitial before the page loads; `caution`: a probable (medium-confidence)
 * lookalike, a banner over the page instead; `official`: green badge; `stale`: the site is in
 * the registry but the registry has expired, so it is not called official; `none`: say nothing. */
export type SiteAction = 'warn' | 'caution' | 'official' | 'stale' | 'none'

export interface SiteVerdict {
  action: SiteAction
  /** The ASCII host checked (punycode for internationalised names). */
  host: string
  verdict: Verdict | null
}

const WARN: ReadonlySet<Verdict['verdict']> = new Set(['impersonation', 'reported_scam'])

/**
 * Checks the host of a web address against the index. Only the host is read: a path or query
 * never changes whose site a page is, and never reaches the engine.
 * @example siteVerdict('https://tokenpocket-support.com/login', index).action // 'warn'
 */
export function siteVerdict(url: string, index: Index): SiteVerdict {
  let host: string
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return none('')
    host = parsed.hostname
  } catch {
    return none('')
  }
  // An IP address or a bare intranet name is nobody's official site and imitates no one.
  if (!host.includes('.') || host.startsWith('[') || /^[\d.]+$/.test(host)) return none(host)
  const contact = parseSiteHost(host)
  if ('error' in contact) return none(host)
  const verdict = judgeContact(contact, index)
  if (WARN.has(verdict.verdict)) {
    return { action: verdict.confidence === 'medium' ? 'caution' : 'warn', host, verdict }
  }
  if (verdict.verdict === 'official') return { action: 'official', host, verdict }
  if (verdict.reasons.includes('registry_stale')) return { action: 'stale', host, verdict }
  return none(host)
}

const none = (host: string): SiteVerdict => ({ action: 'none', host, verdict: null })
