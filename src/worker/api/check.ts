import { createRoute, z } from '@hono/zod-openapi'
import { check, checkMessage, Verdict } from '../../core'
import { getIndex } from '../engine'
import type { Env } from '../env'
import { errorResponses } from '../errors'
import { json, router } from './openapi'

const MAX_ITEMS = 100

const CheckBody = z.union([
  z.object({ items: z.array(z.string()).min(1).max(MAX_ITEMS) }).strict(),
  z.object({ text: z.string() }).strict(),
])

const getCheck = createRoute({
  method: 'get',
  path: '/check',
  summary: 'Check one contact or message',
  description:
    'The verdict for a URL, email, phone number, handle or whole message: exactly the JSON of `genuine check --json`.',
  request: { query: z.object({ q: z.string() }) },
  responses: {
    200: json(Verdict, 'The verdict'),
    ...errorResponses('validation_failed', 'internal'),
  },
})

const postCheck = createRoute({
  method: 'post',
  path: '/check',
  summary: 'Check up to 100 contacts, or one whole message',
  description:
    '`{"items": [...]}` returns `{"results": [...]}` in the same order; `{"text": "..."}` returns one message verdict.',
  request: { body: { required: true, ...json(CheckBody, 'Contacts or a message') } },
  responses: {
    200: json(z.union([z.object({ results: z.array(Verdict) }), Verdict]), 'The verdicts'),
    ...errorResponses('invalid_json', 'validation_failed', 'payload_too_large', 'unsupported_media_type'),
  },
})

export const checkRoutes = router()
  .openapi(getCheck, async (c) => {
    const index = await getIndex(c.env)
    return c.json(check(c.req.valid('query').q, index), 200)
  })
  .openapi(postCheck, async (c) => {
    const body = c.req.valid('json')
    const index = await getIndex(c.env)
    if ('text' in body) return c.json(checkMessage(body.text, index), 200)
    return c.json({ results: body.items.map((item) => check(item, index)) }, 200)
  })
