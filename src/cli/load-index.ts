import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
// The engine's own modules, not its index: a check must not evaluate zod (verify.ts, the schemas).
import { buildIndex, type Index } from '../core/engine/build-index'
import { accept } from '../core/registry/accept'
import { splitEnvelope } from '../core/registry/layout'
import type { Signed } from '../core'
import { DIST, dueNotice } from './registry-files'
import { digests, recall, remember as rememberVerified, type Verified } from './verified-registry'

/**
 * Why the registry could not be loaded, with a stable code first: the registry's own codes
 * (`malformed`, `unknown_key`, `bad_signature`, `rollback`) or `malformed_keys`, `unreadable`.
 */
export class RegistryLoadError extends Error {}

/** Where the CLI remembers the highest registry version it accepted per key (rollback guard). */
const acceptedPath = () =>
  join(process.env.GENUINE_STATE_DIR ?? join(homedir(), '.local', 'state', 'genuine'), 'accepted-versions.json')

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (e) {
    throw new RegistryLoadError(`${path}: unreadable: ${(e as NodeJS.ErrnoException).code ?? 'cannot read'}`)
  }
}

/** The keys file's registry keys, and those it lists for other uses. Loads zod: a first run only. */
async function readKeys(path: string, text: string) {
  const { readKeysFile } = await import('../core/registry/verify')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new RegistryLoadError(`${path}: malformed_keys: not JSON, so not a keys file`)
  }
  try {
    return readKeysFile(json)
  } catch {
    throw new RegistryLoadError(
      `${path}: malformed_keys: not a keys file (a list of {keyid, alg, public}, or the /api/v1/keys document)`,
    )
  }
}

/** Loud: a person who passed the Worker's keys document must know its reports key is not used. */
function warnRefused(refused: Verified['refused']): void {
  for (const k of refused) {
    process.stderr.write(
      `genuine: ignoring key ${k.keyid.slice(0, 16)}… (use: ${k.use}): only registry keys verify a registry\n`,
    )
  }
}

/**
 * Laid out as our builds write it, its signed body canonical JSON: then the signature was checked
 * over that very slice, and a later run reads the body as verification did, by parsing the slice.
 */
async function ownLayout(text: string): Promise<boolean> {
  const parts = splitEnvelope(text)
  if (!parts) return false
  const { canonicalJson } = await import('../core/registry/canonical')
  return canonicalJson(JSON.parse(parts.signed)) === parts.signed
}

function accepted(): Record<string, number> {
  try {
    const data = JSON.parse(readFileSync(acceptedPath(), 'utf8')) as unknown
    return data && typeof data === 'object' ? (data as Record<string, number>) : {}
  } catch {
    return {}
  }
}

function rememberVersion(keyid: string, version: number, seen: Record<string, number>): void {
  if ((seen[keyid] ?? 0) >= version) return
  try {
    mkdirSync(dirname(acceptedPath()), { recursive: true })
    writeFileSync(acceptedPath(), JSON.stringify({ ...seen, [keyid]: version }) + '\n')
  } catch (e) {
    process.stderr.write(`genuine: cannot record the accepted registry version: ${(e as NodeJS.ErrnoException).code}\n`)
  }
}

/**
 * The signed registry as the CLI trusts it: verified against pinned keys exactly as the Worker
 * and the extension verify it, never older than `minVersion` nor than a version it accepted
 * before under the same keys. Builds the local development registry first when none exists.
 */
export async function loadIndex(
  opts: { registry?: string; keys?: string; minVersion?: number } = {},
): Promise<Index> {
  const registryPath = opts.registry ?? `${DIST}/registry.json`
  const keysPath = opts.keys ?? `${DIST}/trusted-keys.json`
  if (!opts.registry && !existsSync(registryPath)) {
    const { run: registryCommand } = await import('./registry')
    if (await registryCommand(['build', '--quiet'])) throw new RegistryLoadError('building the local registry failed')
  }
  const keysText = readText(keysPath)
  const registryText = readText(registryPath)
  const hashes = digests(registryText, keysText)
  const known = recall(hashes)
  const keysFile = known ? undefined : await readKeys(keysPath, keysText)
  const refused = known?.refused ?? keysFile!.refused
  const keyids = known?.keyids ?? keysFile!.keys.map((k) => k.keyid)
  warnRefused(refused)
  const seen = accepted()
  const minVersion = Math.max(opts.minVersion ?? 0, ...keyids.map((k) => seen[k] ?? 0))
  const floor = minVersion > 0 ? { minVersion } : {}
  let result
  if (known) {
    // The very bytes verified before: only rollback and expiry remain to decide.
    result = accept(JSON.parse(splitEnvelope(registryText)!.signed) as Signed, known.keyid, floor)
  } else {
    const { verifyRegistryText } = await import('../core/registry/verify')
    result = await verifyRegistryText(registryText, { keys: keysFile!.keys, ...floor })
    if (result.ok && await ownLayout(registryText)) {
      rememberVerified({ ...hashes, keyid: result.keyid, keyids, refused })
    }
  }
  if (result.signed?.due) process.stderr.write(dueNotice(result.signed.due))
  if (result.ok) {
    rememberVersion(result.keyid, result.signed.version, seen)
    return buildIndex(result.signed, { lazy: true })
  }
  if (result.code === 'expired' && result.signed) {
    process.stderr.write(`genuine: ${result.message}; nothing will be called official.\n`)
    return buildIndex(result.signed, { stale: true, lazy: true })
  }
  const byRefused = result.code === 'unknown_key' && refused.length > 0
  const why = byRefused ? 'signed by no registry key (a reports key never vouches for a registry)' : result.message
  // One line: a zod message spans many.
  throw new RegistryLoadError(`${registryPath}: ${result.code}: ${why.replace(/\s+/g, ' ').slice(0, 300)}`)
}
