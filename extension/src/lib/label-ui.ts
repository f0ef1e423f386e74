/**
 * A search result's label ("✓ TP钱包官网", "✕ 仿冒TP钱包"), at the end of its title. It lives in a
 * closed shadow root (the page cannot read or restyle it) and takes no room: its host is an
 * inline box of zero size, the words hang from it over the space after the title, so no result
 * moves when labels appear.
 */
import { SEARCH_WORDS } from '../../../src/wording/marks'
import { h } from './dom'
import { pageLang } from './lang'
import type { SearchLabel } from './messages'

export const LABEL_TAG = 'genuine-label'

const STYLE = `
:host { all: initial; display: inline-block; position: relative; width: 0; height: 0;
  vertical-align: top; overflow: visible; }
span { position: absolute; left: 6px; top: 2px; z-index: 1; white-space: nowrap;
  font: 600 12px/1.3 system-ui, sans-serif; padding: 1px 6px; border-radius: 4px; color: #fff;
  text-decoration: none; }
.official { background: #188038; }
.fake { background: #c5221f; }
.caution { background: #7a4a00; }
`

/** The label's words in the page's language. */
export function labelText(label: SearchLabel): string {
  const lang = pageLang()
  const name = label.name?.[lang]
  if (label.kind === 'official' && name) return SEARCH_WORDS.official(name)[lang]
  if (label.kind === 'caution' && name) return SEARCH_WORDS.notTheirs(name)[lang]
  return (name ? SEARCH_WORDS.fake(name) : SEARCH_WORDS.scam)[lang]
}

export function labelElement(label: SearchLabel): HTMLElement {
  const host = document.createElement(LABEL_TAG)
  const root = host.attachShadow({ mode: 'closed' })
  root.appendChild(h('style', {}, STYLE))
  root.appendChild(h('span', { class: label.kind, title: label.why[pageLang()] }, labelText(label)))
  return host
}
