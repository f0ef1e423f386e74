/** `genuine registry …` end to end: the real CLI in a scratch working directory. */
import { spawn } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Signed } from '../../registry/schema'
import { newKeyFile } from '../../registry/tools/signing-key'
import { parseTrustedKeys, verifyRegistry } from '../../src/core/registry'

const BIN = resolve('bin/genuine.mjs')
const SRC = resolve('registry')

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function genuine(cwd: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  // The caller's own signing key must not leak into a test that expects the dev key.
  const { GENUINE_SIGNING_KEY: _ignored, ...base } = process.env
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, 'registry', ...args], {
      cwd,
      env: { ...base, ...env },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', fail)
    child.on('close', (code) => done({ code, stdout, stderr }))
  })
}

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))
function newDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'genuine-cli-'))
  dirs.push(dir)
  return dir
}

/** A copy of the committed sources that pins `key` as the release key. */
function pinnedSources(cwd: string, key: unknown): void {
  cpSync(SRC, join(cwd, 'registry'), { recursive: true })
  writeFileSync(join(cwd, 'registry/trusted-keys.json'), JSON.stringify([key]))
}

describe('genuine registry', () => {
  it('keygen -> pin -> build --key -> verify, and a tampered file is refused', async () => {
    const cwd = newDir()
    const keygen = await genuine(cwd, ['keygen', '--out', 'release-key.json'])
    expect(keygen.code).toBe(0)
    const keyFile = JSON.parse(readFileSync(join(cwd, 'release-key.json'), 'utf8'))
    expect(keygen.stdout).not.toContain(keyFile.private)
    const pinned = JSON.parse(keygen.stdout.trim())
    pinnedSources(cwd, pinned)

    const build = await genuine(cwd, ['build', '--key', 'release-key.json'])
    expect(build.stderr).toBe('')
    expect(build.code).toBe(0)
    const projects = readdirSync(join(SRC, 'projects')).filter((f) => f.endsWith('.json')).length
    expect(build.stdout).toMatch(new RegExp(`registry v\\d+: ${projects} projects`))

    const ok = await genuine(cwd, ['verify', '.genuine/dist/registry.json'])
    expect(ok).toMatchObject({ code: 0, stdout: expect.stringContaining(`key ${pinned.keyid}`) })

    const served = readFileSync(join(cwd, '.genuine/dist/registry.json'), 'utf8')
    const tampered = served.replace('service@tokenpocket.pro', 'service@tokenpocket.pru')
    writeFileSync(join(cwd, 'tampered.json'), tampered)
    const bad = await genuine(cwd, ['verify', 'tampered.json', '--min-version', '1'])
    expect(bad).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('invalid (bad_signature)'),
    })
  })

  it('signs with GENUINE_SIGNING_KEY, and then says nothing of a dev key', async () => {
    const cwd = newDir()
    const { private: secret, ...pinned } = await newKeyFile()
    pinnedSources(cwd, pinned)
    const build = await genuine(cwd, ['build', '--quiet', '--out', 'out'], {
      GENUINE_SIGNING_KEY: secret,
    })
    expect(build).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(existsSync(join(cwd, '.genuine/dev-key.json'))).toBe(false)
    const keys = parseTrustedKeys(
      JSON.parse(readFileSync(join(cwd, 'out/trusted-keys.json'), 'utf8')),
    )
    expect(keys).toEqual([pinned])
    const served = JSON.parse(readFileSync(join(cwd, 'out/registry.json'), 'utf8'))
    expect(await verifyRegistry(served, { keys })).toMatchObject({ ok: true, keyid: pinned.keyid })
  })

  it('creates and announces the development key, and sign uses it', async () => {
    const cwd = newDir()
    const build = await genuine(cwd, ['build', '--quiet', '--src', SRC])
    expect(build.code).toBe(0)
    expect(build.stdout).toBe('')
    expect(build.stderr).toMatch(
      /using the development key \.genuine\/dev-key\.json .*not for release/,
    )
    const keys = parseTrustedKeys(
      JSON.parse(readFileSync(join(cwd, '.genuine/dist/trusted-keys.json'), 'utf8')),
    )
    const devKey = JSON.parse(readFileSync(join(cwd, '.genuine/dev-key.json'), 'utf8'))
    expect(keys.map((k) => k.keyid)).toContain(devKey.keyid)

    const served = JSON.parse(readFileSync(join(cwd, '.genuine/dist/registry.json'), 'utf8'))
    const body = Signed.parse({ ...served.signed, version: served.signed.version + 1 })
    writeFileSync(join(cwd, 'body.json'), JSON.stringify(body))
    const sign = await genuine(cwd, ['sign', 'body.json', '--out', 'next.json'])
    expect(sign.code).toBe(0)
    expect(sign.stderr).toContain('using the development key')
    const next = JSON.parse(readFileSync(join(cwd, 'next.json'), 'utf8'))
    expect(await verifyRegistry(next, { keys, minVersion: body.version })).toMatchObject({
      ok: true,
      signed: body,
    })
  })

  it('answers usage errors with exit 2 and bad files with exit 1', async () => {
    const cwd = newDir()
    writeFileSync(join(cwd, 'junk.json'), '{"signed": 1}')
    const [keygen, verifyJunk] = await Promise.all([
      genuine(cwd, ['keygen']),
      genuine(cwd, ['verify', 'junk.json', '--keys', join(SRC, 'trusted-keys.json')]),
    ])
    expect(keygen).toMatchObject({ code: 2, stderr: expect.stringContaining('--out FILE') })
    expect(verifyJunk).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('invalid (malformed)'),
    })
  })
})

/** A copy of the committed sources where TokenPocket's support email fell due on 2025-06-01. */
function sourcesWithDueFact(cwd: string): void {
  cpSync(SRC, join(cwd, 'registry'), { recursive: true })
  const file = join(cwd, 'registry/projects/tokenpocket.json')
  const tp = JSON.parse(readFileSync(file, 'utf8'))
  const email = tp.channels.find((c: { value: string }) => c.value === 'service@tokenpocket.pro')
  Object.assign(email, { verified_at: '2025-01-01', recheck_by: '2025-06-01' })
  writeFileSync(file, JSON.stringify(tp))
}

describe('genuine registry audit and facts past recheck_by', () => {
  it('build refuses a due fact with its code; --allow-due signs it and every command says so', async () => {
    const cwd = newDir()
    sourcesWithDueFact(cwd)
    const refused = await genuine(cwd, ['build', '--quiet'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(
      /\[fact_due\] .*tokenpocket\.json: at channels\.\d+: channel email service@tokenpocket\.pro was due for re-checking on 2025-06-01/,
    )

    const allowed = await genuine(cwd, ['build', '--quiet', '--allow-due'])
    expect(allowed.code).toBe(0)
    expect(allowed.stderr).toContain('WARNING: 1 fact is past its recheck_by date')
    const served = JSON.parse(readFileSync(join(cwd, '.genuine/dist/registry.json'), 'utf8'))
    expect(served.signed.due).toBe(1)
    const verify = await genuine(cwd, ['verify', '.genuine/dist/registry.json'])
    expect(verify.code).toBe(0)
    expect(verify.stderr).toContain('for local development only, never a release')

    // `check` loads the same registry and says so too.
    const check = await new Promise<Run>((done) => {
      const child = spawn(process.execPath, [BIN, 'check', 'tokenpocket.pro'], { cwd })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (d) => (stdout += d))
      child.stderr.on('data', (d) => (stderr += d))
      child.on('close', (code) => done({ code, stdout, stderr }))
    })
    expect(check.stderr).toContain('WARNING: 1 fact is past its recheck_by date')

    const { private: _p, ...releaseKey } = await newKeyFile()
    writeFileSync(join(cwd, 'k.json'), JSON.stringify({ ...releaseKey, private: _p }))
    const release = await genuine(cwd, ['build', '--allow-due', '--key', 'k.json'])
    expect(release).toMatchObject({ code: 2, stderr: expect.stringContaining('not with a release key') })
  })

  it('lists every fact, one JSON object per line with exactly the named fields, due ones marked', async () => {
    const cwd = newDir()
    sourcesWithDueFact(cwd)
    const json = await genuine(cwd, ['audit', '--json', '--due-by', '2026-12-03'])
    expect(json.code).toBe(0)
    const lines = json.stdout.trim().split('\n').map((l) => JSON.parse(l))
    const named = ['project', 'kind', 'type', 'value', 'role', 'status', 'sources', 'verified_at', 'recheck_by']
    for (const line of lines) {
      const extra = Object.keys(line).filter((k) => !named.includes(k))
      expect(extra.every((k) => ['unconfirmed', 'due'].includes(k) && line[k] === true)).toBe(true)
      expect(line.sources.length).toBeGreaterThan(0)
    }
    expect(lines.find((l) => l.value === 'service@tokenpocket.pro')).toMatchObject({
      project: 'tokenpocket',
      kind: 'channel',
      type: 'email',
      role: 'support',
      status: 'active',
      verified_at: '2025-01-01',
      recheck_by: '2025-06-01',
      due: true,
    })
    expect(lines.find((l) => l.value === 'tp.xyz')).toMatchObject({ unconfirmed: true, status: 'active' })
    expect(lines.find((l) => l.value === 'okex.com')).toMatchObject({ status: 'legacy' })
    expect(lines.find((l) => l.value === 'tpwallet.com')).toMatchObject({
      kind: 'reported',
      status: 'not_official',
    })
    expect(lines.find((l) => l.kind === 'never' && l.project === 'imtoken')).toMatchObject({
      type: 'ask_seed_phrase',
      status: 'active',
    })
    expect(lines.find((l) => l.kind === 'support' && l.project === 'tokenpocket')).toBeTruthy()
    // Only the edited fact is due tomorrow; all are due once their recheck_by has passed.
    expect(lines.filter((l) => l.due).length).toBe(1)
    const later = await genuine(cwd, ['audit', '--json', '--due-by', '2031-01-01'])
    expect(later.stdout.trim().split('\n').every((l) => JSON.parse(l).due)).toBe(true)

    const text = await genuine(cwd, ['audit', '--due-by', '2026-12-03'])
    expect(text.stdout).toMatch(/^DUE tokenpocket channel email service@tokenpocket\.pro \(active, support\)$/m)
    expect(text.stdout).toContain('"客服邮箱：service@tokenpocket.pro"')
    expect(text.stdout).toMatch(new RegExp(`^${lines.length} facts, 1 due for re-checking`, 'm'))
    const bad = await genuine(cwd, ['audit', '--due-by', 'tomorrow'])
    expect(bad.code).toBe(2)
  })
})
