/**
 * Phone numbers to E.164 with libphonenumber-js. The `max` metadata (about 145 kB against 80 kB
 * for `min`) is used because only it validates numbers by pattern: `min` checks lengths alone, so
 * "12025550123" would pass as a Chinese mobile instead of being read as the US number it is.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import type { InputError } from '../verdict'

export type Phone = { e164: string; country: string | null }

/** Digits count of E.164 (at most 15) plus room for a trunk or international prefix. */
const MAX_DIGITS = 17
const MIN_DIGITS = 5
/** Digits before a bracket that make it a note after the number, not an area code: "(021)". */
const NOTE_AFTER = 7

/**
 * What follows a number in an ad, its hours: "（24小时）", "(9:00-18:00)", "24小时", "9:00-18:00".
 * Read, their digits would join the number ("400-800-1234(24" is not a Chinese number).
 */
const HOURS =
  /[(（[【〔]|[\s(]*\d{1,2}\s*(?:小时|小時|h(?:ours?|rs?)?\b)|\s*\d{1,2}[:：]\d{2}/iu

/**
 * Reads a number with or without country code. Without one it is read as Chinese when valid
 * there (the people we serve are mostly in China), else as international without its "+".
 * @example
 * parsePhone('０２１－１２３４５６７８') // { e164: '+862112345678', country: 'CN' }
 * parsePhone('400-800-1234（24小时）') // { e164: '+864008001234', country: 'CN' }
 */
export function parsePhone(text: string): Phone | { error: InputError } {
  const number = withoutNote(text)
  const digits = number.replace(/\D/g, '')
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return { error: 'malformed_phone' }
  const plus = /^\s*\+/.test(number)
  const tries = plus ? [read(number)] : [read(number, 'CN'), read(`+${digits}`)]
  for (const n of tries) if (n) return n
  return { error: 'malformed_phone' }
}

/** The number without the hours written after it. */
function withoutNote(text: string): string {
  const re = new RegExp(HOURS.source, 'giu')
  for (const m of text.matchAll(re)) {
    const before = text.slice(0, m.index)
    if (before.replace(/\D/g, '').length >= NOTE_AFTER) return before
  }
  return text
}

function read(text: string, defaultCountry?: 'CN'): Phone | null {
  const n = parsePhoneNumberFromString(text, defaultCountry ? { defaultCountry } : undefined)
  return n?.isValid() ? { e164: n.number, country: n.country ?? null } : null
}

/** Chinese digits as phone numbers are written out ("幺" is how 1 is read aloud in numbers). */
const NUMERALS = new Map(
  [...'〇○零一幺二三四五六七八九壹贰叁肆伍陆柒捌玖'].map((c, i) => [
    c,
    '0001123456789123456789'[i]!,
  ]),
)
const HAN_DIGITS = [...NUMERALS.keys()].join('')
const DIGIT = `[0-9${HAN_DIGITS}]`
/** Dashes of every kind (‐ ‑ ‒ – — ― − ﹘ ー) and middle dots (· • ‧ ∙ ・) between digits. */
const ODD_SEPARATOR = /[\u2010-\u2015\u2212\ufe58\u30fc\u00b7\u2022\u2027\u2219\u30fb]/u
const SEPARATOR = `(?:[\\s\\-.()]|${ODD_SEPARATOR.source})`
/** A run of seven or more digits, separated at most by three separators: a number's shape. */
const RUN = new RegExp(`${DIGIT}(?:${SEPARATOR}{0,3}${DIGIT}){6,24}`, 'gu')
const UNUSUAL = new RegExp(`[${HAN_DIGITS}]|${ODD_SEPARATOR.source}`, 'u')

/**
 * Phone numbers written in Chinese numerals or with unusual dashes and dots, spelt as
 * libphonenumber reads them: "四零零—八零零—一二三四" becomes "400-800-1234". Each character
 * becomes one, so positions in the text stay where they were. Only runs of seven digits or more
 * change: "一二三" in a sentence is left alone.
 */
export function foldPhoneDigits(text: string): string {
  if (!UNUSUAL.test(text)) return text
  return text.replace(RUN, (run) =>
    run.replace(/./gu, (c) => NUMERALS.get(c) ?? (ODD_SEPARATOR.test(c) ? '-' : c)),
  )
}
