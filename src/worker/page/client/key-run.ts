/**
 * Text that could be all or part of a private key: never sent as you type or paste, only when the
 * person presses Check (and never if `findSecret` calls it a key). A key typed in pauses, or
 * pasted one character short, is no key to `findSecret`, yet sending it gives most of it away.
 * - anywhere in the text: 32+ hex digits, 40+ base58 characters (WIF and Solana keys are
 *   51-88), or the start of a byte array of 16+ numbers;
 * - typed, as one bare token: 8+ hex digits mixing letters and digits (no contact is that: phone
 *   numbers are digits only, sites and handles carry `.`, `@` or `/`), or 21+ letters and digits
 *   (longer than any WeChat ID, the one bare contact of that shape).
 * @example couldBeKey('4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f36231', false) // true
 */
const KEY_RUN = /[0-9a-fA-F]{32,}|[1-9A-HJ-NP-Za-km-z]{40,}|\[\s*\d{1,3}(?:\s*,\s*\d{1,3}){15,}/
const TYPED_HEX = /^\s*(?:0x)?(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{8,}\s*$/i
const TYPED_LONG = /^\s*[0-9A-Za-z]{21,}\s*$/

export const couldBeKey = (text: string, typed: boolean): boolean =>
  KEY_RUN.test(text) || (typed && (TYPED_HEX.test(text) || TYPED_LONG.test(text)))
