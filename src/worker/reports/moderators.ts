import { ApiError } from '../errors'
import { hashToken } from './token'

/**
 * The moderator a request's bearer token belongs to.
 * No token: 401 `unauthorized`. A token that is unknown or revoked: 403 `forbidden`.
 */
export async function authenticate(db: D1Database, authorization: string | undefined): Promise<string> {
  const token = /^Bearer +([\x21-\x7e]{1,200})$/i.exec(authorization ?? '')?.[1]
  if (!token) {
    throw new ApiError('unauthorized', 'A moderator bearer token is required.', {
      'WWW-Authenticate': 'Bearer realm="genuine-moderators"',
    })
  }
  // Looked up by hash: the comparison happens on a digest the caller cannot steer byte by byte.
  const row = await db
    .prepare('SELECT name FROM moderators WHERE token_hash = ? AND revoked_at IS NULL')
    .bind(hashToken(token))
    .first<{ name: string }>()
  if (!row) throw new ApiError('forbidden', 'This token is not a valid moderator token.')
  return row.name
}
