import { buildIndex, type Index, type Signed } from '../../src/core'
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
