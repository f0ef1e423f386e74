/**
 * A card as Telegram HTML (https://core.telegram.org/bots/api#html-style), at most 4096
 * characters, the Bot API's limit for a message.
 */
import type { Card, Line, Span } from '../card'
import { clip, joinWithin } from '../clip'

export const MAX_MESSAGE = 4096
/** Even escaped five times over, a heading leaves room for the message under it. */
const MAX_HEADING = 256

/** Telegram's HTML knows only these four entities. */
const escapeHtml = (s: string): string =>
  s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!)

/** Pasted text in <code>: shown verbatim, and a scam link in it is never clickable. */
const span = (s: Span): string =>
  typeof s === 'string'
    ? escapeHtml(s)
    : 'code' in s
      ? `<code>${escapeHtml(clip(s.code.replace(/\s+/g, ' '), 300))}</code>`
      : `<a href="${escapeHtml(s.href)}">${escapeHtml(s.text)}</a>`

const line = (l: Line): string => l.map(span).join('')

/**
 * Title in bold, then each section (its heading in bold). Whole lines are dropped from the end
 * to fit, never cut through a tag: the measure is the HTML, which is never shorter than the text
 * Telegram counts.
 */
export function toHtml(card: Card): string {
  const bold = (s: string) => `<b>${escapeHtml(clip(s, MAX_HEADING))}</b>`
  const lines = [bold(card.title)]
  for (const s of card.sections) {
    if (s.heading !== undefined) lines.push('', bold(s.heading))
    lines.push(...s.lines.map(line))
  }
  return joinWithin(lines, MAX_MESSAGE)
}
