/**
 * Reads one pasted contact: a URL or bare domain, an email, a phone number, a handle ("@name",
 * "TG: @name", "微信：abc") or an app-store link, into its canonical form.
 *
 * @example
 * parseContact('https://x.com/TokenPocket_TP') // { kind: 'x', handle: 'tokenpocket_tp', ... }
 * parseContact('TP钱包客服电话：400-800-1234')   // { error: 'unrecognised' } (a message, not a contact)
 * parseContact('+86 138 0013 8000')             // { kind: 'phone', e164: '+8613800138000', ... }
 */
import { parse } from 'tldts'
import type { ChannelType } from '../../../registry/schema'
import type { InputError } from '../verdict'
import { isTypedHost, parseHost } from './host'
import { LABELLED, labelKind, type LabelKind } from './labels'
import { foldPhoneDigits, parsePhone } from './phone'
import { platformAccount, youtubeId } from './platforms'
import { hostOf, parseSiteHost, site } from './site'
import { refang, tidy } from './tidy'
import type { Contact, SocialType } from './types'

/** Longer than any real contact (URLs included): refused before any work is done. */
export const MAX_CONTACT = 2_048

export type ParseResult = Contact | { error: InputError }

const WRAPPERS =
  /^[\s"'`<>「」『』《》【】()[\]]+|[\s"'`<>「」『』《》【】()[\].,;:!?。，、；！？]+$/gu
const PHONE_SHAPE = /^(?:tel:)?\s*\+?[\d\s\-./()]+$/i
const EMAIL = /^(?:mailto:)?([^\s@/]+)@([^\s@/?#]+)$/i
/** RFC 5322 atext, dots allowed: the local parts mailboxes actually accept. */
const LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}$/i
const HANDLE = /^@?([\p{L}\p{M}\p{N}_.-]{1,64})$/u
const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i
/** Something dot something, ending in a name: "800.820.8820" is a phone, not a host. */
const HOSTISH = /^[^\s/?#@]+\.(?:\p{L}|xn--)[^\s/?#@.]*(?:[/?#]|$)/u

/** Reads one contact; never throws. Anything not read as one contact is `{ error }`. */
export function parseContact(input: string): ParseResult {
  if (typeof input !== 'string') return { error: 'bad_type' }
  if (input.length > MAX_CONTACT) return { error: 'too_long' }
  const raw = input.trim()
  // The common case, a plain ASCII host, skips the general path: domain checks must be cheap.
  if (isTypedHost(raw)) return parseSiteHost(raw)
  const s = foldIdeographicDots(foldPhoneDigits(refang(tidy(raw))).replace(WRAPPERS, ''))
  if (!s) return { error: 'empty' }
  if (/\s/.test(s) && !PHONE_SHAPE.test(s) && !LABELLED.test(s)) return { error: 'unrecognised' }

  const label = LABELLED.exec(s)
  if (label?.index === 0) {
    const kind = labelKind(label[1]!)
    const value = s.slice(label[0].length)
    if (kind && value) return parseAs(kind, value, raw)
  }
  if (EMAIL.test(s) && !s.startsWith('@')) return parseEmail(s, raw)
  if (s.startsWith('@')) return parseHandle('handle', s, raw)
  if (PHONE_SHAPE.test(s) && !HOSTISH.test(s)) return phone(s, raw)
  if (SCHEME.test(s) || HOSTISH.test(s)) return parseUrl(s, raw)
  return { error: 'unrecognised' }
}

const IDEOGRAPHIC_DOT = /[\u3002\uff61]/

/**
 * Ideographic full stops typed in a host ("tokenpocket。pro") are dots, as browsers read them.
 * Between two sentences ("币安可以帮你找回密码。TP钱包有客服电话") they are full stops: the text
 * is read as a message, so the dots are folded only when the host ends in a known public suffix.
 */
function foldIdeographicDots(s: string): string {
  if (!IDEOGRAPHIC_DOT.test(s)) return s
  const folded = s.replaceAll('\u3002', '.').replaceAll('\uff61', '.')
  const { isIcann, isPrivate } = parse(folded, { allowPrivateDomains: true })
  return isIcann || isPrivate ? folded : s
}

/** A bare account name or ID as scammers hand them out: "tpkefu8888", "wxid_abc123xyz". */
const BARE_ID = /^[a-z][a-z0-9_-]{2,63}$/i

/**
 * A bare token read as an account on a platform not named: a Telegram or X username, a WeChat or
 * QQ ID. Only for a whole input that is nothing else (parseContact found no contact in it).
 * @example parseBareId('TPkefu_001') // { kind: 'handle', handle: 'tpkefu_001', platform: null, ... }
 */
export function parseBareId(input: string): Contact | null {
  const s = tidy(input.trim()).replace(WRAPPERS, '')
  return BARE_ID.test(s) ? social('handle', s.toLowerCase(), input) : null
}

/**
 * Reads a value known to be of one type: after a label ("微信：abc"), or a registry channel.
 * @example
 * parseAs('telegram', '@TokenPocket_en', 'TG: @TokenPocket_en') // { kind: 'telegram', handle: 'tokenpocket_en', ... }
 */
export function parseAs(type: ChannelType | LabelKind, value: string, raw = value): ParseResult {
  const v = foldPhoneDigits(refang(tidy(value))).replace(WRAPPERS, '')
  if (!v) return { error: 'empty' }
  switch (type) {
    case 'phone':
      return phone(v, raw)
    case 'email':
      return parseEmail(v, raw)
    case 'website':
    case 'help_center': {
      const c = parseUrl(v, raw)
      return 'host' in c && c.kind === 'website' && type === 'help_center'
        ? { ...c, kind: type }
        : c
    }
    case 'app_store': {
      const id = /^(?:id)?(\d{5,12})$/i.exec(v)
      return id ? { kind: 'app_store', raw, id: `id${id[1]}` } : fromUrl(type, v, raw)
    }
    case 'play_store':
      return /^[\w.]{3,150}$/.test(v) ? { kind: type, raw, id: v } : fromUrl(type, v, raw)
    case 'chrome_web_store':
      return /^[a-p]{32}$/i.test(v)
        ? { kind: type, raw, id: v.toLowerCase() }
        : fromUrl(type, v, raw)
    case 'youtube': {
      const yt = youtubeId(v)
      return yt && 'handle' in yt ? social('youtube', yt.handle, raw) : fromUrl(type, v, raw)
    }
    case 'whatsapp': {
      const p = parsePhone(v)
      return 'e164' in p ? social('whatsapp', p.e164, raw) : fromUrl(type, v, raw)
    }
    default:
      // A link has a scheme or a path; "some.name" after "Discord:" is a username.
      return SCHEME.test(v) || v.includes('/') ? fromUrl(type, v, raw) : parseHandle(type, v, raw)
  }
}

/** A platform link given where that platform's account was expected. */
function fromUrl(type: ChannelType, v: string, raw: string): ParseResult {
  const c = parseUrl(v, raw)
  return 'error' in c || c.kind === type ? c : { error: 'unrecognised' }
}

function parseHandle(kind: SocialType | 'handle', v: string, raw: string): ParseResult {
  const m = HANDLE.exec(v)
  if (!m) return { error: 'unrecognised' }
  const name = m[1]!.replace(/^[.-]+|[.-]+$/g, '') || m[1]!
  // A bare discord value may be an invite code, whose case matters; usernames are lower-case.
  return social(kind, kind === 'discord' ? name : name.toLowerCase(), raw)
}

const social = (kind: SocialType | 'handle', handle: string, raw: string): Contact => ({
  kind,
  raw,
  handle,
  platform: kind === 'handle' ? null : kind,
})

function phone(v: string, raw: string): ParseResult {
  const p = parsePhone(v.replace(/^tel:/i, ''))
  return 'error' in p ? p : { kind: 'phone', raw, ...p }
}

function parseEmail(v: string, raw: string): ParseResult {
  const m = EMAIL.exec(v)
  const host = m ? hostOf(m[2]!) : null
  if (!m || !LOCAL.test(m[1]!) || !host) return { error: 'malformed_email' }
  const local = m[1]!.toLowerCase()
  return { kind: 'email', raw, address: `${local}@${host.ascii}`, local, host }
}

function parseUrl(v: string, raw: string): ParseResult {
  const scheme = SCHEME.exec(v)?.[1]?.toLowerCase()
  if (scheme === 'tg') return telegramDeepLink(v, raw)
  if (scheme && scheme !== 'http' && scheme !== 'https') return { error: 'malformed_url' }
  let url: URL
  try {
    url = new URL(scheme ? v : `https://${v}`)
  } catch {
    return { error: 'malformed_url' }
  }
  const host = url.hostname.startsWith('[') ? parseHost(url.hostname) : hostOf(url.hostname)
  if (!host) return { error: 'malformed_url' }
  const account = platformAccount(url, host)
  if (account) {
    return 'handle' in account
      ? social(account.kind, account.handle, raw)
      : { kind: account.kind, raw, id: account.id }
  }
  return site(host, scheme ? url.href : null, raw)
}

/** `tg://resolve?domain=name`: what Telegram's own links open. */
function telegramDeepLink(v: string, raw: string): ParseResult {
  const name = /[?&]domain=([A-Za-z0-9_]{1,64})/.exec(v)?.[1]
  return name ? social('telegram', name.toLowerCase(), raw) : { error: 'malformed_url' }
}
