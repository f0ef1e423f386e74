/**
 * `npm run eval`: recall of the lookalike detector on real phishing domains, and false positives
 * on legitimate near-misses (data/eval/). `reported` is emptied so that the list of
 * known scams cannot carry the score: only the rules count.
 *
 *   npm run eval [-- --verbose [N]]
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ProjectSource, type Signed } from '../registry/schema'
import { buildIndex, check } from '../src/core'
import { signedProject } from '../registry/tools/build'

const ROOT = join(import.meta.dirname, '..')
const DATA = join(ROOT, 'data', 'eval')
const PROJECTS = join(ROOT, 'registry', 'projects')
/** Brand names in the TSV that are spelled differently from the project ids. */
const BRAND_IDS: Record<string, string> = { 'blockchain.com': 'blockchain_com', bitget: 'bitget_wallet' }
const MIN_ROWS_FOR_TARGET = 20

function loadProjects(): Signed['projects'] {
  return readdirSync(PROJECTS)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      return signedProject(ProjectSource.parse(JSON.parse(readFileSync(join(PROJECTS, f), 'utf8'))))
    })
}

function readRows(): { domain: string; brands: string[] }[] {
  const lines = readFileSync(join(DATA, 'impersonation-dev.tsv'), 'utf8').split('\n').slice(1)
  return lines
    .filter((l) => l.trim())
    .map((l) => {
      const [domain = '', brands = ''] = l.split('\t')
      return { domain, brands: brands.split('|').map((b) => BRAND_IDS[b] ?? b) }
    })
}

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1)}%`.padStart(6))

function main() {
  const args = process.argv.slice(2)
  const verboseAt = args.indexOf('--verbose')
  const showMisses = verboseAt === -1 ? 0 : Number(args[verboseAt + 1] ?? 50) || 50
  const now = new Date()
  const signed: Signed = {
    type: 'genuine-registry',
    version: 1,
    issued_at: now.toISOString(),
    expires: new Date(now.getTime() + 86_400_000).toISOString(),
    projects: loadProjects(),
    reported: [],
  }
  const index = buildIndex(signed, { reported: [] })

  const perBrand = new Map<string, { rows: number; hits: number }>()
  const misses: string[] = []
  let hits = 0
  const rows = readRows()
  for (const row of rows) {
    const v = check(row.domain, index)
    const ok = v.verdict === 'impersonation' && v.project !== null && row.brands.includes(v.project)
    if (ok) hits++
    else misses.push(`${row.domain}\t${row.brands.join('|')}\t${v.verdict} ${v.project ?? ''}`)
    for (const brand of row.brands) {
      const stats = perBrand.get(brand) ?? { rows: 0, hits: 0 }
      stats.rows++
      if (ok) stats.hits++
      perBrand.set(brand, stats)
    }
  }

  const legit = readFileSync(join(DATA, 'legit-dev.txt'), 'utf8').split('\n').filter(Boolean)
  const flagged = legit
    .map((domain) => ({ domain, v: check(domain, index) }))
    .filter(({ v }) => v.verdict !== 'unknown')

  console.log('brand            rows   recall')
  const sorted = [...perBrand].sort((a, b) => b[1].rows - a[1].rows)
  let failing = 0
  for (const [brand, s] of sorted) {
    const below = s.rows >= MIN_ROWS_FOR_TARGET && s.hits / s.rows < 0.9
    if (below) failing++
    const mark = below ? '  < 90% target' : ''
    console.log(`${brand.padEnd(16)} ${String(s.rows).padStart(5)}  ${pct(s.hits, s.rows)}${mark}`)
  }
  console.log(`overall recall: ${hits}/${rows.length} = ${pct(hits, rows.length)} (target >= 97%)`)
  console.log(
    `false positives: ${flagged.length}/${legit.length} = ${pct(flagged.length, legit.length)} (target <= 0.5%)`,
  )
  for (const { domain, v } of flagged) {
    console.log(`  FP ${domain}: ${v.verdict} ${v.project ?? ''} [${v.reasons.join(', ')}]`)
  }
  if (showMisses > 0) {
    console.log(`misses (first ${showMisses} of ${misses.length}):`)
    for (const m of misses.slice(0, showMisses)) console.log(`  ${m}`)
  }
  if (failing > 0) console.log(`${failing} brand(s) below their recall target`)
}

main()
