import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { buildIndex, readKeysFile, verifyRegistryText, type Index } from '../core'
import { DIST, dueNotice, run as registryCommand } from './registry'

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

function readJson(path: string, code: string, what: string): unknown {
  const text = readText(path)
  try {
    return JSON.parse(text)
  } catch {
    throw new RegistryLoadError(`${path}: ${code}: not JSON, so not ${what}`)
  }
}

function readKeys(path: string): ReturnType<typeof readKeysFile> {
  let file: ReturnType<typeof readKeysFile>
  try {
    file = readKeysFile(readJson(path, 'malformed_keys', 'a keys file'))
  } catch (e) {
    if (e instanceof RegistryLoadError) throw e
    throw new RegistryLoadError(
      `${path}: malformed_keys: not a keys file (a list of {keyid, alg, public}, or the /api/v1/keys document)`,
    )
  }
  // Loud: a person who passed the Worker's keys document must know its reports key is not used.
  for (const k of file.refused) {
    process.stderr.write(
      `genuine: ignoring key ${k.keyid.slice(0, 16)}… (use: ${k.use}): only registry keys verify a registry\n`,
    )
  }
  return file
}

function accepted(): Record<string, number> {
  try {
    const data = JSON.parse(readFileSync(acceptedPath(), 'utf8')) as unknown
    return data && typeof data === 'object' ? (data as Record<string, number>) : {}
  } catch {
    return {}
  }
}

function remember(keyid: string, version: number, seen: Record<string, number>): void {
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
  if (!opts.registry && !existsSync(registryPath) && (await registryCommand(['build', '--quiet']))) {
    throw new RegistryLoadError('building the local registry failed')
  }
  const { keys, refused } = readKeys(keysPath)
  const seen = accepted()
  const minVersion = Math.max(opts.minVersion ?? 0, ...keys.map((k) => seen[k.keyid] ?? 0))
  const result = await verifyRegistryText(readText(registryPath), {
    keys,
    ...(minVersion > 0 ? { minVersion } : {}),
  })
  if (result.signed?.due) process.stderr.write(dueNotice(result.signed.due))
  if (result.ok) {
    remember(result.keyid, result.signed.version, seen)
    return buildIndex(result.signed)
  }
  if (result.code === 'expired' && result.signed) {
    process.stderr.write(`genuine: ${result.message}; nothing will be called official.\n`)
    return buildIndex(result.signed, { stale: true })
  }
  const byRefused = result.code === 'unknown_key' && refused.length > 0
  const why = byRefused ? 'signed by no registry key (a reports key never vouches for a registry)' : result.message
  // One line: a zod message spans many.
  throw new RegistryLoadError(`${registryPath}: ${result.code}: ${why.replace(/\s+/g, ' ').slice(0, 300)}`)
}
