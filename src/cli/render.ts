import type { ChannelRef, ContactVerdict, Verdict, VerdictKind } from '../core'

export type Lang = 'en' | 'zh'

/** Words first, colour second: the verdict must read right on a terminal without colour. */
const LABEL: Record<VerdictKind, { en: string; zh: string; mark: string; colour: number }> = {
  official: { en: 'OFFICIAL', zh: '官方渠道', mark: '✔', colour: 32 },
  impersonation: { en: 'IMPERSONATION', zh: '冒充', mark: '✖', colour: 31 },
  not_offered: { en: 'NOT OFFERED', zh: '官方没有此渠道', mark: '✖', colour: 31 },
  reported_scam: { en: 'REPORTED SCAM', zh: '已举报诈骗', mark: '✖', colour: 31 },
  misleading: { en: 'MISLEADING', zh: '内容不实', mark: '✖', colour: 33 },
  unknown: { en: 'UNKNOWN', zh: '未收录', mark: '?', colour: 33 },
  secret_detected: { en: 'SECRET — DO NOT SHARE', zh: '密钥——切勿发送', mark: '!', colour: 35 },
  invalid: { en: 'INVALID INPUT', zh: '无法识别', mark: '·', colour: 90 },
}

const USE: Record<Lang, string> = { en: 'Use instead', zh: '请改用' }
const OFFICIAL: Record<Lang, string> = { en: 'Official channel', zh: '官方渠道' }
const FLAGS: Record<Lang, string> = { en: 'Warning signs', zh: '诈骗迹象' }

function line(v: ContactVerdict, lang: Lang, colour: boolean, indent: string): string[] {
  const l = LABEL[v.verdict]
  const head = `${l.mark} ${l[lang]}`
  const out = [
    `${indent}${colour ? `\x1b[1;${l.colour}m${head}\x1b[0m` : head}  ${v.input}${v.project ? `  (${v.project})` : ''}`,
    `${indent}  ${v.explanation[lang]}`,
  ]
  if (v.official && v.verdict !== 'secret_detected') {
    const label = v.verdict === 'official' ? OFFICIAL[lang] : USE[lang]
    out.push(`${indent}  ${label}: ${shown(v.official)}`)
  }
  return out
}

/** An address or number reads better bare than as a mailto: or tel: link. */
const shown = (c: ChannelRef) => (c.type === 'email' || c.type === 'phone' || !c.url ? c.value : c.url)

/** A verdict as a person reads it on a terminal. */
export function render(v: Verdict, lang: Lang, colour: boolean): string {
  const out = line(v, lang, colour, '')
  for (const f of v.red_flags ?? []) out.push(`  ⚠ ${FLAGS[lang]}: ${f.explanation[lang]} (“${f.match}”)`)
  for (const c of v.contacts ?? []) out.push(...line(c, lang, colour, '  '))
  for (const n of v.never) out.push(`  • ${n.text[lang]}`)
  return out.join('\n') + '\n\n'
}
