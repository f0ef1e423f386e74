/**
 * Writes data/eval/permutations.tsv, the permutation suite `npm run eval` and
 * test/core/lookalike/permutation-suite.test.ts read: every permutation Debian's `dnstwist`
 * makes of every official host and name handle in registry/projects/ (all its fuzzers, with its
 * own english.dict and common_tlds.dict), plus what dnstwist leaves out: two edits of any two
 * kinds on names long enough to allow two, and the whole-script Cyrillic form.
 *
 * The output is committed (CI stays fast and needs no dnstwist); rerun this after adding a
 * project or a channel:
 *
 *   apt-get install dnstwist && npx tsx scripts/permutations.ts
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { toUnicode } from 'punycode'
import { ProjectSource } from '../registry/schema'
import { parseHost } from '../src/core/contact/host'
import { NAME_HANDLES, siteLabel } from '../src/core/lookalike/brands'
import { signedProject } from '../registry/tools/build'

const ROOT = join(import.meta.dirname, '..')
const OUT = join(ROOT, 'data', 'eval', 'permutations.tsv')
const DICTS = '/usr/share/dnstwist/dictionaries'
/** Names of this many letters or more take two edits (maxEditsFor in brands.ts). */
const TWO_EDIT_LENGTH = 9
const PER_PAIR = 40
/**
 * dnstwist's homoglyph fuzzer applies its glyph table twice over every window of the name: up to
 * 35,000 forms for a long handle, nine in ten of the whole suite. A seeded sample of this many per
 * target keeps the suite's weight per target even and the file near 6 MB for 46 projects (3,000
 * made it 20 MB); every other fuzzer is kept whole.
 */
const MAX_HOMOGLYPHS = 300

const KEYBOARD: Record<string, string> = {
  q: 'wa', w: 'qeas', e: 'wrsd', r: 'etdf', t: 'ryfg', y: 'tugh', u: 'yihj', i: 'uojk', o: 'ipkl',
  p: 'ol', a: 'qwsz', s: 'weadzx', d: 'erfsxc', f: 'rtdgcv', g: 'tyfhvb', h: 'yugjbn', j: 'uihknm',
  k: 'iojlm', l: 'opk', z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
}
/** Cyrillic letters that pass for Latin ones (dnstwist's table, plus г for r, п for n, ш for w). */
const CYRILLIC: Record<string, string> = {
  a: 'а', b: 'ь', c: 'с', d: 'ԁ', e: 'е', g: 'ԍ', h: 'һ', i: 'і', j: 'ј', k: 'к', l: 'ӏ', m: 'м',
  n: 'п', o: 'о', p: 'р', q: 'ԛ', r: 'г', s: 'ѕ', t: 'т', v: 'ѵ', w: 'ш', x: 'х', y: 'у',
}

interface Target {
  project: string
  kind: 'host' | 'handle'
  value: string
}

/**
 * Every official host, and every name handle that is not a host's label too ('metamask' is both
 * metamask.io's label and its X handle). A host under another official host ('support.metamask.io')
 * adds only the fuzzers that touch its own subdomain or suffix: its label's permutations are its
 * parent's.
 */
function targets(): Target[] {
  const found: Target[] = []
  const dir = join(ROOT, 'registry', 'projects')
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    // Active channels only, as signed: a legacy or affiliate site is no official one to imitate.
    const p = signedProject(ProjectSource.parse(JSON.parse(readFileSync(join(dir, file), 'utf8'))))
    const seen = new Set<string>()
    for (const c of p.channels) {
      const site = c.type === 'website' || c.type === 'help_center'
      if (!site && !NAME_HANDLES.has(c.type)) continue
      const value = c.value.toLowerCase()
      // A handle with a dot ('tokenpocket.gm' on Medium) is no label dnstwist can read.
      if (seen.has(value) || (!site && !/^[a-z0-9_-]+$/.test(value))) continue
      seen.add(value)
      found.push({ project: p.id, kind: site ? 'host' : 'handle', value })
    }
  }
  // Hosts first: a handle that spells a host's label is then known to be fuzzed already.
  return [...found.filter((t) => t.kind === 'host'), ...found.filter((t) => t.kind === 'handle')]
}

/**
 * dnstwist's own Fuzzer, driven from Python: its command line punycode-encodes every permutation
 * through the pure-Python idna package, minutes per host; the permutations are the same.
 */
const FUZZ = `
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location('dnstwist', '/usr/lib/python3/dist-packages/dnstwist.py')
dt = importlib.util.module_from_spec(spec); spec.loader.exec_module(dt)
words = lambda name: [l.strip() for l in open(name) if l.strip() and not l.startswith('//')]
domain, fuzzers = sys.argv[1], sys.argv[2].split(',')
f = dt.Fuzzer(domain, dictionary=words(sys.argv[3]), tld_dictionary=words(sys.argv[4]))
join = lambda *parts: '.'.join(p for p in parts if p)
out = []
for name in fuzzers:
    if name == 'tld-swap':
        out += [[name, join(f.subdomain, f.domain, t)] for t in sorted(f._tld())]
    elif name == 'various':
        f.domains = set(); f.generate(fuzzers=['various'])
        out += [[name, p['domain']] for p in f.domains if p['fuzzer'] == 'various']
    else:
        out += [[name, join(f.subdomain, d, f.tld)] for d in sorted(set(getattr(f, '_' + name.replace('-', '_'))()))]
print(json.dumps(out))
`
const LABEL_FUZZERS = ['addition', 'bitsquatting', 'cyrillic', 'homoglyph', 'hyphenation',
  'insertion', 'omission', 'repetition', 'replacement', 'transposition', 'vowel-swap', 'dictionary']
const HOST_FUZZERS = [...LABEL_FUZZERS, 'subdomain', 'tld-swap', 'various']

function dnstwist(domain: string, handle: boolean): [string, string][] {
  const fuzzers = (handle ? LABEL_FUZZERS : HOST_FUZZERS).join(',')
  const args = ['-c', FUZZ, domain, fuzzers, `${DICTS}/english.dict`, `${DICTS}/common_tlds.dict`]
  const json = execFileSync('python3', args, { encoding: 'utf8', maxBuffer: 1 << 28 })
  return (JSON.parse(json) as [string, string][]).filter(([, value]) => value && value !== domain)
}

/** A seeded generator: the fixture is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0
    return ((seed >>> 0) % 1_000_003) / 1_000_003
  }
}

type Edit = 'substitution' | 'insertion' | 'omission' | 'transposition'
const EDITS: Edit[] = ['substitution', 'insertion', 'omission', 'transposition']

function edit(s: string, kind: Edit, rnd: () => number): string {
  const i = Math.floor(rnd() * s.length)
  const c = s[i]!
  const near = KEYBOARD[c] ?? 'a'
  const k = near[Math.floor(rnd() * near.length)]!
  switch (kind) {
    case 'substitution':
      return s.slice(0, i) + k + s.slice(i + 1)
    case 'insertion':
      return s.slice(0, i) + (rnd() < 0.5 ? c : k) + s.slice(i)
    case 'omission':
      return s.slice(0, i) + s.slice(i + 1)
    case 'transposition':
      return i + 1 < s.length ? s.slice(0, i) + s[i + 1] + c + s.slice(i + 2) : s
  }
}

/** Two edits of the given kinds, never touching a separator and never giving back the name. */
function twoEdits(label: string, rnd: () => number): [string, string][] {
  const out: [string, string][] = []
  for (const [x, a] of EDITS.entries()) {
    for (const b of EDITS.slice(x)) {
      const seen = new Set<string>()
      for (let tries = 0; seen.size < PER_PAIR && tries < 20 * PER_PAIR; tries++) {
        const v = edit(edit(label, a, rnd), b, rnd)
        if (v === label || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(v) || seen.has(v)) continue
        seen.add(v)
        out.push([`two-edit:${a}+${b}`, v])
      }
    }
  }
  return out
}

function wholeScript(label: string): string | null {
  const letters = [...label].map((c) => CYRILLIC[c] ?? (c === '-' ? c : null))
  return letters.every((c) => c !== null) ? letters.join('') : null
}

/** A seeded sample of `n` of the values, in their order. */
function sample<T>(values: T[], n: number, rnd: () => number): T[] {
  if (values.length <= n) return values
  const picked = values.map((v, i) => [rnd(), i, v] as const).sort((a, b) => a[0] - b[0])
  return picked.slice(0, n).sort((a, b) => a[1] - b[1]).map(([, , v]) => v)
}

const isHomoglyph = ([fuzzer]: [string, string]) => fuzzer === 'homoglyph'

function main() {
  const rows: string[] = ['project\tkind\ttarget\tfuzzer\tvalue']
  const rnd = random(0x5eed)
  const all = targets()
  const hostLabels = new Set<string>()
  const fuzzed = (perms: [string, string][]) => [
    ...perms.filter((p) => !isHomoglyph(p)),
    ...sample(perms.filter(isHomoglyph), MAX_HOMOGLYPHS, rnd),
  ]
  for (const t of all) {
    const seen = new Set<string>()
    const add = (fuzzer: string, value: string) => {
      if (seen.has(value) || value === t.value) return
      seen.add(value)
      rows.push(`${t.project}\t${t.kind}\t${t.value}\t${fuzzer}\t${value}`)
    }
    if (t.kind === 'host') {
      const host = parseHost(t.value)!
      const label = siteLabel(host)!
      const prefix = host.subdomain ? `${host.subdomain}.` : ''
      const parent = all.some((o) => o.kind === 'host' && o.value === host.registrable)
      const own = parent && host.subdomain ? ['subdomain', 'tld-swap', 'various'] : null
      for (const [fuzzer, value] of fuzzed(dnstwist(t.value, false))) {
        if (!own || own.includes(fuzzer)) add(fuzzer, toUnicode(value))
      }
      hostLabels.add(label)
      if (own) continue
      if (label.length >= TWO_EDIT_LENGTH) {
        for (const [f, v] of twoEdits(label, rnd)) add(f, `${prefix}${v}.${host.suffix}`)
      }
      const cyr = wholeScript(label)
      if (cyr) add('whole-script', `${prefix}${cyr}.${host.suffix}`)
    } else if (!hostLabels.has(t.value)) {
      // dnstwist reads domains: the handle is fuzzed as a label, '_' standing in as '-'.
      const underscore = t.value.includes('_')
      const back = (v: string) => {
        const label = toUnicode(v).replace(/\.com$/, '')
        return underscore ? label.replace(/-/g, '_') : label
      }
      for (const [fuzzer, value] of fuzzed(dnstwist(`${t.value.replace(/_/g, '-')}.com`, true))) {
        add(fuzzer, back(value))
      }
      if (t.value.length >= TWO_EDIT_LENGTH) {
        for (const [f, v] of twoEdits(t.value.replace(/_/g, '-'), rnd)) add(f, back(v))
      }
      const cyr = wholeScript(t.value.replace(/_/g, '-'))
      if (cyr) add('whole-script', back(cyr))
    }
    console.error(`${t.project} ${t.value}: ${seen.size}`)
  }
  writeFileSync(OUT, `${rows.join('\n')}\n`)
  console.log(`${rows.length - 1} permutations -> ${OUT}`)
}

main()
