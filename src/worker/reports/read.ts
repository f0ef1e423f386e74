import { Dispute, Report, type ReportStatus } from './schema'

type Row<T> = Omit<T, 'notes'> & { notes: string | null }

// Notes ride along as one JSON array per row, so a page of the queue is a single query.
const REPORTS = `SELECT r.id, r.type, r.value, r.project, r.status, r.count, r.first_reported_at,
    r.last_reported_at, r.decided_at,
    (SELECT json_group_array(json_object('note', n.note, 'seen_at', n.seen_at,
       'source', n.source, 'at', n.at))
     FROM (SELECT * FROM report_notes WHERE report_id = r.id ORDER BY id DESC) n) AS notes
  FROM reports r`

const DISPUTES = `SELECT r.id, r.type, r.value, r.project, r.verdict, r.problem, r.status, r.count,
    r.first_disputed_at, r.last_disputed_at, r.decided_at,
    (SELECT json_group_array(json_object('note', n.note, 'source', n.source, 'at', n.at))
     FROM (SELECT * FROM dispute_notes WHERE dispute_id = r.id ORDER BY id DESC) n) AS notes
  FROM disputes r`

const toReport = (row: Row<Report>): Report => Report.parse({ ...row, notes: JSON.parse(row.notes ?? '[]') })
const toDispute = (row: Row<Dispute>): Dispute =>
  Dispute.parse({ ...row, notes: JSON.parse(row.notes ?? '[]') })

export async function getReport(db: D1Database, id: number): Promise<Report | null> {
  const row = await db.prepare(`${REPORTS} WHERE r.id = ?`).bind(id).first<Row<Report>>()
  return row ? toReport(row) : null
}

export async function getDispute(db: D1Database, id: number): Promise<Dispute | null> {
  const row = await db.prepare(`${DISPUTES} WHERE r.id = ?`).bind(id).first<Row<Dispute>>()
  return row ? toDispute(row) : null
}

/** Reports in one status, most recently reported first. */
export async function listReports(
  db: D1Database,
  status: ReportStatus,
  limit: number,
): Promise<Report[]> {
  const { results } = await db
    .prepare(`${REPORTS} WHERE r.status = ? ORDER BY r.last_reported_at DESC, r.id DESC LIMIT ?`)
    .bind(status, limit)
    .all<Row<Report>>()
  return results.map(toReport)
}

/** Disputes in one status, most recently disputed first. */
export async function listDisputes(
  db: D1Database,
  status: ReportStatus,
  limit: number,
): Promise<Dispute[]> {
  const { results } = await db
    .prepare(`${DISPUTES} WHERE r.status = ? ORDER BY r.last_disputed_at DESC, r.id DESC LIMIT ?`)
    .bind(status, limit)
    .all<Row<Dispute>>()
  return results.map(toDispute)
}
