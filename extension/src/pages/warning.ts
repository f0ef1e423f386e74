/**
 * The warning page (interstitial) that stands in for a lookalike or reported scam site before it
 * loads: which project it imitates, why in words, a big button to the real site, and a small
 * "continue anyway" that takes two deliberate clicks and is remembered for that site only.
 */
import { CARD } from '../../../src/wording/ui'
import { visible } from '../../../src/wording/visible'
import { ask } from '../lib/ask'
import { LANG, t } from '../lib/lang'
import { WORDS } from '../lib/words'
import { fill, h } from '../lib/dom'

const isWeb = (url: string | null | undefined): url is string => /^https?:\/\//i.test(url ?? '')

async function render(): Promise<void> {
  const url = new URLSearchParams(location.search).get('url') ?? ''
  const { site, names } = await ask({ type: 'site', url })
  const main = document.getElementById('main')!
  document.documentElement.lang = LANG === 'zh' ? 'zh-CN' : 'en'
  document.title = t(WORDS.warningTitle)
  const v = site.verdict
  // Opened for an address that is not (or no longer) dangerous: nothing to warn about.
  if (site.action !== 'warn' || !v || !isWeb(url)) {
    fill(main, isWeb(url) && h('p', {}, h('a', { href: url }, url)))
    return
  }
  const name = v.project ? t(names[v.project] ?? { en: v.project, zh: v.project }) : null
  const shown = visible(v.unicode ?? site.host)
  const real = isWeb(v.official?.url) ? v.official.url : null
  fill(
    main,
    h('div', { class: 'band' }, h('span', { class: 'icon', 'aria-hidden': 'true' }, '⚠'), h('h1', {}, t(WORDS.warningTitle))),
    // The real (ASCII) name leads: a homoglyph's Unicode form would read as the genuine name.
    h('p', { class: 'lead' }, t(name ? WORDS.warningLead(site.host, name) : WORDS.warningReported(site.host))),
    shown !== site.host && h('p', { class: 'host' }, `${t(WORDS.displayedAs)} `, h('bdi', { dir: 'ltr' }, shown)),
    h('section', {}, h('h2', {}, t(WORDS.whyTitle)), h('p', { class: 'why' }, t(v.explanation))),
    v.never.length > 0 &&
      name &&
      h('section', {}, h('h2', {}, t(CARD.neverTitle(name))), h('ul', {}, ...v.never.map((n) => h('li', {}, t(n.text))))),
    real && name && h('p', {}, h('a', { class: 'primary big', id: 'go-real', href: real }, t(WORDS.goReal(name)))),
    continueAnyway(url, site.host),
    h('p', { class: 'hint' }, t(WORDS.checkedLocally)),
  )
}

function continueAnyway(url: string, host: string): HTMLElement {
  const button = h('button', { id: 'continue', type: 'button' }, t(WORDS.continueButton(host)))
  button.addEventListener('click', async () => {
    if ((await ask({ type: 'allow', url })).allowed) location.replace(url)
  })
  return h(
    'details',
    { class: 'continue' },
    h('summary', { id: 'continue-summary' }, t(WORDS.continueSummary)),
    h('p', {}, t(WORDS.continueWarning(host))),
    button,
  )
}

void render()
