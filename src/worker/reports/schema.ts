/** Shapes of community reports, as the API and the bots read and write them. */
import { z } from '@hono/zod-openapi'
import { ChannelType, ProjectId } from '../../../registry/schema'
import { ReportedEnvelope as CoreReportedEnvelope } from '../../core/registry/reported'

export const NOTES_KEPT = 5

/** Which surface filed a report. */
export const ReportSource = z.enum(['api', 'discord', 'telegram'])
export type ReportSource = z.infer<typeof ReportSource>

export const ReportInput = z
  .object({
    /** One contact, as seen: a URL, email, phone number or platform link. Never a message. */
    contact: z.string().min(1).max(2_000),
    note: z.string().max(500).optional(),
    /** Where the contact was seen, in the reporter's words. */
    seen_at: z.string().max(200).optional(),
  })
  .strict()
  .openapi('ReportInput')
export type ReportInput = z.infer<typeof ReportInput>

export const ReportStatus = z.enum(['pending', 'confirmed', 'rejected'])
export type ReportStatus = z.infer<typeof ReportStatus>

export const ReportNote = z.object({
  note: z.string().nullable(),
  seen_at: z.string().nullable(),
  source: ReportSource,
  at: z.iso.datetime(),
})

export const Report = z
  .object({
    id: z.number().int().positive(),
    /** The contact as the engine normalised it. */
    type: ChannelType,
    value: z.string(),
    project: ProjectId.nullable(),
    status: ReportStatus,
    /** How many times it was reported. */
    count: z.number().int().positive(),
    /** The latest notes, newest first (at most NOTES_KEPT). */
    notes: z.array(ReportNote),
    first_reported_at: z.iso.datetime(),
    last_reported_at: z.iso.datetime(),
    decided_at: z.iso.datetime().nullable(),
  })
  .openapi('Report')
export type Report = z.infer<typeof Report>

export const Decision = z
  .object({ reason: z.string().max(500).optional() })
  .strict()
  .openapi('Decision')

export const AuditEntry = z.object({
  moderator: z.string(),
  action: z.enum(['confirm', 'reject']),
  reason: z.string().nullable(),
  at: z.iso.datetime(),
})

/** Confirmed reports, signed by the Worker's own key (never a registry key): see core/registry/reported. */
export const ReportedEnvelope = CoreReportedEnvelope.openapi('ReportedList')
export type ReportedEnvelope = z.infer<typeof ReportedEnvelope>
