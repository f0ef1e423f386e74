import { OpenAPIHono, type z } from '@hono/zod-openapi'
import type { Env } from '../env'
import { ApiError } from '../errors'

/** A JSON request body or response entry of an OpenAPI route. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
})

/**
 * Paths and messages of the first few issues. zod's messages never echo a value, but an unknown
 * key's message names the key, and a key is text the caller chose (a pasted phrase, even): it
 * is only counted. Paths are the schema's own keys and indexes.
 */
const describe = (error: z.ZodError) =>
  error.issues
    .slice(0, 5)
    .map((i) => {
      const message = i.code === 'unrecognized_keys' ? `${i.keys.length} unknown field(s)` : i.message
      return `${i.path.length ? i.path.join('.') : 'body'}: ${message}`
    })
    .join('; ')

/** An API router whose failed validations become `validation_failed` errors. */
export const router = <E extends Env = Env>() =>
  new OpenAPIHono<E>({
    defaultHook: (result) => {
      if (!result.success) throw new ApiError('validation_failed', describe(result.error))
    },
  })
