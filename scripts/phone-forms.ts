/**
 * Phone numbers as scammers present them as TP钱包 or 币安 support, in every written form people
 * use: digits ASCII, full-width or Chinese (一二三…, 〇/零, 幺 for 1), grouped by spaces, dashes of
 * every kind or middle dots, with or without a country prefix, followed by their hours in brackets
 * or not. `npm run eval` prints the share of them the engine reads as the right number;
 * test/core/contact/phone-forms.test.ts holds it to 100%.
 */
import { check, type Index } from '../src/core'
import { parsePhone } from '../src/core/contact/phone'

/** A number in its plain national (or international) digits, and how it is usually grouped. */
type Base = { digits: string; groups: number[]; cc: '86' | null }

const BASES: Base[] = [
  { digits: '13800138000', groups: [3, 4, 4], cc: '86' },
  { digits: '15921874630', groups: [3, 4, 4], cc: '86' },
  { digits: '18688886666', groups: [3, 4, 4], cc: '86' },
  { digits: '17725019347', groups: [3, 4, 4], cc: '86' },
  { digits: '19951238870', groups: [3, 4, 4], cc: '86' },
  { digits: '4008001234', groups: [3, 3, 4], cc: '86' },
  { digits: '4006558899', groups: [3, 3, 4], cc: '86' },
  { digits: '8008209988', groups: [3, 3, 4], cc: '86' },
  { digits: '01088881234', groups: [3, 4, 4], cc: '86' },
  { digits: '02161237788', groups: [3, 4, 4], cc: '86' },
  { digits: '075583765566', groups: [4, 4, 4], cc: '86' },
  { digits: '85251234567', groups: [3, 4, 4], cc: null },
  { digits: '6581234567', groups: [2, 4, 4], cc: null },
  { digits: '14155550132', groups: [1, 3, 3, 4], cc: null },
  { digits: '442079460958', groups: [2, 2, 4, 4], cc: null },
  { digits: '639171234567', groups: [2, 3, 3, 4], cc: null },
]

/** The form each presentation takes, by facet: what the eval reports per form. */
const SEPARATORS = ['', ' ', '-', '—', '–', '‐', '−', '－', '·', '・', '.', '　', ' - ']
const SCRIPTS = ['ascii', 'full-width', 'chinese 零', 'chinese 〇', 'chinese 幺'] as const
const PREFIXES = ['', '+86 ', '+86-', '+86', '0086 ', '(+86) ', '（+86）', '+86 (0)'] as const
const HOURS = [
  '',
  '（24小时）',
  '(24小时)',
  '（9:00-18:00）',
  '(9:00-18:00)',
  ' 24小时',
  '（工作日 9:00-18:00）',
  ' (24h)',
  '（7×24小时）',
  ' 9:00-21:00',
  '【24小时】',
  '（周一至周五9:00—18:00）',
]
const TEMPLATES = [
  (p: string, n: string) => `${p}客服电话：${n}`,
  (p: string, n: string) => `${p}官方客服热线 ${n}`,
  (p: string, n: string) => `如遇问题请拨打${p}人工客服电话${n}，我们将竭诚为您服务。`,
  (p: string, n: string) => `联系${p}客服：电话${n}`,
  (p: string, n: string) => `${p}客服电话是${n}`,
  (p: string, n: string) => `【${p}】客服\n电话：${n}\n请保持电话畅通`,
  (_: string, n: string, en: string) => `${en} customer service hotline: ${n}`,
  (_: string, n: string, en: string) => `Call ${en} support at ${n}.`,
]
const PROJECTS = [
  { id: 'tokenpocket', zh: 'TP钱包', en: 'TokenPocket' },
  { id: 'binance', zh: '币安', en: 'Binance' },
]

export type PhoneForm = { text: string; e164: string; project: string; facets: string[] }

/** A small deterministic generator (mulberry32): the same forms on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function writeDigits(digits: string, script: (typeof SCRIPTS)[number]): string {
  if (script === 'ascii') return digits
  if (script === 'full-width') return digits.replace(/\d/g, (d) => String.fromCharCode(0xff10 + +d))
  const zh = '零一二三四五六七八九'
  return [...digits]
    .map((d) =>
      d === '0' && script === 'chinese 〇' ? '〇' : d === '1' && script === 'chinese 幺' ? '幺' : zh[+d]!,
    )
    .join('')
}

function group(digits: string, sizes: number[], sep: string): string {
  const out: string[] = []
  let at = 0
  for (const size of sizes) out.push(digits.slice(at, (at += size)))
  if (at < digits.length) out.push(digits.slice(at))
  return out.filter(Boolean).join(sep)
}

const facetsOf = (sep: string, script: string, prefix: string, hours: string) => [
  `separator "${sep}"`,
  `digits ${script}`,
  `prefix "${prefix.trim()}"`,
  `hours "${hours.trim()}"`,
]

/** Every form the generator writes, by facet: a large enough sample holds each of them. */
export const allFacets = (): Set<string> =>
  new Set([
    ...SEPARATORS.map((s) => facetsOf(s, '', '', '')[0]!),
    ...SCRIPTS.map((s) => facetsOf('', s, '', '')[1]!),
    ...[...PREFIXES, '+'].map((p) => facetsOf('', '', p, '')[2]!),
    ...HOURS.map((h) => facetsOf('', '', '', h)[3]!),
  ])

/** `count` presentations, each with the E.164 number it must be read as. */
export function phoneForms(count = 2_400, seed = 11): PhoneForm[] {
  const rnd = random(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const forms: PhoneForm[] = []
  for (let i = 0; i < count; i++) {
    const base = BASES[i % BASES.length]!
    const plain = base.cc ? base.digits : `+${base.digits}`
    const read = parsePhone(plain)
    if ('error' in read) throw new Error(`not a valid number: ${plain}`)
    const sep = pick(SEPARATORS)
    const script = pick(SCRIPTS)
    // A Chinese number may carry +86 (its trunk 0 then dropped); others are written with their +.
    const prefix = base.cc ? pick(PREFIXES) : '+'
    const national = prefix && base.cc ? base.digits.replace(/^0/, '') : base.digits
    const trunk = prefix && base.cc && base.digits.startsWith('0')
    const sizes = trunk ? [base.groups[0]! - 1, ...base.groups.slice(1)] : base.groups
    const hours = pick(HOURS)
    const project = PROJECTS[i % PROJECTS.length]!
    const template = pick(TEMPLATES)
    const number = `${prefix}${group(writeDigits(national, script), sizes, sep)}${hours}`
    forms.push({
      text: template(project.zh, number, project.en),
      e164: read.e164,
      project: project.id,
      facets: facetsOf(sep, script, prefix, hours),
    })
  }
  return forms
}

export type PhoneTally = {
  total: number
  read: number
  misses: PhoneForm[]
  perFacet: Map<string, { total: number; read: number }>
}

/** How many presentations the engine reads as their number, overall and per facet. */
export function measurePhones(index: Index, forms = phoneForms()): PhoneTally {
  const perFacet = new Map<string, { total: number; read: number }>()
  const misses: PhoneForm[] = []
  let read = 0
  for (const f of forms) {
    const v = check(f.text, index)
    const ok = (v.contacts ?? []).some((c) => c.kind === 'phone' && c.normalized === f.e164)
    if (ok) read++
    else misses.push(f)
    for (const facet of f.facets) {
      const t = perFacet.get(facet) ?? { total: 0, read: 0 }
      t.total++
      if (ok) t.read++
      perFacet.set(facet, t)
    }
  }
  return { total: forms.length, read, misses, perFacet }
}
