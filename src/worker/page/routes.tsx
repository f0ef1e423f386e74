/**
 * The lookup page, mounted at `/` by src/worker/app.ts:
 *   GET  /            the box; `?q=` answers a link on the server
 *   POST /            the box's form without JavaScript, answered on the server
 *   POST /check       the result cards as an HTML fragment, fetched by the page script as you type
 *   POST /report      the no-JavaScript report form (the script posts to /api/v1/reports instead)
 *   POST /dispute     the no-JavaScript "this verdict is wrong" form (the script: /api/v1/disputes)
 *   GET  /p, /p/:id   find a project; all of its real channels
 *   GET  /assets/*    the page's own script and stylesheet
 * Every route sets its own middleware (not `use('*')`), so nothing here touches the API's routes.
 */
import { Hono, type Context, type ErrorHandler } from 'hono'
import type { Child } from 'hono/jsx'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { csrf } from 'hono/csrf'
import { languageDetector } from 'hono/language'
import { secureHeaders } from 'hono/secure-headers'
import { check, findSecret } from '../../core'
import { getIndex } from '../engine'
import type { Bindings } from '../env'
import { ApiError } from '../errors'
import { clientIp, DisputeInput, fileDispute, fileReport, limitReporter } from '../reports'
import { serveAsset } from './assets'
import { Home, MAX_INPUT } from './home'
import type { Text } from '../../../registry/schema'
import { type Lang, t } from '../../wording/lang'
import { DISPUTE, PAGE_ERROR, PROJECTS, REPORT, UI } from '../../wording/ui'
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
      imgSrc: ["'self'"],
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

/**
 * The page's one body limit: the box's 10,000 characters of Chinese, percent-encoded (9 bytes
 * each), plus the field names. Past it, the page answers its own HTML 413.
 */
export const PAGE_FORM_BYTES = 96 * 1024
const formLimit = bodyLimit({
  maxSize: PAGE_FORM_BYTES,
  onError: () => {
    throw new ApiError('payload_too_large', `Forms are limited to ${PAGE_FORM_BYTES} bytes.`)
  },
})

/** A form's fields; a body that is not a form (broken multipart) is a 400, never a crash. */
async function formOf(c: Context<PageEnv>): Promise<Record<string, unknown>> {
  try {
    return await c.req.parseBody()
  } catch {
    throw new ApiError('bad_request', 'The form could not be read.')
  }
}

const langOf = (c: Context<PageEnv>): Lang => (c.get('language') === 'zh' ? 'zh' : 'en')

/**
 * A page's address in the other language. Built from what the page shows, never from the
 * request's URL: that may carry a pasted recovery phrase (`/?q=`, `/p?q=`, `/p/<phrase>`).
 */
function switchHref(lang: Lang, path: string, q = ''): string {
  const params = new URLSearchParams({ lang: lang === 'zh' ? 'en' : 'zh' })
  if (q) params.set('q', q)
  return `${path}?${params}`
}

type PageStatus = 200 | 400 | 403 | 404 | 405 | 413 | 429 | 500

/** A whole HTML page in the reader's language; `path` and `q` make its language link. */
function renderPage(
  c: Context<PageEnv>,
  title: string,
  body: Child,
  opts: { status?: PageStatus; path?: string; q?: string } = {},
) {
  const lang = langOf(c)
  return c.html(
    '<!doctype html>' +
    (
      <Layout lang={lang} title={title} switchHref={switchHref(lang, opts.path ?? '/', opts.q)}>
        {body}
      </Layout>
    ),
    opts.status ?? 200,
  )
}

const page = new Hono<PageEnv>()

// Errors of page routes are pages too: HTML, in the reader's language, with the page's headers
// (set by `html` on the way out, which is why every route lists it first).
const pageError: ErrorHandler<PageEnv> = (err, c) => {
  const status = err instanceof ApiError || err instanceof HTTPException ? err.status : 500
  const known = status in PAGE_ERROR ? (status as keyof typeof PAGE_ERROR) : status < 500 ? 400 : 500
  // Only the error's class: its message or stack could quote what a person pasted.
  if (known === 500) console.error('genuine: page error', err instanceof Error ? err.name : typeof err)
  const lang = langOf(c)
  const body = (
    <p class="card" role="alert">
      {t(PAGE_ERROR[known], lang)}
    </p>
  )
  const headers = err instanceof ApiError ? err.headers : {}
  for (const [name, value] of Object.entries(headers)) c.header(name, value)
  return renderPage(c, t(PAGE_ERROR[known], lang), body, { status: known })
}
page.onError(pageError)

page.get('/assets/:name', (c) => serveAsset(c, c.req.param('name')))

/**
 * The home page, answering `asked` when there is one. A phrase or key is answered, never written
 * back: not in the box, not in the language link. Text that came in a form body stays out of the
 * language link (an address) altogether.
 */
async function home(c: Context<PageEnv>, asked: string, fromForm: boolean) {
  const lang = langOf(c)
  const index = await getIndex(c.env)
  const verdict = asked.trim() ? check(asked, index) : null
  const q = verdict?.verdict === 'secret_detected' ? '' : asked
  const title = `${t(UI.siteName, lang)}: ${t(UI.tagline, lang)}`
  return renderPage(
    c,
    title,
    <Home lang={lang} q={q} verdict={verdict} projects={index.projects} />,
    { q: fromForm ? '' : q },
  )
}

// `/?q=` answers links (the examples, the extension's); the box itself posts, so what a person
// types never travels in an address (history, logs, Referer).
page.get('/', ...html, (c) => home(c, (c.req.query('q') ?? '').slice(0, MAX_INPUT), false))

page.post('/', ...html, formLimit, async (c) => {
  const body = await formOf(c)
  return home(c, typeof body.q === 'string' ? body.q.slice(0, MAX_INPUT) : '', true)
})

page.post('/check', ...html, formLimit, async (c) => {
  const lang = langOf(c)
  const body = await formOf(c)
  const q = typeof body.q === 'string' ? body.q.slice(0, MAX_INPUT) : ''
  if (!q.trim()) return c.html('')
  const index = await getIndex(c.env)
  return c.html(<Results verdict={check(q, index)} lang={lang} projects={index.projects} />)
})

// Another site's form must not file reports in a visitor's name (and against their rate limit).
page.post('/report', ...html, csrf(), formLimit, async (c) => {
  const lang = langOf(c)
  const body = await formOf(c)
  const contact = typeof body.contact === 'string' ? body.contact : ''
  const note =
    typeof body.note === 'string' && body.note.trim() ? body.note.slice(0, 500) : undefined
  const index = await getIndex(c.env)
  try {
    await limitReporter(c.env, clientIp(c.req.raw))
    const { report } = await fileReport(c.env, { contact, note, source: 'api' }, index)
    return renderPage(
      c,
      t(REPORT.button, lang),
      <ReportOutcome lang={lang} text={REPORT.done(visible(report.value))} />,
    )
  } catch (err) {
    if (!(err instanceof ApiError)) throw err
    const limited = err.code === 'rate_limited'
    const text = limited ? REPORT.failed : REPORT.notReportable
    return renderPage(c, t(REPORT.button, lang), <ReportOutcome lang={lang} text={text} />, {
      status: limited ? 429 : 400,
    })
  }
})

// The same protections as a report: a form of this site only, the page's body limit.
page.post('/dispute', ...html, csrf(), formLimit, async (c) => {
  const lang = langOf(c)
  const { contact, project, topic, problem, note } = await formOf(c)
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined)
  const input = DisputeInput.safeParse({
    contact: text(contact),
    claim: text(project) ? { project: text(project), topic: text(topic) } : undefined,
    problem: text(problem),
    note: text(note)?.slice(0, 500),
  })
  const outcome = (words: Text, status: 200 | 400 | 429 = 200) =>
    renderPage(c, t(DISPUTE.button, lang), <ReportOutcome lang={lang} text={words} />, { status })
  if (!input.success) return outcome(DISPUTE.notDisputable, 400)
  try {
    await limitReporter(c.env, clientIp(c.req.raw))
    await fileDispute(c.env, { ...input.data, source: 'api' }, await getIndex(c.env))
    return outcome(DISPUTE.done)
  } catch (err) {
    if (!(err instanceof ApiError)) throw err
    const limited = err.code === 'rate_limited'
    return outcome(limited ? DISPUTE.failed : DISPUTE.notDisputable, limited ? 429 : 400)
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
  const asked = c.req.query('q') ?? ''
  // Searched for a phrase? Then nothing of it is shown: not in the box, the "no match" line or
  // the language link. Looked for in all that was sent, before the cut to a name's length.
  const q = findSecret(asked.slice(0, MAX_INPUT)) ? '' : asked.slice(0, 60)
  const index = await getIndex(c.env)
  const found = findProjects(q, index.projects, index.claims)
  return renderPage(c, t(PROJECTS.title, lang), <ProjectSearch q={q} found={found} lang={lang} />, {
    path: '/p',
    q,
  })
})

page.get('/p/:id', ...html, async (c) => {
  const lang = langOf(c)
  const index = await getIndex(c.env)
  const p = index.projects.get(c.req.param('id'))
  if (p)
    return renderPage(c, t(PROJECTS.howToReach(t(p.name, lang)), lang), <ProjectPage p={p} lang={lang} />, {
      path: `/p/${p.id}`,
    })
  const notFound = (
    <>
      <h1>{t(PROJECTS.notFound, lang)}</h1>
      <p>
        <a href={`/p?lang=${lang}`}>{t(PROJECTS.all, lang)}</a>
      </p>
    </>
  )
  return renderPage(c, t(PROJECTS.notFound, lang), notFound, { status: 404, path: '/p' })
})

/**
 * Any other address a person opens (a mistyped page URL, a form's address opened as a link such
 * as `GET /report`) is an HTML 404 page in their language; app.ts sends it here.
 */
export const missingPage = new Hono<PageEnv>()
missingPage.onError(pageError)
missingPage.all('*', ...html, () => {
  throw new ApiError('not_found', 'There is no page here.')
})

export default page
