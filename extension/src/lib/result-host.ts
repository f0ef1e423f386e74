/**
 * The real host of a search result (search labels). Apart from search-engines.ts, which the
 * content script loads in every frame to tell whether a page is an engine's results: this
 * regular expression is costly to build (Unicode letter classes, case-insensitive), so it is
 * built only where results are read.
 */
import type { SearchEngine } from './search-engines'

/** A host as engines display it: "https://www.tokenpocket.pro › zh", "tokenpocket.pro/zh/". */
const SHOWN_HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?:\p{L}{2,}|xn--[a-z0-9-]+))(.?)/iu

/**
 * The host in an address as an engine shows it, or null: a site name ("百度知道") is not a host,
 * and neither is an address the engine cut short ("www.tokenpocket-su...").
 */
export function shownHost(text: string): string | null {
  const m = SHOWN_HOST.exec(text.trim())
  if (!m || m[2] === '.' || m[2] === '…') return null
  return m[1]!.toLowerCase()
}

/** The real host of the result whose title is `title`, or null when it cannot be read. */
export function resultHost(engine: SearchEngine, title: Element): string | null {
  const result = title.closest(engine.result)
  if (!result) return null
  for (const selector of engine.shown) {
    const shown = result.querySelector(selector)?.textContent
    const host = shown ? shownHost(shown) : null
    if (host) return host
  }
  for (const attr of engine.real) {
    const holder = title.closest(`[${attr}]`) ?? result.querySelector(`[${attr}]`)
    const value = holder?.getAttribute(attr)
    if (!value) continue
    try {
      const url = new URL(value)
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.hostname
    } catch {
      // not an address: try the next
    }
  }
  return null
}
