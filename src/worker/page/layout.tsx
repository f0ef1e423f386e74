/**
 * The HTML shell of every page: language, viewport, our own CSS and script (no third-party
 * resource, nothing inline, so the CSP can forbid everything else) and the language switch.
 */
import type { Child } from 'hono/jsx'
import { ASSET_PATHS } from './assets'
import { type Lang, t } from '../../wording/lang'
import { UI } from '../../wording/ui'

export function Layout(props: {
  lang: Lang
  title: string
  /** The same page in the other language: path and query, with `lang` set. */
  switchHref: string
  children: Child
}) {
  const { lang } = props
  return (
    <html lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{props.title}</title>
        <meta name="description" content={t(UI.description, lang)} />
        <link rel="icon" href={ASSET_PATHS.icon} type="image/svg+xml" />
        <link rel="stylesheet" href={ASSET_PATHS.css} />
        <script src={ASSET_PATHS.js} defer></script>
      </head>
      <body>
        <header class="top">
          <a class="brand" href="/">
            {t(UI.siteName, lang)}
          </a>
          <a
            class="lang"
            href={props.switchHref}
            hreflang={lang === 'zh' ? 'en' : 'zh-CN'}
            lang={lang === 'zh' ? 'en' : 'zh-CN'}
            aria-label={t(UI.switchLabel, lang)}
          >
            {t(UI.switchTo, lang)}
          </a>
        </header>
        <main>{props.children}</main>
        <footer>
          <p>{t(UI.footer, lang)}</p>
        </footer>
      </body>
    </html>
  )
}
