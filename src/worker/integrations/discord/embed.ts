/**
 * A card as a Discord embed, fitted to Discord's limits
 * (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
 */
import type { Card, Line, Span, Tone } from '../card'
import { clip, joinWithin } from '../clip'

export const LIMITS = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  total: 6000,
} as const

const COLOR: Record<Tone, number> = {
  good: 0x2e7d32,
  bad: 0xc62828,
  careful: 0xf9a825,
  neutral: 0x757575,
}

export type Embed = {
  title: string
  description?: string
  color: number
  fields: { name: string; value: string }[]
}

/** Our words may hold `_` or `*` (handles such as tokenpocket_cn): shown as typed, not as markup. */
const escapeMarkdown = (s: string): string => s.replace(/[\\*_~`|>#[\]()<:-]/g, '\\$&')

/**
 * What a person pasted goes in a code span: shown verbatim, and a scam link is never clickable.
 * Backticks cannot be escaped inside one, so they are swapped for a look-alike grave accent.
 */
const codeSpan = (s: string): string =>
  `\`${clip(s.replace(/`/g, 'ˋ').replace(/\s+/g, ' '), 300) || ' '}\``

const span = (s: Span): string =>
  typeof s === 'string'
    ? escapeMarkdown(s)
    : 'code' in s
      ? codeSpan(s.code)
      : `[${escapeMarkdown(s.text)}](${s.href.replace(/[()\s]/g, encodeURIComponent)})`

const line = (l: Line): string => l.map(span).join('')

const size = (e: Embed): number =>
  e.title.length +
  (e.description?.length ?? 0) +
  e.fields.reduce((n, f) => n + f.name.length + f.value.length, 0)

/**
 * The card's first heading-less section is the description; each other section a field.
 * @example toEmbed({ tone: 'good', title: '✓ Official channel', sections: [] })
 */
export function toEmbed(card: Card): Embed {
  const lead = card.sections[0]?.heading === undefined ? card.sections[0] : undefined
  const fields = (lead ? card.sections.slice(1) : card.sections).filter((s) => s.lines.length)
  const embed: Embed = {
    title: clip(card.title, LIMITS.title),
    color: COLOR[card.tone],
    fields: fields.slice(0, LIMITS.fields).map((s) => ({
      name: clip(s.heading ?? '\u200b', LIMITS.fieldName),
      value: joinWithin(s.lines.map(line), LIMITS.fieldValue),
    })),
  }
  if (lead?.lines.length) embed.description = joinWithin(lead.lines.map(line), LIMITS.description)
  // The total counts every part: drop trailing fields first, the description is what matters most.
  while (size(embed) > LIMITS.total && embed.fields.length) embed.fields.pop()
  if (embed.description && size(embed) > LIMITS.total) {
    embed.description = clip(embed.description, LIMITS.total - embed.title.length)
  }
  return embed
}
