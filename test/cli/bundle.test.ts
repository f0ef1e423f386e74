/**
 * `genuine` runs a prebuilt bundle, never tsx, and rebuilds it when a source it was built from
 * changes, so nobody has to remember a build step after an edit or a pull.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const run = (root: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin/genuine.mjs'), ...args], { cwd: root, encoding: 'utf8' })

// A copy of the sources the CLI is built from, so touching one cannot disturb other tests.
const copy = mkdtempSync(join(tmpdir(), 'genuine-cli-'))
for (const part of ['bin', 'scripts/build-cli.mjs', 'src', 'registry', 'package.json', 'tsconfig.json']) {
  cpSync(part, join(copy, part), { recursive: true })
}
symlinkSync(resolve('node_modules'), join(copy, 'node_modules'))
afterAll(() => rmSync(copy, { recursive: true, force: true }))
const ENTRY = join(copy, '.genuine/cli/main.cjs')

describe('the CLI bundle', () => {
  it('starts from the bundle, with no TypeScript loader', () => {
    expect(readFileSync('bin/genuine.mjs', 'utf8')).not.toMatch(/tsx/)
    const r = run(copy, 'check', '--json', 'tokenpocket.pro')
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).verdict).toBe('official')
    const inputs = Object.keys(JSON.parse(readFileSync(join(copy, '.genuine/cli/inputs.json'), 'utf8')))
    expect(inputs).toContain('src/cli/check.ts')
    expect(inputs).toContain('src/core/engine/check.ts')
  }, 60_000)

  it('is rebuilt when one of its sources is newer than it, and only then', () => {
    const before = statSync(ENTRY).mtimeMs
    // Touch a source as an edit or a checkout would (its content stays as it is).
    const source = join(copy, 'src/core/engine/check.ts')
    utimesSync(source, statSync(source).atime, new Date(before + 60_000))
    expect(run(copy, 'check', '--json', 'tokenpocket.pro').status).toBe(0)
    const rebuilt = statSync(ENTRY).mtimeMs
    expect(rebuilt).toBeGreaterThan(before)
    expect(run(copy, 'check', 'tokenpocket.pro').status).toBe(0)
    expect(statSync(ENTRY).mtimeMs).toBe(rebuilt)
  }, 60_000)
})
