/**
 * The result cards: one render for both paths. The server uses it for `GET /?q=` (no JavaScript)
 * and for the `POST /check` fragment the page script fetches as you type, so both show the same.
 */
import type { Child } from 'hono/jsx'
import type { Channel, Project, Text } from '../../../registry/schema'
import { channelRef } from '../../core/engine/links'
import type {
  ChannelRef,
  Claim,
  ContactVerdict,
  NeverAdvice,
  ReasonCode,
  Verdict,
  VerdictKind,
} from '../../core/verdict'
import { channelName, isChannelType, labelled, ROLE } from '../../wording/labels'
import { type Lang, t } from '../../wording/lang'
import type { DisputeProblem } from '../reports/schema'
import {
  CARD,
  CLAIM_TOPIC,
  CLAIM_TRUTH,
  CLAIMS,
  claimsInOrder,
  DISPUTE,
  headline,
  NEVER_SHOWN,
  REPORT,
  SECRET,
} from '../../wording/ui'
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

/** Reasons that mean the contact displays as something it is not: then show how it really reads. */
const DECEPTIVE = new Set(['punycode', 'homoglyph', 'mixed_script', 'whole_script_confusable'])


const active = (c: Channel) => c.status === 'active'

const websiteOf = (p: Project | undefined) =>
  p?.channels.find((c) => c.type === 'website' && active(c))

/**
 * The real channels to offer instead of a bad contact: the project's own channel of the same kind
 * first (a real Telegram group for a fake one, the real site for a fake site), support first among
 * them, then the channel the engine named (usually support), each once.
 */
function realChannels(v: ContactVerdict, { projects }: Ctx): ChannelRef[] {
  const p = v.project ? projects.get(v.project) : undefined
  const same = p?.channels
    .filter((c) => c.type === v.kind && active(c))
    .sort((a, b) => Number(b.role === 'support') - Number(a.role === 'support'))[0]
  const refs = [same && channelRef(same), v.official].filter((r): r is ChannelRef => !!r)
  return refs.filter((r, i) => refs.findIndex((o) => o.type === r.type && o.value === r.value) === i)
}

/** Rendered on the server, so a secret found here did reach it: the warning says so. */
export function Results({ verdict, ...ctx }: Ctx & { verdict: Verdict }) {
  if (verdict.verdict === 'secret_detected') return <SecretWarning lang={ctx.lang} sent />
  if (verdict.kind !== 'message') return <ContactCard v={verdict} {...ctx} showNever showNext />
  const contacts = verdict.contacts ?? []
  // One contact, no warning signs, and claims that are not the worst of it ("TP钱包客服电话" is
  // answered by the phone number's card): its own card says everything the summary would.
  const summary =
    contacts.length !== 1 ||
    (verdict.red_flags?.length ?? 0) > 0 ||
    verdict.verdict === 'misleading'
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

/** The verdict line is each card's heading: what a screen reader's heading list reads out. */
function Headline(props: {
  kind: VerdictKind
  lang: Lang
  message?: boolean
  confidence?: 'high' | 'medium'
  reasons?: readonly ReasonCode[]
}) {
  const { icon, title } = headline(props.kind, props.message, props.confidence, props.reasons)
  const { lang } = props
  return (
    <h2 class="verdict">
      <span class="icon" aria-hidden="true">
        {icon}
      </span>{' '}
      <strong>{t(title, lang)}</strong>
    </h2>
  )
}

function RealChannels({ refs, lang, official }: { refs: ChannelRef[]; lang: Lang; official: boolean }) {
  if (!refs.length) return null
  return (
    <section class="real">
      <h3>{t(official ? CARD.thisIsReal : CARD.useInstead, lang)}</h3>
      {refs.map((c) => (
        <ChannelLink c={c} lang={lang} />
      ))}
    </section>
  )
}

/** The project's "never" list: three lines, the rest behind "more". */
function NeverList({ never, name, lang }: { never: NeverAdvice[]; name: string; lang: Lang }) {
  const rest = never.slice(NEVER_SHOWN)
  return (
    <section class="never">
      <h3>{t(CARD.neverTitle(name), lang)}</h3>
      <ul>
        {never.slice(0, NEVER_SHOWN).map((n) => (
          <li>{t(n.text, lang)}</li>
        ))}
      </ul>
      {rest.length > 0 && (
        <details class="more">
          <summary>{t(CARD.neverMore(rest.length), lang)}</summary>
          <ul>
            {rest.map((n) => (
              <li>{t(n.text, lang)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
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

function MessageSummary({ v, ...ctx }: Ctx & { v: Verdict }) {
  const { lang } = ctx
  const flags = v.red_flags ?? []
  const n = v.contacts?.length ?? 0
  // The first card carries the way out: the real channel for the first bad contact in it, else
  // the channel the engine names for the text's project (one it misleads about, or a person's
  // own question about it).
  const bad = v.contacts?.find((c) => BAD.has(c.verdict))
  const refs = bad ? realChannels(bad, ctx) : v.official ? [v.official] : []
  return (
    <article class={`card v-${v.verdict}`}>
      <p class="what">{t(CARD.messageTitle, lang)}</p>
      <Headline kind={v.verdict} lang={lang} message reasons={v.reasons} />
      <p>{t(v.explanation, lang)}</p>
      <RealChannels refs={refs} lang={lang} official={false} />
      <Claims claims={v.claims ?? []} {...ctx} />
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
      {v.verdict === 'misleading' && <ClaimDispute claims={v.claims ?? []} lang={lang} />}
    </article>
  )
}

/**
 * What a text says about each project it names, in plain words: a mark (icon and words), the
 * text's own words, then what the project's own evidence says, with its source and date.
 */
function Claims({ claims, ...ctx }: Ctx & { claims: readonly Claim[] }) {
  const { lang } = ctx
  const projects = [...new Set(claims.map((c) => c.project))]
  return (
    <>
      {projects.map((project) => (
        <section class="said">
          <h3>{t(CLAIMS.title(nameOf(project, ctx)), lang)}</h3>
          <ul>
            {claimsInOrder(claims.filter((c) => c.project === project)).map((c) => (
              <li class={`claim c-${c.truth}`}>
                <p class="mark">
                  <span class="icon" aria-hidden="true">
                    {CLAIM_TRUTH[c.truth].icon}
                  </span>{' '}
                  <strong>{t(CLAIM_TRUTH[c.truth].title, lang)}</strong>
                </p>
                <p class="quoted">
                  {t(CLAIMS.quoted, lang)}
                  <q>{visible(c.text)}</q>
                </p>
                <p>{t(c.explanation, lang)}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}

type CardProps = Ctx & { v: ContactVerdict; showNever: boolean; showNext: boolean }

function ContactCard({ v, showNever, showNext, ...ctx }: CardProps) {
  const { lang } = ctx
  const name = v.project ? nameOf(v.project, ctx) : null
  const bad = BAD.has(v.verdict)
  const official = v.verdict === 'official'
  const shown = visible(v.input)
  // How it really reads, only when what displays deceives: punycode, lookalike letters, or
  // hidden characters (a right-to-left override, a zero-width space). The whole contact.
  const deceives = shown !== v.input || v.reasons.some((r) => DECEPTIVE.has(r))
  const readAs = deceives && v.normalized && v.normalized !== v.input ? v.normalized : null
  // Probably, not surely, a lookalike: said as a caution, with the real site beside it.
  const medium = v.verdict === 'impersonation' && v.confidence === 'medium'
  const site = medium && v.project ? websiteOf(ctx.projects.get(v.project)) : undefined
  return (
    <article class={`card v-${v.verdict}${medium ? ' medium' : ''}`}>
      <p class="what">
        <bdi>{shown}</bdi>
        {isChannelType(v.kind) && (
          <span class="kind"> · {t(channelName(v.kind, official), lang)}</span>
        )}
      </p>
      {readAs && (
        <p class="hint">
          {t(CARD.readAs, lang)} <bdi dir="ltr">{readAs}</bdi>
        </p>
      )}
      <Headline kind={v.verdict} lang={lang} confidence={v.confidence} reasons={v.reasons} />
      {name && site && <p class="claims">{t(CARD.looksLike(name, site.value), lang)}</p>}
      {name && !official && !site && <p class="claims">{t(CARD.claims(name), lang)}</p>}
      {name && official && <p class="claims">{t(CARD.belongsTo(name), lang)}</p>}
      <p>{t(v.explanation, lang)}</p>
      {official && v.kind === 'email' && <p class="note">{t(CARD.emailSpoof, lang)}</p>}
      {v.verdict === 'unknown' && (
        <p>
          {t(CARD.unknownNext, lang)} <a href={`/p?lang=${lang}`}>{t(CARD.findProject, lang)}</a>
        </p>
      )}
      {v.verdict === 'invalid' && <p>{t(CARD.invalidHelp, lang)}</p>}
      {v.stale && <p class="note">{t(CARD.staleNote, lang)}</p>}
      <RealChannels
        refs={official ? [v.official].filter((r): r is ChannelRef => !!r) : realChannels(v, ctx)}
        lang={lang}
        official={official}
      />
      {bad && showNext && <NextSteps lang={lang} />}
      {showNever && v.never.length > 0 && name && (
        <NeverList never={v.never} name={name} lang={lang} />
      )}
      {v.project && name && (
        <p>
          <a href={`/p/${encodeURIComponent(v.project)}?lang=${lang}`}>
            {t(CARD.allChannels(name), lang)}
          </a>
        </p>
      )}
      {REPORTABLE.has(v.verdict) && <ReportForm contact={v.normalized ?? v.input} lang={lang} />}
      {(official || bad) && v.normalized && (
        <DisputeForm
          fields={{ contact: v.normalized }}
          choices={(official
            ? (['not_official', 'other'] as const)
            : (['is_official', 'not_a_scam', 'other'] as const)
          ).map((p) => ({ name: 'problem', value: p, label: problemLabel(p, name) }))}
          legend={DISPUTE.whatWrong}
          lang={lang}
        />
      )}
    </article>
  )
}

/** Channels whose value is an opaque id (an App Store id): their label reads better as the link. */
const OPAQUE: ReadonlySet<ChannelRef['type']> = new Set([
  'app_store',
  'play_store',
  'chrome_web_store',
  'youtube',
  'discord',
])

/** A channel with its type, role and label; the link opens it where it has one (a WeChat ID has none). */
export function ChannelLink({ c, lang }: { c: ChannelRef; lang: Lang }) {
  const readable = OPAQUE.has(c.type) && c.label
  const label = c.label && !readable ? ` · ${t(c.label, lang)}` : ''
  const text = readable ? t(labelled(channelName(c.type, true), c.label!), lang) : c.value
  return (
    <p class="channel">
      <span class="ctype">
        {t(channelName(c.type, true), lang)} · {t(ROLE[c.role].name, lang)}
        {label}
      </span>
      <br />
      {c.url ? (
        <a href={c.url} rel="noopener noreferrer" dir={readable ? undefined : 'ltr'}>
          {text}
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
    <SendForm
      kind="report"
      fields={{ contact }}
      words={{ ...REPORT, done: REPORT.done(visible(contact)) }}
      lang={lang}
    />
  )
}

/**
 * A report's or a dispute's form: closed until asked for, a note, what is sent, and the
 * confirmation and failure lines the page script reveals (the server renders every word).
 */
function SendForm(props: {
  kind: 'report' | 'dispute'
  fields: Record<string, string>
  words: Record<'button' | 'noteLabel' | 'privacy' | 'send' | 'done' | 'failed', Text>
  lang: Lang
  children?: Child
}) {
  const { lang, words } = props
  return (
    <details class={props.kind}>
      <summary>{t(words.button, lang)}</summary>
      <form method="post" action={`/${props.kind}?lang=${lang}`}>
        {Object.entries(props.fields).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        {props.children}
        <label>
          {t(words.noteLabel, lang)}
          <input type="text" name="note" maxlength={500} autocomplete="off" />
        </label>
        <p class="hint">{t(words.privacy, lang)}</p>
        <button type="submit">{t(words.send, lang)}</button>
      </form>
      <p class="sent-done" role="status" tabindex={-1} hidden>
        {t(words.done, lang)}
      </p>
      <p class="sent-failed" role="alert" hidden>
        {t(words.failed, lang)}
      </p>
    </details>
  )
}

const problemLabel = (p: DisputeProblem, name: string | null): Text =>
  p === 'not_official'
    ? DISPUTE.notOfficial(name)
    : p === 'is_official'
      ? DISPUTE.isOfficial(name)
      : p === 'not_a_scam'
        ? DISPUTE.notAScam
        : DISPUTE.other

/** Under a misleading text: which of its claims about a project the person thinks is misjudged. */
function ClaimDispute({ claims, lang }: { claims: readonly Claim[]; lang: Lang }) {
  const first = claims[0]
  if (!first) return null
  const mine = claimsInOrder(claims.filter((c) => c.project === first.project))
  const topics = mine.filter((c, i) => mine.findIndex((o) => o.topic === c.topic) === i)
  return (
    <DisputeForm
      fields={{ project: first.project, problem: 'claim_wrong' }}
      choices={topics.map((c) => ({
        name: 'topic',
        value: c.topic,
        label: DISPUTE.claim(CLAIM_TRUTH[c.truth].title, CLAIM_TOPIC[c.topic]),
      }))}
      legend={DISPUTE.whichClaim}
      lang={lang}
    />
  )
}

/**
 * "Is this verdict wrong?": a small form, closed until asked for. Without JavaScript it posts to
 * `/dispute`; with it, the page script sends the same fields to `POST /api/v1/disputes`. Only the
 * normalised contact (or a claim's project and topic), the choice and the note are sent.
 */
function DisputeForm(props: {
  fields: Record<string, string>
  choices: { name: string; value: string; label: Text }[]
  legend: Text
  lang: Lang
}) {
  const { lang } = props
  return (
    <SendForm kind="dispute" fields={props.fields} words={DISPUTE} lang={lang}>
      <fieldset>
        <legend>{t(props.legend, lang)}</legend>
        {props.choices.map((c, i) => (
          <label class="choice">
            <input type="radio" name={c.name} value={c.value} checked={i === 0} />{' '}
            {t(c.label, lang)}
          </label>
        ))}
      </fieldset>
    </SendForm>
  )
}

/**
 * The same warning whether the browser or the server found the secret, except for what happened
 * to it: `sent` when it reached the server (the no-JavaScript form), which makes moving funds urgent.
 */
export function SecretWarning({ lang, sent = false }: { lang: Lang; sent?: boolean }) {
  return (
    <article class="card v-secret_detected" role="alert">
      <Headline kind="secret_detected" lang={lang} />
      <p class="secret-title">
        <strong>{t(SECRET.title, lang)}</strong>
      </p>
      <p>{t(sent ? SECRET.whatSent : SECRET.what, lang)}</p>
      {sent && (
        <p>
          <strong>{t(SECRET.moveNow, lang)}</strong>
        </p>
      )}
      <ol>
        {SECRET.steps.map((s) => (
          <li>{t(s, lang)}</li>
        ))}
      </ol>
    </article>
  )
}
