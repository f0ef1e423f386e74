/**
 * `/`: one box. Without JavaScript it is a plain `POST /` form answered on the server (never in
 * the address); with it, the page script answers as you type (see client/main.ts) into the same
 * `#results` region.
 */
import type { Project } from '../../../registry/schema'
import type { Verdict } from '../../core/verdict'
import { type Lang, t } from '../../wording/lang'
import { EXAMPLES, UI } from '../../wording/ui'
import { Results, SecretWarning } from './result'

/** Longest text the box accepts; the engine refuses longer input with `too_long` anyway. */
export const MAX_INPUT = 10_000

export function Home(props: {
  lang: Lang
  q: string
  verdict: Verdict | null
  projects: ReadonlyMap<string, Project>
}) {
  const { lang, q, verdict } = props
  return (
    <>
      <h1 class="tagline">{t(UI.tagline, lang)}</h1>
      <form id="check" method="post" action={`/?lang=${lang}`} role="search">
        <label for="q">{t(UI.boxLabel, lang)}</label>
        <p id="q-hint" class="hint">
          {t(UI.boxHint, lang)}
        </p>
        <textarea
          id="q"
          name="q"
          rows={4}
          maxlength={MAX_INPUT}
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          aria-describedby="q-hint q-privacy"
        >
          {q}
        </textarea>
        <p id="q-privacy" class="hint">
          {t(UI.boxPrivacy, lang)}
        </p>
        <button type="submit">{t(UI.check, lang)}</button>
      </form>
      {/* Screen readers hear one short line per answer (set by the page script), not the cards. */}
      <p id="announce" class="sr-only" aria-live="polite"></p>
      <section id="results" aria-label={t(UI.results, lang)}>
        {verdict && <Results verdict={verdict} lang={lang} projects={props.projects} />}
      </section>
      <section id="empty" hidden={verdict !== null}>
        <h2>{t(UI.emptyTitle, lang)}</h2>
        <p>{t(UI.emptyBody, lang)}</p>
        <h3>{t(UI.examplesTitle, lang)}</h3>
        <ul class="examples">
          {EXAMPLES.map((e) => (
            <li>
              <a href={`/?lang=${lang}&q=${encodeURIComponent(e)}`} data-example={e}>
                {e}
              </a>
            </li>
          ))}
        </ul>
        <p>
          <a href={`/p?lang=${lang}`}>{t(UI.projectsLink, lang)}</a>
        </p>
      </section>
      {/* Shown by the page script, which never sends a secret to the server. */}
      <template id="secret-warning">
        <SecretWarning lang={lang} />
      </template>
    </>
  )
}
