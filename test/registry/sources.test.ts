/** Broken source files: every problem is reported at once, naming its file and JSON path. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { canonicalProblem } from '../../registry/tools/canonical-values'
import { loadSources, SourceError } from '../../registry/tools/sources'

const tmp = mkdtempSync(join(tmpdir(), 'genuine-sources-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
let n = 0

/** A copy of the committed sources with `edit` applied to the named files. */
function broken(edit: Record<string, (json: any) => unknown>): string {
  const dir = join(tmp, String(n++))
  cpSync('registry', dir, { recursive: true })
  for (const [file, change] of Object.entries(edit)) {
    const path = join(dir, file)
    writeFileSync(path, JSON.stringify(change(JSON.parse(readFileSync(path, 'utf8')))))
  }
  return dir
}

function problemsOf(dir: string): string[] {
  try {
    loadSources(dir)
  } catch (e) {
    if (e instanceof SourceError) return e.problems
    throw e
  }
  throw new Error('expected the sources to be refused')
}

describe('loadSources', () => {
  it('loads every committed source file', () => {
    const files = readdirSync('registry/projects').filter((f) => f.endsWith('.json'))
    expect(loadSources('registry').projects.length).toBe(files.length)
  })

  it('names the file and the path of a schema error', () => {
    const dir = broken({
      'projects/tokenpocket.json': (p) => ({
        ...p,
        channels: [{ ...p.channels[0], role: 'boss' }],
      }),
    })
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/projects\/tokenpocket\.json: at channels\.0\.role: Invalid option/),
    ])
  })

  it('reports every problem in one run', () => {
    const dir = broken({
      'projects/metamask.json': (p) => ({ ...p, id: 'meta_mask' }),
      'projects/phantom.json': (p) => ({
        ...p,
        channels: [{ ...p.channels[0], value: 'www.phantom.com' }],
      }),
      'reported.json': (r) => [...r, { ...r[0], project: 'nobody' }],
    })
    const problems = problemsOf(dir)
    expect(problems).toHaveLength(3)
    expect(problems[0]).toMatch(/metamask\.json: at id: "meta_mask" must match the file name/)
    expect(problems[1]).toMatch(/phantom\.json: at channels\.0\.value: "www\.phantom\.com" is not/)
    const added = JSON.parse(readFileSync('registry/reported.json', 'utf8')).length
    expect(problems[2]).toContain(`reported.json: at ${added}.project: no project "nobody"`)
  })

  it('refuses a contact listed by two projects, or both official and reported', () => {
    const dir = broken({
      'projects/bybit.json': (p) => ({
        ...p,
        channels: [
          ...p.channels,
          { ...p.channels[0], type: 'help_center', value: 'tokenpocket.pro' },
        ],
      }),
      'reported.json': (r) => [...r, { ...r[0], value: 'tpwallet.io' }],
    })
    expect(problemsOf(dir)).toEqual([
      '[duplicate_contact] website:tokenpocket.pro is listed twice (projects bybit and tokenpocket)',
      '[official_and_reported] website:tpwallet.io is reported (not_official) but is a channel of tokenpocket',
    ])
  })

  it('refuses a pinned key whose keyid is wrong, and more than two pinned keys', () => {
    const key = {
      keyid: '0'.repeat(64),
      alg: 'ed25519',
      public: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    }
    expect(problemsOf(broken({ 'trusted-keys.json': () => [key] }))).toEqual([
      expect.stringMatching(/trusted-keys\.json: trusted key 0+: keyid is not the SHA-256/),
    ])
    expect(problemsOf(broken({ 'trusted-keys.json': () => [key, key, key] }))[0]).toMatch(
      /trusted-keys\.json: at \(root\): Too big/,
    )
  })

  it('refuses a release version that is not a positive integer', () => {
    expect(problemsOf(broken({ 'release.json': () => ({ version: 0 }) }))[0]).toMatch(
      /release\.json: at version/,
    )
  })
})

describe('canonicalProblem', () => {
  it('accepts the canonical forms of the schema', () => {
    const ok: [Parameters<typeof canonicalProblem>[0], string][] = [
      ['website', 'tokenpocket.pro'],
      ['help_center', 'tphelp.gitbook.io'],
      ['email', 'service@tokenpocket.pro'],
      ['phone', '+18889087930'],
      ['x', 'tokenpocket_tp'],
      ['telegram', 'tokenpocket_cn'],
      ['discord', 'NKPM8TXFQk'],
      ['youtube', 'UCudaS5hcbqUaMtOGHmQ2e0A'],
      ['youtube', '@phantom-wallet'],
      ['medium', 'tokenpocket.gm'],
      ['app_store', 'id6444625622'],
      ['play_store', 'vip.mytokenpocket'],
    ]
    for (const [type, value] of ok) expect(canonicalProblem(type, value), value).toBeNull()
  })

  it('refuses what a person would paste instead', () => {
    const bad: [Parameters<typeof canonicalProblem>[0], string][] = [
      ['website', 'https://tokenpocket.pro'],
      ['website', 'www.tokenpocket.pro'],
      ['website', 'TokenPocket.pro'],
      ['website', 'tokenpocket.pro/en'],
      ['website', 'tökenpocket.pro'],
      ['email', 'Service@TokenPocket.pro'],
      ['phone', '+1 (888) 908-7930'],
      ['x', '@TokenPocket_TP'],
      ['telegram', 't.me/tokenpocket_cn'],
      ['youtube', '@MetaMask'],
      ['app_store', '6444625622'],
    ]
    for (const [type, value] of bad) expect(canonicalProblem(type, value), value).not.toBeNull()
  })
})
