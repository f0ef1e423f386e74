// `npm start`: Genuine on localhost, from a fresh clone after `npm install`.
// Builds the signed registry (dev key) and the page bundle, creates `.dev.vars` with a fresh
// reports key if missing, migrates the local D1, then runs `wrangler dev` with any extra
// arguments (`npm start -- --port 8788 --var NAME:VALUE`).
import { getPublicKeyAsync, utils } from '@noble/ed25519'
import { bytesToHex } from '@noble/hashes/utils.js'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const wranglerBin = join(root, 'node_modules/wrangler/bin/wrangler.js')
const extra = process.argv.slice(2)
// Never prompt: migrations apply without asking, and wrangler sends no metrics.
const env = { ...process.env, CI: '1', WRANGLER_SEND_METRICS: 'false' }

function step(what, cmd, args) {
  process.stdout.write(`genuine: ${what}\n`)
  const res = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' })
  if (res.status !== 0) {
    process.stderr.write(`genuine: ${what} failed\n`)
    process.exit(res.status ?? 1)
  }
}

/** The value of `--name V` or `--name=V` among the arguments passed through. */
function option(name) {
  const i = extra.findIndex((a) => a === name || a.startsWith(`${name}=`))
  if (i < 0) return undefined
  return extra[i].includes('=') ? extra[i].split('=')[1] : extra[i + 1]
}

step('building the signed registry and the page', 'npm', ['run', 'build', '--silent'])

const devVars = join(root, '.dev.vars')
const hasKey = existsSync(devVars) && /^REPORTS_SIGNING_KEY=/m.test(readFileSync(devVars, 'utf8'))
if (!hasKey) {
  const key = utils.randomSecretKey()
  const pub = bytesToHex(await getPublicKeyAsync(key))
  const line = `# Development reports key (public ${pub}), made by npm start. Never use it in production.\nREPORTS_SIGNING_KEY=${bytesToHex(key)}\n`
  writeFileSync(devVars, (existsSync(devVars) ? readFileSync(devVars, 'utf8') : '') + line, { mode: 0o600 })
  process.stdout.write('genuine: created .dev.vars with a fresh development REPORTS_SIGNING_KEY\n')
}

const persist = option('--persist-to')
step('migrating the local D1 database', process.execPath, [
  wranglerBin,
  'd1',
  'migrations',
  'apply',
  'DB',
  '--local',
  ...(persist ? ['--persist-to', persist] : []),
])

const port = option('--port') ?? '8787'
const host = option('--ip') ?? 'localhost'
// wrangler logs every request's URL at `info`, and a URL can carry what a person pasted.
const logLevel = extra.some((a) => a.startsWith('--log-level')) ? [] : ['--log-level', 'warn']
const dev = spawn(process.execPath, [wranglerBin, 'dev', ...logLevel, ...extra], {
  cwd: root,
  env,
  stdio: 'inherit',
})

// wrangler prints its own banner; we say where to go once the Worker really answers.
const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`
for (let i = 0; i < 120 && dev.exitCode === null; i++) {
  await new Promise((r) => setTimeout(r, 500))
  const ok = await fetch(`${url}/api/v1/keys`).then((r) => r.ok, () => false)
  if (ok) {
    process.stdout.write(`\ngenuine: running at ${url}/  (API: ${url}/api, Ctrl-C to stop)\n\n`)
    break
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => dev.kill(signal))
dev.on('exit', (code) => process.exit(code ?? 0))
