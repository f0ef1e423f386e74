/**
 * Reads a whole pasted message: every contact in it, in order, once each.
 *
 * @example
 * extractContacts('您好，我是TP钱包客服，微信：tpkefu888，电话 400-800-1234')
 * // [{ kind: 'wechat', handle: 'tpkefu888', ... }, { kind: 'phone', e164: '+864008001234', ... }]
 */
import { parse as tldts } from 'tldts'
import { LABELLED, labelKind } from './labels'
import { MAX_CONTACT, parseAs, parseBareId, parseContact, type ParseResult } from './parse'
import { refang, tidy } from './tidy'
import { MAX_MESSAGE } from './limits'
import { foldPhoneDigits } from './phone'
import type { Contact } from './types'

export { MAX_MESSAGE }
/** More contacts than this in one message is spam; the first ones tell the story. */
export const MAX_CONTACTS = 50

const END = `\\s<>"'\`，。、；！？）】》「」`
const URL_RE = new RegExp(`\\b(?:https?|tg)://[^${END}]+`, 'giu')
// Quantifiers are bounded and starts anchored by look-behinds, so no pattern can go quadratic.
const EMAIL_RE =
  /(?<![a-z0-9._%+-])[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}/giu
const HANDLE_RE = /(?<![\w@.])@[a-z0-9_]{2,64}/giu
const DOMAIN_RE = new RegExp(
  `(?<![\\w@.-])(?:[a-z0-9-]{1,63}\\.)+(?:xn--[a-z0-9-]+|[a-z]{2,63})\\b(?:/[^${END}]*)?`,
  'giu',
)
/** A number's last digit is not one of the hours after it: "400-800-1234 24小时", "… 9:00". */
const NOT_HOURS = String.raw`(?!\w|\s*(?:小时|小時|点|點|h\b)|[:：]\d)`
const PHONE_RE = new RegExp(String.raw`(?<![\w.+])(?:\+|00)?\d[\d \-.()]{5,22}\d${NOT_HOURS}`, 'gu')
const LABEL_RE = new RegExp(LABELLED.source, 'giu')
/** After a label: "是"/"为" ("微信号是abc"), then an ASCII value; a phone may hold spaces. */
const SOCIAL_VALUE = /^[是为為]?\s*([\x21-\x7e]+)/u
const PHONE_VALUE = new RegExp(String.raw`^[是为為]?\s*(\+?[\d \-.()]{5,30}\d)${NOT_HOURS}`, 'u')
const TRAILING = /[.,;:!?)\]'"]+$/u
/**
 * An account given as someone's staff without naming its platform: "TP钱包客服：TPkefu_001",
 * "加客服tpkefu8888". Only an ID-shaped value (with a digit or an underscore) is read: "客服
 * TokenPocket" names a project, and "contact support" is words.
 */
const STAFF_ID_RE =
  /(?:客服|人工|专员|經理|经理|助理|助手|(?:联系|聯繫|加|找|私信|咨询)[我他她]?|(?<![a-z])(?:support|contact|admin))(?:号|號|账号|帳號|帐号|id)?\s*[:=]?\s*[是为為]?\s*([a-z][a-z0-9_-]{3,31})(?![a-z0-9_@.-])/giu
const ID_SHAPED = /[\d_]/u

type Span = { start: number; end: number; contact: Contact }

/**
 * Candidates read per pattern. Each is parsed (a phone number through libphonenumber, a host
 * through the suffix list), so 20,000 characters of numbers or hosts cost tens of milliseconds
 * unread; past this many, a pattern's later candidates cannot change the first MAX_CONTACTS.
 */
const MAX_CANDIDATES = 4 * MAX_CONTACTS

/** Every contact in `text`, in order of appearance, deduplicated, at most MAX_CONTACTS. */
export function extractContacts(text: string): Contact[] {
  if (typeof text !== 'string') return []
  const t = foldPhoneDigits(refang(tidy(text.slice(0, MAX_MESSAGE))))
  const spans: Span[] = []
  /**
   * Reads one pattern's matches in text order. It stops after MAX_CONTACTS distinct contacts
   * (any later one comes after them, so it is past the cut) or MAX_CANDIDATES tries.
   */
  const pass = (
    matches: IterableIterator<RegExpMatchArray>,
    read: (m: RegExpMatchArray) => void,
  ) => {
    const before = spans.length
    let tries = 0
    for (const m of matches) {
      read(m)
      if (++tries >= MAX_CANDIDATES) return
      if (spans.length - before >= MAX_CONTACTS && distinct(spans, before) >= MAX_CONTACTS) return
    }
  }
  const take = (start: number, value: string, read: (v: string) => ParseResult) => {
    const v = value.replace(TRAILING, '')
    const end = start + v.length
    if (!v || v.length > MAX_CONTACT || spans.some((s) => start < s.end && s.start < end)) return
    const c = read(v)
    if (!('error' in c)) spans.push({ start, end, contact: c })
  }

  pass(t.matchAll(URL_RE), (m) => take(m.index!, m[0], parseContact))
  pass(t.matchAll(EMAIL_RE), (m) => take(m.index!, m[0], parseContact))
  pass(t.matchAll(LABEL_RE), (m) => {
    const kind = labelKind(m[1]!)
    const at = m.index! + m[0].length
    const rest = t.slice(at, at + 80)
    const v = (kind === 'phone' || kind === 'whatsapp' ? PHONE_VALUE : SOCIAL_VALUE).exec(rest)
    if (kind && v) take(at + v[0].length - v[1]!.length, v[1]!, (s) => parseAs(kind, s))
  })
  pass(t.matchAll(STAFF_ID_RE), (m) => {
    const id = m[1]!
    if (ID_SHAPED.test(id)) take(m.index! + m[0].length - id.length, id, bareId)
  })
  pass(t.matchAll(HANDLE_RE), (m) => take(m.index!, m[0], parseContact))
  pass(t.matchAll(DOMAIN_RE), (m) => {
    if (isRealHost(m[0])) take(m.index!, m[0], parseContact)
  })
  pass(t.matchAll(PHONE_RE), (m) => take(m.index!, m[0], parseContact))

  const seen = new Set<string>()
  const out: Contact[] = []
  for (const { contact } of spans.sort((a, b) => a.start - b.start)) {
    const key = keyOf(contact)
    if (seen.has(key)) continue
    seen.add(key)
    out.push(contact)
    if (out.length === MAX_CONTACTS) break
  }
  return out
}

const bareId = (v: string): ParseResult => parseBareId(v) ?? { error: 'unrecognised' }

const keyOf = (c: Contact) => `${c.kind}:${canonicalOf(c)}`

/** Distinct contacts among spans[from..]. */
const distinct = (spans: readonly Span[], from: number) =>
  new Set(spans.slice(from).map((s) => keyOf(s.contact))).size

/** "readme.txt" or "v1.2" are not hosts: the suffix must be a real one. */
function isRealHost(candidate: string): boolean {
  const host = candidate.split('/')[0]!
  const info = tldts(host, { allowPrivateDomains: true })
  return (info.isIcann === true || info.isPrivate === true) && info.domain !== null
}

function canonicalOf(c: Contact): string {
  if ('address' in c) return c.address
  if ('host' in c) return c.host.ascii
  if ('e164' in c) return c.e164
  return 'id' in c ? c.id : c.handle
}

/**
 * True when the input is a message rather than one contact: several lines, or words (or Chinese
 * text) that do not read as one contact. "+86 138 0013 8000" and "TG: @name" are contacts.
 */
export function looksLikeMessage(input: string): boolean {
  if (typeof input !== 'string') return false
  if (input.length > MAX_CONTACT) return true
  const s = input.trim()
  if (s.includes('\n')) return true
  if (!/[\s\p{Script=Han}]/u.test(s)) return false
  return 'error' in parseContact(s)
}
