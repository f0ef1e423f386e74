/**
 * One error shape for the whole API, `{"error": {"code", "message"}}`, with stable codes.
 * Errors are values with a status (as Hono's HTTPException), thrown anywhere and rendered once.
 */
import { z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** Stable error codes: clients match on them. Never rename one; add a new code instead. */
export const ErrorCode = z.enum([
  'bad_request',
  'invalid_json',
  'validation_failed',
  'not_reportable',
  'not_disputable',
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal',
])
export type ErrorCode = z.infer<typeof ErrorCode>

export const ErrorBody = z
  .object({ error: z.object({ code: ErrorCode, message: z.string() }) })
  .openapi('Error')
export type ErrorBody = z.infer<typeof ErrorBody>

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  invalid_json: 400,
  validation_failed: 400,
  not_reportable: 400,
  not_disputable: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
}

export class ApiError extends Error {
  readonly status: ContentfulStatusCode
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.status = STATUS[code]
  }
}

/** Renders an error; `internal` never carries details, whatever the cause. */
export function errorResponse(c: Context, err: ApiError) {
  const message = err.code === 'internal' ? 'Internal error' : err.message
  const body: ErrorBody = { error: { code: err.code, message } }
  return c.json(body, err.status, err.headers)
}

/** The response entries for an OpenAPI route, one per status it can fail with. */
export function errorResponses(...codes: ErrorCode[]) {
  const out: Record<number, { description: string; content: { 'application/json': { schema: typeof ErrorBody } } }> = {}
  for (const code of codes) {
    const status = STATUS[code]
    const prev = out[status]?.description
    out[status] = {
      description: prev ? `${prev}, ${code}` : code,
      content: { 'application/json': { schema: ErrorBody } },
    }
  }
  return out
}
