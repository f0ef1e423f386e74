import type { Index } from '../../core'
import { ApiError } from '../errors'
import { refuseOfficial } from './file'
import { getDispute, getReport } from './read'
import type { Dispute, Report } from './schema'

export type Decision = { moderator: string; action: 'confirm' | 'reject'; reason?: string }

/** Each table moderators decide on, and the audit column that names one of its rows. */
const AUDITED = { reports: 'report_id', disputes: 'dispute_id' } as const

/**
 * Decides a pending row; the decision and its author go to the one audit table in the same batch,
 * so there is never a decision without its audit row.
 */
async function decide<T extends { status: string }>(
  db: D1Database,
  table: keyof typeof AUDITED,
  id: number,
  decision: Decision,
  get: (db: D1Database, id: number) => Promise<T | null>,
): Promise<T> {
  const now = new Date().toISOString()
  const status = decision.action === 'confirm' ? 'confirmed' : 'rejected'
  const [update] = await db.batch([
    db
      .prepare(`UPDATE ${table} SET status = ?, decided_at = ? WHERE id = ? AND status = 'pending'`)
      .bind(status, now, id),
    // Guarded by the same condition (seen before the update above runs, batches are serial).
    db
      .prepare(
        `INSERT INTO audit (${AUDITED[table]}, moderator, action, reason, at)
         SELECT ?1, ?2, ?3, ?4, ?5 WHERE changes() = 1`,
      )
      .bind(id, decision.moderator, decision.action, decision.reason ?? null, now),
  ])
  const noun = table.slice(0, -1)
  if (update?.meta.changes !== 1) {
    const existing = await get(db, id)
    if (!existing) throw new ApiError('not_found', `No ${noun} ${id}.`)
    throw new ApiError('bad_request', `The ${noun} ${id} was already ${existing.status}.`)
  }
  const decided = await get(db, id)
  if (!decided) throw new Error(`decided ${noun} vanished`)
  return decided
}

/**
 * A moderator confirms or rejects a pending report. A report that touches an official channel
 * (filed before the registry listed it) cannot be confirmed: the refusal names the channel;
 * rejecting it is always possible.
 */
export async function decideReport(
  db: D1Database,
  id: number,
  decision: Decision,
  index: Index,
): Promise<Report> {
  if (decision.action === 'confirm') {
    const pending = await getReport(db, id)
    if (pending) refuseOfficial(pending.type, pending.value, index)
  }
  return decide(db, 'reports', id, decision, getReport)
}

/**
 * A moderator confirms a dispute (the verdict was wrong: the registry needs a change, made and
 * signed as every registry change is) or rejects it (the verdict stands).
 */
export const decideDispute = (db: D1Database, id: number, decision: Decision): Promise<Dispute> =>
  decide(db, 'disputes', id, decision, getDispute)
