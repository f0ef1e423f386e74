/**
 * Cold costs, paid the way the platform pays them: each figure is a fresh process (a new V8 heap,
 * nothing compiled yet), the median of several, beside the old path measured in the same run.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { build } from 'esbuild'
import { median, type BenchRow } from './harness'

interface FirstCheck {
  verify: number
  index: number
  check: number
  total: number
}

async function bundle(entry: string, outfile: string): Promise<string> {
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning' })
  return outfile
}

function medianRun(runs: number, file: string, env: Record<string, string> = {}): FirstCheck {
  const all: FirstCheck[] = []
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, [file], { env: { ...process.env, ...env }, encoding: 'utf8' })
    all.push(JSON.parse(out))
  }
  const mid = (key: keyof FirstCheck) => median(all.map((r) => r[key]))
  return { verify: mid('verify'), index: mid('index'), check: mid('check'), total: mid('total') }
}

export async function benchCold(): Promise<{ rows: BenchRow[]; targets: [string, boolean, string][] }> {
  const file = await bundle('bench/cold/first-check.ts', '.genuine/bench/first-check.mjs')
  const text = medianRun(7, file)
  const parsed = medianRun(7, file, { GENUINE_VERIFY: 'parsed' })
  const ms = (r: FirstCheck) =>
    `${r.total.toFixed(1)} ms CPU (verify ${r.verify.toFixed(1)}, index ${r.index.toFixed(1)}, check ${r.check.toFixed(1)})`
  const rows: BenchRow[] = []
  const targets: [string, boolean, string][] = []
  if (existsSync('extension/dist/content.js')) {
    // Baseline: the same harness evaluating an empty script, in the same run.
    mkdirSync('.genuine/bench', { recursive: true })
    writeFileSync('.genuine/bench/empty.js', '0\n')
    const harness = 'bench/cold/content-script.mjs'
    const start = (script: string) => {
      const runs = Array.from({ length: 7 }, () => JSON.parse(execFileSync(process.execPath, [harness, script], { encoding: 'utf8' })).start as number)
      return median(runs)
    }
    const empty = start('.genuine/bench/empty.js')
    const content = start('extension/dist/content.js')
    rows.push({ name: 'content script start, one frame (fresh process)', note: `${content.toFixed(1)} ms CPU; an empty script ${empty.toFixed(1)} ms` })
    targets.push(['content script ≤ 2 ms per page load and frame', content <= 2, `${content.toFixed(1)} ms`])
  }
  return {
    rows: [
      ...rows,
      { name: 'cold first check, registry verified as served text', note: ms(text) },
      { name: 'cold first check, parsed and re-canonicalised (before)', note: `${ms(parsed)}; ${(parsed.total / text.total).toFixed(1)}× the text path` },
    ],
    targets: [
      ...targets,
      ['Worker: first check of a cold isolate ≤ 10 ms CPU (real registry)', text.total <= 10, `${text.total.toFixed(1)} ms`],
    ],
  }
}
