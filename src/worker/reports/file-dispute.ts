import { check, type Index } from '../../core'
import type { VerdictKind } from '../../core/verdict'
import { ChannelType } from '../../../registry/schema'
import type { Bindings } from '../env'
import { ApiError } from '../errors'
import { refuseSecrets } from './file'
import { keepNote } from './notes'
import { limitContact } from './rate-limit'
import { getDispute } from './read'
import type { Dispute, DisputeInput, DisputeProblem, ReportSource } from './schema'

export type FileDisputeInput = DisputeInput & { source: ReportSource }

/** Verdicts that flag a contact: a person who knows better may say it is real, or no scam. */
const FLAGGED: ReadonlySet<VerdictKind> = new Set(['impersonation', 'not_offered', 'reported_scam'])

/** What may be wrong with each kind of result; anything else would make no sense of it. */
const PROBLEMS = {
  official: ['not_official', 'other'],
  flagged: ['is_official', 'not_a_scam', 'other'],
  claim: ['claim_wrong', 'other'],
} satisfies Record<string, DisputeProblem[]>

type Subject = {
  of: keyof typeof PROBLEMS
  type: Dispute['type']
  value: string
  project: string | null
  verdict: VerdictKind
}

const refuse = (message: string) => new ApiError('not_disputable', message)

/** The contact's verdict now, checked again here: what a client says it was is never trusted. */
function contactSubject(contact: string, index: Index): Subject {
  const v = check(contact, index)
  const type = ChannelType.safeParse(v.kind)
  if (!type.success || !v.normalized) {
    throw refuse('Dispute one contact: a link, email address, phone number or account, as checked.')
  }
  const of = v.verdict === 'official' ? 'official' : FLAGGED.has(v.verdict) ? 'flagged' : null
  if (!of) {
    throw refuse(`Only an official or a flagged verdict can be disputed; this contact is ${v.verdict}.`)
  }
  return { of, type: type.data, value: v.normalized, project: v.project, verdict: v.verdict }
}

function claimSubject(claim: NonNullable<DisputeInput['claim']>, index: Index): Subject {
  if (!index.projects.has(claim.project)) throw refuse(`No project ${claim.project}.`)
  return { of: 'claim', type: 'claim', value: claim.topic, project: claim.project, verdict: 'misleading' }
}

/**
 * Files "this verdict is wrong" for an official or flagged contact, or for a claim a text was
 * judged on. Only the normalised contact (or the claim's project and topic), the problem and the
 * note are stored: never the text it came from. The same dispute again is one dispute whose count
 * grows. Throws `not_disputable` for a secret, a whole message, an unknown or unreadable
 * contact, or a problem that does not fit the result.
 * @example await fileDispute(env, { contact: 'service@tokenpocket.pro', problem: 'not_official', source: 'api' }, index)
 */
export async function fileDispute(
  env: Pick<Bindings, 'DB' | 'REPORTS_PER_CONTACT_PER_HOUR'>,
  input: FileDisputeInput,
  index: Index,
): Promise<{ dispute: Dispute; created: boolean }> {
  refuseSecrets([input.contact, input.note], 'not_disputable')
  const s = input.claim ? claimSubject(input.claim, index) : contactSubject(input.contact ?? '', index)
  const allowed: readonly DisputeProblem[] = PROBLEMS[s.of]
  if (!allowed.includes(input.problem)) {
    throw refuse(`This result can be disputed as ${allowed.join(' or ')}, not ${input.problem}.`)
  }
  await limitContact(env, `dispute:${s.type}`, s.value)
  const now = new Date().toISOString()
  const row = await env.DB.prepare(
    `INSERT INTO disputes (type, value, project, verdict, problem, first_disputed_at, last_disputed_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
     ON CONFLICT (type, value, problem) DO UPDATE SET count = count + 1,
       verdict = excluded.verdict, last_disputed_at = excluded.last_disputed_at,
       project = coalesce(excluded.project, disputes.project)
     RETURNING id, count`,
  )
    .bind(s.type, s.value, s.project, s.verdict, input.problem, now)
    .first<{ id: number; count: number }>()
  if (!row) throw new Error('dispute upsert returned nothing')
  const note = input.note?.trim()
  if (note) await keepNote(env.DB, 'dispute_notes', row.id, { note, source: input.source, at: now })
  const dispute = await getDispute(env.DB, row.id)
  if (!dispute) throw new Error('filed dispute vanished')
  return { dispute, created: row.count === 1 }
}
