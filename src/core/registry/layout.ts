/**
 * The envelope's text as our builds lay it out (`envelopeJson`): `{"signed":<canonical JSON>,
 * "signatures":[...]}`, so the signed bytes are a slice of the text. No zod here: the CLI reads a
 * registry it verified before through this alone.
 */
export const SIGNED_HEAD = '{"signed":'
export const SIGNATURES_HEAD = ',"signatures":'

/** The signed body's text and the signatures' text; undefined for any other layout. */
export function splitEnvelope(text: string): { signed: string; signatures: string } | undefined {
  const tail = text.lastIndexOf(SIGNATURES_HEAD)
  if (!text.startsWith(SIGNED_HEAD) || tail <= 0 || !text.endsWith('}')) return undefined
  return {
    signed: text.slice(SIGNED_HEAD.length, tail),
    signatures: text.slice(tail + SIGNATURES_HEAD.length, -1),
  }
}
