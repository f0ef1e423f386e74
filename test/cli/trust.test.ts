/** `genuine check` trusts only registry keys, refuses rollback, and fails in one line (issue 13, items 3 and 8). */
import { getPublicKeyAsync, utils } from '@noble/ed25519'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { signRegistry, trustedKey, type Signed } from '../../src/core'

const dir = mkdtempSync(join(tmpdir(), 'genuine-trust-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const file = (name: string, content: unknown) => {
  const path = join(dir, name)
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content))
  return path
}

function genuine(args: string[], input?: string) {
  return spawnSync(process.execPath, ['bin/genuine.mjs', 'check', '--json', ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, LANG: 'en_US.UTF-8', GENUINE_STATE_DIR: join(dir, 'state') },
  })
}

const devKeys = JSON.parse(readFileSync('.genuine/dist/trusted-keys.json', 'utf8')) as { keyid: string }[]
const devSigned = (JSON.parse(readFileSync('.genuine/dist/registry.json', 'utf8')) as { signed: Signed }).signed
const reportsKey = utils.randomSecretKey()
const reports = trustedKey(await getPublicKeyAsync(reportsKey))
/** What `GET /api/v1/keys` serves: the pinned registry keys and the Worker's reports key. */
const keysDocument = file('keys.json', { keys: [...devKeys.map((k) => ({ ...k, use: 'registry' })), { ...reports, use: 'reported' }] })

/** The dev registry with `evil-tp.com` added as a TokenPocket website. */
function withEvilSite(version = devSigned.version): Signed {
  const projects = devSigned.projects.map((p) => {
    if (p.id !== 'tokenpocket') return p
    const site = p.channels.find((c) => c.type === 'website')!
    return { ...p, channels: [...p.channels, { ...site, value: 'evil-tp.com' }] }
  })
  return { ...devSigned, version, projects }
}

const stderrLines = (s: string) => s.trim().split('\n').filter(Boolean)

describe('keys', () => {
  it('accepts the /api/v1/keys document, using only its registry keys, and says so', () => {
    const r = genuine(['--registry', '.genuine/dist/registry.json', '--keys', keysDocument, 'tokenpocket.pro'])
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).verdict).toBe('official')
    expect(r.stderr).toMatch(/ignoring key [0-9a-f]{16}… \(use: reported\): only registry keys verify a registry/)
  })

  it('a registry signed by the reports key never makes evil-tp.com official', async () => {
    const forged = file('forged.json', await signRegistry(withEvilSite(), reportsKey))
    const r = genuine(['--registry', forged, '--keys', keysDocument, 'evil-tp.com'])
    expect(r.status).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/unknown_key: signed by no registry key/)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('one line, a stable code, exit 1', () => {
  it.each([
    ['a keys file that is not JSON', '--keys', 'not json', /malformed_keys/],
    ['a keys file of the wrong shape', '--keys', { keys: [{ keyid: 'x' }] }, /malformed_keys/],
    ['a registry that is not JSON', '--registry', '<html>', /: malformed: /],
    ['a registry of the wrong shape', '--registry', { signed: 1 }, /: malformed: /],
  ] as const)('%s', (_, flag, content, code) => {
    const path = file(`bad-${flag.slice(2)}-${Math.random()}.json`, content)
    const args = flag === '--keys' ? ['--keys', path] : ['--registry', path, '--keys', '.genuine/dist/trusted-keys.json']
    const r = genuine([...args, 'tokenpocket.pro'])
    expect(r.status).toBe(1)
    expect(stderrLines(r.stderr)).toHaveLength(1)
    expect(r.stderr).toMatch(code)
    expect(r.stderr).not.toMatch(/\bat .*\.(ts|js|mjs):\d+/)
  })
})

describe('a registry verified before', () => {
  it('is verified in full again once its bytes change: a body edited under the old signature is refused', () => {
    const text = readFileSync('.genuine/dist/registry.json', 'utf8')
    const path = file('remembered.json', text)
    const keys = '.genuine/dist/trusted-keys.json'
    // Twice: the second run reads the registry it verified in the first.
    for (let i = 0; i < 2; i++) {
      const r = genuine(['--registry', path, '--keys', keys, 'evil-tp.com'])
      expect(r.status).toBe(0)
      expect(JSON.parse(r.stdout).verdict).not.toBe('official')
    }
    const site = '"type":"website","value":"tokenpocket.pro"'
    expect(text).toContain(site)
    writeFileSync(path, text.replace(site, '"type":"website","value":"evil-tp.com"'))
    const r = genuine(['--registry', path, '--keys', keys, 'evil-tp.com'])
    expect(r.status).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/: (bad_signature|malformed): /)
  }, 60_000)
})

describe('rollback', () => {
  it('remembers the highest version accepted per key and refuses an older one; --min-version too', async () => {
    const key = utils.randomSecretKey()
    const keys = file('own-keys.json', [trustedKey(await getPublicKeyAsync(key))])
    const v5 = file('v5.json', await signRegistry({ ...devSigned, version: 5 }, key))
    const v4 = file('v4.json', await signRegistry({ ...devSigned, version: 4 }, key))
    expect(genuine(['--registry', v4, '--keys', keys, '--min-version', '5', 'x.com']).stderr).toMatch(/rollback: version 4 is older than 5/)
    expect(genuine(['--registry', v4, '--keys', keys, 'x.com']).status).toBe(0)
    expect(genuine(['--registry', v5, '--keys', keys, 'x.com']).status).toBe(0)
    const back = genuine(['--registry', v4, '--keys', keys, 'x.com'])
    expect(back.status).toBe(1)
    expect(back.stderr).toMatch(/rollback/)
    expect(genuine(['--min-version', 'two', 'x.com']).status).toBe(2)
  }, 120_000)
})

describe('--stdin', () => {
  it('a lone \\r is part of one input; \\n and \\r\\n end a line', () => {
    const r = genuine(['--stdin'], 'tokenpocket.pro\rexample.com\nservice@tokenpocket.pro\r\nlast')
    const rows = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { input: string })
    expect(rows.map((v) => v.input)).toEqual(['tokenpocket.pro\rexample.com', 'service@tokenpocket.pro', 'last'])
  })
})
