/**
 * Page marks (content script, top frame): where a page names a registry project near support
 * words (客服电话, 官方微信, support, hotline...), each contact given there is marked inline, red
 * when it is not the project's ("✕ 不是TP钱包的官方渠道 — TP钱包没有电话客服"), green when it is;
 * a banner lists the fake ones and the false things the page says about the project ("TP钱包有
 * 客服电话"), with the real channel, and can be hidden for the site.
 *
 * Cost: almost every page names no project. For those, the content script reads the page's text
 * once when the browser is idle (textContent) and scans it for the names as literals
 * (prefilter.ts); nothing else. Pages that pass send only the text around the support words to
 * the service worker, whose offscreen judge runs the engine: nothing leaves the browser.
 */
import { ask } from '../lib/ask'
import { DISMISSED_KEY, onFeatureChange, readFeatures } from '../lib/features'
import { pageLang } from '../lib/lang'
import { markElement, showBanner } from '../lib/marks-ui'
import type { ContactMark, FalseClaim, PageJudgement } from '../lib/page-judgement'
import { aliasPattern, candidateSpans, namesProject, type AliasPatterns } from '../lib/prefilter'
import { engineAt } from '../lib/search-engines'
import { BANNER_TAG, locate, MARK_TAG, readText } from '../lib/page-text'
import { whenIdle } from '../lib/idle'

/** From the shipped registry at build time (build.mjs, page-aliases.mjs). */
declare const GENUINE_PAGE_ALIASES: readonly string[]

let aliases: AliasPatterns | undefined
const bad: ContactMark[] = []
const claims: FalseClaim[] = []
const support: PageJudgement['support'] = {}
const names: Record<string, string> = {}

export default function pageMarks(): void {
  if (window !== window.top) return
  const start = () => {
    whenIdle(() => void scan(document.body))
    watch()
  }
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', start, { once: true })
  else start()
  // Turned off in the popup: marks and banner go at once; turned on: the page is read again.
  onFeatureChange('pageMarks', (on) => {
    if (on) return whenIdle(() => void scan(document.body))
    for (const m of document.querySelectorAll(`${MARK_TAG}, ${BANNER_TAG}`)) m.remove()
    bad.length = 0
    claims.length = 0
  })
}

async function scan(root: Node | null): Promise<void> {
  if (!root) return
  aliases ??= aliasPattern(GENUINE_PAGE_ALIASES)
  // The page's text as the browser already holds it: for a page that names no project, one
  // native read and one scan of literals, nothing more.
  if (!namesProject(root.textContent ?? '', aliases)) return
  const page = readText(root)
  const spans = candidateSpans(page.text, aliases)
  if (!spans.length) return
  if (!(await readFeatures()).pageMarks) return
  const answer = await ask({ type: 'page', texts: spans.map(([s, e]) => page.text.slice(s, e)) })
  if (!answer) return
  for (const [id, name] of Object.entries(answer.names)) names[id] = name[pageLang()]
  Object.assign(support, answer.support)
  for (const c of answer.claims) if (!claims.some((o) => o.explanation.en === c.explanation.en)) claims.push(c)
  // On a result page the search labels speak for the sites; marks are for the rest.
  const onResults = engineAt(location) !== null
  // Each contact's place in the page; marked from the last, so splitting a text node leaves the
  // places before it as they were.
  const places: Array<{ at: number; mark: ContactMark }> = []
  answer.contacts.forEach((marks, i) => {
    const [start, end] = spans[i]!
    let from = start
    for (const mark of marks) {
      if (onResults && (mark.kind === 'website' || mark.kind === 'help_center')) continue
      const at = page.text.indexOf(mark.input, from)
      if (at < 0 || at + mark.input.length > end) continue
      from = at + mark.input.length
      places.push({ at: from, mark })
    }
  })
  places.sort((a, b) => b.at - a.at)
  for (const { at, mark } of places) {
    const place = locate(page, at)
    if (!place) continue
    const { node, offset } = place
    const after = offset < node.data.length ? node.splitText(offset) : node.nextSibling
    node.parentNode?.insertBefore(markElement(mark, names[mark.project] ?? mark.project), after)
    if (mark.verdict !== 'official') bad.unshift(mark) // page order: marked from the last
  }
  if (bad.length || claims.length) await banner()
}

async function banner(): Promise<void> {
  const dismissed = (await chrome.storage.local.get(DISMISSED_KEY))[DISMISSED_KEY] as string[] | undefined
  if (dismissed?.includes(location.host)) return
  showBanner({ bad, claims, support }, (id) => names[id] ?? id, () => {
    void chrome.storage.local.set({ [DISMISSED_KEY]: [...(dismissed ?? []), location.host] })
  })
}

/** Infinite scroll: only what was added is read, once the browser is idle again. */
function watch(): void {
  let added: Node[] = []
  new MutationObserver((records) => {
    const first = !added.length
    for (const r of records) for (const n of r.addedNodes) if (n.nodeType === Node.ELEMENT_NODE && !isOurs(n)) added.push(n)
    if (first && added.length) {
      whenIdle(() => {
        const roots = added.filter((n) => n.isConnected)
        added = []
        for (const root of roots) void scan(root)
      })
    }
  }).observe(document.body ?? document.documentElement, { childList: true, subtree: true })
}

const isOurs = (n: Node) => n.nodeName === MARK_TAG.toUpperCase() || n.nodeName === BANNER_TAG.toUpperCase()
