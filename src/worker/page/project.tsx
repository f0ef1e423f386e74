/**
 * `/p/:id`: every real channel of one project, and `/p?q=`: find a project by any of its names.
 */
import type { Channel, ChannelRole, Project } from '../../../registry/schema'
import { channelRef } from '../../core/engine/links'
import { ROLE } from '../../wording/labels'
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

function Channels({ list, lang }: { list: Channel[]; lang: Lang }) {
  return (
    <ul class="channels">
      {list.map((c) => (
        <li>
          <ChannelLink c={channelRef(c)} lang={lang} />
        </li>
      ))}
    </ul>
  )
}

/** Support first ("to get help, use these"), then the other channels grouped by what they are for. */
export function ProjectPage({ p, lang }: { p: Project; lang: Lang }) {
  const name = t(p.name, lang)
  const support = p.channels.filter((c) => c.role === 'support')
  const others = p.channels.filter((c) => c.role !== 'support')
  return (
    <>
      <h1>{t(PROJECTS.howToReach(name), lang)}</h1>
      <p>{t(PROJECTS.intro, lang)}</p>
      <p class="hint">
        {t(PROJECTS.aliases, lang)}: {p.aliases.join(' · ')}
      </p>
      {support.length > 0 && (
        <section class="real">
          <h2>{t(PROJECTS.getHelp, lang)}</h2>
          <Channels list={support} lang={lang} />
        </section>
      )}
      {others.length > 0 && <h2>{t(PROJECTS.otherChannels, lang)}</h2>}
      {ROLE_ORDER.map((role) => {
        const list = others.filter((c) => c.role === role)
        return (
          list.length > 0 && (
            <section>
              <h3>{t(ROLE[role].name, lang)}</h3>
              <Channels list={list} lang={lang} />
            </section>
          )
        )
      })}
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
