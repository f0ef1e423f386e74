import { check, findSecret, officialOver, type Index } from '../../core'
import { ChannelType } from '../../../registry/schema'
import { ApiError } from '../errors'
import { type ReportInput, type ReportSource, type Report } from './schema'
import type { Bindings } from '../env'
import { limitContact } from './rate-limit'
import { keepNote } from './notes'
import { getReport } from './read'

export type FileReportInput = ReportInput & { source: ReportSource }

/**
 * Files a community report: the contact is normalised by the engine, so every spelling of one
 * phone number or host is ONE report whose count grows, keeping its latest notes.
 * Throws `not_reportable` for what must never be stored: secrets, whole messages, official
 * channels (and hosts under or above one, even while the registry is stale), and text that is
 * not a contact.
 * @example await fileReport(env, { contact: '+86 400 123 4567', source: 'api' }, index)
 */
export async function fileReport(
  env: Pick<Bindings, 'DB' | 'REPORTS_PER_CONTACT_PER_HOUR'>,
  input: FileReportInput,
  index: Index,
): Promise<{ report: Report; created: boolean }> {
  const db = env.DB
  refuseSecrets([input.contact, input.note, input.seen_at])
  const verdict = check(input.contact, index)
  const type = ChannelType.safeParse(verdict.kind)
  if (verdict.verdict === 'invalid' || !type.success || !verdict.normalized) {
    throw new ApiError(
      'not_reportable',
      'Report one contact: a link, email address, phone number or account link (e.g. https://t.me/name).',
    )
  }
  refuseOfficial(type.data, verdict.normalized, index)
  await limitContact(env, type.data, verdict.normalized)
  const now = new Date().toISOString()
  const row = await db
    .prepare(
      `INSERT INTO reports (type, value, project, first_reported_at, last_reported_at)
       VALUES (?1, ?2, ?3, ?4, ?4)
       ON CONFLICT (type, value) DO UPDATE SET count = count + 1,
         last_reported_at = excluded.last_reported_at,
         project = coalesce(reports.project, excluded.project)
       RETURNING id, count`,
    )
    .bind(type.data, verdict.normalized, verdict.project, now)
    .first<{ id: number; count: number }>()
  if (!row) throw new Error('report upsert returned nothing')
  if (input.note || input.seen_at) {
    await keepNote(db, 'report_notes', row.id, {
      note: input.note || null,
      seen_at: input.seen_at || null,
      source: input.source,
      at: now,
    })
  }
  const report = await getReport(db, row.id)
  if (!report) throw new Error('filed report vanished')
  return { report, created: row.count === 1 }
}

/**
 * A reporter may paste their recovery phrase into any field: refused with `code` before anything
 * is stored, and never echoed.
 */
export function refuseSecrets(
  texts: readonly (string | undefined)[],
  code: 'not_reportable' | 'not_disputable' = 'not_reportable',
): void {
  for (const text of texts) {
    if (text && findSecret(text)) {
      throw new ApiError(
        code,
        'This looks like a recovery phrase or private key. Nothing was stored. Never share it with anyone.',
      )
    }
  }
}

/**
 * Throws `not_reportable`, naming the official channel, when a report of this contact would
 * touch one (see `officialOver`): such a report is never filed nor confirmed.
 */
export function refuseOfficial(type: ChannelType, value: string, index: Index): void {
  const hit = officialOver(type, value, index)
  if (!hit) return
  throw new ApiError(
    'not_reportable',
    `This is, or covers, an official channel of ${hit.project.name.en} (${hit.channel.value}); it cannot be reported.`,
  )
}
