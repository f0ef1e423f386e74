/**
 * A verdict as the popup shows it: the lookup page's cards (src/worker/page/result.tsx) drawn
 * with the DOM, with the same words, so a contact reads the same wherever it is checked.
 */
import type { ChannelRef, ContactVerdict, Verdict, VerdictKind } from '../../../src/core/verdict'
import { CHANNEL, isChannelType, ROLE } from '../../../src/wording/labels'
import { CARD, SECRET, VERDICT } from '../../../src/wording/ui'
import { visible } from '../../../src/wording/visible'
import { t } from '../lib/lang'
import type { Names } from '../lib/names'
import { h } from '../lib/dom'

const BAD: ReadonlySet<VerdictKind> = new Set(['impersonation', 'not_offered', 'reported_scam'])

export function verdictCards(verdict: Verdict, names: Names): HTMLElement[] {
  if (verdict.verdict === 'secret_detected') return [secretCard()]
  if (verdict.kind !== 'message') return [contactCard(verdict, names)]
  return [messageCard(verdict), ...(verdict.contacts ?? []).map((c) => contactCard(c, names))]
}

function headline(kind: VerdictKind): HTMLElement {
  const { icon, title } = VERDICT[kind]
  return h('p', { class: 'verdict' }, h('span', { class: 'icon', 'aria-hidden': 'true' }, icon), ' ', h('strong', {}, t(title)))
}

function messageCard(v: Verdict): HTMLElement {
  const flags = v.red_flags ?? []
  const n = v.contacts?.length ?? 0
  return h(
    'article',
    { class: `card v-${v.verdict}` },
    h('h2', { class: 'what' }, t(CARD.messageTitle)),
    headline(v.verdict),
    h('p', {}, t(v.explanation)),
    flags.length > 0 &&
      h(
        'section',
        {},
        h('h3', {}, t(CARD.redFlagsTitle)),
        h('ul', {}, ...flags.map((f) => h('li', {}, h('q', {}, visible(f.match)), ' ', t(f.explanation)))),
      ),
    h('p', {}, t(n > 0 ? CARD.contactsFound(n) : CARD.noContacts)),
  )
}

function contactCard(v: ContactVerdict, names: Names): HTMLElement {
  const name = v.project ? t(names[v.project] ?? { en: v.project, zh: v.project }) : null
  const kind = isChannelType(v.kind) ? ` · ${t(CHANNEL[v.kind].name)}` : ''
  return h(
    'article',
    { class: `card v-${v.verdict}` },
    h('h2', { class: 'what' }, h('bdi', {}, visible(v.unicode ?? v.normalized ?? v.input)), kind),
    headline(v.verdict),
    name && h('p', { class: 'claims' }, t(v.verdict === 'official' ? CARD.belongsTo(name) : CARD.claims(name))),
    h('p', {}, t(v.explanation)),
    v.verdict === 'unknown' && !v.stale && h('p', {}, t(CARD.unknownNext)),
    v.verdict === 'invalid' && h('p', {}, t(CARD.invalidHelp)),
    v.stale && h('p', { class: 'note' }, t(CARD.staleNote)),
    v.official &&
      h(
        'section',
        { class: 'real' },
        h('h3', {}, t(v.verdict === 'official' ? CARD.thisIsReal : CARD.useInstead)),
        channelLink(v.official),
      ),
    BAD.has(v.verdict) && h('section', { class: 'next' }, h('h3', {}, t(CARD.nextTitle)), h('p', {}, t(CARD.nextBad))),
    v.never.length > 0 &&
      name &&
      h('section', { class: 'never' }, h('h3', {}, t(CARD.neverTitle(name))), h('ul', {}, ...v.never.map((n) => h('li', {}, t(n.text))))),
  )
}

export function channelLink(c: ChannelRef): HTMLElement {
  const label = c.label ? ` · ${t(c.label)}` : ''
  return h(
    'p',
    { class: 'channel' },
    h('span', { class: 'ctype' }, `${t(CHANNEL[c.type].name)} · ${t(ROLE[c.role].name)}${label}`),
    h('br'),
    c.url ? h('a', { href: c.url, target: '_blank', rel: 'noopener noreferrer', dir: 'ltr' }, c.value) : h('code', { dir: 'ltr' }, c.value),
  )
}

function secretCard(): HTMLElement {
  return h(
    'article',
    { class: 'card v-secret_detected', role: 'alert' },
    headline('secret_detected'),
    h('h2', { class: 'secret-title' }, t(SECRET.title)),
    h('p', {}, t(SECRET.what)),
    h('ol', {}, ...SECRET.steps.map((s) => h('li', {}, t(s)))),
  )
}
