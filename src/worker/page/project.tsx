/**
 * `/p/:id`: every real channel of one project, and `/p?q=`: find a project by any of its names.
 */
import type { Channel, ChannelRole, Project } from '../../../registry/schema'
import { channelRef } from '../../core/engine/links'
import { type Lang, t } from '../../wording/lang'
import { CARD, PROJECTS } from '../../wording/ui'
import { ChannelLink } from './result'

/** Support first: that is what a worried person is looking for. */
const ROLE_ORDER: readonly ChannelRole[] = [
  'support',
  'security',
  'community',
  'news',
  'app',
  'product',
  'business',
  'developer',
  'legal',
]
const byRole = (a: Channel, b: Channel) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role)

export function ProjectPage({ p, lang }: { p: Project; lang: Lang }) {
  const name = t(p.name, lang)
  return (
    <>
      <h1>{t(PROJECTS.howToReach(name), lang)}</h1>
      <p>{t(PROJECTS.intro, lang)}</p>
      <p class="hint">
        {t(PROJECTS.aliases, lang)}: {p.aliases.join(' · ')}
      </p>
      <ul class="channels">
        {[...p.channels].sort(byRole).map((c) => (
          <li>
            <ChannelLink c={channelRef(c)} lang={lang} />
          </li>
        ))}
      </ul>
      {p.never.length > 0 && (
        <section class="never card">
          <h2>{t(CARD.neverTitle(name), lang)}</h2>
          <ul>
            {p.never.map((n) => (
              <li>{t(n.statement, lang)}</li>
            ))}
          </ul>
        </section>
      )}
      {p.unconfirmed.length > 0 && (
        <section class="unconfirmed">
          <h2>
            <span aria-hidden="true">? </span>
            {t(PROJECTS.unconfirmedTitle, lang)}
          </h2>
          <p>{t(PROJECTS.unconfirmedNote, lang)}</p>
          <ul class="channels">
            {[...p.unconfirmed].sort(byRole).map((c) => (
              <li>
                <ChannelLink c={channelRef(c)} lang={lang} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}

export function ProjectSearch(props: { q: string; found: Project[]; lang: Lang }) {
  const { q, found, lang } = props
  return (
    <>
      <h1>{t(PROJECTS.title, lang)}</h1>
      <form method="get" action="/p" role="search">
        <input type="hidden" name="lang" value={lang} />
        <label for="pq">{t(PROJECTS.searchLabel, lang)}</label>
        <input id="pq" type="search" name="q" value={q} maxlength={60} autocomplete="off" />
        <button type="submit">{t(PROJECTS.search, lang)}</button>
      </form>
      {q && found.length === 0 && <p role="status">{t(PROJECTS.none(q), lang)}</p>}
      {!q && <h2>{t(PROJECTS.all, lang)}</h2>}
      <ul class="projects">
        {found.map((p) => (
          <li>
            <a href={`/p/${p.id}?lang=${lang}`}>{t(p.name, lang)}</a>{' '}
            <span class="hint">{p.aliases.slice(0, 4).join(' · ')}</span>
          </li>
        ))}
      </ul>
    </>
  )
}
