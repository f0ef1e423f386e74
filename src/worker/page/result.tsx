/**
 * The result cards: one render for both paths. The server uses it for `GET /?q=` (no JavaScript)
 * and for the `POST /check` fragment the page script fetches as you type, so both show the same.
 */
import type { Project } from '../../../registry/schema'
import type { ChannelRef, ContactVerdict, Verdict, VerdictKind } from '../../core/verdict'
import { CHANNEL, isChannelType, ROLE } from '../../wording/labels'
import { type Lang, t } from '../../wording/lang'
import { CARD, REPORT, SECRET, VERDICT } from '../../wording/ui'
import { visible } from '../../wording/visible'

type Projects = ReadonlyMap<string, Project>
interface Ctx {
  lang: Lang
  projects: Projects
}

/** Verdicts that mean "do not trust this": they get advice on what to do and a report button. */
const BAD: ReadonlySet<VerdictKind> = new Set(['impersonation', 'not_offered', 'reported_scam'])
/** Verdicts a person may report: anything that is not ours to vouch for or unreadable. */
const REPORTABLE: ReadonlySet<VerdictKind> = new Set([...BAD, 'unknown'])

const nameOf = (id: string, { lang, projects }: Ctx) => {
  const p = projects.get(id)
  return p ? t(p.name, lang) : id
}

export function Results({ verdict, ...ctx }: Ctx & { verdict: Verdict }) {
  if (verdict.verdict === 'secret_detected') return <SecretWarning lang={ctx.lang} />
  if (verdict.kind !== 'message') return <ContactCard v={verdict} {...ctx} showNever showNext />
  const contacts = verdict.contacts ?? []
  // One contact and no warning signs: its own card says everything the summary would.
  const summary = contacts.length !== 1 || (verdict.red_flags?.length ?? 0) > 0
  return (
    <>
      {summary && <MessageSummary v={verdict} {...ctx} />}
      {contacts.map((v, i) => (
        <ContactCard
          v={v}
          {...ctx}
          // On a phone, one "never" list per project is already a long read: show it once.
          showNever={contacts.findIndex((c) => c.project === v.project) === i}
          showNext={!summary}
        />
      ))}
    </>
  )
}

function Headline({ kind, lang }: { kind: VerdictKind; lang: Lang }) {
  const { icon, title } = VERDICT[kind]
  return (
    <p class="verdict">
      <span class="icon" aria-hidden="true">
        {icon}
      </span>{' '}
      <strong>{t(title, lang)}</strong>
    </p>
  )
}

function NextSteps({ lang }: { lang: Lang }) {
  return (
    <section class="next">
      <h3>{t(CARD.nextTitle, lang)}</h3>
      <p>{t(CARD.nextBad, lang)}</p>
    </section>
  )
}

function MessageSummary({ v, lang }: Ctx & { v: Verdict }) {
  const flags = v.red_flags ?? []
  const n = v.contacts?.length ?? 0
  return (
    <article class={`card v-${v.verdict}`}>
      <h2 class="what">{t(CARD.messageTitle, lang)}</h2>
      <Headline kind={v.verdict} lang={lang} />
      <p>{t(v.explanation, lang)}</p>
      {flags.length > 0 && (
        <section>
          <h3>{t(CARD.redFlagsTitle, lang)}</h3>
          <ul class="flags">
            {flags.map((f) => (
              <li>
                <q>{visible(f.match)}</q> {t(f.explanation, lang)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {BAD.has(v.verdict) && <NextSteps lang={lang} />}
      <p>{t(n > 0 ? CARD.contactsFound(n) : CARD.noContacts, lang)}</p>
    </article>
  )
}

type CardProps = Ctx & { v: ContactVerdict; showNever: boolean; showNext: boolean }

function ContactCard({ v, showNever, showNext, ...ctx }: CardProps) {
  const { lang } = ctx
  const name = v.project ? nameOf(v.project, ctx) : null
  const bad = BAD.has(v.verdict)
  // What was pasted, hidden characters shown; then how it really reads when that differs by
  // more than case or a handle's `@` (punycode, a right-to-left override, a zero-width space).
  const plain = v.input.trim().toLowerCase().replace(/^@/, '')
  const readAs = [v.unicode, v.normalized].filter(
    (r, i, all): r is string => !!r && r.toLowerCase() !== plain && all.indexOf(r) === i,
  )
  return (
    <article class={`card v-${v.verdict}`}>
      <h2 class="what">
        <bdi>{visible(v.input)}</bdi>
        {isChannelType(v.kind) && <span class="kind"> · {t(CHANNEL[v.kind].name, lang)}</span>}
      </h2>
      {readAs.length > 0 && (
        <p class="hint">
          {t(CARD.readAs, lang)} <bdi dir="ltr">{readAs.join(' = ')}</bdi>
        </p>
      )}
      <Headline kind={v.verdict} lang={lang} />
      {name && v.verdict !== 'official' && <p class="claims">{t(CARD.claims(name), lang)}</p>}
      {name && v.verdict === 'official' && <p class="claims">{t(CARD.belongsTo(name), lang)}</p>}
      <p>{t(v.explanation, lang)}</p>
      {v.verdict === 'unknown' && (
        <p>
          {t(CARD.unknownNext, lang)} <a href={`/p?lang=${lang}`}>{t(CARD.findProject, lang)}</a>
        </p>
      )}
      {v.verdict === 'invalid' && <p>{t(CARD.invalidHelp, lang)}</p>}
      {v.stale && <p class="note">{t(CARD.staleNote, lang)}</p>}
      {v.official && (
        <section class="real">
          <h3>{t(v.verdict === 'official' ? CARD.thisIsReal : CARD.useInstead, lang)}</h3>
          <ChannelLink c={v.official} lang={lang} />
        </section>
      )}
      {v.project && name && (
        <p>
          <a href={`/p/${encodeURIComponent(v.project)}`}>{t(CARD.allChannels(name), lang)}</a>
        </p>
      )}
      {bad && showNext && <NextSteps lang={lang} />}
      {showNever && v.never.length > 0 && name && (
        <section class="never">
          <h3>{t(CARD.neverTitle(name), lang)}</h3>
          <ul>
            {v.never.map((n) => (
              <li>{t(n.text, lang)}</li>
            ))}
          </ul>
        </section>
      )}
      {REPORTABLE.has(v.verdict) && <ReportForm contact={v.normalized ?? v.input} lang={lang} />}
    </article>
  )
}

/** A channel with its type, role and label; the link opens it where it has one (a WeChat ID has none). */
export function ChannelLink({ c, lang }: { c: ChannelRef; lang: Lang }) {
  const label = c.label ? ` · ${t(c.label, lang)}` : ''
  return (
    <p class="channel">
      <span class="ctype">
        {t(CHANNEL[c.type].name, lang)} · {t(ROLE[c.role].name, lang)}
        {label}
      </span>
      <br />
      {c.url ? (
        <a href={c.url} rel="noopener noreferrer" dir="ltr">
          {c.value}
        </a>
      ) : (
        <code dir="ltr">{c.value}</code>
      )}
    </p>
  )
}

/**
 * Reporting works without JavaScript (a plain POST to `/report`); with it, the page script sends
 * the same fields to `POST /api/v1/reports` and reveals the confirmation rendered here.
 */
function ReportForm({ contact, lang }: { contact: string; lang: Lang }) {
  return (
    <details class="report">
      <summary>{t(REPORT.button, lang)}</summary>
      <form method="post" action={`/report?lang=${lang}`}>
        <input type="hidden" name="contact" value={contact} />
        <label>
          {t(REPORT.noteLabel, lang)}
          <input type="text" name="note" maxlength={500} autocomplete="off" />
        </label>
        <p class="hint">{t(REPORT.privacy, lang)}</p>
        <button type="submit">{t(REPORT.button, lang)}</button>
      </form>
      <p class="report-done" role="status" hidden>
        {t(REPORT.done(visible(contact)), lang)}
      </p>
      <p class="report-failed" role="alert" hidden>
        {t(REPORT.failed, lang)}
      </p>
    </details>
  )
}

/** Said the same way whether the browser or the server found the secret. */
export function SecretWarning({ lang }: { lang: Lang }) {
  return (
    <article class="card v-secret_detected" role="alert">
      <Headline kind="secret_detected" lang={lang} />
      <h2 class="secret-title">{t(SECRET.title, lang)}</h2>
      <p>{t(SECRET.what, lang)}</p>
      <ol>
        {SECRET.steps.map((s) => (
          <li>{t(s, lang)}</li>
        ))}
      </ol>
    </article>
  )
}
