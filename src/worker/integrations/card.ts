/**
 * A bot reply as one small document model. Discord renders it as an embed, Telegram as HTML:
 * both bots say the same words in the same order, and each renderer only escapes and fits.
 */
import type { ChannelRef } from '../../core/verdict'
import { CHANNEL, ROLE, shownValue } from '../../wording/labels'
import type { Lang } from '../../wording/lang'

/** Plain words; `code` for anything a person pasted (shown verbatim, never a live link). */
export type Span = string | { code: string } | { text: string; href: string }
export type Line = Span[]
/** A section without a heading leads the card (Discord: the description). */
export type Section = { heading?: string; lines: Line[] }
export type Tone = 'good' | 'bad' | 'careful' | 'neutral'
export type Card = { tone: Tone; title: string; sections: Section[] }

export const code = (text: string): Span => ({ code: text })

/**
 * "Telegram (Community): @tokenpocket_cn", linked when the registry gives a web link; `mailto:`
 * and `tel:` stay plain text because neither Discord nor Telegram accepts them as links.
 */
export function channelLine(ref: ChannelRef, lang: Lang, withRole = true): Line {
  const shown = shownValue(ref)
  const notes = [withRole ? ROLE[ref.role].name[lang] : null, ref.label?.[lang]].filter(Boolean)
  const value: Span = ref.url?.startsWith('https://') ? { text: shown, href: ref.url } : code(shown)
  return [`${CHANNEL[ref.type].name[lang]}${notes.length ? ` (${notes.join(' · ')})` : ''}: `, value]
}

/** A short answer: a title and one paragraph. */
export const notice = (tone: Tone, title: string, text?: string): Card => ({
  tone,
  title,
  sections: text ? [{ lines: [[text]] }] : [],
})
