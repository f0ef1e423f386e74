/**
 * A page's readable text as one string, with where each character lives (text node, offset), so
 * that what the engine finds in the string can be marked in the page. Only text a person reads:
 * no scripts, styles, form fields or the extension's own marks.
 */
export interface PageText {
  text: string
  nodes: Text[]
  /** starts[i]: where nodes[i] begins in `text`. */
  starts: number[]
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'TEMPLATE', 'SVG', 'CODE', 'PRE'])
/** The tag of every element the extension adds to a page (closed shadow roots inside). */
export const MARK_TAG = 'genuine-mark'
export const BANNER_TAG = 'genuine-banner'

export function readText(root: Node): PageText {
  const nodes: Text[] = []
  const starts: number[] = []
  const parts: string[] = []
  let length = 0
  let block: Element | null = null
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.nodeType === Node.TEXT_NODE
        ? NodeFilter.FILTER_ACCEPT
        : SKIP.has(n.nodeName.toUpperCase()) || n.nodeName === MARK_TAG.toUpperCase() || n.nodeName === BANNER_TAG.toUpperCase()
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP,
  })
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data
    if (!data) continue
    // Text in different blocks must not run together into one "contact"; inline runs
    // ("客服电话：<b>400…</b>") stay together.
    const inBlock = blockOf(n)
    if (inBlock !== block && length) {
      parts.push('\n')
      length += 1
    }
    block = inBlock
    nodes.push(n as Text)
    starts.push(length)
    parts.push(data)
    length += data.length
  }
  return { text: parts.join(''), nodes, starts }
}

const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR'])

function blockOf(n: Node): Element | null {
  let e = n.parentElement
  while (e && INLINE.has(e.nodeName)) e = e.parentElement
  return e
}

/** The text node and offset holding character `at` of `page.text`. */
export function locate(page: PageText, at: number): { node: Text; offset: number } | null {
  let lo = 0
  let hi = page.starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (page.starts[mid]! <= at) lo = mid
    else hi = mid - 1
  }
  const node = page.nodes[lo]
  if (!node) return null
  const offset = at - page.starts[lo]!
  return offset <= node.data.length ? { node, offset } : null
}
