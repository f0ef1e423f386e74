import { spawn, spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { Verdict } from '../../src/core'

const BIN = 'bin/genuine.mjs'
const genuine = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, 'check', ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } })

const lines = (out: string) => out.trim().split('\n').map((l) => Verdict.parse(JSON.parse(l)))

describe('genuine check', () => {
  it('--json: one object per argument, in order, with the contract fields', () => {
    const r = genuine('--json', 'service@tokenpocket.pro', 'tokenpocket-support.com', '+86 400 888 1234')
    expect(r.status).toBe(0)
    const [official, fake, phone] = lines(r.stdout)
    expect(official).toMatchObject({ input: 'service@tokenpocket.pro', kind: 'email', verdict: 'official', project: 'tokenpocket' })
    expect(fake).toMatchObject({ verdict: 'impersonation', project: 'tokenpocket' })
    expect(fake?.official?.value).toBe('tokenpocket.pro')
    expect(phone).toMatchObject({ kind: 'phone', verdict: 'unknown', project: null })
    for (const v of [official, fake, phone]) {
      expect(Object.keys(v!)).toEqual(expect.arrayContaining(['input', 'kind', 'verdict', 'project', 'reasons', 'official']))
    }
  })

  it('a message carries its contacts and red flags', () => {
    const r = genuine('--json', 'TP钱包客服电话：400-888-1234，请提供助记词')
    const [v] = lines(r.stdout)
    expect(v?.kind).toBe('message')
    expect(v?.contacts?.[0]?.verdict).toBe('not_offered')
    expect(v?.red_flags?.map((f) => f.code)).toContain('asks_seed_phrase')
  })

  it('readable output says the verdict in words, in the chosen language', () => {
    const en = genuine('tokenpocket-support.com')
    expect(en.stdout).toContain('IMPERSONATION')
    expect(en.stdout).toContain('https://tokenpocket.pro')
    expect(en.stdout).not.toContain('\x1b[') // no colour when not a terminal
    const zh = genuine('--lang', 'zh', 'tokenpocket-support.com')
    expect(zh.stdout).toContain('冒充')
  })

  it('exit 0 whatever the verdicts, 2 for usage errors', () => {
    expect(genuine('--json', '', 'garbage \u0001\u202e').status).toBe(0)
    expect(genuine().status).toBe(2)
    expect(genuine('--nope', 'x').status).toBe(2)
    expect(genuine('--lang', 'fr', 'x').status).toBe(2)
    expect(genuine('--stdin', 'x').status).toBe(2)
  })

  it('--stdin ends a line only at \\n: a lone \\r stays inside its one input', () => {
    const r = spawnSync(process.execPath, [BIN, 'check', '--json', '--stdin'], {
      input: 'tokenpocket.pro\r\nsee\rtokenpocket-support.com\nmetamask.io',
      encoding: 'utf8',
    })
    const rows = lines(r.stdout)
    expect(rows.map((v) => v.input)).toEqual(['tokenpocket.pro', 'see\rtokenpocket-support.com', 'metamask.io'])
  })

  it('--json --stdin streams 100,000 lines, one JSON line per input, in order', async () => {
    const inputs = ['tokenpocket.pro', 'tokenpocket-support.com', '', '@TokenPocket_TP', 'x'.repeat(30_000)]
    const n = 100_000
    const child = spawn(process.execPath, [BIN, 'check', '--json', '--stdin'])
    let out = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d))
    const done = new Promise<number | null>((resolve) => child.on('close', resolve))
    for (let i = 0; i < n; i++) {
      if (!child.stdin.write(inputs[i % inputs.length] + (i % 2 ? '\r\n' : '\n'))) {
        await new Promise((r) => child.stdin.once('drain', r))
      }
    }
    child.stdin.end()
    expect(await done).toBe(0)
    const rows = out.trimEnd().split('\n')
    expect(rows).toHaveLength(n)
    const expected = ['official', 'impersonation', 'invalid', 'official', 'invalid']
    for (const i of [0, 1, 2, 3, 4, 99_995, 99_999]) {
      expect(JSON.parse(rows[i]!).verdict).toBe(expected[i % inputs.length])
    }
  }, 120_000)
})
