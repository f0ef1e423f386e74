/**
 * Script checks on a label as a person reads it (UTS #39 section 5, simplified the way Chromium's
 * spoof checks use it): Latin mixed with a look-alike script, or a whole label in one.
 */
const LATIN = /\p{Script=Latin}/u
/** Scripts whose letters pass for Latin ones in a URL bar. */
const LOOKALIKE = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u
const LETTERS = /\p{L}/gu

/** Latin letters mixed with Cyrillic, Greek, Armenian or Cherokee ones in the same label. */
export function isMixedScript(label: string): boolean {
  return LATIN.test(label) && LOOKALIKE.test(label)
}

/** Every letter is from one look-alike script, none Latin ('аррӏе' in Cyrillic). */
export function isWholeScriptLookalike(label: string): boolean {
  const letters = label.match(LETTERS)
  return letters !== null && !LATIN.test(label) && letters.every((l) => LOOKALIKE.test(l))
}
