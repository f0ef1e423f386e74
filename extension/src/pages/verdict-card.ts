/**
 * A verdict as the popup shows it: the lookup page's cards (src/worker/page/result.tsx) drawn
 * with the DOM, with the same words, so a contact reads the same wherever it is checked.
 */
import type { ChannelRef, Claim, ContactVerdict, NeverAdvice, Verdict, VerdictKind } from '../../../src/core/verdict'
import { channelName, isChannelType, ROLE } from '../../../src/wording/labels'
import { CARD, CLAIM_TRUTH, CLAIMS, claimsInOrder, headline, NEVER_SHOWN, SECRET } from '../../../src/wording/ui'
import { visible } from '../../../src/wording/visible'
import { PAGE_ORIGIN } from '../lib/config'
import { LANG, t } from '../lib/lang'
import type { Names } from '../lib/names'
import { h } from '../lib/dom'
import { WORDS } from '../lib/words'

const BAD: ReadonlySet<VerdictKind> = new Set(['impersonation', 'not_offered', 'reported_scam'])
/** Verdicts a person may report, as on the lookup page. */
const REPORTABLE: ReadonlySet<VerdictKind> = new Set([...BAD, 'unknown'])

export function verdictCards(verdict: Verdict, names: Names): HTMLElement[] {
  if (verdict.verdict === 'secret_detected') return [secretCard()]
  if (verdict.kind !== 'message') return [contactCard(verdict, names, true)]
  const contacts = verdict.contacts ?? []
  return [
    messageCard(verdict, names),
    // One "never" list per project: the first card of that project carries it.
    ...contacts.map((c, i) => contactCard(c, names, contacts.findIndex((o) => o.project === c.project) === i)),
  ]
}

/** The page's headline words for this verdict: a medium lookalike, a person's own question. */
function verdictLine(v: Pick<ContactVerdict, 'verdict' | 'confidence' | 'reasons'>, message = false): HTMLElement {
  const { icon, title } = headline(v.verdict, message, v.confidence, v.reasons)
  return h('h2', { class: 'verdict' }, h('span', { class: 'icon', 'aria-hidden': 'true' }, icon), ' ', h('strong', {}, t(title)))
}

function messageCard(v: Verdict, names: Names): HTMLElement {
  const flags = v.red_flags ?? []
  const n = v.contacts?.length ?? 0
  return h(
    'article',
    { class: `card v-${v.verdict}` },
    h('p', { class: 'what' }, t(CARD.messageTitle)),
    verdictLine(v, true),
    h('p', {}, t(v.explanation)),
    flags.length > 0 &&
      h(
        'section',
        {},
        h('h3', {}, t(CARD.redFlagsTitle)),
        h('ul', {}, ...flags.map((f) => h('li', {}, h('q', {}, visible(f.match)), ' ', t(f.explanation)))),
      ),
    ...claimSections(v.claims ?? [], names),
    // With no bad contact (whose own card names the real channel), the way out goes here: the
    // project a text misleads about, or a person's own question is about.
    v.official &&
      !v.contacts?.some((c) => BAD.has(c.verdict)) &&
      h('section', { class: 'real' }, h('h3', {}, t(CARD.useInstead)), channelLink(v.official)),
    h('p', {}, t(n > 0 ? CARD.contactsFound(n) : CARD.noContacts)),
  )
}

/**
 * What the text says about each project it names, in plain words, as the lookup page shows it:
 * a mark (icon and words), the text's own words, then the project's own evidence with source
 * and date; false first.
 */
function claimSections(claims: readonly Claim[], names: Names): HTMLElement[] {
  return [...new Set(claims.map((c) => c.project))].map((project) =>
    h(
      'section',
      { class: 'said' },
      h('h3', {}, t(CLAIMS.title(t(names[project] ?? { en: project, zh: project })))),
      h(
        'ul',
        {},
        ...claimsInOrder(claims.filter((c) => c.project === project)).map((c) =>
          h(
            'li',
            { class: `claim c-${c.truth}` },
            h('p', { class: 'mark' }, h('span', { class: 'icon', 'aria-hidden': 'true' }, CLAIM_TRUTH[c.truth].icon), ' ', h('strong', {}, t(CLAIM_TRUTH[c.truth].title))),
            h('p', { class: 'quoted' }, t(CLAIMS.quoted), h('q', {}, visible(c.text))),
            h('p', {}, t(c.explanation)),
          ),
        ),
      ),
    ),
  )
}

/** A link to the lookup page, in a new tab: the popup itself sends nothing anywhere. */
const pageLink = (path: string, params: Record<string, string>, text: string): HTMLElement =>
  h('a', { href: `${PAGE_ORIGIN}${path}?${new URLSearchParams({ ...params, lang: LANG })}`, target: '_blank', rel: 'noopener noreferrer' }, text)

function contactCard(v: ContactVerdict, names: Names, showNever: boolean): HTMLElement {
  const name = v.project ? t(names[v.project] ?? { en: v.project, zh: v.project }) : null
  const official = v.verdict === 'official'
  const kind = isChannelType(v.kind) ? ` · ${t(channelName(v.kind, official))}` : ''
  const contact = v.normalized ?? v.input
  return h(
    'article',
    { class: `card v-${v.verdict}` },
    h('p', { class: 'what' }, h('bdi', {}, visible(v.unicode ?? v.normalized ?? v.input)), kind),
    verdictLine(v),
    name && h('p', { class: 'claims' }, t(official ? CARD.belongsTo(name) : CARD.claims(name))),
    h('p', {}, t(v.explanation)),
    official && v.kind === 'email' && h('p', { class: 'note' }, t(CARD.emailSpoof)),
    v.verdict === 'unknown' && !v.stale && h('p', {}, t(CARD.unknownNext)),
    v.verdict === 'invalid' && h('p', {}, t(CARD.invalidHelp)),
    v.stale && h('p', { class: 'note' }, t(CARD.staleNote)),
    v.official &&
      h('section', { class: 'real' }, h('h3', {}, t(official ? CARD.thisIsReal : CARD.useInstead)), channelLink(v.official)),
    BAD.has(v.verdict) && h('section', { class: 'next' }, h('h3', {}, t(CARD.nextTitle)), h('p', {}, t(CARD.nextBad))),
    showNever && v.never.length > 0 && name && neverList(v.never, name),
    h(
      'p',
      { class: 'links' },
      v.project && name && pageLink(`/p/${encodeURIComponent(v.project)}`, {}, t(WORDS.realChannels(name))),
      v.project && name && REPORTABLE.has(v.verdict) && ' · ',
      // Reported on the lookup page, where the report form is: the popup posts nothing itself.
      REPORTABLE.has(v.verdict) && pageLink('/', { q: contact }, t(WORDS.report)),
    ),
  )
}

function neverList(never: NeverAdvice[], name: string): HTMLElement {
  const rest = never.slice(NEVER_SHOWN)
  return h(
    'section',
    { class: 'never' },
    h('h3', {}, t(CARD.neverTitle(name))),
    h('ul', {}, ...never.slice(0, NEVER_SHOWN).map((n) => h('li', {}, t(n.text)))),
    rest.length > 0 &&
      h('details', {}, h('summary', {}, t(CARD.neverMore(rest.length))), h('ul', {}, ...rest.map((n) => h('li', {}, t(n.text))))),
  )
}

export function channelLink(c: ChannelRef): HTMLElement {
  const label = c.label ? ` · ${t(c.label)}` : ''
  return h(
    'p',
    { class: 'channel' },
    h('span', { class: 'ctype' }, `${t(channelName(c.type, true))} · ${t(ROLE[c.role].name)}${label}`),
    h('br'),
    c.url ? h('a', { href: c.url, target: '_blank', rel: 'noopener noreferrer', dir: 'ltr' }, c.value) : h('code', { dir: 'ltr' }, c.value),
  )
}

function secretCard(): HTMLElement {
  return h(
    'article',
    { class: 'card v-secret_detected', role: 'alert' },
    verdictLine({ verdict: 'secret_detected', reasons: [] }),
    h('p', { class: 'secret-title' }, h('strong', {}, t(SECRET.title))),
    h('p', {}, t(SECRET.what)),
    h('ol', {}, ...SECRET.steps.map((s) => h('li', {}, t(s)))),
  )
}
