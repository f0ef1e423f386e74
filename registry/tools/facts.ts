/**
 * Every fact of the source files, one by one, as the due check and `genuine registry audit` read
 * them: a channel, an unconfirmed channel, a never statement, a support or custody statement, a
 * reported contact.
 */
import { recheckBy, type ProjectSource, type ReportedSource, type Source } from '../schema'

export type FactKind = 'channel' | 'never' | 'reported' | 'support' | 'custody'

export interface Fact {
  project: string | null
  kind: FactKind
  /** A channel type; a never kind; 'support' or 'custody' for those statements. */
  type: string
  /** The channel value; the statement (English) of a never, support or custody fact. */
  value: string
  role: string | null
  /** A channel's status; a report's kind; 'active' for statements. */
  status: string
  unconfirmed: boolean
  sources: Source[]
  verified_at: string
  recheck_by: string
  /** Where it is written: the file and the JSON path, for messages. */
  file: string
  path: string
}

type Dated = { sources: Source[]; verified_at: string; recheck_by?: string }

const dates = (f: Dated) => ({ sources: f.sources, verified_at: f.verified_at, recheck_by: recheckBy(f) })

/** The facts of one project file, in file order. */
export function projectFacts(p: ProjectSource, file: string): Fact[] {
  const base = { project: p.id, file }
  const channels = (list: ProjectSource['channels'], field: string, unconfirmed: boolean) =>
    list.map((c, i) => ({
      ...base,
      kind: 'channel' as const,
      type: c.type,
      value: c.value,
      role: c.role,
      status: c.status,
      unconfirmed,
      ...dates(c),
      path: `${field}.${i}`,
    }))
  const statement = (kind: 'support' | 'custody', s: Dated & { statement: { en: string } }) => ({
    ...base,
    kind,
    type: kind,
    value: s.statement.en,
    role: null,
    status: 'active',
    unconfirmed: false,
    ...dates(s),
    path: kind,
  })
  return [
    ...channels(p.channels, 'channels', false),
    ...channels(p.unconfirmed, 'unconfirmed', true),
    ...p.never.map((n, i) => ({
      ...base,
      kind: 'never' as const,
      type: n.kind,
      value: n.statement.en,
      role: null,
      status: 'active',
      unconfirmed: false,
      ...dates(n),
      path: `never.${i}`,
    })),
    ...(p.support ? [statement('support', p.support)] : []),
    ...(p.custody ? [statement('custody', p.custody)] : []),
  ]
}

export function reportedFacts(reported: ReportedSource[], file: string): Fact[] {
  return reported.map((r, i) => ({
    project: r.project,
    kind: 'reported' as const,
    type: r.type,
    value: r.value,
    role: null,
    status: r.kind,
    unconfirmed: false,
    ...dates(r),
    file,
    path: String(i),
  }))
}
