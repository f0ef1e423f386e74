/**
 * Cuts text to at most `max` UTF-16 units, ending with "…", never between the two halves of a
 * surrogate pair. UTF-16 length is never below the character count Discord and Telegram limit,
 * so a clipped text always fits.
 * @example clip('abcdef', 4) // 'abc…'
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max - 1
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end -= 1
  return `${text.slice(0, end)}…`
}

/**
 * Joins lines up to `max` units; lines that do not fit are dropped whole (a cut line could
 * break its markup), replaced by a last "…". A first line alone too long is clipped.
 */
export function joinWithin(lines: readonly string[], max: number, sep = '\n'): string {
  const [first, ...rest] = lines
  let out = clip(first ?? '', max)
  for (const line of rest) {
    if (out.length + sep.length + line.length > max) {
      return out.length + sep.length + 1 <= max ? `${out}${sep}…` : out
    }
    out += sep + line
  }
  return out
}
