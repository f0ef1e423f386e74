/**
 * `genuine registry audit`: every fact of the source files with its status, sources and dates,
 * and which are due for re-checking, for a maintainer (text) or a script (one JSON line a fact).
 */
import type { Source } from '../schema'
import type { Fact } from './facts'

/** One JSON line: the fields issue 10 names, plus `unconfirmed` and `due` only when true. */
export interface AuditLine {
  project: string | null
  kind: Fact['kind']
  type: string
  value: string
  role: string | null
  status: string
  sources: Source[]
  verified_at: string
  recheck_by: string
  unconfirmed?: true
  due?: true
}

export function auditLine(f: Fact, dueBy: string): AuditLine {
  return {
    project: f.project,
    kind: f.kind,
    type: f.type,
    value: f.value,
    role: f.role,
    status: f.status,
    sources: f.sources,
    verified_at: f.verified_at,
    recheck_by: f.recheck_by,
    ...(f.unconfirmed ? { unconfirmed: true as const } : {}),
    ...(f.recheck_by < dueBy ? { due: true as const } : {}),
  }
}

const sourceText = (s: Source) =>
  `      ${s.publisher} ${s.url}${s.archive ? `\n        archive ${s.archive}` : ''}\n` +
  `        read ${s.retrieved_at}${s.as_of ? `, words as of ${s.as_of}` : ''}: "${s.quote}"\n`

/** The human report: facts by project, due ones marked, then a count. */
export function auditText(facts: readonly Fact[], dueBy: string): string {
  let out = ''
  let due = 0
  for (const f of facts) {
    const isDue = f.recheck_by < dueBy
    if (isDue) due++
    const what =
      f.kind === 'channel' || f.kind === 'reported' ? `${f.type} ${f.value}` : `${f.type}: ${f.value}`
    const tags = [f.status, f.role, f.unconfirmed ? 'unconfirmed' : null].filter(Boolean).join(', ')
    out +=
      `${isDue ? 'DUE ' : '    '}${f.project ?? '(no project)'} ${f.kind} ${what.slice(0, 120)} (${tags})\n` +
      `      verified ${f.verified_at}, recheck by ${f.recheck_by}\n` +
      f.sources.map(sourceText).join('')
  }
  return `${out}\n${facts.length} facts, ${due} due for re-checking (recheck_by before ${dueBy})\n`
}
