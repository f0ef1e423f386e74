/**
 * Judges the text around a page's support words: the contacts in it (phones, handles, emails,
 * links), each judged once however often the page repeats it, and what the text claims about the
 * project it names (a phone line, password resets...), of which the false claims are kept. Not
 * the whole message reading (`checkMessage`): no secret or red-flag search, which a page's marks
 * do not show. Pure: it runs in the offscreen document, and in Node for the bench.
 */
import type { Text } from '../../../registry/schema'
import type { ChannelRef, ContactVerdict, VerdictKind } from '../../../src/core/verdict'
import type { Index } from '../../../src/core/engine/build-index'
import { extractContacts } from '../../../src/core/contact/message'
import { findAssertions } from '../../../src/core/contact/assertions'
import { judgeAssertion } from '../../../src/core/engine/claims'
import { judgeContact, supportChannel } from '../../../src/core/engine/judge'
import { channelRef } from '../../../src/core/engine/links'
import { namesIn, type Names } from './names'

export interface ContactMark {
  /** The contact as the text has it, to find it in the page. */
  input: string
  kind: ContactVerdict['kind']
  verdict: VerdictKind
  project: string
  explanation: Text
  /** The project's real channel to use instead. */
  official: ChannelRef | null
}

/** A false thing the page says about a project, with the project's own words against it. */
export interface FalseClaim {
  project: string
  /** The page's words. */
  text: string
  explanation: Text
}

export interface PageJudgement {
  /** For each text sent, in order, its contacts that name or are a project's. */
  contacts: ContactMark[][]
  /** The page's false claims, once each (per project and topic). */
  claims: FalseClaim[]
  /** Each project's support channel: the real way to get help. */
  support: Record<string, ChannelRef | null>
  names: Names
}

/** Fake, not offered or reported; `unknown` only when the text claims the project (unlisted). */
const MARKED: ReadonlySet<VerdictKind> = new Set(['official', 'not_offered', 'impersonation', 'reported_scam', 'unknown'])

/**
 * What any contact the message reader finds is made of: a number of six digits or more, an "@",
 * a host, or an account name after a platform's name ("微信：tpkefu888", "加微abc123"). A window
 * with none of these is prose about the project: its claims are read, not its contacts.
 */
const MAY_HOLD_CONTACT =
  /\d[\d \-.()]{4,}\d|@|[a-z0-9-]\.[a-z]{2}|(?:微信|威信|薇信|weixin|wechat|vx|wx|v信|加微|加v|qq|扣扣|q群|tg|telegram|电报|飞机|whatsapp|推特|twitter|discord)号?\s*[:：=]?\s*[a-z0-9_]{4}/i

export function judgeTexts(texts: readonly string[], index: Index): PageJudgement {
  const judged = new Map<string, ContactVerdict>()
  const claims: FalseClaim[] = []
  const asserted = new Set<string>()
  const projects = new Set<string>()
  const contacts = texts.map((text) => {
    const named = index.claims(text)
    const claimed = named.map((id) => index.projects.get(id)).find((p) => !!p)
    if (claimed) {
      projects.add(claimed.id)
      // A page repeats itself: each thing it says is judged (and explained) once.
      for (const a of findAssertions(text)) {
        const key = `${claimed.id} ${a.topic} ${a.says}`
        if (asserted.has(key)) continue
        asserted.add(key)
        const c = judgeAssertion(a, claimed)
        if (c.truth === 'false') claims.push({ project: c.project, text: c.text, explanation: c.explanation })
      }
    }
    if (!MAY_HOLD_CONTACT.test(text)) return []
    return extractContacts(text).flatMap((contact): ContactMark[] => {
      let c = judged.get(contact.raw)
      if (!c) judged.set(contact.raw, (c = judgeContact(contact, index, named)))
      if (!c.project || !MARKED.has(c.verdict) || (c.verdict === 'unknown' && !c.reasons.includes('claimed_project'))) return []
      projects.add(c.project)
      return [{ input: c.input, kind: c.kind, verdict: c.verdict, project: c.project, explanation: c.explanation, official: c.official }]
    })
  })
  const support: Record<string, ChannelRef | null> = {}
  for (const id of projects) {
    const real = index.projects.get(id)
    const channel = real && supportChannel(real)
    support[id] = channel ? channelRef(channel) : null
  }
  return { contacts, claims, support, names: namesIn(index, [...projects].map((project) => ({ project }))) }
}
