/**
 * `genuine moderators add NAME | revoke NAME | list`: manages the Worker's moderators in D1.
 * Only a token's SHA-256 is stored; `add` prints the token once. SQL runs through
 * `wrangler d1 execute DB` against the local database (default) or production (`--remote`).
 */
import { parseArgs } from 'node:util'
import { hashToken, newToken } from '../worker/reports/token'
import { wrangler } from './wrangler'

const USAGE = `Usage: genuine moderators add NAME | revoke NAME | list [options]

  add NAME      create a moderator and print its bearer token (shown once)
  revoke NAME   revoke a moderator's token at once
  list          list moderators and whether they are active

Options:
  --local              the local D1 of \`npm start\` (default)
  --remote             the production D1 (needs \`wrangler login\`)
  --persist-to DIR     where the local D1 lives (as for wrangler dev)
  --config FILE        wrangler configuration (default wrangler.toml)`

const NAME = /^[a-z0-9][a-z0-9_.-]{0,39}$/

type Options = { remote?: boolean; 'persist-to'?: string; config?: string }

/** Executes SQL and returns its rows. Values are checked by the callers, so inlining is safe. */
function sql(command: string, opts: Options): Record<string, unknown>[] {
  const args = ['d1', 'execute', 'DB', opts.remote ? '--remote' : '--local', '--json', '--command', command]
  if (opts['persist-to']) args.push('--persist-to', opts['persist-to'])
  if (opts.config) args.push('--config', opts.config)
  const out = JSON.parse(wrangler(args)) as { results: Record<string, unknown>[] }[]
  return out.flatMap((r) => r.results)
}

export async function run(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        local: { type: 'boolean' },
        remote: { type: 'boolean' },
        'persist-to': { type: 'string' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`)
    return 2
  }
  const { values: opts, positionals } = parsed
  const [action, name] = positionals
  if (opts.help) {
    process.stdout.write(USAGE + '\n')
    return 0
  }
  const needsName = action === 'add' || action === 'revoke'
  if (!['add', 'revoke', 'list'].includes(action ?? '') || (needsName && !NAME.test(name ?? ''))) {
    process.stderr.write(
      `${needsName ? 'NAME must be 1-40 of a-z 0-9 _ . - (starting with a letter or digit)\n' : ''}${USAGE}\n`,
    )
    return 2
  }
  if (opts.local && opts.remote) {
    process.stderr.write('Choose --local or --remote, not both.\n')
    return 2
  }
  const now = new Date().toISOString()
  try {
    if (action === 'add') {
      const token = newToken()
      const rows = sql(
        `INSERT INTO moderators (name, token_hash, created_at) VALUES ('${name}', '${hashToken(token)}', '${now}')
         ON CONFLICT (name) DO NOTHING RETURNING name`,
        opts,
      )
      if (rows.length === 0) {
        process.stderr.write(`A moderator named ${name} exists; revoke it or pick another name.\n`)
        return 1
      }
      process.stdout.write(
        `Moderator ${name} added. Their token (shown only this once; store it safely):\n${token}\n`,
      )
    } else if (action === 'revoke') {
      const rows = sql(
        `UPDATE moderators SET revoked_at = '${now}' WHERE name = '${name}' AND revoked_at IS NULL RETURNING name`,
        opts,
      )
      if (rows.length === 0) {
        process.stderr.write(`No active moderator named ${name}.\n`)
        return 1
      }
      process.stdout.write(`Moderator ${name} revoked: their token no longer works.\n`)
    } else {
      const rows = sql('SELECT name, created_at, revoked_at FROM moderators ORDER BY name', opts)
      for (const r of rows) {
        process.stdout.write(`${r.name}\t${r.revoked_at ? `revoked ${r.revoked_at}` : 'active'}\tadded ${r.created_at}\n`)
      }
      if (rows.length === 0) process.stdout.write('No moderators yet: add one with `genuine moderators add NAME`.\n')
    }
    return 0
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`)
    return 1
  }
}
