/**
 * The Worker's app: the JSON API at `/api/v1` (and its readable page at `/api`), the bots at
 * `/integrations` and the lookup page at `/`. Errors from every part render in one shape.
 */
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import api from './api'
import { docsPage } from './api/docs-page'
import type { Env } from './env'
import { ApiError, errorResponse, type ErrorCode } from './errors'
import integrations from './integrations'
import page, { missingPage } from './page/routes'

/** Hono's own exceptions (the validators', CSRF's, body limits') in our shape, status kept. */
export function fromHttpException(err: HTTPException): ApiError {
  if (err.status === 400 && /json/i.test(err.message)) {
    return new ApiError('invalid_json', 'The body is not valid JSON.')
  }
  const code = HTTP_CODES[err.status] ?? (err.status >= 500 ? 'internal' : 'bad_request')
  // Hono's messages are its own words, but a parser's may quote the body: never passed on.
  return new ApiError(code, DEFAULT_MESSAGE[code])
}

const HTTP_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
}

const DEFAULT_MESSAGE: Record<ErrorCode, string> = {
  bad_request: 'The request is malformed.',
  invalid_json: 'The body is not valid JSON.',
  validation_failed: 'The request does not match the schema.',
  not_reportable: 'This cannot be reported.',
  not_disputable: 'This cannot be disputed.',
  unauthorized: 'Authentication is required.',
  forbidden: 'This request is refused (a cross-site form, or a token without rights).',
  not_found: 'Nothing here.',
  method_not_allowed: 'This method is not allowed here.',
  payload_too_large: 'The body is too large.',
  unsupported_media_type: 'This content type is not accepted here.',
  rate_limited: 'Too many requests. Try again later.',
  internal: 'Internal error',
}

const app = new Hono<Env>()
app.route('/api/v1', api)
app.get('/api', docsPage)
app.route('/integrations', integrations)
app.route('/', page)

/** Paths that answer JSON (the API, the bots' webhooks) or bytes (the page's assets). */
const NOT_PAGES = /^\/(api|integrations|assets)(\/|$)/

// A person's mistyped address gets a page; a program's gets the API's JSON error.
app.notFound((c) =>
  NOT_PAGES.test(c.req.path)
    ? errorResponse(c, new ApiError('not_found', 'Nothing here.'))
    : missingPage.fetch(c.req.raw, c.env),
)
app.onError((err, c) => {
  if (err instanceof ApiError) return errorResponse(c, err)
  if (err instanceof HTTPException) return errorResponse(c, fromHttpException(err))
  // Only the error's class: its message or stack could quote what a person pasted.
  console.error('genuine: internal error', err instanceof Error ? err.name : typeof err)
  return errorResponse(c, new ApiError('internal', 'Internal error'))
})

export default app
