import type { Index } from '../../core'
import type { ContactVerdict, Verdict, VerdictKind } from '../../core/verdict'
import type { Lang } from '../../wording/lang'
import { CARD, claimLine, CLAIMS, claimsInOrder, headline as verdictHeadline } from '../../wording/ui'
import { channelLine, code, type Card, type Line, type Section, type Tone } from './card'

const TONE: Record<VerdictKind, Tone> = {
  official: 'good',
  impersonation: 'bad',
  not_offered: 'bad',
  reported_scam: 'bad',
  secret_detected: 'bad',
  misleading: 'careful',
  unknown: 'careful',
  invalid: 'neutral',
}

/** A message rarely holds more; past this a moderator has the gist, and replies stay short. */
const MAX_CONTACTS = 10

/** The page's headline for a verdict: an icon and the words (never colour alone). */
export const headline = (v: ContactVerdict, lang: Lang): string => {
  const { icon, title } = verdictHeadline(v.verdict, v.kind === 'message', v.confidence, v.reasons)
  return `${icon} ${title[lang]}`
}

const projectName = (id: string | null, index: Index, lang: Lang): string | null =>
  (id && index.projects.get(id)?.name[lang]) || null

/**
 * A verdict as the lookup page tells it: headline, the engine's explanation, the real channel,
 * what a text claims about a project (false first), each contact of a message, its red flags and
 * the project's "official support never" list.
 */
export function verdictCard(v: Verdict, index: Index, lang: Lang): Card {
  const name = projectName(v.project, index, lang)
  const who = name && (v.verdict === 'official' ? CARD.belongsTo(name) : CARD.claims(name))[lang]
  // A whole message is not echoed back: the reader has it, and it may be long.
  const lead: Line[] = v.kind === 'message' ? [] : [[code(v.input)]]
  lead.push([v.explanation[lang]])
  if (v.stale) lead.push([CARD.staleNote[lang]])
  const sections: Section[] = [{ lines: lead }]
  if (v.official) {
    const heading = v.verdict === 'official' ? CARD.thisIsReal : CARD.useInstead
    sections.push({ heading: heading[lang], lines: [channelLine(v.official, lang)] })
  }
  // Compact: the mark and the explanation (what it says, what is true, source and date); the
  // text's own words are in the message the reader just sent or replied to.
  for (const project of new Set(v.claims?.map((c) => c.project))) {
    const claims = claimsInOrder(v.claims!.filter((c) => c.project === project))
    sections.push({
      heading: CLAIMS.title(projectName(project, index, lang) ?? project)[lang],
      lines: claims.map((c): Line => [claimLine(c)[lang]]),
    })
  }
  if (v.contacts) {
    sections.push({
      heading: (v.contacts.length ? CARD.contactsFound(v.contacts.length) : CARD.noContacts)[lang],
      lines: v.contacts
        .slice(0, MAX_CONTACTS)
        .flatMap((c): Line[] => [[`${headline(c, lang)}: `, code(c.input)], [c.explanation[lang]]]),
    })
  }
  if (v.red_flags?.length) {
    const lines = v.red_flags.map((f): Line => ['• ', code(f.match), ` ${f.explanation[lang]}`])
    sections.push({ heading: CARD.redFlagsTitle[lang], lines })
  }
  if (name && v.never.length) {
    const lines = v.never.map((n): Line => [`• ${n.text[lang]}`])
    sections.push({ heading: CARD.neverTitle(name)[lang], lines })
  }
  const title = who ? `${headline(v, lang)} · ${who}` : headline(v, lang)
  return { tone: TONE[v.verdict], title, sections }
}
