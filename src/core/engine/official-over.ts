import type { ChannelType } from '../../../registry/schema'
import { channelKey, type ChannelHit, type Index } from './build-index'

/**
 * The official channel a reported contact would touch, or null when it touches none. A report
 * must never change what an official channel reads, so these contacts are never reportable:
 * - an official channel itself (whether or not the registry is stale: stale mode never says
 *   `official`, but the channel is still the brand's);
 * - a host under an official host (`x.tokenpocket.pro`), or an address on one;
 * - a parent of an official host (`bitget.com` holds the official `web3.bitget.com`): a report of
 *   it would cover the official site's subdomains.
 * Reads only the registry's channels, never the verdict, so it holds in every mode.
 * @example officialOver('website', 'bitget.com', index)?.channel.value // 'web3.bitget.com'
 */
export function officialOver(type: ChannelType, value: string, index: Index): ChannelHit | null {
  if (type === 'website' || type === 'help_center') return hostOver(value, index)
  const hit = index.official.get(channelKey(type, value))
  if (hit) return hit
  if (type === 'email') {
    const at = value.lastIndexOf('@')
    return at < 0 ? null : hostOver(value.slice(at + 1), index)
  }
  return null
}

function hostOver(host: string, index: Index): ChannelHit | null {
  for (let h = host; ; h = h.slice(h.indexOf('.') + 1)) {
    const hit = index.hosts.get(h)
    if (hit) return hit
    if (!h.includes('.')) break
  }
  const suffix = `.${host}`
  for (const [official, hit] of index.hosts) if (official.endsWith(suffix)) return hit
  return null
}
