/**
 * The warning page (interstitial) that stands in for a lookalike or reported scam site before it
 * loads: which project it imitates, why in words; "Back to safety" (close the tab) as the primary
 * button, the project's real website when it has one, a small "report a mistake" link, and a
 * "continue anyway" that takes two deliberate clicks and lasts a day, for that site only.
 */
import { CARD } from '../../../src/wording/ui'
import { visible } from '../../../src/wording/visible'
import { ask } from '../lib/ask'
import { PAGE_ORIGIN } from '../lib/config'
import { LANG, t } from '../lib/lang'
import { WORDS } from '../lib/words'
import { fill, h } from '../lib/dom'

const isWeb = (url: string | null | undefined): url is string => /^https?:\/\//i.test(url ?? '')

async function render(): Promise<void> {
  const url = new URLSearchParams(location.search).get('url') ?? ''
  const { site, names, website } = await ask({ type: 'site', url })
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
  const real = isWeb(website?.url) ? website.url : null
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
    h('p', { class: 'actions' }, backToSafety(), real && name && h('a', { class: 'button', id: 'go-real', href: real }, t(WORDS.goReal(name)))),
    h('p', { class: 'hint' }, t(WORDS.backToSafetyHint)),
    continueAnyway(url, site.host),
    h('p', { class: 'hint' }, h('a', { id: 'report-mistake', href: mistakeHref(site.host), target: '_blank', rel: 'noopener noreferrer' }, t(WORDS.reportMistake))),
    h('p', { class: 'hint' }, t(WORDS.checkedLocally)),
  )
}

/** Closes the tab: the one way out that cannot land on the site (going back may reload it). */
function backToSafety(): HTMLElement {
  const button = h('button', { id: 'back-to-safety', type: 'button', class: 'primary big' }, t(WORDS.backToSafety))
  button.addEventListener('click', async () => {
    const tab = await chrome.tabs.getCurrent()
    if (tab?.id !== undefined) await chrome.tabs.remove(tab.id)
    else window.close()
  })
  return button
}

/** The lookup page's answer for this host, where a wrong verdict can be reported. */
const mistakeHref = (host: string): string =>
  `${PAGE_ORIGIN}/?${new URLSearchParams({ q: host, lang: LANG })}`

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
