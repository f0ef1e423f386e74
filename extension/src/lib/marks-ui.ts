/**
 * What page marks add to a page: a small mark after a contact, and one banner. Each lives in a
 * closed shadow root, so the page's scripts cannot read or rewrite its words and its styles cannot
 * reshape it. A mark is inline right after the contact (nothing before it moves); the banner is
 * fixed over the page (nothing moves).
 */
import type { Text } from '../../../registry/schema'
import type { ChannelRef } from '../../../src/core/verdict'
import { h } from './dom'
import { pageLang } from './lang'
import type { ContactMark, FalseClaim, PageJudgement } from './page-judgement'
import { BANNER_TAG, MARK_TAG } from './page-text'
import { MARK_WORDS } from '../../../src/wording/marks'
import { WORDS } from './words'

/** Marks read in the page's language. */
const t = (text: Text): string => text[pageLang()]

const MARK_STYLE = `
:host { all: initial; display: inline; }
span { font: 600 12px/1.2 system-ui, sans-serif; padding: 1px 5px; margin: 0 3px; border-radius: 4px;
  white-space: nowrap; vertical-align: baseline; }
.bad { color: #fff; background: #c5221f; }
.ok { color: #fff; background: #188038; }
`

export function isOfficial(mark: ContactMark): boolean {
  return mark.verdict === 'official'
}

/** The mark's words ("✓ TP钱包官方", "✕ 不是TP钱包的官方渠道"); why is in its tooltip and the
 * banner, in the engine's words with their source. */
export function markLabel(mark: ContactMark, name: string): string {
  if (isOfficial(mark)) return t(MARK_WORDS.official(name))
  if (mark.verdict === 'unknown') return t(MARK_WORDS.unlisted(name))
  return t(MARK_WORDS.notOfficial(name))
}

export function markElement(mark: ContactMark, name: string): HTMLElement {
  const host = document.createElement(MARK_TAG)
  const root = host.attachShadow({ mode: 'closed' })
  root.appendChild(h('style', {}, MARK_STYLE))
  root.appendChild(
    h('span', { class: isOfficial(mark) ? 'ok' : 'bad', title: t(mark.explanation) }, markLabel(mark, name)),
  )
  return host
}

const BANNER_STYLE = `
:host { all: initial; }
.box { position: fixed; top: 8px; right: 8px; z-index: 2147483646; max-width: 420px;
  box-sizing: border-box; padding: 10px 14px; background: #fff; color: #202124;
  border: 2px solid #c5221f; border-radius: 10px; box-shadow: 0 6px 20px rgba(0,0,0,.2);
  font: 13px/1.45 system-ui, sans-serif; }
h2 { margin: 0 0 4px; font-size: 14px; color: #c5221f; }
h3 { margin: 6px 0 2px; font-size: 13px; color: #c5221f; }
.box { max-height: calc(100vh - 16px); overflow-y: auto; }
ul { margin: 0 0 6px; padding-left: 18px; }
li { margin: 2px 0; }
.real { color: #188038; font-weight: 600; }
.foot { color: #5f6368; font-size: 12px; }
button { font: inherit; font-size: 12px; padding: 2px 10px; border-radius: 6px; border: 1px solid #dadce0;
  background: #f8f9fa; cursor: pointer; margin-left: 6px; }
`

/** What the banner shows: the page's fake contacts, its false claims, the real channels. */
export interface BannerContent {
  bad: ContactMark[]
  claims: FalseClaim[]
  support: PageJudgement['support']
}

/**
 * One banner per page: the contacts that are not the project's, the false things the page says
 * about it (each with the project's own words against it), and where to go instead.
 */
export function showBanner({ bad, claims, support }: BannerContent, nameOf: (id: string) => string, onHide: () => void): void {
  document.querySelector(BANNER_TAG)?.remove()
  const project = bad[0]?.project ?? claims[0]?.project
  if (!project) return
  const name = nameOf(project)
  const zh = pageLang() === 'zh'
  const host = document.createElement(BANNER_TAG)
  const root = host.attachShadow({ mode: 'closed' })
  const seen = new Set<string>()
  const items = bad.filter((m) => !seen.has(m.input) && seen.add(m.input)).slice(0, 6)
  const channels = [
    ...items.flatMap((m) => (m.official ? [m.official] : [])),
    ...[...new Set([...items.map((m) => m.project), ...claims.map((c) => c.project)])].flatMap((id) => (support[id] ? [support[id]] : [])),
  ]
  const real = [...new Set(channels.map(channelText))]
  const close = h('button', { type: 'button' }, t(WORDS.dismiss))
  close.addEventListener('click', () => host.remove())
  const hide = h('button', { type: 'button' }, t(MARK_WORDS.hideOnSite))
  hide.addEventListener('click', () => {
    host.remove()
    onHide()
  })
  root.appendChild(h('style', {}, BANNER_STYLE))
  root.appendChild(
    h(
      'div',
      { class: 'box', role: 'alert' },
      h('h2', {}, t(items.length ? MARK_WORDS.bannerTitle(name) : MARK_WORDS.claimsTitle(name))),
      items.length > 0 && h('ul', {}, ...items.map((m) => h('li', {}, h('bdi', {}, m.input), zh ? '：' : ': ', t(m.explanation)))),
      items.length > 0 && claims.length > 0 && h('h3', {}, t(MARK_WORDS.claimsTitle(name))),
      claims.length > 0 && h('ul', { class: 'claims' }, ...claims.slice(0, 4).map((c) => h('li', {}, t(c.explanation)))),
      real.length > 0 && h('p', { class: 'real' }, t(MARK_WORDS.useInstead(name, real.join(zh ? '、' : ', ')))),
      h('p', { class: 'foot' }, t(MARK_WORDS.checkedHere), close, hide),
    ),
  )
  document.documentElement.appendChild(host)
}

const channelText = (c: ChannelRef) => c.value
