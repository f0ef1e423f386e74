/**
 * The smallest secrets findSecret finds, apart from it so that a cheap gate before it (the
 * extension's content script, loaded in every frame) can share its bounds without loading it.
 */

/** Shortest run of letters and digits that can be a key on its own: a WIF key has 51. */
export const MIN_KEY_RUN = 51

/**
 * Fewer words than a phrase, every one exactly a wordlist word: most of a phrase, pasted or typed
 * before the rest. Eleven of twelve words leave 2,048 guesses, eight leave about 10^12 (less the
 * checksum), within reach of a thief; and eight wordlist words in a row are not prose: in 177,000
 * words of English documentation the longest such run was six.
 */
export const MIN_PART = 8
