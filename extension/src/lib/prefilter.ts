/**
 * The page-marks prefilter: finds where a page's text names a registry project near words about
 * support, in one pass and without the engine. Most pages name no project; for them this is
 * all the content script does, so it must cost almost nothing (see `npm run bench`).
 * Pure (no DOM, no chrome.*): the bench runs it in Node.
 */

/** Words that put a contact in a support context (Chinese and English). */
const SUPPORT =
  /客服|热线|官方微信|微信号|在线客服|人工客服|联系方式|联系我们|电话|官方(?:群|网|邮箱|账号|电报)|support|hotline|helpline|contact|customer service|help ?desk|whatsapp|telegram/gi

/** How far from a support word a project's name may be, and how much text around it is read. */
const RADIUS = 240
/** What one page may send for judging at most: the engine reads 20,000 characters a message. */
export const MAX_WINDOWS = 24
export const MAX_WINDOW = 2 * RADIUS + 200

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const ASCII_WORD = /[a-z0-9]/

/**
 * One regular expression for all aliases: letters may be spaced or punctuated ("T P钱包",
 * "tp-wallet"), and an alias that starts or ends with a Latin letter must start or end a word
 * there ("okx" is not in "tokxyz").
 */
export function aliasPattern(aliases: readonly string[]): RegExp {
  const parts = aliases.map((a) => {
    const chars = [...a]
    const body = chars.map(escape).join("[\\s\\-_.·'’]{0,2}")
    const before = ASCII_WORD.test(chars[0]!) ? '(?<![a-z0-9])' : ''
    const after = ASCII_WORD.test(chars.at(-1)!) ? '(?![a-z0-9])' : ''
    return before + body + after
  })
  return new RegExp(parts.join('|'), 'i')
}

/**
 * The spans of `text` worth judging: around each support word that has a project's name within
 * RADIUS characters, merged where they overlap. Empty for a page that names no project near a
 * support word (almost every page).
 */
export function candidateSpans(text: string, aliases: RegExp): Array<[number, number]> {
  // One pass of the names first: a page that names no project stops here.
  if (!aliases.test(text)) return []
  const spans: Array<[number, number]> = []
  SUPPORT.lastIndex = 0
  for (let m = SUPPORT.exec(text); m; m = SUPPORT.exec(text)) {
    const start = Math.max(0, m.index - RADIUS)
    const end = Math.min(text.length, m.index + m[0].length + RADIUS)
    const last = spans.at(-1)
    if (last && start <= last[1]) {
      // Already inside a span that names a project: stretch it, up to the engine's window.
      if (end - last[0] <= MAX_WINDOW) last[1] = end
      else if (!aliases.test(text.slice(start, end))) continue
      else spans.push([last[1], end])
    } else if (aliases.test(text.slice(start, end))) {
      spans.push([start, end])
    }
    if (spans.length >= MAX_WINDOWS) break
  }
  return spans
}
