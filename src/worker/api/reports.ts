import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import { getIndex, invalidateIndex } from '../engine'
import type { Env } from '../env'
import { errorResponses } from '../errors'
import {
  authenticate,
  clientIp,
  decideDispute,
  decideReport,
  Decision,
  Dispute,
  DisputeInput,
  fileDispute,
  fileReport,
  limitReporter,
  listDisputes,
  listReports,
  Report,
  ReportedEnvelope,
  ReportInput,
  ReportStatus,
  signedReported,
} from '../reports'
import { json, router } from './openapi'

/** What anyone may see of a report: never the notes, which are other reporters' words. */
const PublicReport = Report.pick({ id: true, type: true, value: true, project: true, status: true, count: true })
/** What anyone may see of a dispute: never the notes either. */
const PublicDispute = Dispute.pick({
  id: true,
  type: true,
  value: true,
  project: true,
  verdict: true,
  problem: true,
  status: true,
  count: true,
})

const bearer = [{ moderatorToken: [] }]

const postReport = createRoute({
  method: 'post',
  path: '/reports',
  summary: 'Report a contact as a scam',
  description:
    'Anyone may report one contact. It is normalised first, so the same contact reported again is one report with a growing count. Limited per client (see `REPORTS_PER_HOUR`, default 10 an hour). Secrets, whole messages and official channels are refused with `not_reportable`.',
  request: { body: { required: true, ...json(ReportInput, 'The contact and, optionally, a note and where it was seen') } },
  responses: {
    201: json(z.object({ report: PublicReport }), 'A new report'),
    200: json(z.object({ report: PublicReport }), 'An existing report, counted once more'),
    ...errorResponses('invalid_json', 'validation_failed', 'not_reportable', 'payload_too_large', 'unsupported_media_type', 'rate_limited'),
  },
})

const postDispute = createRoute({
  method: 'post',
  path: '/disputes',
  summary: 'Say a verdict is wrong',
  description:
    'For an `official` or a flagged (`impersonation`, `not_offered`, `reported_scam`) contact, or for a claim a text was judged on (`claim: {project, topic}`). The contact is checked again here; `problem` must fit its verdict: `not_official` for an official one; `is_official` or `not_a_scam` for a flagged one; `claim_wrong` for a claim; `other` for any. Only the normalised contact (or the claim\'s project and topic), the problem and the note are stored. Counted against the same per-client limit as reports. Unknown or unreadable contacts, whole messages, secrets and a problem that does not fit are refused with `not_disputable`.',
  request: { body: { required: true, ...json(DisputeInput, 'A contact or a claim, what is wrong, and optionally why') } },
  responses: {
    201: json(z.object({ dispute: PublicDispute }), 'A new dispute'),
    200: json(z.object({ dispute: PublicDispute }), 'An existing dispute, counted once more'),
    ...errorResponses('invalid_json', 'validation_failed', 'not_reportable', 'not_disputable', 'payload_too_large', 'unsupported_media_type', 'rate_limited'),
  },
})

const getReports = createRoute({
  method: 'get',
  path: '/reports',
  summary: 'Reports and disputes to moderate (moderators)',
  description: 'The moderators\' queue: reports and disputes in one status, each most recent first.',
  security: bearer,
  request: {
    query: z.object({
      status: ReportStatus.default('pending'),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: {
    200: json(
      z.object({ reports: z.array(Report), disputes: z.array(Dispute) }),
      'The reports and the disputes, most recent first',
    ),
    ...errorResponses('validation_failed', 'unauthorized', 'forbidden'),
  },
})

const DECIDES = {
  reports: {
    confirm: 'A confirmed report counts as `reported_scam` in verdicts and is listed at `/reported`. Recorded in the audit trail.',
    reject: 'Recorded in the audit trail.',
    decided: z.object({ report: Report }),
  },
  disputes: {
    confirm: 'The verdict was wrong: the registry needs a change, made and signed as every registry change is. Recorded in the audit trail.',
    reject: 'The verdict stands. Recorded in the audit trail.',
    decided: z.object({ dispute: Dispute }),
  },
} as const

const decisionRoute = <T extends keyof typeof DECIDES>(of: T, action: 'confirm' | 'reject') =>
  createRoute({
    method: 'post',
    path: `/${of}/{id}/${action}`,
    summary: `${action === 'confirm' ? 'Confirm' : 'Reject'} a pending ${of.slice(0, -1)} (moderators)`,
    description: DECIDES[of][action],
    security: bearer,
    request: {
      params: z.object({ id: z.coerce.number().int().positive() }),
      body: { required: false, ...json(Decision, 'An optional reason') },
    },
    responses: {
      200: json(DECIDES[of].decided as (typeof DECIDES)[T]['decided'], `The decided ${of.slice(0, -1)}`),
      ...errorResponses('bad_request', 'validation_failed', 'unauthorized', 'forbidden', 'not_found'),
    },
  })

const getReported = createRoute({
  method: 'get',
  path: '/reported',
  summary: 'Confirmed reports, signed by the Worker',
  description:
    'Signed (ed25519 over RFC 8785 canonical JSON of `signed`) with the key listed at `/keys` with `use: "reported"`: never a registry key, so this list can flag scams but never vouch for a channel.',
  responses: {
    200: json(ReportedEnvelope, 'The signed list'),
    ...errorResponses('internal'),
  },
})


type ModEnv = Env & { Variables: { moderator: string } }

// Authentication runs before validation, so nobody learns anything about a route without a token.
const moderatorOnly = createMiddleware<ModEnv>(async (c, next) => {
  c.set('moderator', await authenticate(c.env.DB, c.req.header('Authorization')))
  await next()
})

const decide = async (c: Context<ModEnv>, action: 'confirm' | 'reject', id: number, reason?: string) => {
  const moderator = c.get('moderator')
  const report = await decideReport(c.env.DB, id, { moderator, action, reason }, await getIndex(c.env))
  invalidateIndex()
  return c.json({ report }, 200)
}

const settle = async (c: Context<ModEnv>, action: 'confirm' | 'reject', id: number, reason?: string) => {
  const dispute = await decideDispute(c.env.DB, id, { moderator: c.get('moderator'), action, reason })
  return c.json({ dispute }, 200)
}

export const reportRoutes = router<ModEnv>()
reportRoutes.on('GET', '/reports', moderatorOnly)
reportRoutes.use('/reports/:id/*', moderatorOnly)
reportRoutes.use('/disputes/:id/*', moderatorOnly)
reportRoutes
  .openapi(postReport, async (c) => {
    const input = c.req.valid('json')
    await limitReporter(c.env, clientIp(c.req.raw))
    const { report, created } = await fileReport(c.env, { ...input, source: 'api' }, await getIndex(c.env))
    return c.json({ report: PublicReport.parse(report) }, created ? 201 : 200)
  })
  .openapi(postDispute, async (c) => {
    const input = c.req.valid('json')
    await limitReporter(c.env, clientIp(c.req.raw))
    const { dispute, created } = await fileDispute(c.env, { ...input, source: 'api' }, await getIndex(c.env))
    return c.json({ dispute: PublicDispute.parse(dispute) }, created ? 201 : 200)
  })
  .openapi(getReports, async (c) => {
    const { status, limit } = c.req.valid('query')
    const [reports, disputes] = await Promise.all([
      listReports(c.env.DB, status, limit),
      listDisputes(c.env.DB, status, limit),
    ])
    return c.json({ reports, disputes }, 200)
  })
  .openapi(decisionRoute('reports', 'confirm'), (c) =>
    decide(c, 'confirm', c.req.valid('param').id, c.req.valid('json')?.reason),
  )
  .openapi(decisionRoute('reports', 'reject'), (c) =>
    decide(c, 'reject', c.req.valid('param').id, c.req.valid('json')?.reason),
  )
  .openapi(decisionRoute('disputes', 'confirm'), (c) =>
    settle(c, 'confirm', c.req.valid('param').id, c.req.valid('json')?.reason),
  )
  .openapi(decisionRoute('disputes', 'reject'), (c) =>
    settle(c, 'reject', c.req.valid('param').id, c.req.valid('json')?.reason),
  )
  .openapi(getReported, async (c) => {
    const ttl = Number(c.env.REPORTED_TTL_DAYS ?? 7)
    return c.json(await signedReported(c.env.DB, c.env.REPORTS_SIGNING_KEY, ttl), 200)
  })
