/**
 * How many recovery-phrase words in a row end the text before the caret: the seed-phrase guard
 * stops a page's key events once a typed run starts, before the phrase is long enough to find.
 * Only complete words count (followed by a space or comma); a word being typed neither counts nor
 * breaks the run. English words match as the engine reads them (exactly, or by their first four
 * letters, which BIP-39 makes unique); Chinese words are single characters written with spaces.
 */
import { wordlist as english } from '@scure/bip39/wordlists/english.js'
import { wordlist as simplified } from '@scure/bip39/wordlists/simplified-chinese.js'
import { wordlist as traditional } from '@scure/bip39/wordlists/traditional-chinese.js'

/** Built on the first run looked for, not when the guard loads (on a field's first focus). */
let tables: { words: Set<string>; prefixes: Set<string> } | undefined
const words = () =>
  (tables ??= {
    words: new Set([...english, ...simplified, ...traditional]),
    prefixes: new Set(english.map((w) => w.slice(0, 4))),
  })
/**
 * Wordlist words in a row that start a run. Three leave the page at most three words of twelve
 * (2^99 guesses for the rest); fewer would catch everyday prose ("wallet access").
 */
export const RUN_START = 3

/** Enough of the tail to hold a whole 24-word phrase. */
const TAIL = 240

const isWord = (w: string): boolean =>
  words().words.has(w) || (w.length >= 4 && /^[a-z]+$/.test(w) && words().prefixes.has(w.slice(0, 4)))

export function wordRun(beforeCaret: string): number {
  const tail = beforeCaret.slice(-TAIL).toLowerCase()
  const tokens = tail.split(/[\s,，、]+/u)
  // The last token is the word being typed (empty after a separator): it does not count.
  tokens.pop()
  let run = 0
  for (let i = tokens.length - 1; i >= 0 && isWord(tokens[i]!); i--) run++
  return run
}
