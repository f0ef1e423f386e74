/**
 * The registry a check verified last, remembered by the SHA-256 of its exact bytes and of the
 * keys file's, so the next run over the same two files skips the signature check and the schema
 * parse (and never loads zod or WebCrypto): the cheapest part of a verification is hashing the
 * bytes again, which node:crypto does for the 200 KB registry in well under a millisecond.
 *
 * It lives beside the CLI's own bundle (`.genuine/cli/`): whoever can write it can rewrite the
 * code that reads it, so it trusts nothing the CLI did not already trust. Rollback and expiry are
 * not remembered: they are decided on every run (`accept`). A registry or keys file changed by one
 * byte hashes differently and is verified in full again.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const FILE = fileURLToPath(new URL('../../.genuine/cli/verified.json', import.meta.url))

export interface Verified {
  /** SHA-256 of the registry's bytes and of the keys file's, hex. */
  registry: string
  keys: string
  /** The pinned key that signed it. */
  keyid: string
  /** Every registry key the keys file pins (for the rollback floor), and those it lists for other uses. */
  keyids: string[]
  refused: { keyid: string; use: string }[]
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

export const digests = (registryText: string, keysText: string) => ({
  registry: sha256(registryText),
  keys: sha256(keysText),
})

/** What was remembered for exactly these two files, or undefined. */
export function recall(hashes: { registry: string; keys: string }): Verified | undefined {
  try {
    const known = JSON.parse(readFileSync(FILE, 'utf8')) as Verified
    return known.registry === hashes.registry && known.keys === hashes.keys ? known : undefined
  } catch {
    return undefined // none yet
  }
}

/** Remembers a verified registry; a CLI installed read-only just verifies every time. */
export function remember(verified: Verified): void {
  const temporary = `${FILE}.${process.pid}.tmp`
  try {
    mkdirSync(dirname(FILE), { recursive: true })
    writeFileSync(temporary, JSON.stringify(verified))
    renameSync(temporary, FILE) // whole or not at all, even with two runs at once
  } catch {
    // read-only: the next run verifies in full, as this one did
  }
}
