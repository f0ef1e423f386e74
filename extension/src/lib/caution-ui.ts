/**
 * The caution banner itself (see features/caution-banner.ts), loaded only on a page that gets
 * one: a banner over the page, in a shadow root, naming what the site looks like and linking the
 * real site.
 */
import { h } from './dom'
import type { Answers } from './messages'
import { t } from './lang'
import { WORDS } from './words'

const STYLE = `
:host { all: initial; }
.box { position: fixed; top: 0; left: 0; right: 0; z-index: 2147483646; box-sizing: border-box;
  padding: 10px 16px; background: #fef7e0; color: #7a4a00; border-bottom: 2px solid #7a4a00;
  font: 15px/1.45 system-ui, sans-serif; display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; }
a { color: #0b57d0; font-weight: 600; }
button { font: inherit; margin-left: auto; padding: 4px 12px; border-radius: 8px; border: 1px solid #7a4a00;
  background: #fff; color: #7a4a00; cursor: pointer; }
`

export function showCaution({ name, website }: NonNullable<Answers['caution']>): void {
  const host = document.createElement('genuine-caution-banner')
  const root = host.attachShadow({ mode: 'open' })
  const project = t(name)
  const close = h('button', { type: 'button' }, t(WORDS.dismiss))
  close.addEventListener('click', () => host.remove())
  root.appendChild(h('style', {}, STYLE))
  root.appendChild(
    h(
      'div',
      { class: 'box', role: 'alert' },
      h('strong', {}, t(WORDS.cautionSite(project))),
      website?.url && h('span', {}, `${t(WORDS.cautionReal(project))} `, h('a', { href: website.url }, website.value)),
      close,
    ),
  )
  document.documentElement.appendChild(host)
}
