/**
 * `npm run eval`: how the lookalike detector does on
 * - the dev split (real phishing domains, data/eval/impersonation-dev.tsv): recall per brand, and
 *   on the two halves split by registrable domain (rules tuned on one half must carry over);
 * - the permutation suite (data/eval/permutations.tsv, dnstwist and more over every official host
 *   and handle): recall per fuzzer and per project, excluded cases with their reason;
 * - false positives on legitimate near-misses (data/eval/legit-dev.txt) and on Chromium's
 *   top-sites list (data/fp/top-domains.txt).
 * Each `impersonation` counts once, and also as `medium` when its confidence is medium. The
 * registry's known-scam list is emptied: only the rules count.
 * Then the secret scanner on ordinary text (data/prose/, Debian documentation) and on phrase and
 * key fixtures in every pasted form (scripts/prose-figures.ts). Then phone numbers presented as
 * TP钱包 or 币安 support in every written form (scripts/phone-forms.ts): the share read right.
 *
 *   npm run eval [-- --verbose [N]]     N misses of each kind (default 30)
 */
import {
  evalIndex,
  LEGIT,
  measureDev,
  measureFalsePositives,
  measurePermutations,
  pct,
  TOP_DOMAINS,
  type FalsePositives,
  type Tally,
} from './lookalike-suite'
import { measurePhones } from './phone-forms'
import { missedFixtures, proseRates, secretFixtures } from './prose-figures'

const TARGETS = {
  devRecall: 0.99,
  legitFp: 0.003,
  topHighFp: 0.001,
  permutations: 0.97,
  perFuzzerOrBrand: 0.95,
  halvesWithin: 0.01,
}
const MIN_ROWS_FOR_TARGET = 20

const ratio = (t: Tally) => (t.rows ? t.hits / t.rows : 1)
const line = (name: string, t: Tally, target?: number) => {
  const below = target !== undefined && t.rows >= MIN_ROWS_FOR_TARGET && ratio(t) < target
  const mark = below ? `  < ${(target * 100).toFixed(0)}% target` : ''
  return `${name.padEnd(36)} ${String(t.rows).padStart(6)}  ${pct(t.hits, t.rows)}  medium ${String(t.medium).padStart(5)}${mark}`
}

function printFalsePositives(title: string, fp: FalsePositives, target: number, highOnly: boolean) {
  const high = fp.flagged.filter(({ v }) => v.confidence !== 'medium').length
  const counted = highOnly ? high : fp.flagged.length
  const ok = counted / fp.rows <= target ? 'met' : 'MISSED'
  console.log(
    `${title}: ${fp.flagged.length}/${fp.rows} flagged = ${pct(fp.flagged.length, fp.rows)}, ` +
      `high ${high} = ${pct(high, fp.rows)} (target ${highOnly ? 'high ' : ''}<= ${target * 100}%: ${ok})`,
  )
  for (const { domain, v } of fp.flagged) {
    console.log(`  FP ${domain}: ${v.verdict} ${v.project ?? ''} ${v.confidence ?? ''} [${v.reasons.join(', ')}]`)
  }
}

function main() {
  const args = process.argv.slice(2)
  const at = args.indexOf('--verbose')
  const showMisses = at === -1 ? 0 : Number(args[at + 1] ?? 30) || 30
  const index = evalIndex()

  const dev = measureDev(index)
  console.log('== dev split: real phishing domains ==')
  console.log(`${'brand'.padEnd(36)} ${'rows'.padStart(6)}  recall`)
  for (const [brand, t] of [...dev.perBrand].sort((a, b) => b[1].rows - a[1].rows)) {
    console.log(line(brand, t))
  }
  console.log(line('overall', dev.total, TARGETS.devRecall))
  const [tune, held] = dev.halves
  const gap = Math.abs(ratio(tune) - ratio(held))
  console.log(line('half A (tuned on, by registrable)', tune))
  console.log(line('half B (held out)', held))
  console.log(
    `halves differ by ${(gap * 100).toFixed(2)} points (target < ${TARGETS.halvesWithin * 100}: ${gap < TARGETS.halvesWithin ? 'met' : 'MISSED'})`,
  )
  if (showMisses) for (const m of dev.misses.slice(0, showMisses)) console.log(`  miss ${m}`)

  console.log('\n== permutation suite: every official host and handle ==')
  const perms = measurePermutations(index)
  for (const [fuzzer, t] of [...perms.perFuzzer].sort()) {
    console.log(line(`fuzzer ${fuzzer}`, t, TARGETS.perFuzzerOrBrand))
  }
  for (const [project, t] of [...perms.perProject].sort()) {
    console.log(line(`project ${project}`, t, TARGETS.perFuzzerOrBrand))
  }
  console.log(line('overall', perms.total, TARGETS.permutations))
  for (const [why, values] of perms.excluded) {
    console.log(`excluded (${why}): ${values.length}, e.g. ${values.slice(0, 4).join(' ')}`)
  }
  console.log(
    `official values not official: ${perms.officialNotOfficial.length}${perms.officialNotOfficial.length ? ` (${perms.officialNotOfficial.join(', ')})` : ''}`,
  )
  if (showMisses) {
    const byFuzzer = new Map<string, string[]>()
    for (const m of perms.misses) byFuzzer.set(m.fuzzer, [...(byFuzzer.get(m.fuzzer) ?? []), m.value])
    for (const [fuzzer, values] of byFuzzer) {
      console.log(`  misses ${fuzzer} (${values.length}): ${values.slice(0, showMisses).join(' ')}`)
    }
  }

  console.log('\n== false positives ==')
  printFalsePositives('legit-dev', measureFalsePositives(index, LEGIT), TARGETS.legitFp, false)
  printFalsePositives('top-domains', measureFalsePositives(index, TOP_DOMAINS), TARGETS.topHighFp, true)
  secretFigures(showMisses)
  phoneFigures(index, showMisses)
}

/** Phone numbers in every written form: read as the right E.164 number, overall and per form. */
function phoneFigures(index: ReturnType<typeof evalIndex>, show: number) {
  console.log('\n== phone numbers presented as TP钱包 / 币安 support, every written form ==')
  const t = measurePhones(index)
  for (const [facet, f] of [...t.perFacet].sort()) {
    if (f.read < f.total || show) console.log(`  ${facet.padEnd(36)} ${f.read}/${f.total}`)
  }
  const mark = t.read === t.total ? '' : '  BELOW TARGET'
  console.log(`  read as the right number: ${t.read}/${t.total} = ${pct3(t.read, t.total)} (target 100%)${mark}`)
  for (const m of t.misses.slice(0, show)) console.log(`    missed: ${JSON.stringify(m.text)} (${m.e164})`)
}

const pct3 = (n: number, d: number) => `${((100 * n) / d).toFixed(3)}%`

/** The secret scanner: false alarms on ordinary text, and recall on every pasted form. */
function secretFigures(show: number) {
  console.log('\n== secret scanner on ordinary text (data/prose/, Debian documentation) ==')
  for (const r of proseRates()) {
    const mark = r.flagged.length / r.total <= r.target ? '' : '  ABOVE TARGET'
    console.log(
      `  ${r.name.padEnd(36)} ${r.flagged.length}/${r.total} = ${pct3(r.flagged.length, r.total)} flagged (target <= ${pct3(r.target, 1)})${mark}`,
    )
    for (const line of r.flagged.slice(0, show)) console.log(`    ${line.slice(0, 100)}`)
  }
  const fixtures = secretFixtures().length
  const missed = missedFixtures()
  console.log(`  phrase and key fixtures found: ${fixtures - missed.length}/${fixtures} (target 100%)`)
  for (const [name] of missed) console.log(`    missed: ${name}`)
}

main()
