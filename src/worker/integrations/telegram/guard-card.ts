import type { ContactVerdict } from '../../../core/verdict'
import type { Lang } from '../../../wording/lang'
import { channelLine, code, type Card, type Line } from '../card'
import { headline } from '../verdict-card'
import { BOT } from '../wording'
import type { FakeMember } from './guard-check'

/** Each fake contact: the page's headline, the contact as sent, and the engine's explanation. */
export function guardCard(bad: readonly ContactVerdict[], lang: Lang): Card {
  const lines = bad.flatMap((v): Line[] => [
    [`${headline(v, lang)}: `, code(v.input)],
    [v.explanation[lang]],
  ])
  return { tone: 'bad', title: BOT.guardWarning[lang], sections: [{ lines }] }
}

/** Each impersonating member by name and username, why, and the real account to use instead. */
export function memberCard(fakes: readonly FakeMember[], lang: Lang): Card {
  const lines = fakes.flatMap(({ user, verdict }): Line[] => [
    [
      code(
        [user.first_name, user.last_name, user.username && `@${user.username}`]
          .filter(Boolean)
          .join(' '),
      ),
    ],
    [verdict.explanation[lang]],
    ...(verdict.official ? [channelLine(verdict.official, lang)] : []),
  ])
  lines.push([BOT.memberAdvice[lang]])
  return { tone: 'bad', title: BOT.memberWarning[lang], sections: [{ lines }] }
}
