/**
 * The popup: the current site's status, and a box to check a pasted contact or message offline,
 * with the same verdicts as the lookup page. Nothing pasted is kept, nor sent anywhere: the popup
 * runs the whole engine itself on the registry the service worker verified, so the service
 * worker, which wakes for every navigation, need not load phone parsing and word lists.
 */
import { check } from '../../../src/core'
import { UI } from '../../../src/wording/ui'
import { ask } from '../lib/ask'
import { namesIn } from '../lib/names'
import { currentRegistry } from '../lib/registry-state'
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
  fill(
    site,
    h('p', { class: 'verdict' }, h('span', { class: 'icon', 'aria-hidden': 'true' }, status.action === 'official' ? '✓' : '?'), ' ', h('strong', {}, t(status.action === 'official' ? WORDS.officialSite(name) : WORDS.registryOutOfDate))),
    h('p', { class: 'host' }, h('bdi', { dir: 'ltr' }, status.host)),
    status.action === 'stale' && h('p', {}, t(WORDS.staleSite(name))),
  )
}

async function showFooter(note?: string): Promise<void> {
  const status = await ask({ type: 'status' })
  const when = status.sync ? new Date(status.sync.at).toLocaleString(LANG === 'zh' ? 'zh-CN' : 'en') : null
  const update = h('button', { id: 'update', type: 'button', class: 'link' }, t(WORDS.updateNow))
  update.addEventListener('click', async () => {
    const result = await ask({ type: 'refresh' })
    await showFooter(t(WORDS.updateResult[result.outcome]))
  })
  fill(
    $('footer'),
    h('span', { id: 'registry-version' }, t(WORDS.registryVersion(status.version))),
    when && h('span', {}, ` · ${t(WORDS.lastChecked(when))}`),
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
  form.addEventListener('submit', async (e) => {
    e.preventDefault()
    if (!box.value.trim()) return
    const { index } = await currentRegistry()
    const verdict = check(box.value, index)
    const names = namesIn(index, [verdict, ...(verdict.contacts ?? [])])
    fill($('results'), ...verdictCards(verdict, names))
  })
}

document.documentElement.lang = LANG === 'zh' ? 'zh-CN' : 'en'
$('title').textContent = t(WORDS.name)
$('this-site').textContent = t(WORDS.thisSite)
setUpChecker()
void showSite()
void showFooter()
