/**
 * The lookup page, mounted at `/` by src/worker/app.ts:
 *   GET  /            the box; `?q=` answers on the server (the no-JavaScript path)
 *   POST /check       the result cards as an HTML fragment, fetched by the page script as you type
 *   POST /report      the no-JavaScript report form (the script posts to /api/v1/reports instead)
 *   GET  /p, /p/:id   find a project; all of its real channels
 *   GET  /assets/*    the page's own script and stylesheet
 * Every route sets its own middleware (not `use('*')`), so nothing here touches the API's routes.
 */
import { Hono, type Context } from 'hono'
import type { Child } from 'hono/jsx'
import { bodyLimit } from 'hono/body-limit'
import { csrf } from 'hono/csrf'
import { languageDetector } from 'hono/language'
import { secureHeaders } from 'hono/secure-headers'
import { check } from '../../core'
import { getIndex } from '../engine'
import type { Bindings } from '../env'
import { ApiError } from '../errors'
import { clientIp, fileReport, limitReporter } from '../reports'
import { serveAsset } from './assets'
import { Home, MAX_INPUT } from './home'
import type { Text } from '../../../registry/schema'
import { type Lang, t } from '../../wording/lang'
import { PROJECTS, REPORT, UI } from '../../wording/ui'
import { Layout } from './layout'
import { ProjectPage, ProjectSearch } from './project'
import { Results } from './result'
import { findProjects } from './search'
import { visible } from '../../wording/visible'

type PageEnv = { Bindings: Bindings; Variables: { language: string } }

const html = [
  // `?lang=` wins and is remembered in a cookie; otherwise any Chinese in Accept-Language.
  languageDetector({
    supportedLanguages: ['zh', 'en'],
    fallbackLanguage: 'en',
    lookupCookie: 'lang',
    cookieOptions: { path: '/', sameSite: 'Lax' },
  }),
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
    },
    // A pasted `?q=` must never leave in a Referer when someone follows a real channel's link.
    referrerPolicy: 'no-referrer',
  }),
  // Pages answer what a person pasted: never cached by a shared cache.
  async (c: Context, next: () => Promise<void>) => {
    await next()
    c.header('Cache-Control', 'private, no-store')
  },
] as const

/** A form body is at most the box's limit in UTF-8 and percent-encoding, plus the field names. */
const formLimit = bodyLimit({
  maxSize: MAX_INPUT * 9 + 1024,
  onError: (c) => c.text('Payload too large', 413),
})

const langOf = (c: Context<PageEnv>): Lang => (c.get('language') === 'zh' ? 'zh' : 'en')

/** The same URL in the other language. */
function switchHref(c: Context<PageEnv>, lang: Lang): string {
  const url = new URL(c.req.url)
  url.searchParams.set('lang', lang === 'zh' ? 'en' : 'zh')
  return `${url.pathname}${url.search}`
}

/** A whole HTML page in the reader's language. */
function renderPage(
  c: Context<PageEnv>,
  title: string,
  body: Child,
  status: 200 | 400 | 404 | 429 = 200,
) {
  const lang = langOf(c)
  return c.html(
    '<!doctype html>' +
    (
      <Layout lang={lang} title={title} switchHref={switchHref(c, lang)}>
        {body}
      </Layout>
    ),
    status,
  )
}

const page = new Hono<PageEnv>()

page.get('/assets/:name', (c) => serveAsset(c, c.req.param('name')))

page.get('/', ...html, async (c) => {
  const lang = langOf(c)
  const q = (c.req.query('q') ?? '').slice(0, MAX_INPUT)
  const index = await getIndex(c.env)
  const verdict = q.trim() ? check(q, index) : null
  const title = `${t(UI.siteName, lang)}: ${t(UI.tagline, lang)}`
  return renderPage(
    c,
    title,
    <Home lang={lang} q={q} verdict={verdict} projects={index.projects} />,
  )
})

page.post('/check', formLimit, ...html, async (c) => {
  const lang = langOf(c)
  const body = await c.req.parseBody()
  const q = typeof body.q === 'string' ? body.q.slice(0, MAX_INPUT) : ''
  if (!q.trim()) return c.html('')
  const index = await getIndex(c.env)
  return c.html(<Results verdict={check(q, index)} lang={lang} projects={index.projects} />)
})

// Another site's form must not file reports in a visitor's name (and against their rate limit).
page.post('/report', csrf(), formLimit, ...html, async (c) => {
  const lang = langOf(c)
  const body = await c.req.parseBody()
  const contact = typeof body.contact === 'string' ? body.contact : ''
  const note =
    typeof body.note === 'string' && body.note.trim() ? body.note.slice(0, 500) : undefined
  const index = await getIndex(c.env)
  try {
    await limitReporter(c.env, clientIp(c.req.raw))
    const { report } = await fileReport(c.env.DB, { contact, note, source: 'api' }, index)
    return renderPage(
      c,
      t(REPORT.button, lang),
      <ReportOutcome lang={lang} text={REPORT.done(visible(report.value))} />,
    )
  } catch (err) {
    if (!(err instanceof ApiError)) throw err
    const limited = err.code === 'rate_limited'
    const text = limited ? REPORT.failed : REPORT.notReportable
    return renderPage(
      c,
      t(REPORT.button, lang),
      <ReportOutcome lang={lang} text={text} />,
      limited ? 429 : 400,
    )
  }
})

function ReportOutcome({ lang, text }: { lang: Lang; text: Text }) {
  return (
    <>
      <p class="card" role="status">
        {t(text, lang)}
      </p>
      <p>
        <a href={`/?lang=${lang}`}>{t(REPORT.back, lang)}</a>
      </p>
    </>
  )
}

page.get('/p', ...html, async (c) => {
  const lang = langOf(c)
  const q = (c.req.query('q') ?? '').slice(0, 60)
  const index = await getIndex(c.env)
  const found = findProjects(q, index.projects, index.claims)
  return renderPage(c, t(PROJECTS.title, lang), <ProjectSearch q={q} found={found} lang={lang} />)
})

page.get('/p/:id', ...html, async (c) => {
  const lang = langOf(c)
  const index = await getIndex(c.env)
  const p = index.projects.get(c.req.param('id'))
  if (p)
    return renderPage(
      c,
      t(PROJECTS.howToReach(t(p.name, lang)), lang),
      <ProjectPage p={p} lang={lang} />,
    )
  const notFound = (
    <>
      <h1>{t(PROJECTS.notFound, lang)}</h1>
      <p>
        <a href={`/p?lang=${lang}`}>{t(PROJECTS.all, lang)}</a>
      </p>
    </>
  )
  return renderPage(c, t(PROJECTS.notFound, lang), notFound, 404)
})

export default page
