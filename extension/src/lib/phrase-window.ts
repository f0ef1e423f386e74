/**
 * The text a phrase being typed can be in: what precedes the caret, back far enough to hold the
 * longest phrase with what people write around it (numbering, commas, a label such as
 * "我的助记词是" or "seed phrase:"), and no further. The guard checks this on every key press:
 * findSecret over a whole 2,000-character Chinese message cost milliseconds a key, because most
 * Chinese characters are wordlist characters. Paste and drop keep the full check.
 */

/** Runs of letters or digits: a 24-word phrase numbered "1. abandon 2. ability…" is 48. */
export const WINDOW_TOKENS = 72
/** Han characters: a 24-character phrase, its label and the words that open the label. */
export const WINDOW_HAN = 48
/** Text with neither (a long line of symbols) is cut here, as before windows. */
export const WINDOW_MAX = 2_000

/**
 * A Han character in no wordlist, put where the window cuts a run of Han characters: the cut run
 * then still reads as the tail of a longer one (a phrase at its end needs a label inside it, as
 * in the whole text), not as a run that starts at the window.
 */
const CUT = '\u3400'

export function phraseWindow(text: string, caret: number): string {
  const floor = Math.max(0, caret - WINDOW_MAX)
  let tokens = 0
  let han = 0
  let start = floor
  for (let i = caret - 1; i >= floor; i--) {
    const c = text.charCodeAt(i)
    if (isAlnum(c) ? !isAlnum(text.charCodeAt(i - 1)) && ++tokens >= WINDOW_TOKENS : isHan(c) && ++han >= WINDOW_HAN) {
      start = i
      break
    }
  }
  // A word cut by WINDOW_MAX is left out whole: a fragment could read as another word.
  while (start > 0 && start < caret && isAlnum(text.charCodeAt(start - 1)) && isAlnum(text.charCodeAt(start))) start++
  const window = text.slice(start, caret)
  return start > 0 && isHan(text.charCodeAt(start - 1)) && isHan(text.charCodeAt(start)) ? CUT + window : window
}

const isAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const isHan = (c: number): boolean => c >= 0x3400 && c <= 0x9fff
