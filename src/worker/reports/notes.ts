import { NOTES_KEPT } from './schema'

/** Each notes table and the column naming what its notes belong to. */
const OWNER = { report_notes: 'report_id', dispute_notes: 'dispute_id' } as const

/**
 * Adds a note to a report's or a dispute's notes, and keeps only the latest NOTES_KEPT: a busy
 * contact's notes never grow without bound. Column names come from this code, never from input.
 */
export async function keepNote(
  db: D1Database,
  table: keyof typeof OWNER,
  id: number,
  note: Record<string, string | null>,
): Promise<void> {
  const owner = OWNER[table]
  const columns = Object.keys(note)
  await db.batch([
    db
      .prepare(
        `INSERT INTO ${table} (${owner}, ${columns.join(', ')}) VALUES (?${', ?'.repeat(columns.length)})`,
      )
      .bind(id, ...Object.values(note)),
    db
      .prepare(
        `DELETE FROM ${table} WHERE ${owner} = ?1 AND id NOT IN
           (SELECT id FROM ${table} WHERE ${owner} = ?1 ORDER BY id DESC LIMIT ?2)`,
      )
      .bind(id, NOTES_KEPT),
  ])
}
