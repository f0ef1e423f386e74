/**
 * The CLI as people run it: whole processes, start to exit, beside `node -e 0` and the peer
 * (eth-phishing-detect behind a readline wrapper) run in the same bench, so the figures read as
 * ratios on a noisy machine. Each run reports wall time and CPU time (user + system, from bash's
 * `time`): on a loaded machine the wall clock also counts waiting for a core, CPU time does not.
 * Peak memory is the kernel's high-water mark (VmHWM), sampled while the process runs.
 */
import { spawn } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { median, type BenchRow } from './harness'

interface Run {
  ms: number
  cpuMs: number
  peakKb: number
}

/** Wall and CPU time of `node ARGS < inputFile`. */
function timed(args: string[], inputFile = '/dev/null'): Promise<Run> {
  const script = 'TIMEFORMAT="%3U %3S"; time "$0" "$@" < "$GENUINE_BENCH_INPUT" > /dev/null'
  const start = performance.now()
  const child = spawn('bash', ['-c', script, process.execPath, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, GENUINE_BENCH_INPUT: inputFile },
  })
  let stderr = ''
  child.stderr.on('data', (d) => (stderr += d))
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      const ms = performance.now() - start
      const lines = stderr.trim().split('\n')
      const [user, sys] = lines.pop()!.split(' ').map(Number)
      if (code !== 0 || user === undefined || sys === undefined) {
        reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`))
      } else {
        if (lines.length) process.stderr.write(lines.join('\n') + '\n')
        resolve({ ms, cpuMs: (user + sys) * 1000, peakKb: 0 })
      }
    })
  })
}

/** Peak memory of `node ARGS < inputFile`, sampled every 5 ms. */
function peak(args: string[], inputFile?: string): Promise<Run> {
  const stdin = inputFile ? openSync(inputFile, 'r') : 'ignore'
  const start = performance.now()
  const child = spawn(process.execPath, args, { stdio: [stdin, 'ignore', 'inherit'] })
  let peakKb = 0
  const sample = () => {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
      if (m) peakKb = Math.max(peakKb, Number(m[1]))
    } catch {
      // the process already exited between two samples
    }
  }
  const timer = setInterval(sample, 5)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => {
      const ms = performance.now() - start
      clearInterval(timer)
      if (typeof stdin === 'number') closeSync(stdin)
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}`))
      else resolve({ ms, cpuMs: NaN, peakKb })
    })
  })
}

/** The median run by CPU time, and the median wall time, of `times` runs. */
async function medianRun(times: number, args: string[], inputFile?: string): Promise<Run> {
  const runs: Run[] = []
  for (let i = 0; i < times; i++) runs.push(await timed(args, inputFile))
  return { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), peakKb: 0 }
}

function lines(domains: string[], count: number, dir: string): string {
  const file = join(dir, `${count}.txt`)
  writeFileSync(file, Array.from({ length: count }, (_, i) => domains[i % domains.length]).join('\n') + '\n')
  return file
}

const BIN = 'bin/genuine.mjs'

export async function benchCli(domains: string[]): Promise<{ rows: BenchRow[]; targets: [string, boolean, string][] }> {
  const dir = mkdtempSync(join(tmpdir(), 'genuine-bench-'))
  await timed([BIN, 'check', 'tokenpocket.pro']) // builds the bundle if it is stale: not measured
  const node = await medianRun(7, ['-e', '0'])
  const one = await medianRun(7, [BIN, 'check', 'tokenpocket.pro'])
  const forty = lines(domains, 40_000, dir)
  const ours = await medianRun(3, [BIN, 'check', '--json', '--stdin'], forty)
  const peer = await medianRun(3, ['bench/peers/eth-phishing-detect-cli.mjs'], forty)
  const small = await peak([BIN, 'check', '--json', '--stdin'], lines(domains, 10_000, dir))
  const large = await peak([BIN, 'check', '--json', '--stdin'], lines(domains, 100_000, dir))
  const ms = (r: Run) => `${r.ms.toFixed(0)} ms wall, ${r.cpuMs.toFixed(0)} ms CPU`
  const rows: BenchRow[] = [
    { name: 'node -e 0 (baseline)', note: ms(node) },
    { name: 'genuine check tokenpocket.pro', note: `${ms(one)} (CPU ${(one.cpuMs / node.cpuMs).toFixed(1)}× node -e 0)` },
    { name: 'genuine check --json --stdin, 40,000 domains', note: `${ms(ours)} (${((40_000 / ours.cpuMs) * 1000).toFixed(0)} lines per CPU second)` },
    { name: 'eth-phishing-detect CLI, 40,000 domains (peer)', note: `${ms(peer)} (${((40_000 / peer.cpuMs) * 1000).toFixed(0)} lines per CPU second)` },
    { name: 'peak memory, 10,000 lines', note: `${(small.peakKb / 1024).toFixed(0)} MB` },
    { name: 'peak memory, 100,000 lines', note: `${(large.peakKb / 1024).toFixed(0)} MB` },
  ]
  const growth = large.peakKb / small.peakKb
  const targets: [string, boolean, string][] = [
    // Judged on CPU time, which on a quiet machine is the wall time of a one-threaded run.
    ['genuine check tokenpocket.pro, start to exit < 150 ms', one.cpuMs < 150, `${ms(one)}; node -e 0: ${ms(node)}`],
    ['40,000 domains ≥ 10× eth-phishing-detect, whole process (CPU)', peer.cpuMs / ours.cpuMs >= 10, `${(peer.cpuMs / ours.cpuMs).toFixed(1)}× (wall ${(peer.ms / ours.ms).toFixed(1)}×)`],
    ['100,000 lines in flat memory (peak < 1.25× that of 10,000)', growth < 1.25, `${growth.toFixed(2)}×`],
  ]
  return { rows, targets }
}
