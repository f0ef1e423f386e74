/**
 * Judges the text around a page's support words with the whole engine (`checkMessage`, which
 * reads phones, handles, emails and links) and keeps what the page marks: each contact tied to a
 * project. Pure: it runs in the offscreen document, and in Node for the bench.
 */
import type { Text } from '../../../registry/schema'
import type { ChannelRef, VerdictKind } from '../../../src/core/verdict'
import type { Index } from '../../../src/core/engine/build-index'
import { checkMessage } from '../../../src/core/engine/message'
import { namesIn, type Names } from './names'

export interface ContactMark {
  /** The contact as the text has it, to find it in the page. */
  input: string
  verdict: VerdictKind
  project: string
  explanation: Text
  /** The project's real channel to use instead. */
  official: ChannelRef | null
}

export interface PageJudgement {
  /** For each text sent, in order, its contacts that name or are a project's. */
  contacts: ContactMark[][]
  names: Names
}

/** Fake, not offered or reported; `unknown` only when the text claims the project (unlisted). */
const MARKED: ReadonlySet<VerdictKind> = new Set(['official', 'not_offered', 'impersonation', 'reported_scam', 'unknown'])

export function judgeTexts(texts: readonly string[], index: Index): PageJudgement {
  const contacts = texts.map((text) =>
    (checkMessage(text, index).contacts ?? []).flatMap((c): ContactMark[] =>
      c.project &&
      MARKED.has(c.verdict) &&
      (c.verdict !== 'unknown' || c.reasons.includes('claimed_project'))
        ? [{ input: c.input, verdict: c.verdict, project: c.project, explanation: c.explanation, official: c.official }]
        : [],
    ),
  )
  return { contacts, names: namesIn(index, contacts.flat()) }
}
