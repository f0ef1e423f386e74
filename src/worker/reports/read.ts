import { Report, type ReportStatus } from './schema'

type ReportRow = Omit<Report, 'notes'> & { notes: string | null }

// Notes ride along as one JSON array per report, so a page of reports is a single query.
const SELECT = `SELECT r.id, r.type, r.value, r.project, r.status, r.count, r.first_reported_at,
    r.last_reported_at, r.decided_at,
    (SELECT json_group_array(json_object('note', n.note, 'seen_at', n.seen_at,
       'source', n.source, 'at', n.at))
     FROM (SELECT * FROM report_notes WHERE report_id = r.id ORDER BY id DESC) n) AS notes
  FROM reports r`

const toReport = (row: ReportRow): Report => Report.parse({ ...row, notes: JSON.parse(row.notes ?? '[]') })

export async function getReport(db: D1Database, id: number): Promise<Report | null> {
  const row = await db.prepare(`${SELECT} WHERE r.id = ?`).bind(id).first<ReportRow>()
  return row ? toReport(row) : null
}

/** Reports in one status, most recently reported first. */
export async function listReports(
  db: D1Database,
  status: ReportStatus,
  limit: number,
): Promise<Report[]> {
  const { results } = await db
    .prepare(`${SELECT} WHERE r.status = ? ORDER BY r.last_reported_at DESC, r.id DESC LIMIT ?`)
    .bind(status, limit)
    .all<ReportRow>()
  return results.map(toReport)
}
