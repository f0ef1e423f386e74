/**
 * The popup: the current site's status (a red line on a site opened despite the warning), the
 * sites opened that way with "undo", and a box that checks a pasted contact or message offline
 * as soon as it is pasted, with the same verdicts as the lookup page. Nothing pasted is kept, nor sent anywhere: the popup
 * runs the whole engine itself on the registry the service worker verified, so the service
 * worker, which wakes for every navigation, need not load phone parsing and word lists.
 */
import { check } from '../../../src/core'
import { UI } from '../../../src/wording/ui'
import type { AllowedSite } from '../lib/allowed-sites'
import { ask } from '../lib/ask'
import { namesIn } from '../lib/names'
import { currentRegistry } from '../lib/registry-state'
import { FEATURE_NAMES, readFeatures, setFeature } from '../lib/features'
import { FEATURE_WORDS } from '../../../src/wording/marks'
import { LANG, t } from '../lib/lang'
import { readTabStatus } from '../lib/tab-status'
import { WORDS } from '../lib/words'
import { fill, h } from '../lib/dom'
import { verdictCards } from './verdict-card'

const $ = (id: string) => document.getElementById(id)!

async function showSite(): Promise<void> {
  // Opened as a tab (not as the toolbar popup), the popup describes the tab beside it.
  const own = await chrome.tabs.getCurrent()
  const [tab] = await chrome.tabs.query(
    own ? { active: true, windowType: 'normal' } : { active: true, currentWindow: true },
  )
  const status = tab?.id === undefined ? null : await readTabStatus(tab.id)
  const site = $('site')
  if (!status) {
    site.className = 'site none'
    fill(site, h('p', {}, t(WORDS.thisSiteUnknown)))
    return
  }
  const name = status.project ? t(status.project.name) : status.host
  site.className = `site ${status.action}`
  if (status.action === 'bypassed' || status.action === 'caution') {
    const project = status.project ? t(status.project.name) : null
    const words = status.action === 'bypassed' ? WORDS.bypassedSite(project) : WORDS.cautionSite(name)
    fill(
      site,
      h('p', { class: 'verdict' }, h('span', { class: 'icon', 'aria-hidden': 'true' }, status.action === 'bypassed' ? '!' : '?'), ' ', h('strong', {}, t(words))),
      h('p', { class: 'host' }, h('bdi', { dir: 'ltr' }, status.host)),
    )
    return
  }
  fill(
    site,
    h('p', { class: 'verdict' }, h('span', { class: 'icon', 'aria-hidden': 'true' }, status.action === 'official' ? '✓' : '?'), ' ', h('strong', {}, t(status.action === 'official' ? WORDS.officialSite(name) : WORDS.registryOutOfDate))),
    h('p', { class: 'host' }, h('bdi', { dir: 'ltr' }, status.host)),
    status.action === 'stale' && h('p', {}, t(WORDS.staleSite(name))),
  )
}

/** "Continue anyway" choices still in force, each with its expiry and "undo". */
async function showExceptions(sites?: AllowedSite[]): Promise<void> {
  const list = sites ?? (await ask({ type: 'exceptions' })).sites
  const box = $('exceptions')
  box.hidden = list.length === 0
  fill(
    box,
    h('h2', { class: 'label' }, t(WORDS.exceptionsTitle)),
    h(
      'ul',
      {},
      ...list.map((s) => {
        const undo = h('button', { type: 'button', class: 'link', 'data-host': s.host }, t(WORDS.undo))
        undo.addEventListener('click', async () => showExceptions((await ask({ type: 'forget', host: s.host })).sites))
        return h('li', {}, h('span', {}, h('bdi', { dir: 'ltr' }, s.host), ' ', h('span', { class: 'hint' }, t(WORDS.exceptionUntil(dateTime(s.until))))), undo)
      }),
    ),
  )
}

/** One switch per feature that writes on other sites' pages; a change applies to open tabs at once. */
async function showFeatures(): Promise<void> {
  const on = await readFeatures()
  fill(
    $('features'),
    h('legend', { class: 'label' }, t(FEATURE_WORDS.title)),
    ...FEATURE_NAMES.map((name) => {
      const box = h('input', { type: 'checkbox', id: `feature-${name}` })
      box.checked = on[name]
      box.addEventListener('change', () => void setFeature(name, box.checked))
      return h('label', { class: 'switch' }, box, ' ', t(FEATURE_WORDS[name]))
    }),
  )
}

const dateTime = (when: string | number): string => new Date(when).toLocaleString(LANG === 'zh' ? 'zh-CN' : 'en')

async function showFooter(note?: string): Promise<void> {
  const status = await ask({ type: 'status' })
  // When the registry's contents last changed (it was signed), not when it was last fetched.
  const when = dateTime(status.issued)
  const update = h('button', { id: 'update', type: 'button', class: 'link' }, t(WORDS.updateNow))
  update.addEventListener('click', async () => {
    const result = await ask({ type: 'refresh' })
    await showFooter(t(WORDS.updateResult[result.outcome]))
  })
  fill(
    $('footer'),
    h('span', { id: 'registry-version' }, t(WORDS.registryVersion(status.version))),
    h('span', { id: 'registry-issued' }, ` · ${t(WORDS.lastChanged(when))}`),
    status.stale && h('strong', { class: 'stale' }, ` · ${t(WORDS.registryOutOfDate)}`),
    ' · ',
    update,
    note && h('span', { id: 'update-result' }, ` ${note}`),
    h('br'),
    t(WORDS.offline),
  )
}

function setUpChecker(): void {
  const form = $('check') as HTMLFormElement
  const box = $('box') as HTMLTextAreaElement
  $('box-label').textContent = t(UI.boxLabel)
  $('box-hint').textContent = t(UI.boxPrivacy)
  $('check-button').textContent = t(UI.check)
  const run = async () => {
    if (!box.value.trim()) return
    const { index } = await currentRegistry()
    const verdict = check(box.value, index)
    const names = namesIn(index, [verdict, ...(verdict.contacts ?? []), ...(verdict.claims ?? [])])
    fill($('results'), ...verdictCards(verdict, names))
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    void run()
  })
  // A paste is whole: check it at once, as the lookup page does.
  box.addEventListener('input', (e) => {
    if (e instanceof InputEvent && (e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop')) void run()
  })
}

document.documentElement.lang = LANG === 'zh' ? 'zh-CN' : 'en'
$('title').textContent = t(WORDS.name)
$('this-site').textContent = t(WORDS.thisSite)
setUpChecker()
void showSite()
void showExceptions()
void showFeatures()
void showFooter()
