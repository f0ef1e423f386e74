/** Runs the project's pinned wrangler (never a global one) from Node scripts and the CLI. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..')
export const WRANGLER = join(ROOT, 'node_modules/wrangler/bin/wrangler.js')

/** Runs `wrangler ARGS` to completion; throws with wrangler's own message when it fails. */
export function wrangler(args: string[], opts: SpawnSyncOptions = {}): string {
  const res = spawnSync(process.execPath, [WRANGLER, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' },
    ...opts,
  })
  if (res.status !== 0) {
    throw new Error(`wrangler ${args[0]} ${args[1] ?? ''} failed:\n${res.stderr || res.stdout}`)
  }
  return String(res.stdout)
}
