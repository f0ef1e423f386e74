import type { ChannelRole, Project } from '../../../registry/schema'
import { check, findSecret, type Index } from '../../core'
import { channelRef } from '../../core/engine/links'
import { ROLE } from '../../wording/labels'
import type { Lang } from '../../wording/lang'
import { CARD, PROJECTS } from '../../wording/ui'
import { findProjects } from '../page/search'
import { channelLine, notice, type Card, type Line, type Section } from './card'
import { verdictCard } from './verdict-card'
import { BOT } from './wording'

/**
 * "How to reach X for real", as on the page's `/p/:id`: confirmed channels only, grouped by what
 * they are for, then what official support never does. Unconfirmed channels are left out.
 */
export function projectCard(p: Project, lang: Lang): Card {
  const name = p.name[lang]
  const sections: Section[] = [
    { lines: [[PROJECTS.intro[lang]], [`${PROJECTS.aliases[lang]}: ${p.aliases.join(', ')}`]] },
  ]
  for (const role of Object.keys(ROLE) as ChannelRole[]) {
    const lines = p.channels
      .filter((c) => c.role === role)
      .map((c) => channelLine(channelRef(c), lang, false))
    if (lines.length) sections.push({ heading: ROLE[role].name[lang], lines })
  }
  if (p.never.length) {
    const lines = p.never.map((n): Line => [`• ${n.statement[lang]}`])
    sections.push({ heading: CARD.neverTitle(name)[lang], lines })
  }
  return { tone: 'good', title: PROJECTS.howToReach(name)[lang], sections }
}

/**
 * The answer to `/official <name>`: the project a name or alias names exactly, else the first
 * whose names contain it (the page's search). What was asked is never quoted back (replies are
 * public in a group): a recovery phrase gets the secret warning, anything else unmatched a
 * plain "no project has that name".
 * @example officialCard('TP钱包', index, 'zh').title // '如何联系 TokenPocket 的真实渠道'
 */
export function officialCard(query: string, index: Index, lang: Lang): Card {
  if (findSecret(query)) return verdictCard(check(query, index), index, lang)
  const [claimed] = index.claims(query)
  const project =
    (claimed && index.projects.get(claimed)) ||
    (query.trim() ? findProjects(query, index.projects, index.claims)[0] : undefined)
  return project ? projectCard(project, lang) : notice('neutral', BOT.noProject[lang])
}
