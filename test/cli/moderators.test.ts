import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { hashToken } from '../../src/worker/reports/token'
import { ROOT, wrangler } from '../../src/cli/wrangler'

// A real local D1 (wrangler's, in a temp --persist-to), migrated by the real migrations.
const dir = mkdtempSync(join(tmpdir(), 'genuine-moderators-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const genuine = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bin/genuine.mjs'), 'moderators', ...args, '--persist-to', dir], {
    cwd: ROOT,
    encoding: 'utf8',
  })

it('adds a moderator storing only the token hash, then revokes it', { timeout: 180_000 }, () => {
  wrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', dir])
  const add = genuine('add', 'alice')
  expect(add.status).toBe(0)
  const token = /gmod_[0-9a-f]{64}/.exec(add.stdout)?.[0]
  expect(token).toBeDefined()

  const revoke = genuine('revoke', 'alice')
  expect(revoke.status).toBe(0)
  const rows = JSON.parse(
    wrangler(['d1', 'execute', 'DB', '--local', '--json', '--persist-to', dir, '--command', 'SELECT * FROM moderators']),
  )[0].results as Record<string, string | null>[]
  expect(rows).toHaveLength(1)
  expect(rows[0]).toMatchObject({ name: 'alice', token_hash: hashToken(token!) })
  expect(rows[0]!.revoked_at).not.toBeNull()
  expect(JSON.stringify(rows)).not.toContain(token)

  // Names are checked before any SQL is built.
  expect(genuine('add', "x'); DROP TABLE moderators; --").status).toBe(2)
})
