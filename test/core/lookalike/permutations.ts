/**
 * A small dnstwist: the permutations typosquatters register, for a label (or handle) and its
 * suffix. Each fuzzer follows dnstwist's definition of the same name (elceef/dnstwist,
 * `Fuzzer`), trimmed to ASCII labels; 'dictionary' is our combo keyword list in a few forms.
 */
const KEYBOARD: Record<string, string> = {
  '1': '2q', '2': '3wq1', '3': '4ew2', '4': '5re3', '5': '6tr4', '6': '7yt5', '7': '8uy6',
  '8': '9iu7', '9': '0oi8', '0': 'po9', q: '12wa', w: '3esaq2', e: '4rdsw3', r: '5tfde4',
  t: '6ygfr5', y: '7uhgt6', u: '8ijhy7', i: '9okju8', o: '0plki9', p: 'lo0', a: 'qwsz',
  s: 'edxzaw', d: 'rfcxse', f: 'tgvcdr', g: 'yhbvft', h: 'ujnbgy', j: 'ikmnhu', k: 'olmji',
  l: 'kop', z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
}
/**
 * Confusables a person misreads (a sample of dnstwist's glyph table, Latin and Cyrillic). Left
 * out: dnstwist's 'nn'/'rr' for m and 'lc' for k, two-letter shapes no font confuses.
 */
const GLYPHS: Record<string, string[]> = {
  a: ['à', 'á', 'â', 'ã', 'ä', 'å', 'ɑ', 'а'], b: ['d', 'lb', 'ʙ', 'ь'], c: ['e', 'ƈ', 'ć', 'ç', 'с'],
  d: ['b', 'cl', 'dl', 'ɗ', 'ԁ'], e: ['é', 'ê', 'ë', 'ē', 'ė', 'е'], g: ['q', 'ɢ', 'ɡ', 'ġ'],
  h: ['lh', 'ḥ', 'һ'], i: ['1', 'l', 'í', 'ï', 'ı', 'і'], k: ['lk', 'ik', 'κ'],
  l: ['1', 'i', 'ɫ', 'ł', 'ӏ'], m: ['n', 'rn', 'ṃ'], n: ['m', 'r', 'ń', 'ո'],
  o: ['0', 'ο', 'о', 'ö', 'ó', 'ọ', 'օ'], p: ['ρ', 'р'], q: ['g', 'ԛ'], r: ['ʀ', 'г'],
  s: ['ꜱ', 'ś', 'ѕ'], t: ['ţ', 'ŧ', 'ț'], u: ['μ', 'υ', 'ü', 'ú'], v: ['ѵ', 'ν'],
  w: ['vv', 'ѡ', 'ԝ'], x: ['х', 'ҳ'], y: ['ʏ', 'γ', 'у', 'ý'], z: ['ʐ', 'ż', 'ź'],
}
const VOWELS = 'aeiou'
const DICTIONARY = ['support', 'help', 'kefu', 'official', 'wallet', 'login', 'airdrop', 'verify']
const TLDS = ['com', 'net', 'org', 'io', 'xyz', 'app', 'top']

export type Fuzzer =
  | 'addition' | 'bitsquatting' | 'homoglyph' | 'hyphenation' | 'insertion' | 'omission'
  | 'repetition' | 'replacement' | 'subdomain' | 'transposition' | 'vowel-swap' | 'plural'
  | 'dictionary' | 'tld-swap'

export interface Permutation {
  fuzzer: Fuzzer
  /** The permuted host, or handle when no suffix was given. */
  value: string
}

const LABEL = /^[a-z0-9-]+$/

function* edits(s: string): Generator<[Fuzzer, string]> {
  for (const ch of 'abcdefghijklmnopqrstuvwxyz0123456789') yield ['addition', s + ch]
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i)
    for (let bit = 0; bit < 8; bit++) {
      const flipped = String.fromCharCode(code ^ (1 << bit))
      if (/[a-z0-9-]/.test(flipped)) yield ['bitsquatting', s.slice(0, i) + flipped + s.slice(i + 1)]
    }
    for (const g of GLYPHS[s[i]!] ?? []) yield ['homoglyph', s.slice(0, i) + g + s.slice(i + 1)]
    if (i > 0) yield ['hyphenation', `${s.slice(0, i)}-${s.slice(i)}`]
    for (const k of KEYBOARD[s[i]!] ?? []) {
      yield ['insertion', s.slice(0, i) + k + s.slice(i)]
      yield ['replacement', s.slice(0, i) + k + s.slice(i + 1)]
    }
    yield ['omission', s.slice(0, i) + s.slice(i + 1)]
    yield ['repetition', s.slice(0, i) + s[i] + s.slice(i)]
    if (i > 0) yield ['subdomain', `${s.slice(0, i)}.${s.slice(i)}`]
    if (i + 1 < s.length) yield ['transposition', s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)]
    if (VOWELS.includes(s[i]!)) {
      for (const v of VOWELS) if (v !== s[i]) yield ['vowel-swap', s.slice(0, i) + v + s.slice(i + 1)]
    }
  }
  yield ['plural', `${s}s`]
  for (const w of DICTIONARY) {
    yield ['dictionary', `${s}-${w}`]
    yield ['dictionary', `${w}-${s}`]
    yield ['dictionary', `${s}${w}`]
  }
}

/**
 * Every permutation of `label` (with `suffix` appended, when given), duplicates and the
 * original left out, plus tld-swaps of the suffix.
 */
export function permutations(label: string, suffix?: string): Permutation[] {
  const out = new Map<string, Fuzzer>()
  for (const [fuzzer, value] of edits(label)) {
    if (value === label || value.startsWith('-') || value.endsWith('-') || value.includes('.-')) {
      continue
    }
    if (value.endsWith('.') || value.startsWith('.') || value.includes('-.')) continue
    if (!out.has(value)) out.set(value, fuzzer)
  }
  const result: Permutation[] = [...out].map(([value, fuzzer]) => ({
    fuzzer,
    value: suffix ? `${value}.${suffix}` : value,
  }))
  if (suffix) {
    for (const tld of TLDS) {
      if (tld !== suffix) result.push({ fuzzer: 'tld-swap', value: `${label}.${tld}` })
    }
  }
  return result
}

export const isAsciiLabel = (s: string) => LABEL.test(s)
