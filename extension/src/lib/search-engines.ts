/**
 * Where each search engine puts a result's title and the address it shows for it. These engines
 * link through their own redirects (baidu.com/link?url=…, bing.com/ck/a?…, so.com/link?m=…,
 * sogou.com/link?url=…), so a result's real host is read from what the engine displays under the
 * title, else from the attribute in which the engine itself gives the real address.
 * The selectors follow each engine's public result markup (see README, Search results).
 */
export interface SearchEngine {
  name: string
  /** Its result pages: host and path. */
  host: RegExp
  path: RegExp
  /** Each result's title heading: the label goes at its end. */
  title: string
  /** The result around a title. */
  result: string
  /** Elements showing the result's address, in the order they are tried. */
  shown: string[]
  /** Attributes in which the engine gives the real address, on the result or inside it. */
  real: string[]
}

export const ENGINES: readonly SearchEngine[] = [
  {
    name: 'google',
    host: /^(?:www\.)?google\.(?:[a-z]{2,3}|com?\.[a-z]{2})$/,
    path: /^\/search/,
    // The organic results, including those continuous scroll adds below the first page.
    title: ':is(#search, #botstuff) a > h3',
    result: '.MjjYud, .g, a',
    shown: ['cite'],
    real: [],
  },
  {
    name: 'bing',
    host: /^(?:www\.|cn\.)?bing\.com$/,
    path: /^\/search/,
    title: '#b_results > li.b_algo h2',
    result: 'li.b_algo',
    shown: ['.b_attribution cite', 'cite'],
    real: [],
  },
  {
    name: 'baidu',
    host: /^(?:www|m)\.baidu\.com$/,
    path: /^\/(?:s|baidu)\b/,
    title: '#content_left .c-container h3',
    result: '.result, .result-op, .c-container',
    // The shown address is often a site name ("百度知道"); then the result's `mu`.
    shown: ['.c-showurl', '[class^="siteLink"]', '.c-color-gray'],
    real: ['mu'],
  },
  {
    name: 'sogou',
    host: /^(?:www|m)\.sogou\.com$/,
    path: /^\/(?:web|sogou)\b/,
    title: '.results :is(.vrwrap h3.vr-title, .rb h3.pt)',
    result: '.vrwrap, .rb',
    shown: ['.citeurl', 'cite'],
    real: ['data-url'],
  },
  {
    name: 'so',
    host: /^(?:www|m)\.so\.com$/,
    path: /^\/s\b/,
    title: '.result .res-list h3.res-title',
    result: '.res-list',
    shown: ['.g-linkinfo cite', '.res-linkinfo cite', 'cite'],
    real: ['data-mdurl'],
  },
]

/** The engine whose result page `url` is, if any: the one check every other page pays. */
export function engineAt(url: { hostname: string; pathname: string }): SearchEngine | null {
  return ENGINES.find((e) => e.host.test(url.hostname) && e.path.test(url.pathname)) ?? null
}
