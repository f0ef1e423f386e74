import type {
  Channel,
  ChannelStatus,
  ChannelType,
  NeverKind,
  Project,
} from '../../../registry/schema'
import { canonicalValue, isSocial, type Contact } from '../contact/types'
import { matchDomain, matchHandle, type LookalikeMatch } from '../lookalike'
import type { Confidence, ContactKind, ContactVerdict, ReasonCode } from '../verdict'
import { channelKey, type ChannelHit, type Index } from './build-index'
import { explain, type NotOfferedEvidence } from '../../wording/explain'
import { channelRef } from './links'

/** Mailboxes anyone can open: official support never writes from these. */
const FREE_MAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'yahoo.com',
  'icloud.com',
  'proton.me',
  'protonmail.com',
  'aol.com',
  'gmx.com',
  'mail.com',
  'yandex.com',
  'yandex.ru',
  'qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  'sina.com',
  'sina.cn',
  'sohu.com',
  'aliyun.com',
  '139.com',
])

/**
 * The channel a person should use to reach a project: a support address first (it is what
 * scammers' fake numbers and DMs stand in for), then the help center, then the website.
 */
export function supportChannel(p: Project): Channel | null {
  const rank = (c: Channel) =>
    (c.role === 'support' ? 0 : 4) +
    (c.type === 'email' ? 0 : c.type === 'help_center' ? 1 : c.type === 'website' ? 2 : 3)
  let best: Channel | null = null
  for (const c of p.channels) if (!best || rank(c) < rank(best)) best = c
  return best
}

type Draft = Pick<ContactVerdict, 'verdict' | 'project' | 'reasons' | 'official' | 'explanation'> &
  Pick<Partial<ContactVerdict>, 'confidence'>

function finish(contact: Contact, index: Index, d: Draft): ContactVerdict {
  const project = d.project ? (index.projects.get(d.project) ?? null) : null
  // Fields named one by one: an object spread here was a measurable part of every check.
  const verdict: ContactVerdict = {
    input: contact.raw,
    kind: contact.kind,
    normalized: canonicalValue(contact),
    unicode: 'host' in contact ? contact.host.unicode : null,
    stale: index.stale,
    never: explain.never(project),
    verdict: d.verdict,
    project: d.project,
    reasons: d.reasons,
    official: d.official,
    explanation: d.explanation,
  }
  // Only an impersonation has a confidence; other verdicts leave the field out.
  if (d.confidence) verdict.confidence = d.confidence
  return verdict
}

/**
 * The entry of the host, or of its nearest parent down to the registrable domain, in `map`:
 * subdomains of a site are the site's.
 */
function lookupHost<T>(
  map: ReadonlyMap<string, T>,
  c: { host: { ascii: string; registrable: string | null } },
): { entry: T; exact: boolean } | null {
  const { ascii, registrable } = c.host
  for (let h = ascii; ; ) {
    const entry = map.get(h)
    if (entry !== undefined) return { entry, exact: h === ascii }
    const dot = h.indexOf('.')
    if (!registrable || h === registrable || dot < 0) return null
    h = h.slice(dot + 1)
  }
}

function reportedOf(c: Contact, index: Index) {
  if (c.kind === 'website' || c.kind === 'help_center') {
    return lookupHost(index.reportedHosts, c)?.entry
  }
  if (c.kind === 'email') {
    return (
      index.reported.get(channelKey('email', c.address)) ?? index.reportedHosts.get(c.host.ascii)
    )
  }
  return index.reported.get(channelKey(c.kind === 'handle' ? 'x' : c.kind, canonicalValue(c)))
}

/** A bare `@name` could be on any platform: match it against every platform's handles. */
const HANDLE_PLATFORMS: ChannelType[] = ['x', 'telegram', 'github', 'instagram', 'tiktok', 'medium', 'wechat', 'qq']

function officialOf(c: Contact, index: Index): { hit: ChannelHit; exact: boolean } | null {
  if (c.kind === 'website' || c.kind === 'help_center') {
    const found = lookupHost(index.hosts, c)
    return found && { hit: found.entry, exact: found.exact }
  }
  if (c.kind === 'handle') {
    for (const p of HANDLE_PLATFORMS) {
      const hit = index.official.get(channelKey(p, c.handle))
      if (hit) return { hit, exact: true }
    }
    return null
  }
  const hit = index.official.get(channelKey(c.kind, canonicalValue(c)))
  return hit ? { hit, exact: true } : null
}

const STATUS_REASON: Record<Exclude<ChannelStatus, 'active'>, ReasonCode> = {
  legacy: 'legacy_channel',
  affiliate: 'affiliate_channel',
  revoked: 'revoked_channel',
}

function relatedOf(c: Contact, index: Index): ChannelHit | null {
  if (c.kind === 'website' || c.kind === 'help_center') {
    return lookupHost(index.relatedHosts, c)?.entry ?? null
  }
  if (c.kind === 'email') {
    return (
      index.related.get(channelKey('email', c.address)) ??
      lookupHost(index.relatedHosts, c)?.entry ??
      null
    )
  }
  if (c.kind === 'handle') {
    for (const p of HANDLE_PLATFORMS) {
      const hit = index.related.get(channelKey(p, c.handle))
      if (hit) return hit
    }
    return null
  }
  return index.related.get(channelKey(c.kind, canonicalValue(c))) ?? null
}

function lookalikeOf(c: Contact, index: Index): LookalikeMatch | null {
  switch (c.kind) {
    case 'website':
    case 'help_center':
      return matchDomain(c.host, index.brands)
    case 'email': {
      const byHost = index.hosts.has(c.host.ascii) ? null : matchDomain(c.host, index.brands)
      if (byHost) return { ...byHost, reasons: [...byHost.reasons, 'brand_in_email'] }
      const byLocal = matchHandle(c.local, index.brands)
      if (!byLocal) return null
      const reasons: ReasonCode[] = ['brand_in_email']
      if (c.host.registrable && FREE_MAIL.has(c.host.registrable)) reasons.push('free_email_provider')
      return { ...byLocal, reasons }
    }
    case 'phone':
    case 'app_store':
    case 'play_store':
    case 'chrome_web_store':
      return null
    default:
      return matchHandle(c.handle, index.brands)
  }
}

/** The project's real channel of this contact's type, else its support channel. */
function realChannel(p: Project, kind: ContactKind): Channel | null {
  const type = kind === 'help_center' ? 'website' : kind
  return p.channels.find((c) => c.type === type && c.role === 'support') ?? supportChannel(p)
}

/**
 * Judges one parsed contact. `claims` are the projects the surrounding message says it speaks
 * for: "TP钱包客服电话：400…" makes any phone number a TokenPocket claim.
 */
export function judgeContact(c: Contact, index: Index, claims: readonly string[] = []): ContactVerdict {
  // Most sites checked are on a domain the registry files nothing under: nothing to look up.
  const isSite = c.kind === 'website' || c.kind === 'help_center'
  if (isSite && c.host.registrable !== null && !index.hostDomains.has(c.host.registrable)) {
    return judgeUnlisted(c, index, claims)
  }
  // Official first: no report, confirmed or listed, ever changes an official channel's verdict.
  const found = officialOf(c, index)
  if (found) {
    const { project, channel } = found.hit
    if (index.stale) {
      return finish(c, index, {
        verdict: 'unknown',
        project: project.id,
        reasons: ['registry_stale'],
        official: null,
        explanation: explain.stale,
      })
    }
    if (c.kind === 'email' && !found.exact) return unlisted(c, index, project)
    return finish(c, index, {
      verdict: 'official',
      project: project.id,
      reasons: [found.exact ? 'exact_match' : 'official_subdomain'],
      official: channelRef(channel),
      explanation: found.exact
        ? explain.official(project, channel)
        : explain.subdomain(project, c.kind === 'website' || c.kind === 'help_center' ? c.host.unicode : c.raw),
    })
  }

  const reported = reportedOf(c, index)
  if (reported) {
    const p = reported.project ? index.projects.get(reported.project) : undefined
    // "Not the brand's" rests on the brand naming its only channels; "scam" on evidence of one.
    if (reported.kind === 'not_official' && p) {
      const real = realChannel(p, c.kind)
      return finish(c, index, {
        verdict: 'impersonation',
        project: p.id,
        reasons: ['not_official'],
        official: nullableRef(real),
        // The brand's own words say it is not the brand's: as sure as a lookalike gets.
        confidence: 'high',
        explanation: explain.notOfficial(p, c.kind, reported, real),
      })
    }
    return finish(c, index, {
      verdict: 'reported_scam',
      project: reported.project,
      reasons: ['reported'],
      official: p ? nullableRef(supportChannel(p)) : null,
      explanation: explain.reported(p ?? null, reported),
    })
  }

  // A former, related or given-up channel: neither official nor a fake, and never a lookalike.
  // Before the unlisted-address answer: a former support address on a domain the project still
  // uses (support@metamask.io) is named as what it was, not as an address it never listed.
  const related = relatedOf(c, index)
  if (related) {
    const { project, channel } = related
    const current = realChannel(project, c.kind)
    return finish(c, index, {
      verdict: 'unknown',
      project: project.id,
      reasons: [STATUS_REASON[channel.status as Exclude<ChannelStatus, 'active'>]],
      official: nullableRef(current),
      explanation: explain.related(project, channel, current),
    })
  }

  if (c.kind === 'email' && index.hosts.has(c.host.ascii)) {
    return unlisted(c, index, index.hosts.get(c.host.ascii)!.project)
  }

  const unconfirmed =
    c.kind === 'website' || c.kind === 'help_center'
      ? index.unconfirmedHosts.get(c.host.ascii)
      : index.unconfirmed.get(channelKey(c.kind === 'handle' ? 'x' : c.kind, canonicalValue(c)))
  if (unconfirmed) {
    const p = unconfirmed.project
    return finish(c, index, {
      verdict: 'unknown',
      project: p.id,
      reasons: ['unconfirmed_channel'],
      official: nullableRef(supportChannel(p)),
      explanation: explain.unconfirmed(p, unconfirmed.channel, c.kind, supportChannel(p)),
    })
  }

  return judgeUnlisted(c, index, claims)
}

/** A contact the registry lists nowhere: a lookalike, a claimed project's, or unknown. */
function judgeUnlisted(c: Contact, index: Index, claims: readonly string[]): ContactVerdict {
  const look = lookalikeOf(c, index)
  if (look) {
    const p = index.projects.get(look.project)!
    return impersonationOf(c, index, p, look.reasons, look.imitates, look.confidence)
  }

  for (const id of claims) {
    const p = index.projects.get(id)
    if (p) {
      const v = judgeClaim(c, index, p)
      if (v) return v
    }
  }

  return unknownOf(c, index)
}

/** Not in the registry, and nothing about it points to a project. */
export function unknownOf(c: Contact, index: Index): ContactVerdict {
  return finish(c, index, {
    verdict: 'unknown',
    project: null,
    reasons: [],
    official: null,
    explanation: explain.unknown(null),
  })
}

/** The verdict for a contact that imitates `p`; `real` defaults to the channel to use instead. */
export function impersonationOf(
  c: Contact,
  index: Index,
  p: Project,
  reasons: ReasonCode[],
  real: Channel | null = realChannel(p, c.kind),
  confidence: Confidence = 'high',
): ContactVerdict {
  return finish(c, index, {
    verdict: 'impersonation',
    project: p.id,
    reasons,
    official: nullableRef(real),
    explanation: explain.impersonation(p, c.kind, reasons, real),
    confidence,
  })
}

/** The never kind that says a project has no channel of this kind at all. */
const NEVER_OF: Partial<Record<ContactKind, NeverKind>> = {
  phone: 'phone_support',
  whatsapp: 'whatsapp',
}

/**
 * What says `p` has no channel of this kind: its own `never` statement of that type, or its own
 * complete list of support channels without the type. Null when nothing does: absence of data
 * is not evidence.
 */
function notOfferedEvidence(p: Project, kind: ContactKind): NotOfferedEvidence | null {
  const neverKind = NEVER_OF[kind]
  const never = neverKind ? p.never.find((n) => n.kind === neverKind) : undefined
  if (never) return { fact: never, from: 'never' }
  const s = p.support
  if (s?.complete && kind !== 'handle' && !s.via.includes(kind as ChannelType)) {
    return { fact: s, from: 'support' }
  }
  return null
}

/** A contact presented as a project's that is none of its channels. */
function judgeClaim(c: Contact, index: Index, p: Project): ContactVerdict | null {
  // A website is judged by the lookalike rules alone: messages link to many honest sites.
  if (c.kind === 'website' || c.kind === 'help_center') return null
  const real = realChannel(p, c.kind)
  const type: ChannelType | null = c.kind === 'handle' ? null : c.kind
  const offered = index.offered.get(p.id)
  const has = type ? offered?.has(type) : [...(offered ?? [])].some(isSocial)
  const evidence = notOfferedEvidence(p, c.kind)
  // The project has channels of this type; this one is not among them.
  if (has && evidence?.from !== 'never') return impersonationOf(c, index, p, ['claimed_project'], real)
  if (!evidence) {
    return finish(c, index, {
      verdict: 'unknown',
      project: p.id,
      reasons: ['claimed_project', 'no_listed_channel'],
      official: nullableRef(real),
      explanation: explain.claimedUnlisted(p, c.kind, real),
    })
  }
  const reason: ReasonCode =
    c.kind === 'phone' ? 'no_phone_support' : c.kind === 'whatsapp' ? 'no_whatsapp' : 'channel_not_offered'
  return finish(c, index, {
    verdict: 'not_offered',
    project: p.id,
    reasons:
      evidence.from === 'support' ? [reason, 'claimed_project', 'support_listed'] : [reason, 'claimed_project'],
    official: nullableRef(real),
    explanation: explain.notOffered(p, c.kind, evidence, real),
  })
}

function unlisted(c: Contact, index: Index, p: Project): ContactVerdict {
  const real = realChannel(p, 'email')
  return finish(c, index, {
    verdict: 'unknown',
    project: p.id,
    reasons: ['unlisted_address'],
    official: nullableRef(real),
    explanation: explain.unlistedAddress(p, real),
  })
}

const nullableRef = (c: Channel | null) => (c ? channelRef(c) : null)

