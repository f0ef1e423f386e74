/** Shapes of community reports and disputes, as the API, the page and the bots read and write them. */
import { z } from '@hono/zod-openapi'
import { ChannelType, ProjectId } from '../../../registry/schema'
import { ReportedEnvelope as CoreReportedEnvelope } from '../../core/registry/reported'
import { ClaimTopic, VerdictKind } from '../../core/verdict'

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

/**
 * What a person thinks is wrong with a verdict: an `official` one is `not_official` (not, or no
 * longer, the project's); a flagged one (`impersonation`, `not_offered`, `reported_scam`)
 * `is_official` (the project's real channel) or `not_a_scam` (someone else's, but no scam); a
 * text's claim `claim_wrong`; anything else `other`, said in the note.
 */
export const DisputeProblem = z.enum(['not_official', 'is_official', 'not_a_scam', 'claim_wrong', 'other'])
export type DisputeProblem = z.infer<typeof DisputeProblem>

export const DisputeInput = z
  .object({
    /** The contact whose verdict is wrong, as checked: a link, email, phone number or account. */
    contact: z.string().min(1).max(2_000).optional(),
    /** Or the claim of a text that was judged wrongly: the project and the claim's topic. */
    claim: z.object({ project: ProjectId, topic: ClaimTopic }).strict().optional(),
    problem: DisputeProblem,
    /** Why, in the person's words. */
    note: z.string().max(500).optional(),
  })
  .strict()
  .refine((d) => (d.contact === undefined) !== (d.claim === undefined), {
    message: 'give either a contact or a claim',
  })
  .openapi('DisputeInput')
export type DisputeInput = z.infer<typeof DisputeInput>

export const Dispute = z
  .object({
    id: z.number().int().positive(),
    /** A contact's channel type and canonical value, or `claim` and the claim's topic. */
    type: z.union([ChannelType, z.literal('claim')]),
    value: z.string(),
    project: ProjectId.nullable(),
    /** What Genuine answered when it was last disputed. */
    verdict: VerdictKind,
    problem: DisputeProblem,
    status: ReportStatus,
    /** How many times it was disputed. */
    count: z.number().int().positive(),
    /** The latest notes, newest first (at most NOTES_KEPT). */
    notes: z.array(ReportNote.pick({ source: true, at: true }).extend({ note: z.string() })),
    first_disputed_at: z.iso.datetime(),
    last_disputed_at: z.iso.datetime(),
    decided_at: z.iso.datetime().nullable(),
  })
  .openapi('Dispute')
export type Dispute = z.infer<typeof Dispute>

/** Confirmed reports, signed by the Worker's own key (never a registry key): see core/registry/reported. */
export const ReportedEnvelope = CoreReportedEnvelope.openapi('ReportedList')
export type ReportedEnvelope = z.infer<typeof ReportedEnvelope>
