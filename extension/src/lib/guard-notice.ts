/**
 * The guard's notice: a banner over the page, in a shadow root so the page's styles cannot
 * reshape or hide its words. It holds no trace of what was entered, and says what is true for
 * how it was entered: a paste never reached the page; typing may have.
 */
import { h } from './dom'
import { t } from './lang'
import { WORDS } from './words'

const STYLE = `
:host { all: initial; }
.box { position: fixed; top: 16px; left: 50%; transform: translateX(-50%); z-index: 2147483647;
  max-width: 560px; width: calc(100% - 32px); box-sizing: border-box; padding: 16px 20px;
  background: #fff; color: #202124; border: 2px solid #c5221f; border-radius: 12px;
  box-shadow: 0 8px 28px rgba(0,0,0,.25); font: 15px/1.45 system-ui, sans-serif; }
h2 { margin: 0 0 6px; font-size: 17px; color: #c5221f; }
p { margin: 0 0 12px; }
button { font: inherit; padding: 6px 16px; border-radius: 8px; border: 1px solid #dadce0;
  background: #f8f9fa; cursor: pointer; }
`

export type HowEntered = 'pasted' | 'typed'

let host: HTMLElement | undefined
let shown: HowEntered | undefined

/** Whether the notice is on screen (for `how`, when given). */
export const guardNoticeOpen = (how?: HowEntered): boolean =>
  !!host?.isConnected && (!how || shown === how)

export function showGuardNotice(how: HowEntered): void {
  // A typed phrase is the graver news: it replaces a paste's notice, never the other way round.
  if (guardNoticeOpen() && (shown === how || how === 'pasted')) return
  host?.remove()
  shown = how
  host = document.createElement('genuine-guard-notice')
  const root = host.attachShadow({ mode: 'open' })
  const close = h('button', { type: 'button' }, t(WORDS.dismiss))
  close.addEventListener('click', () => host?.remove())
  const body = how === 'typed' ? WORDS.guardBodyTyped : WORDS.guardBodyPasted
  const box = h('div', { class: 'box', role: 'alert' }, h('h2', {}, t(WORDS.guardTitle)), h('p', {}, t(body)), close)
  root.appendChild(h('style', {}, STYLE))
  root.appendChild(box)
  document.documentElement.appendChild(host)
}
