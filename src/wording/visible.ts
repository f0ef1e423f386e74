/**
 * Shows what a person pasted without letting it lie about itself. hono/jsx already escapes HTML;
 * this is about Unicode: a right-to-left override can make `moc.tekcopnekot` read as a real
 * domain, and zero-width characters hide inside a name. We show each such character as a visible
 * `⟨U+202E⟩` tag instead. Hand-written because no library does this one display step.
 */
const INVISIBLE =
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/g

/** Longest text echoed on a card: a whole pasted message is summarised, never repeated. */
const MAX_SHOWN = 200

/**
 * @example visible('paypal\u202Emoc.com') // 'paypal⟨U+202E⟩moc.com'
 */
export function visible(text: string): string {
  // By code point, so a cut never splits a surrogate pair.
  const chars = [...text]
  const shown = chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : text
  return shown.replace(
    INVISIBLE,
    (ch) => `⟨U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`,
  )
}
