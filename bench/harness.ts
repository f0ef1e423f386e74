/**
 * A tiny benchmark loop. Machines here are noisy, so every figure is reported beside a baseline
 * measured in the same process, and read as a ratio.
 */
export interface BenchRow {
  name: string
  opsPerSec?: number
  microsPerOp?: number
  note?: string
}

/** The middle value (the upper one of an even count): steadier than a mean on a noisy machine. */
export const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[values.length >> 1]!

/** Rounds per figure: the median of several short runs is steadier than one long run. */
const ROUNDS = 5

/**
 * Runs `fn` over `inputs` round-robin in ROUNDS rounds of at least `ms / ROUNDS` milliseconds
 * each, after a warm-up, and reports the median round.
 */
export function measure<T>(name: string, inputs: readonly T[], fn: (x: T) => unknown, ms = 1000): BenchRow {
  let sink = 0
  // Warm up for half the measuring time, and at least one pass over every input, so the JIT has
  // seen each code path before the clock starts.
  const warm = performance.now() + ms / 2
  for (let i = 0; i < inputs.length || performance.now() < warm; i++) {
    sink ^= fn(inputs[i % inputs.length]!) ? 1 : 0
  }
  const rates: number[] = []
  let ops = 0
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now()
    const first = ops
    let elapsed = 0
    while (elapsed < ms / ROUNDS) {
      for (let j = 0; j < 256; j++, ops++) sink ^= fn(inputs[ops % inputs.length]!) ? 1 : 0
      elapsed = performance.now() - start
    }
    rates.push(((ops - first) / elapsed) * 1000)
  }
  if (sink === 42) console.log('') // keeps the results alive for the optimiser
  const opsPerSec = median(rates)
  return { name, opsPerSec, microsPerOp: 1e6 / opsPerSec }
}

/**
 * Times a one-off cost such as building an index: the median of `runs` calls, the first of which
 * also pays for compiling the code it runs.
 */
export function once(name: string, fn: () => unknown, runs = 3): BenchRow {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  const ms = median(times)
  const note = runs > 1 ? `${ms.toFixed(1)} ms (median of ${runs})` : `${ms.toFixed(1)} ms`
  return { name, microsPerOp: ms * 1000, note }
}

export function printRows(title: string, rows: BenchRow[], baseline?: BenchRow): void {
  console.log(`\n## ${title}`)
  for (const r of rows) {
    const rate = r.opsPerSec ? `${Math.round(r.opsPerSec).toLocaleString('en')}/s` : ''
    const per = r.microsPerOp !== undefined ? `${r.microsPerOp.toFixed(2)} µs` : ''
    const ratio =
      baseline?.opsPerSec && r.opsPerSec && r !== baseline
        ? `${(r.opsPerSec / baseline.opsPerSec).toFixed(2)}× ${baseline.name}`
        : ''
    console.log(`  ${r.name.padEnd(52)} ${rate.padStart(14)} ${per.padStart(12)}  ${ratio} ${r.note ?? ''}`)
  }
}

/** Each target as `met` or `MISS`, with the figure reached. */
export function printTargets(targets: [name: string, ok: boolean, figure: string][]): void {
  console.log('\n## Targets')
  for (const [name, ok, figure] of targets) console.log(`  ${ok ? 'met ' : 'MISS'}  ${name}: ${figure}`)
}
