/**
 * The JSON API, mounted at `/api/v1`. Every route is declared with its zod schemas, so the
 * OpenAPI document (`/api/v1/openapi.json`) and the validation come from one definition.
 */
import type { OpenAPIHono } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { cors } from 'hono/cors'
import { createMiddleware } from 'hono/factory'
import type { Env } from '../env'
import { ApiError } from '../errors'
import { checkRoutes } from './check'
import { router } from './openapi'
import { projectRoutes } from './projects'
import { registryRoutes } from './registry'
import { reportRoutes } from './reports'

/** Larger bodies are refused before they are read: 100 items of a pasted message fit easily. */
export const MAX_BODY_BYTES = 64 * 1024

const jsonRegex = /^application\/([\w.-]+\+)?json$/i

// Without this, a non-JSON body would reach the validator as `{}` and fail as a confusing
// `validation_failed` instead of saying what is wrong. A JSON type with spaces around its
// parameters (`application/json ; charset=utf-8`) is valid HTTP: it is passed on in the one
// spelling the validator reads.
const jsonBodiesOnly = createMiddleware<Env>(async (c, next) => {
  const header = c.req.header('Content-Type') ?? ''
  const [type, ...params] = header.split(';').map((p) => p.trim().replace(/\s*=\s*/, '='))
  const hasBody = c.req.raw.body !== null && c.req.header('Content-Length') !== '0'
  if (hasBody && !jsonRegex.test(type!)) {
    throw new ApiError('unsupported_media_type', 'Send JSON with Content-Type: application/json.')
  }
  const normal = [type, ...params.filter(Boolean)].join('; ')
  if (hasBody && normal !== header) {
    const headers = new Headers(c.req.raw.headers)
    headers.set('Content-Type', normal)
    c.req.raw = new Request(c.req.raw, { headers })
  }
  await next()
})

/** Report, dispute and moderation routes: never reachable from another site's page. */
const PRIVATE = /^\/api\/v1\/(reports|disputes)(\/|$)/

// Public data, no cookies: any site may read it from a browser. Reports and moderation answer no
// CORS preflight, so another site's script cannot file reports in its visitors' names (and
// spend their hourly quota); a cross-site request that needs no preflight is refused by its
// Origin (and JSON bodies always need one).
const publicCors = cors({ origin: '*', allowHeaders: ['Content-Type', 'Authorization'], maxAge: 86400 })
const corsForPublicRoutes = createMiddleware<Env>(async (c, next) => {
  if (!PRIVATE.test(c.req.path)) return publicCors(c, next)
  const origin = c.req.header('Origin')
  if (origin && origin !== new URL(c.req.url).origin) {
    throw new ApiError('forbidden', 'Reports and disputes are filed from this site, a bot, or a program; not from another site.')
  }
  await next()
})

/** Answers 405 (with Allow) for a known path asked with a method it does not serve. */
function methodNotAllowed(api: OpenAPIHono<Env>) {
  const allowed = new Map<string, Set<string>>()
  for (const def of api.openAPIRegistry.definitions) {
    if (def.type !== 'route') continue
    const path = def.route.path.replace(/\{(\w+)\}/g, ':$1')
    const methods = allowed.get(path) ?? new Set(PRIVATE.test(`/api/v1${path}`) ? [] : ['OPTIONS'])
    methods.add(def.route.method.toUpperCase())
    if (def.route.method === 'get') methods.add('HEAD')
    allowed.set(path, methods)
  }
  for (const [path, methods] of allowed) {
    const allow = [...methods].join(', ')
    api.all(path, (c) => {
      throw new ApiError('method_not_allowed', `${c.req.method} is not allowed here.`, { Allow: allow })
    })
  }
}

const api = router()
api.use('*', corsForPublicRoutes)
api.use(
  '*',
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new ApiError('payload_too_large', `Bodies are limited to ${MAX_BODY_BYTES} bytes.`)
    },
  }),
)
api.on('POST', '*', jsonBodiesOnly)
api.route('/', checkRoutes)
api.route('/', registryRoutes)
api.route('/', projectRoutes)
api.route('/', reportRoutes)
api.openAPIRegistry.registerComponent('securitySchemes', 'moderatorToken', {
  type: 'http',
  scheme: 'bearer',
  description: 'A moderator token from `npx genuine moderators add NAME`.',
})
api.doc31('/openapi.json', (c) => ({
  openapi: '3.1.0',
  info: {
    title: 'Genuine API',
    version: '1',
    description:
      'Check whether a "support" contact really belongs to the crypto project it claims, against a signed registry of official channels. Errors are always `{"error": {"code", "message"}}`.',
  },
  servers: [{ url: new URL('/api/v1', c.req.url).href }],
}))
methodNotAllowed(api)

export default api
