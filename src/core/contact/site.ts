/**
 * A host read as a site: the part of contact parsing that needs no phone metadata or word list,
 * apart from parse.ts so that a host-only caller (the extension's service worker, which checks
 * every navigation) can load it alone.
 */
import { parseHost, plainHost, type HostInfo } from './host'
import type { ParseResult } from './parse'
import type { Contact } from './types'

const HELP_LABEL = /^(?:help|support|docs|faq|kefu)(?:[.-]|$)/

/** A host a mailbox or site can live on: a registrable name, not an IP or a bare suffix. */
export function hostOf(name: string): HostInfo | null {
  const host = parseHost(name)
  return host && !host.isIp && host.registrable ? host : null
}

export const site = (host: HostInfo, url: string | null, raw: string): Contact => ({
  kind: HELP_LABEL.test(host.subdomain) ? 'help_center' : 'website',
  raw,
  host,
  url,
})

/**
 * Reads a plain ASCII host (as a browser's address bar holds it) as parseContact reads it.
 * @example parseSiteHost('help.tokenpocket.pro').kind // 'help_center'
 */
export function parseSiteHost(raw: string): ParseResult {
  const host = hostOf(raw)
  return host ? site(host, null, raw) : { error: 'malformed_url' }
}

/** `parseSiteHost` for a host `isPlainHost` accepts, read without testing it again. */
export function parsePlainSite(raw: string): ParseResult {
  const host = plainHost(raw)
  return host?.registrable ? site(host, null, raw) : { error: 'malformed_url' }
}
