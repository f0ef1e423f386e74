/**
 * Bounds shared by the readers of pasted text. Apart from message.ts so that a reader that
 * needs only the bound (the alias matcher, built into every index) does not import the whole
 * contact parser with it.
 */

/** Only this much of a message is read: longer text is refused upstream, this bounds the work. */
export const MAX_MESSAGE = 20_000
