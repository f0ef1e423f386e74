import type { Channel, ChannelType, Project, Reported, Signed } from '../../../registry/schema'
import { buildAliasMatcher } from '../contact/claims'
import { buildBrands, type Brands } from '../lookalike'

export interface ChannelHit {
  project: Project
  channel: Channel
}

export interface Index {
  /** Registry version the index was built from. */
  version: number
  /** The registry has expired: nothing may be called official until it is renewed. */
  stale: boolean
  projects: ReadonlyMap<string, Project>
  /** `type:value` → confirmed channel. Website hosts are matched by `hosts` instead. */
  official: ReadonlyMap<string, ChannelHit>
  /** ASCII host → confirmed website or help-center channel (covers its subdomains). */
  hosts: ReadonlyMap<string, ChannelHit>
  /** `type:value` (hosts as `website:host`) → a channel only a third party vouches for. */
  unconfirmed: ReadonlyMap<string, ChannelHit>
  /** `type:value` (hosts as `website:host`) → a known scam contact. */
  reported: ReadonlyMap<string, Reported>
  brands: Brands
  /** Project ids whose names a text mentions ("TP钱包客服" claims tokenpocket). */
  claims: (text: string) => string[]
  /** Per project, the channel types it really has, confirmed or not. */
  offered: ReadonlyMap<string, ReadonlySet<ChannelType>>
}

const HOST_TYPES: ReadonlySet<ChannelType> = new Set(['website', 'help_center'])

/** Hosts of both host types share one key space: a help center is a website too. */
export const channelKey = (type: ChannelType, value: string): string =>
  `${HOST_TYPES.has(type) ? 'website' : type}:${value}`

/**
 * Everything a check needs, precomputed once per registry: lookups are map hits, never scans.
 * @example
 * const index = buildIndex(verified.signed)
 * check('service@tokenpocket.pro', index).verdict // 'official'
 */
export function buildIndex(
  signed: Signed,
  opts: { stale?: boolean; reported?: readonly Reported[] } = {},
): Index {
  const projects = new Map<string, Project>()
  const official = new Map<string, ChannelHit>()
  const hosts = new Map<string, ChannelHit>()
  const unconfirmed = new Map<string, ChannelHit>()
  const offered = new Map<string, Set<ChannelType>>()
  for (const project of signed.projects) {
    projects.set(project.id, project)
    const types = new Set<ChannelType>()
    for (const channel of project.channels) {
      types.add(channel.type)
      const hit = { project, channel }
      if (HOST_TYPES.has(channel.type)) hosts.set(channel.value, hit)
      else official.set(channelKey(channel.type, channel.value), hit)
    }
    for (const channel of project.unconfirmed) {
      types.add(channel.type)
      unconfirmed.set(channelKey(channel.type, channel.value), { project, channel })
    }
    offered.set(project.id, types)
  }
  const reported = new Map<string, Reported>()
  for (const r of [...signed.reported, ...(opts.reported ?? [])]) {
    reported.set(channelKey(r.type, r.value), r)
  }
  return {
    version: signed.version,
    stale: opts.stale ?? false,
    projects,
    official,
    hosts,
    unconfirmed,
    reported,
    brands: buildBrands(signed.projects),
    claims: buildAliasMatcher(signed.projects),
    offered,
  }
}
