#!/usr/bin/env node
/**
 * Builds data/prose/: ordinary Chinese and English text, to measure how often the secret scanner
 * (and the red-flag reader) fires on text that holds no secret. The text comes from Debian
 * documentation packages (man pages, the Debian Reference, FAQ and New Maintainers' Guide, in
 * Simplified and Traditional Chinese and in English), fetched with `apt-get download`.
 *
 *   node scripts/build-prose-corpus.mjs          # needs apt-get and dpkg-deb (Debian/Ubuntu)
 *
 * Writes, one item per line, deduplicated, in a stable order:
 *   zh-paragraphs.txt  paragraphs with at least 10 Han characters
 *   zh-clauses.txt     clauses of 12 to 24 Han characters and nothing else (the shape a recovery
 *                      phrase written without spaces has), split at punctuation and spaces
 *   en-paragraphs.txt  English paragraphs of at least 40 characters, no Han
 *   SOURCES.txt        the package versions read
 * Provenance and licences: data/README.md.
 */
import { execFileSync } from 'node:child_process'
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'

const PACKAGES = {
  zh: ['manpages-zh', 'debian-reference-zh-cn', 'debian-faq-zh-cn', 'maint-guide-zh-cn'],
  en: ['debian-reference-en', 'debian-faq', 'maint-guide'],
}
/** Caps keep the committed corpus to a few MB; items are spread evenly over every package. */
const CAP = { zhParagraphs: 15_000, zhClauses: 20_000, enParagraphs: 12_000 }
const OUT = new URL('../data/prose/', import.meta.url).pathname

const HAN = /\p{Script=Han}/u
const HAN_G = /\p{Script=Han}/gu

function walk(dir) {
  const out = []
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name)
    const st = lstatSync(p) // symbolic links (often dangling in an unpacked .deb) are skipped
    if (st.isDirectory()) out.push(...walk(p))
    else if (st.isFile()) out.push(p)
  }
  return out
}

/** At most `cap` items, taken at even steps so that every source keeps its share. */
const spread = (xs, cap) =>
  xs.length <= cap ? xs : Array.from({ length: cap }, (_, i) => xs[Math.floor((i * xs.length) / cap)])

const read = (file) => {
  const buf = readFileSync(file)
  return (file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8')
}

/** Joins wrapped lines: no space between two Chinese characters, one elsewhere. */
function joinLines(lines) {
  let s = ''
  for (const raw of lines) {
    const line = raw.trim()
    if (!line) continue
    if (!s) s = line
    else if (HAN.test(s.at(-1)) || /[，。；：、！？）」』]/u.test(s.at(-1))) {
      s += HAN.test(line[0]) ? line : ` ${line}`
    } else s += ` ${line}`
  }
  return s
}

/** roff (man pages): text lines and the words of font macros; other requests end a paragraph. */
function fromRoff(src) {
  const paragraphs = []
  let cur = []
  const flush = () => {
    if (cur.length) paragraphs.push(joinLines(cur))
    cur = []
  }
  for (let line of src.split('\n')) {
    if (/^[.'](?:B|I|BR|BI|IB|IR|RB|RI|SM|SB)\s/.test(line)) line = line.replace(/^\S+\s+/, '').replace(/"/g, '')
    else if (/^[.']/.test(line)) {
      flush()
      continue
    }
    line = line
      .replace(/\\f(?:\[[^\]]*\]|\(..|.)/g, '')
      .replace(/\\\(em|\\\(en/g, '—')
      .replace(/\\\([a-z]{2}/gi, '')
      .replace(/\\[-e]/g, (m) => (m === '\\-' ? '-' : '\\'))
      .replace(/\\[&/,|^%]/g, '')
      .replace(/\\\s/g, ' ')
    cur.push(line)
  }
  flush()
  return paragraphs
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }
const decode = (s) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/gi, (m, n) => ENTITIES[n.toLowerCase()] ?? m)

/** HTML: the text of each <p>, <li> and <dd> (no <pre>: code is not prose). */
function fromHtml(src) {
  const body = src.replace(/<pre[\s\S]*?<\/pre>/gi, '')
  const out = []
  for (const m of body.matchAll(/<(p|li|dd)\b[^>]*>([\s\S]*?)<\/\1>/gi)) {
    out.push(joinLines(decode(m[2].replace(/<[^>]+>/g, '')).split('\n')))
  }
  return out
}

/** Plain text: paragraphs between blank lines; indented blocks (code, tables of contents) skipped. */
function fromText(src) {
  return src
    .split(/\n\s*\n/)
    .filter((p) => !/^\s{4,}\S/m.test(p.split('\n')[0] ?? ''))
    .map((p) => joinLines(p.split('\n')))
}

function paragraphsOf(file) {
  if (/\/man\/[^/]+\/man\d\/[^/]+\.gz$/.test(file)) return fromRoff(read(file))
  if (/\.html?$/.test(file)) return fromHtml(read(file))
  if (/\.txt(?:\.gz)?$/.test(file)) return fromText(read(file))
  return []
}

function main() {
  const work = mkdtempSync(join(tmpdir(), 'prose-'))
  try {
    const versions = []
    const text = { zh: [], en: [] }
    for (const [lang, pkgs] of Object.entries(PACKAGES)) {
      execFileSync('apt-get', ['download', ...pkgs], { cwd: work, stdio: 'ignore' })
      for (const pkg of pkgs) {
        const deb = readdirSync(work).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'))
        if (!deb) throw new Error(`apt-get download did not fetch ${pkg}`)
        versions.push(deb.replace(/\.deb$/, ''))
        const dir = join(work, pkg)
        mkdirSync(dir)
        execFileSync('dpkg-deb', ['-x', join(work, deb), dir])
        for (const f of walk(dir)) text[lang].push(...paragraphsOf(f))
      }
    }

    const uniq = (xs) => [...new Set(xs)]
    const allZh = uniq(
      text.zh.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => (p.match(HAN_G)?.length ?? 0) >= 10),
    )
    const zhParagraphs = spread(allZh, CAP.zhParagraphs)
    const zhClauses = spread(
      uniq(
        allZh.flatMap((p) => p.split(/[^\p{Script=Han}]+/u)).filter((c) => {
          const n = [...c].length
          return n >= 12 && n <= 24
        }),
      ),
      CAP.zhClauses,
    )
    const enParagraphs = spread(
      uniq(
        text.en
          .map((p) => p.replace(/\s+/g, ' ').trim())
          .filter((p) => p.length >= 40 && !HAN.test(p) && /[a-z]{3}/i.test(p)),
      ),
      CAP.enParagraphs,
    )

    mkdirSync(OUT, { recursive: true })
    const write = (name, lines) => writeFileSync(join(OUT, name), `${lines.join('\n')}\n`)
    write('zh-paragraphs.txt', zhParagraphs)
    write('zh-clauses.txt', zhClauses)
    write('en-paragraphs.txt', enParagraphs)
    write('SOURCES.txt', versions.sort())
    console.log(
      `data/prose: ${zhParagraphs.length} Chinese paragraphs, ${zhClauses.length} clauses, ${enParagraphs.length} English paragraphs`,
    )
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

main()
