import { createRoute, z } from '@hono/zod-openapi'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { REGISTRY_JSON, TRUSTED_KEYS } from '../../../.genuine/dist/registry-module'
import { RegistryEnvelope, TrustedKey } from '../../../registry/schema'
import type { Env } from '../env'
import { errorResponses } from '../errors'
import { reportsKey } from '../reports'
import { json, router } from './openapi'

const REGISTRY_BYTES = utf8ToBytes(REGISTRY_JSON)
// A strong ETag: the hash of the exact bytes served, so any change is a new tag.
const ETAG = `"${bytesToHex(sha256(REGISTRY_BYTES))}"`
const CACHE_CONTROL = 'public, max-age=300, must-revalidate'

/** True when an If-None-Match header lists our tag (or `*`). Weak forms match too (RFC 9110). */
const matches = (header: string | undefined) =>
  !!header && header.split(',').some((t) => ['*', ETAG, `W/${ETAG}`].includes(t.trim()))

const KeyEntry = TrustedKey.extend({
  /** `registry`: signs the registry (may yield `official`). `reported`: signs confirmed reports. */
  use: z.enum(['registry', 'reported']),
})

const getRegistry = createRoute({
  method: 'get',
  path: '/registry',
  summary: 'The signed registry, byte for byte',
  description:
    'Exactly the signed bytes (verify the signatures against `/keys` with `use: "registry"`). Strong ETag; `304` on `If-None-Match`.',
  responses: {
    200: json(RegistryEnvelope, 'The signed registry'),
    304: { description: 'Not modified' },
  },
})

const getKeys = createRoute({
  method: 'get',
  path: '/keys',
  summary: 'Public keys',
  description:
    'The pinned registry keys and the Worker’s own reports key. Only `registry` keys may vouch for an official channel.',
  responses: {
    200: json(z.object({ keys: z.array(KeyEntry) }), 'The keys'),
    ...errorResponses('internal'),
  },
})

export const registryRoutes = router()
  .openapi(getRegistry, (c) => {
    const headers = { ETag: ETAG, 'Cache-Control': CACHE_CONTROL }
    if (matches(c.req.header('If-None-Match'))) return c.body(null, 304, headers)
    // Served as the stored text, never re-serialised, so the signed bytes are what arrive.
    return c.body(REGISTRY_JSON, 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' })
  })
  .openapi(getKeys, async (c) => {
    const keys = [
      ...TRUSTED_KEYS.map((k) => ({ ...k, use: 'registry' as const })),
      { ...(await reportsKey(c.env.REPORTS_SIGNING_KEY)), use: 'reported' as const },
    ]
    return c.json({ keys }, 200)
  })
