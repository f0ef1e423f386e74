/**
 * What the extension put in a page, read through the DevTools protocol: its elements keep their
 * words in closed shadow roots, which the page's own scripts (and page.evaluate) cannot open.
 */
import type { Page } from 'playwright-core'

export interface CdpNode {
  nodeName: string
  nodeValue?: string
  children?: CdpNode[]
  shadowRoots?: CdpNode[]
}

/** The page's whole DOM, shadow roots included. */
export async function piercedDom(page: Page): Promise<CdpNode> {
  const cdp = await page.context().newCDPSession(page)
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode }
  await cdp.detach()
  return root
}

/** Text of a node, leaving out <style> when asked. */
export function textOf(n: CdpNode, skipStyle = false): string {
  if (n.nodeName === '#text') return n.nodeValue ?? ''
  if (skipStyle && n.nodeName === 'STYLE') return ''
  return (n.children ?? []).map((k) => textOf(k, skipStyle)).join('')
}

/** Each element named `tag` (upper case): the text of its siblings before it, and its own words. */
export async function addedBy(page: Page, tag: string): Promise<{ before: string; words: string }[]> {
  const found: { before: string; words: string }[] = []
  const walk = (n: CdpNode) => {
    const kids = n.children ?? []
    kids.forEach((k, i) => {
      if (k.nodeName === tag) {
        found.push({ before: kids.slice(0, i).map((s) => textOf(s)).join(''), words: textOf(k.shadowRoots![0]!, true) })
      } else walk(k)
    })
  }
  walk(await piercedDom(page))
  return found
}
