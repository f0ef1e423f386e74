import { buildIndex, type Channel, type Index, type Signed } from '../../src/core'
import { channelRef } from '../../src/core/engine/links'
import { registryBody } from '../../registry/tools/build'
import { loadSources } from '../../registry/tools/sources'

/** The registry exactly as `genuine registry build` would sign it, from the committed sources. */
export function realRegistry(now = new Date()): Signed {
  return registryBody(loadSources('registry'), now)
}

let cached: Index | undefined
/** The engine index over the committed registry (built once per test file). */
export function realIndex(): Index {
  return (cached ??= buildIndex(realRegistry()))
}

/**
 * A channel pasted the way a person would: the link that opens it, or "微信：ID" for a WeChat
 * account (WeChat IDs have no link, and a bare ID is read as any handle).
 */
export const pastedInput = (c: Channel): string =>
  channelRef(c).url ?? (c.type === 'wechat' ? `微信：${c.value}` : c.value)
