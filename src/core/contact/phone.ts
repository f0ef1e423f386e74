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

/**
 * Reads a number with or without country code. Without one it is read as Chinese when valid
 * there (the people we serve are mostly in China), else as international without its "+".
 * @example
 * parsePhone('０２１－１２３４５６７８') // { e164: '+862112345678', country: 'CN' }
 */
export function parsePhone(text: string): Phone | { error: InputError } {
  const digits = text.replace(/\D/g, '')
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return { error: 'malformed_phone' }
  const plus = /^\s*\+/.test(text)
  const tries = plus ? [read(text)] : [read(text, 'CN'), read(`+${digits}`)]
  for (const n of tries) if (n) return n
  return { error: 'malformed_phone' }
}

function read(text: string, defaultCountry?: 'CN'): Phone | null {
  const n = parsePhoneNumberFromString(text, defaultCountry ? { defaultCountry } : undefined)
  return n?.isValid() ? { e164: n.number, country: n.country ?? null } : null
}
