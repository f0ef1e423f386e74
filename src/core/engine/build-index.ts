import type { Channel, ChannelType, Project, Reported, Signed } from '../../../registry/schema'
import { buildAliasMatcher } from '../contact/claims'
import { buildBrands, type Brands } from '../lookalike'
import { officialOver } from './official-over'

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
  /** `type:value` → confirmed channel other than a host. */
  official: ReadonlyMap<string, ChannelHit>
  /** ASCII host → confirmed website or help-center channel (covers its subdomains). */
  hosts: ReadonlyMap<string, ChannelHit>
  /** `type:value` → a channel other than a host that only a third party vouches for. */
  unconfirmed: ReadonlyMap<string, ChannelHit>
  /** ASCII host → a website or help center that only a third party vouches for. */
  unconfirmedHosts: ReadonlyMap<string, ChannelHit>
  /** `type:value` → a legacy, affiliate or revoked channel other than a host. */
  related: ReadonlyMap<string, ChannelHit>
  /** ASCII host → a legacy, affiliate or revoked site (covers its subdomains). */
  relatedHosts: ReadonlyMap<string, ChannelHit>
  /** `type:value` → a reported contact (not the project's, or a known scam) other than a host. */
  reported: ReadonlyMap<string, Reported>
  /** ASCII host → a reported site (covers its subdomains). */
  reportedHosts: ReadonlyMap<string, Reported>
  /**
   * Every host in `hosts`, `unconfirmedHosts`, `relatedHosts` and `reportedHosts`, and each of its parents: a
   * site whose registrable domain is not among them is in none of those maps (a lookup walks no
   * further up than that domain), which is most sites checked.
   */
  hostDomains: ReadonlySet<string>
  brands: Brands
  /** Project ids whose names a text mentions ("TP钱包客服" claims tokenpocket). */
  claims: (text: string) => string[]
  /** Per project, the channel types it really has, confirmed or not. */
  offered: ReadonlyMap<string, ReadonlySet<ChannelType>>
}

const HOST_TYPES: ReadonlySet<ChannelType> = new Set(['website', 'help_center'])

export const channelKey = (type: ChannelType, value: string): string => `${type}:${value}`

/**
 * Files an entry under its host when it is one (both host types share that key space: a help
 * center is a website too), else under `type:value`. Host maps keyed by the bare host spare a
 * check building a key string for every parent of the host it looks up.
 */
function file<T>(
  byHost: Map<string, T>,
  byKey: Map<string, T>,
  channel: { type: ChannelType; value: string },
  entry: T,
): void {
  if (HOST_TYPES.has(channel.type)) byHost.set(channel.value, entry)
  else byKey.set(channelKey(channel.type, channel.value), entry)
}

/**
 * Everything a check needs, precomputed once per registry: lookups are map hits, never scans.
 * @example
 * const index = buildIndex(verified.signed)
 * check('service@tokenpocket.pro', index).verdict // 'official'
 */
export function buildIndex(
  signed: Signed,
  opts: { stale?: boolean; reported?: readonly Reported[]; lazy?: boolean } = {},
): Index {
  const projects = new Map<string, Project>()
  const official = new Map<string, ChannelHit>()
  const hosts = new Map<string, ChannelHit>()
  const unconfirmed = new Map<string, ChannelHit>()
  const unconfirmedHosts = new Map<string, ChannelHit>()
  const related = new Map<string, ChannelHit>()
  const relatedHosts = new Map<string, ChannelHit>()
  const offered = new Map<string, Set<ChannelType>>()
  for (const project of signed.projects) {
    projects.set(project.id, project)
    const types = new Set<ChannelType>()
    for (const channel of project.channels) {
      types.add(channel.type)
      file(hosts, official, channel, { project, channel })
    }
    for (const channel of project.unconfirmed) {
      types.add(channel.type)
      file(unconfirmedHosts, unconfirmed, channel, { project, channel })
    }
    for (const channel of project.related) file(relatedHosts, related, channel, { project, channel })
    offered.set(project.id, types)
  }
  const reported = new Map<string, Reported>()
  const reportedHosts = new Map<string, Reported>()
  for (const r of signed.reported) file(reportedHosts, reported, r, r)
  const hostDomains = domainsOf([hosts, unconfirmedHosts, relatedHosts, reportedHosts])
  // The lookalike and alias indexes are most of the build. `lazy` makes them on first use: a
  // process that checks one official host and exits (the CLI) never needs them.
  let brands = opts.lazy ? undefined : buildBrands(signed.projects)
  let claims = opts.lazy ? undefined : buildAliasMatcher(signed.projects)
  const index: Index = {
    version: signed.version,
    stale: false,
    projects,
    official,
    hosts,
    unconfirmed,
    unconfirmedHosts,
    related,
    relatedHosts,
    reported,
    reportedHosts,
    hostDomains,
    get brands() {
      return (brands ??= buildBrands(signed.projects))
    },
    claims: (text) => (claims ??= buildAliasMatcher(signed.projects))(text),
    offered,
  }
  return withState(index, opts)
}

/**
 * The same index, gone stale or with more reported contacts (confirmed community reports):
 * everything else is shared, so refreshing these never rebuilds the lookalike and alias indexes.
 * A report of an official channel, of a host under or above an official host, is dropped: one
 * confirmed before the registry listed the channel must not cover it.
 * @example withState(index, { stale: Date.now() > Date.parse(signed.expires), reported })
 */
export function withState(
  index: Index,
  { stale = index.stale, reported: extra = [] }: { stale?: boolean; reported?: readonly Reported[] },
): Index {
  if (stale === index.stale && extra.length === 0) return index
  if (extra.length === 0) return { ...index, stale }
  const reported = new Map(index.reported)
  const reportedHosts = new Map(index.reportedHosts)
  for (const r of extra) if (!officialOver(r.type, r.value, index)) file(reportedHosts, reported, r, r)
  const hostDomains = new Set([...index.hostDomains, ...domainsOf([reportedHosts])])
  return { ...index, stale, reported, reportedHosts, hostDomains }
}

/** The maps' hosts and each of their parents ('help.tokenpocket.pro', 'tokenpocket.pro', 'pro'). */
function domainsOf(maps: ReadonlyMap<string, unknown>[]): Set<string> {
  const domains = new Set<string>()
  for (const map of maps) {
    for (const host of map.keys()) {
      for (let h = host; ; h = h.slice(h.indexOf('.') + 1)) {
        domains.add(h)
        if (!h.includes('.')) break
      }
    }
  }
  return domains
}
