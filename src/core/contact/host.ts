/**
 * Host names as people paste them, read the way a browser reads them.
 *
 * @example
 * parseHost('TokenPocket-Wallet.vercel.app')
 * // { ascii: 'tokenpocket-wallet.vercel.app', registrable: 'tokenpocket-wallet.vercel.app',
 * //   suffix: 'vercel.app', subdomain: '', sharedHosting: true, ... }
 */
import { parse } from 'tldts'
// The package's own file, so bundlers never pick Node's deprecated `punycode` built-in.
import punycode from 'punycode/punycode.js'

export interface HostInfo {
  /** Lower-case ASCII (punycode) host, no trailing dot. */
  ascii: string
  /** The same host as a person reads it, IDN labels decoded. */
  unicode: string
  /** ASCII registrable domain (eTLD+1), with shared hosting counted as a public suffix. */
  registrable: string | null
  suffix: string | null
  /** Labels left of the registrable domain, dot-joined; '' when none. */
  subdomain: string
  isIp: boolean
  /** The registrable domain is one tenant of a shared-hosting service (`x.vercel.app`). */
  sharedHosting: boolean
}

/**
 * Hosting services where anyone gets a subdomain, missing from the Public Suffix List's private
 * section that tldts ships (vercel.app, pages.dev, github.io, gitbook.io, web.app... are there).
 * Without them `metamask.medium.com` would count as part of medium.com.
 */
const EXTRA_SHARED_HOSTING = new Set([
  '000webhostapp.com',
  'business.site',
  'codesandbox.io',
  'fleek.app',
  'fleek.co',
  'ghost.io',
  'glide.page',
  'glitch.me',
  'godaddysites.com',
  'gumroad.com',
  'hostingersite.com',
  'ipfs.io',
  'jimdosite.com',
  'medium.com',
  'mobirisesite.com',
  'mybluehost.me',
  'mystrikingly.com',
  'on.fleek.co',
  'railway.app',
  'site123.me',
  'softr.app',
  'stackblitz.io',
  'strikingly.com',
  'substack.com',
  'super.site',
  'teachable.com',
  'tilda.ws',
  'tumblr.com',
  'ucraft.site',
  'webnode.page',
  'weebly.com',
  'weeblysite.com',
  'wordpress.com',
  'zohosites.com',
])

/** DNS limits (RFC 1035); a Unicode host is never longer than its ASCII form. */
const MAX_HOST = 253
const MAX_LABEL = 63
const ASCII_HOST = /^[a-z0-9.-]+$/
/** Every label 1 to MAX_LABEL characters of [a-z0-9-]: one test, no split of the host. */
const ASCII_LABELS = new RegExp(`^(?:[a-z0-9-]{1,${MAX_LABEL}}\\.)*[a-z0-9-]{1,${MAX_LABEL}}$`)
const ASCII_LABEL = /^[a-z0-9-]+$/
/** What an IDN label may hold once decoded: letters, marks, digits, hyphen (IDNA2008 spirit). */
const UNICODE_LABEL = /^[\p{L}\p{M}\p{N}-]+$/u
/** UTS #46 maps these dots to '.' and these invisible characters to nothing, as browsers do. */
const IDEOGRAPHIC_DOTS = /[\u3002\uff0e\uff61]/g
const IGNORED = /[\u00ad\u200b-\u200d\u2060\ufeff]/g
const IPV6 = /^\[?([0-9a-f:.]+)\]?$/

const TLDTS_OPTIONS = { allowPrivateDomains: true, extractHostname: false } as const

/** ASCII labels in lower case, the last a name: a host as a browser shows it. */
const PLAIN_HOST = /^(?:[a-z0-9-]{1,63}\.){1,126}[a-z][a-z0-9-]{0,62}$/

/**
 * The host is plain: ASCII labels in lower case, the last a name ('help.tokenpocket.pro', not
 * '800.820.8820'). Most hosts checked are: `plainHost` reads them with no mapping or second test.
 */
export const isPlainHost = (s: string): boolean => PLAIN_HOST.test(s)

const TYPED_HOST = new RegExp(PLAIN_HOST.source, 'i')
/** A plain host in any case, as typed ('Help.TokenPocket.pro'): `parseHost` lower-cases it. */
export const isTypedHost = (s: string): boolean => TYPED_HOST.test(s)

/**
 * Parses a bare host (no scheme, path or port). Returns null for anything a browser would not
 * resolve as a host name: empty or over-long labels, invalid characters, bad punycode.
 */
export function parseHost(raw: string): HostInfo | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_HOST + 1) return null
  if (isPlainHost(raw)) return plainHost(raw)
  let host = raw.toLowerCase()
  if (host.includes(':')) return parseIpv6(host)
  if (!ASCII_LABELS.test(host)) {
    if (!ASCII_HOST.test(host)) host = toAsciiHost(host) ?? ''
    if (host.endsWith('.')) host = host.slice(0, -1)
    if (!ASCII_LABELS.test(host)) return null
  }
  return plainHost(host)
}

/** A host of valid ASCII labels in lower case (`isPlainHost`, or mapped to them): its parts. */
export function plainHost(host: string): HostInfo | null {
  if (host.length > MAX_HOST) return null
  // Most hosts have no IDN label: their Unicode form is the host itself, and no split is needed.
  if (!host.includes('xn--')) return describe(host, host)
  const unicode: string[] = []
  for (const label of host.split('.')) {
    const decoded = label.startsWith('xn--') ? decodeLabel(label) : label
    if (decoded === null) return null
    unicode.push(decoded)
  }
  return describe(host, unicode.join('.'))
}

function describe(ascii: string, unicode: string): HostInfo {
  const info = parse(ascii, TLDTS_OPTIONS)
  if (info.isIp) return ipInfo(ascii)
  let suffix = info.publicSuffix
  let registrable = info.domain
  const shared = sharedSuffix(ascii)
  if (shared !== null) {
    suffix = shared
    // The tenant's label and the suffix: sharedSuffix leaves at least one label left of it.
    registrable = ascii.slice(ascii.lastIndexOf('.', ascii.length - shared.length - 2) + 1)
  } else if (registrable === null && info.isPrivate) {
    // The host IS a hosting service's own domain (vercel.app): an ordinary site of its owner.
    const icann = parse(ascii, { extractHostname: false })
    suffix = icann.publicSuffix
    registrable = icann.domain
  }
  const subdomain =
    registrable === null ? '' : ascii.slice(0, Math.max(0, ascii.length - registrable.length - 1))
  return {
    ascii,
    unicode,
    registrable,
    suffix,
    subdomain,
    isIp: false,
    sharedHosting: shared !== null || (info.isPrivate === true && info.domain !== null),
  }
}

/** One of our extra shared-hosting suffixes, when the host is a tenant's subdomain of it. */
function sharedSuffix(ascii: string): string | null {
  // The last three labels, then the last two, cut from the host itself rather than joined anew;
  // either counts only with a tenant's label left of it.
  const lastTwo = ascii.lastIndexOf('.', ascii.lastIndexOf('.') - 1)
  if (lastTwo < 0) return null
  const lastThree = ascii.lastIndexOf('.', lastTwo - 1)
  if (lastThree >= 0) {
    const three = ascii.slice(lastThree + 1)
    if (EXTRA_SHARED_HOSTING.has(three)) return three
  }
  const two = ascii.slice(lastTwo + 1)
  return EXTRA_SHARED_HOSTING.has(two) ? two : null
}

/** UTS #46 in the parts that matter for spoofing: compatibility forms, case, dots, invisibles. */
function toAsciiHost(host: string): string | null {
  const mapped = host.normalize('NFKC').toLowerCase().replace(IDEOGRAPHIC_DOTS, '.').replace(IGNORED, '')
  const labels = mapped.split('.')
  for (const label of labels) {
    if (label.length > MAX_LABEL * 4 || (label.length > 0 && !UNICODE_LABEL.test(label))) return null
  }
  try {
    return labels.map((label) => (ASCII_LABEL.test(label) ? label : punycode.toASCII(label))).join('.')
  } catch {
    return null
  }
}

/** A valid A-label decodes to a non-ASCII U-label that encodes back to itself. */
function decodeLabel(label: string): string | null {
  try {
    const decoded = punycode.toUnicode(label)
    if (decoded === label || ASCII_LABEL.test(decoded) || !UNICODE_LABEL.test(decoded)) return null
    return punycode.toASCII(decoded) === label ? decoded : null
  } catch {
    return null
  }
}

function parseIpv6(host: string): HostInfo | null {
  const match = IPV6.exec(host)
  const address = match?.[1]
  if (address === undefined || !parse(address, TLDTS_OPTIONS).isIp) return null
  return ipInfo(address)
}

function ipInfo(address: string): HostInfo {
  return {
    ascii: address,
    unicode: address,
    registrable: null,
    suffix: null,
    subdomain: '',
    isIp: true,
    sharedHosting: false,
  }
}
