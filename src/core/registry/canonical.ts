import canonicalize from 'canonicalize'

/**
 * The RFC 8785 (JCS) canonical JSON text of a value: the exact text a registry signature covers.
 * `canonicalize` is the reference implementation by the RFC's authors, so we do not write our own.
 * @example canonicalJson({ b: 1, a: [true, 'é'] }) // '{"a":[true,"é"],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value)
  // canonicalize returns undefined for values JSON cannot express (undefined, functions).
  if (text === undefined) throw new TypeError('value has no JSON representation')
  return text
}

/** The UTF-8 bytes of the canonical JSON text: what ed25519 signs. */
export function canonicalBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalJson(value))
}
