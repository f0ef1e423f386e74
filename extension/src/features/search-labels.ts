/**
 * Search-result labels (content script, top frame of Baidu, Google, Bing, Sogou and 360 Search
 * result pages): each result whose real host is a registry site gets "✓ TP钱包官网" at the end of
 * its title, one whose host is a lookalike or a reported site "✕ 仿冒TP钱包", in the page's
 * language; results on other hosts are left alone. Hosts are judged by the service worker's host
 * check, the same as for a navigation; only the hosts go there, inside the browser.
 *
 * Cost: every other page pays one host test (engineAt). Results added later (continuous scroll,
 * Baidu's in-page paging) are found from the mutation records alone, never by reading the whole
 * page again.
 */
import { ask } from '../lib/ask'
import { onFeatureChange, readFeatures } from '../lib/features'
import { labelElement, LABEL_TAG } from '../lib/label-ui'
import type { SearchLabel } from '../lib/messages'
import { resultHost } from '../lib/result-host'
import { engineAt, type SearchEngine } from '../lib/search-engines'
import { whenIdle } from '../lib/idle'

/** Titles already read (labelled or not): each is looked at once. */
let seen = new WeakSet<Element>()

export default function searchLabels(): void {
  if (window !== window.top) return
  const engine = engineAt(location)
  if (!engine) return
  const start = () => {
    whenIdle(() => void label(engine, [...document.querySelectorAll(engine.title)]))
    watch(engine)
  }
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', start, { once: true })
  else start()
  // Turned off in the popup: the labels go at once; turned on: the page is read again.
  onFeatureChange('searchLabels', (on) => {
    if (on) void label(engine, [...document.querySelectorAll(engine.title)])
    else {
      for (const l of document.querySelectorAll(LABEL_TAG)) l.remove()
      seen = new WeakSet()
    }
  })
}

async function label(engine: SearchEngine, titles: Element[]): Promise<void> {
  const fresh = titles.filter((t) => !seen.has(t))
  if (!fresh.length || !(await readFeatures()).searchLabels) return
  const found = fresh.flatMap((title) => {
    seen.add(title)
    const host = resultHost(engine, title)
    return host ? [{ title, host }] : []
  })
  if (!found.length) return
  const hosts = [...new Set(found.map((f) => f.host))]
  const answer = await ask({ type: 'hosts', hosts })
  if (!answer) return
  const byHost = new Map(hosts.map((h, i): [string, SearchLabel | null] => [h, answer.labels[i] ?? null]))
  for (const { title, host } of found) {
    const verdict = byHost.get(host)
    if (verdict && title.isConnected && !title.querySelector(LABEL_TAG)) title.appendChild(labelElement(verdict))
  }
}

/** New results: only the added nodes are searched for titles, once the browser is idle. */
function watch(engine: SearchEngine): void {
  let added: Element[] = []
  new MutationObserver((records) => {
    const first = !added.length
    for (const r of records) {
      for (const n of r.addedNodes) if (n instanceof Element && n.localName !== LABEL_TAG) added.push(n)
    }
    if (!first || !added.length) return
    whenIdle(() => {
      const titles = added.flatMap((n) =>
        n.isConnected ? (n.matches(engine.title) ? [n] : [...n.querySelectorAll(engine.title)]) : [],
      )
      added = []
      void label(engine, titles)
    })
  }).observe(document.body ?? document.documentElement, { childList: true, subtree: true })
}
