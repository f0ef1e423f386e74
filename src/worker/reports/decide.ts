import type { Index } from '../../core'
import { ApiError } from '../errors'
import { refuseOfficial } from './file'
import { getReport } from './read'
import type { Report } from './schema'

/**
 * A moderator confirms or rejects a pending report; the decision and its author go to the audit
 * table in the same batch, so there is never a decision without its audit row. A report that
 * touches an official channel (filed before the registry listed it) cannot be confirmed: the
 * refusal names the channel; rejecting it is always possible.
 */
export async function decideReport(
  db: D1Database,
  id: number,
  decision: { moderator: string; action: 'confirm' | 'reject'; reason?: string },
  index: Index,
): Promise<Report> {
  if (decision.action === 'confirm') {
    const pending = await getReport(db, id)
    if (pending) refuseOfficial(pending.type, pending.value, index)
  }
  const now = new Date().toISOString()
  const status = decision.action === 'confirm' ? 'confirmed' : 'rejected'
  const [update] = await db.batch([
    db
      .prepare(`UPDATE reports SET status = ?, decided_at = ? WHERE id = ? AND status = 'pending'`)
      .bind(status, now, id),
    // Guarded by the same condition (seen before the update above runs, batches are serial).
    db
      .prepare(
        `INSERT INTO audit (report_id, moderator, action, reason, at)
         SELECT ?1, ?2, ?3, ?4, ?5 WHERE changes() = 1`,
      )
      .bind(id, decision.moderator, decision.action, decision.reason ?? null, now),
  ])
  if (update?.meta.changes !== 1) {
    const existing = await getReport(db, id)
    if (!existing) throw new ApiError('not_found', `No report ${id}.`)
    throw new ApiError('bad_request', `Report ${id} was already ${existing.status}.`)
  }
  const report = await getReport(db, id)
  if (!report) throw new Error('decided report vanished')
  return report
}
