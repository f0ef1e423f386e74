import { existsSync, readFileSync } from 'node:fs'
import { buildIndex, parseTrustedKeys, verifyRegistry, type Index } from '../core'
import { DIST, dueNotice, run as registryCommand } from './registry'

export class RegistryLoadError extends Error {}

/**
 * The signed registry as the CLI trusts it: verified against pinned keys exactly as the Worker
 * and the extension verify it. Builds the local development registry first when none exists.
 */
export async function loadIndex(opts: { registry?: string; keys?: string } = {}): Promise<Index> {
  const registryPath = opts.registry ?? `${DIST}/registry.json`
  const keysPath = opts.keys ?? `${DIST}/trusted-keys.json`
  if (!opts.registry && !existsSync(registryPath) && (await registryCommand(['build', '--quiet']))) {
    throw new RegistryLoadError('building the local registry failed')
  }
  const keys = parseTrustedKeys(JSON.parse(readFileSync(keysPath, 'utf8')))
  const result = await verifyRegistry(JSON.parse(readFileSync(registryPath, 'utf8')), { keys })
  if (result.signed?.due) process.stderr.write(dueNotice(result.signed.due))
  if (result.ok) return buildIndex(result.signed)
  if (result.code === 'expired' && result.signed) {
    process.stderr.write(`genuine: ${result.message}; nothing will be called official.\n`)
    return buildIndex(result.signed, { stale: true })
  }
  throw new RegistryLoadError(`${registryPath}: ${result.code}: ${result.message}`)
}
