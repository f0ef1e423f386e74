/**
 * The Worker's app: the JSON API at `/api/v1` (and its readable page at `/api`), the bots at
 * `/integrations` and the lookup page at `/`. Errors from every part render in one shape.
 */
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import api from './api'
import { docsPage } from './api/docs-page'
import type { Env } from './env'
import { ApiError, errorResponse } from './errors'
import integrations from './integrations'
import page from './page/routes'

/** Hono's own exceptions (the JSON validator's parse failure) in our shape. */
function fromHttpException(err: HTTPException): ApiError {
  if (err.status === 400 && /json/i.test(err.message)) {
    return new ApiError('invalid_json', 'The body is not valid JSON.')
  }
  if (err.status === 413) return new ApiError('payload_too_large', 'The body is too large.')
  return new ApiError(err.status >= 500 ? 'internal' : 'bad_request', err.message)
}

const app = new Hono<Env>()
app.route('/api/v1', api)
app.get('/api', docsPage)
app.route('/integrations', integrations)
app.route('/', page)

app.notFound((c) => errorResponse(c, new ApiError('not_found', 'Nothing here.')))
app.onError((err, c) => {
  if (err instanceof ApiError) return errorResponse(c, err)
  if (err instanceof HTTPException) return errorResponse(c, fromHttpException(err))
  // Only the error's class: its message or stack could quote what a person pasted.
  console.error('genuine: internal error', err instanceof Error ? err.name : typeof err)
  return errorResponse(c, new ApiError('internal', 'Internal error'))
})

export default app
