/**
 * Brand names inside social handles and email local parts: '@TokenPocket_Support',
 * 'tokenpocket.service@gmail.com', 'metamask_helpdesk'.
 */
import type { Channel, ChannelType, Project } from '../../../registry/schema'
import type { ReasonCode } from '../verdict'
import type { Brands } from './brands'
import { findBrand } from './find'
import type { LookalikeMatch } from './match'

/** Handles are at most a few dozen characters on every platform; longer text is not a handle. */
const MAX_HANDLE = 100

/** The official handle on `platform`, else the project's support channel, else its main site. */
function imitated(project: Project, site: Channel, platform?: ChannelType): Channel {
  return (
    (platform && project.channels.find((c) => c.type === platform)) ||
    project.channels.find((c) => c.role === 'support') ||
    site
  )
}

/**
 * The project a handle pretends to be. `platform`, when known, picks the official account shown.
 *
 * @example matchHandle('TokenPocket_Support', brands)?.reasons // ['brand_in_handle']
 */
export function matchHandle(
  handle: string,
  brands: Brands,
  platform?: ChannelType,
): LookalikeMatch | null {
  if (typeof handle !== 'string' || handle.length > MAX_HANDLE) return null
  const value = handle.replace(/^@/, '').toLowerCase()
  if (value.length === 0 || brands.officialHandles.has(value)) return null
  const hit = findBrand(value, brands)
  if (!hit) return null
  const reasons: ReasonCode[] = ['brand_in_handle']
  if (hit.homoglyph) reasons.push('homoglyph')
  if (hit.kind === 'typo') reasons.push(hit.transposition ? 'transposition' : 'edit_distance')
  const project = hit.token.project
  return {
    project: project.id,
    reasons,
    imitates: imitated(project, hit.token.site, platform),
    confidence: hit.weak ? 'medium' : 'high',
  }
}
