/**
 * `npm run load`: drives `/api/v1/check` on a local `wrangler dev` (started here on a free port,
 * or `--url URL` of a running one) for a bounded time with a realistic mix of inputs, then prints
 * requests/s, p50/p99 latency and errors. Exits 1 if any request failed.
 *
 *   npm run load -- --seconds 20 --concurrency 32
 */
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { parseArgs } from 'node:util'
import { ROOT } from '../src/cli/wrangler'

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    seconds: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '32' },
  },
})
const seconds = Number(values.seconds)
const concurrency = Number(values.concurrency)

// What people paste: official channels, fake hotlines, lookalike hosts, handles, whole messages.
const CONTACTS = [
  'service@tokenpocket.pro',
  'https://www.tokenpocket.pro/zh/download',
  '+86 400 820 8820',
  '400-123-4567',
  'tokenpocket-support.vercel.app',
  'https://tokenpocket.pro.secure-verify.net/login',
  'xn--tokenpcket-k7a.pro',
  't.me/tokenpocket_support',
  '@TP_Wallet_Help',
  'metamask-support.com',
  'support@binance-help.com',
  'https://discord.gg/metamask',
  'trustwallet.com',
  'TP钱包客服 +86 400 123 4567',
  'hello',
]
const MESSAGE =
  'TP钱包客服提醒：您的钱包因异常交易已被冻结，请立即联系官方客服 +86 400 123 4567 或 t.me/tp_help 解冻，逾期将永久冻结。'

function request(base: string, i: number): [string, RequestInit?] {
  if (i % 10 === 9) {
    return [`${base}/api/v1/check`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: MESSAGE }) }]
  }
  if (i % 10 === 8) {
    return [`${base}/api/v1/check`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ items: CONTACTS.slice(0, 10) }) }]
  }
  return [`${base}/api/v1/check?q=${encodeURIComponent(CONTACTS[i % CONTACTS.length]!)}`]
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number }
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })

async function waitReady(base: string, alive: () => boolean) {
  for (let i = 0; i < 300 && alive(); i++) {
    if (await fetch(`${base}/api/v1/keys`).then((r) => r.ok, () => false)) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`the Worker at ${base} did not become ready`)
}

let base = values.url?.replace(/\/$/, '')
let stop = () => {}
if (!base) {
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  process.stdout.write(`load: starting wrangler dev on ${base} (build, migrate, start)…\n`)
  const dev = spawn(process.execPath, ['scripts/start.mjs', '--port', String(port), '--ip', '127.0.0.1'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  stop = () => process.kill(-dev.pid!, 'SIGTERM')
  await waitReady(base, () => dev.exitCode === null)
}

// Warm up the isolate (registry verification, index build) so the figures are steady state.
for (let i = 0; i < 20; i++) await fetch(...request(base, i)).then((r) => r.arrayBuffer())

interface Run {
  name: string
  requests: number
  elapsed: number
  p50: number
  p99: number
  errors: number
}

/** Drives `make` with `concurrency` clients for `secs` seconds; every request is timed. */
async function drive(name: string, secs: number, make: (i: number) => [string, RequestInit?]): Promise<Run> {
  const latencies: number[] = []
  let errors = 0
  let next = 0
  const deadline = performance.now() + secs * 1000
  async function client() {
    while (performance.now() < deadline) {
      const i = next++
      const start = performance.now()
      try {
        const res = await fetch(...make(i))
        await res.arrayBuffer()
        if (res.status !== 200) errors++
      } catch {
        errors++
      }
      latencies.push(performance.now() - start)
    }
  }
  const began = performance.now()
  await Promise.all(Array.from({ length: concurrency }, client))
  const elapsed = (performance.now() - began) / 1000
  latencies.sort((a, b) => a - b)
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN
  return { name, requests: latencies.length, elapsed, p50: pct(50), p99: pct(99), errors }
}

// The machine is shared and noisy: the same clients first drive a route that does no checking
// (the pinned keys), so the check figures read as a ratio against this run's own baseline.
const baseline = await drive('GET /api/v1/keys (baseline)', Math.max(5, seconds / 4), () => [`${base}/api/v1/keys`])
const run = await drive('/api/v1/check mix', seconds, (i) => request(base!, i))
stop()

const rate = (r: Run) => r.requests / r.elapsed
const line = (r: Run) =>
  `  ${r.name.padEnd(30)} ${rate(r).toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  errors ${r.errors}`
process.stdout.write(
  [
    `load: ${run.requests} check requests in ${run.elapsed.toFixed(1)} s, concurrency ${concurrency}`,
    line(baseline),
    line(run),
    `  check throughput = ${(rate(run) / rate(baseline)).toFixed(2)}× the baseline route's`,
    '',
  ].join('\n'),
)
process.exit(run.errors + baseline.errors > 0 ? 1 : 0)
