import { check, mostSerious, type ContactVerdict, type Index } from '../../core'
import { getIndex } from '../engine'
import type { Bindings } from '../env'
import { ApiError } from '../errors'
import type { Lang } from '../../wording/lang'
import { REPORT } from '../../wording/ui'
import { fileReport, limitReporter, ReportInput, type ReportSource } from '../reports'
import { notice, type Card } from './card'
import { BOT } from './wording'

/** The API's limit for a report's note. */
export const MAX_NOTE = ReportInput.shape.note.unwrap().maxLength ?? Infinity

/**
 * Files a report exactly as `POST /api/v1/reports` does (same validation, same per-client hourly
 * limit, same engine normalisation), the client being the chat user rather than an IP, and says
 * how it went. Never throws: a bot has nobody else to tell.
 * @example await reportFromBot(env, 'telegram:42', { contact: '+86 400 123 4567' }, 'telegram', 'en')
 */
export async function reportFromBot(
  env: Bindings,
  reporter: string,
  input: { contact: string; note?: string },
  source: ReportSource,
  lang: Lang,
): Promise<Card> {
  const parsed = ReportInput.safeParse(input)
  if (!parsed.success) return notice('neutral', BOT.notReportable[lang])
  try {
    await limitReporter(env, reporter)
    await fileReport(env, { ...parsed.data, source }, await getIndex(env))
    return notice('good', REPORT.done(parsed.data.contact)[lang], REPORT.privacy[lang])
  } catch (err) {
    if (err instanceof ApiError && err.code === 'not_reportable') {
      return notice('neutral', BOT.notReportable[lang])
    }
    if (err instanceof ApiError && err.code === 'rate_limited') {
      return notice('careful', BOT.tooManyReports[lang])
    }
    // Only the class, as the app's error handler does: a message could quote the contact.
    console.error('genuine: bot report failed', err instanceof Error ? err.name : typeof err)
    return notice('careful', REPORT.failed[lang])
  }
}

/** What is worth reporting in a message: anything but an official channel, a secret or garbage. */
const REPORTABLE = new Set(['reported_scam', 'impersonation', 'not_offered', 'unknown'])

/**
 * The contact to report from a message a moderator points at (`/report` sent as a reply): its
 * most serious contact, first in the message among equals; null when it holds none.
 * @example reportableContact('TP钱包客服 微信：tpkefu888', index) // 'tpkefu888'
 */
export function reportableContact(text: string, index: Index): string | null {
  const v = check(text, index)
  const parts: ContactVerdict[] = v.contacts ?? (v.kind === 'text' ? [] : [v])
  return mostSerious(parts.filter((c) => REPORTABLE.has(c.verdict)))?.input ?? null
}
