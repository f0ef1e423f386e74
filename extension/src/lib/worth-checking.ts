import { MIN_KEY_RUN, MIN_PART } from '../../../src/core/contact/secret-bounds'

/**
 * The cheap gate before `findSecret`, run on every paste and key press: one linear pass, no
 * regular expression (a backtracking one could stall typing in a long field). Text that cannot
 * hold the smallest secret is skipped: part of a phrase is 8+ words or 8+ Han characters, a keystore
 * or a key array has dozens of tokens, and a single key is one run of 51+ characters (WIF). The
 * bounds are the engine's own, so the gate never skips what `findSecret` would find.
 */
const MIN_TOKENS = MIN_PART
const MIN_HAN = MIN_PART

export function worthChecking(text: string): boolean {
  let tokens = 0
  let han = 0
  let run = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isAlnum(c)) {
      if (run++ === 0 && ++tokens >= MIN_TOKENS) return true
      if (run >= MIN_KEY_RUN) return true
    } else {
      run = 0
      if (c >= 0x3400 && c <= 0x9fff && ++han >= MIN_HAN) return true
    }
  }
  return false
}

const isAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
