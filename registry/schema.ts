/**
 * The registry's schema: the only definition of its types (everything else infers from here).
 *
 * A source file under `registry/projects/<id>.json` is a `ProjectSource`; `genuine registry build`
 * normalises every channel value (see `src/core/contact/normalize.ts`), drops the source-only
 * fields and signs the result as `RegistryEnvelope`.
 */
import { z, type RefinementCtx, type ZodRawShape } from 'zod'

/** Every kind of channel a project can have. A verdict's `kind` uses the same words. */
export const ChannelType = z.enum([
  'website',
  'help_center',
  'email',
  'phone',
  'x',
  'telegram',
  'discord',
  'whatsapp',
  'wechat',
  'weibo',
  'qq',
  'github',
  'facebook',
  'youtube',
  'reddit',
  'medium',
  'instagram',
  'tiktok',
  'app_store',
  'play_store',
  'chrome_web_store',
])
export type ChannelType = z.infer<typeof ChannelType>

export const ChannelRole = z.enum([
  'support',
  'community',
  'news',
  'business',
  'app',
  'developer',
  'legal',
  'security',
  'product',
])
export type ChannelRole = z.infer<typeof ChannelRole>

/** Two-language text: every word a person reads exists in English and Simplified Chinese. */
export const Text = z.object({ en: z.string().min(1), zh: z.string().min(1) })
export type Text = z.infer<typeof Text>

/**
 * Why `genuine registry build` refuses a source file: stable codes, as `[code]` in every message.
 * Structural problems are `schema`; the rest are the evidence rules of the README.
 */
export const Refusal = z.enum([
  'schema',
  'bad_json',
  'file_name',
  'unknown_project',
  'non_canonical',
  'duplicate_contact',
  'official_and_reported',
  'free_text_source',
  'unpinned_archive',
  'no_first_party_source',
  'scam_without_evidence',
  'bad_recheck_by',
  'fact_due',
  'trusted_keys',
  'release',
])
export type Refusal = z.infer<typeof Refusal>

/** A refusal raised inside a schema: the issue carries its code, the build prints it. */
const refuse = (ctx: RefinementCtx, refusal: Refusal, message: string, path: PropertyKey[] = []) =>
  ctx.addIssue({ code: 'custom', message, path, params: { refusal } })

/** A calendar date, 'YYYY-MM-DD' (a real one: no 2026-02-30). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`)
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d)
  }, 'not a calendar date')

/** Days after `date` ('2026-12-02' + 180), as a date. */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/** How long a fact stays good unless its source file says otherwise, and the most it may. */
export const RECHECK_DAYS = 180
export const MAX_RECHECK_DAYS = 366

export const Publisher = z.enum(['first_party', 'third_party'])
export type Publisher = z.infer<typeof Publisher>

/** What a verdict cites of a source, as the signed registry carries it. */
export const CitedSource = z.object({
  /** The page: the brand's own (first_party) or the third party's; https in source files. */
  url: z.string().min(1).max(600),
  publisher: Publisher,
  /** When we read it. */
  retrieved_at: IsoDate,
  /** When the words are known to have been on the page, if older (a backup's commit date). */
  as_of: IsoDate.optional(),
})
export type CitedSource = z.infer<typeof CitedSource>

/** A pinned repository file: 'github:owner/repo@<40-hex commit>:path'. */
const PINNED_ARCHIVE = /^github:[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+@[0-9a-f]{40}:\S+$/

/** A source as a maintainer writes it: the cited part plus the words that support the fact. */
export const Source = CitedSource.extend({
  url: z
    .string()
    .max(600)
    .superRefine((url, ctx) => {
      if (!/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(?:[/?#]\S*)?$/i.test(url)) {
        refuse(ctx, 'free_text_source', `"${url.slice(0, 80)}" is not an https URL of a page`)
      }
    }),
  /** Where the same words are pinned when they come from a repository or a backup. */
  archive: z
    .string()
    .max(600)
    .superRefine((ref, ctx) => {
      if (!PINNED_ARCHIVE.test(ref)) {
        refuse(ctx, 'unpinned_archive', `"${ref.slice(0, 80)}" is not github:owner/repo@<40-hex commit>:path`)
      }
    })
    .optional(),
  /** The short words on that page that support the fact. */
  quote: z.string().min(1).max(400),
})
export type Source = z.infer<typeof Source>

export const ChannelStatus = z.enum(['active', 'legacy', 'affiliate', 'revoked'])
export type ChannelStatus = z.infer<typeof ChannelStatus>

export const SupportVia = z.union([ChannelType, z.enum(['in_app_chat', 'web_form'])])
export type SupportVia = z.infer<typeof SupportVia>

export const CustodyModel = z.enum(['self_custody', 'custodial'])

/**
 * What a project says it never does, in a form the engine acts on: a `phone_support` or
 * `whatsapp` statement turns a phone number or WhatsApp account claiming the project into
 * `not_offered`, citing the statement's source.
 */
export const NeverKind = z.enum([
  'phone_support',
  'whatsapp',
  'dm_first',
  'ask_seed_phrase',
  'ask_private_key',
  'ask_password',
  'ask_2fa_code',
  'ask_fee',
  'ask_transfer',
  'remote_access',
  'verify_wallet',
  'international_version',
  'unsolicited_sms_email',
  'live_chat',
  'freeze_device',
  'investment_advice',
  'add_to_group',
  'sms_links',
])
export type NeverKind = z.infer<typeof NeverKind>

export const ProjectId = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/)

export const ReportedKind = z.enum(['not_official', 'scam'])
export type ReportedKind = z.infer<typeof ReportedKind>

/**
 * Every fact, once: `source` and `dates` differ between what a maintainer writes (quotes,
 * archives, recheck_by) and what the signed registry carries (what verdicts cite).
 */
function factSchemas<S extends z.ZodType, D extends ZodRawShape>(source: S, dates: D) {
  const evidence = { sources: z.array(source).min(1), ...dates }
  const Channel = z.object({
    type: ChannelType,
    /**
     * Canonical value, per type: a lower-case ASCII host for website/help_center (covers its
     * subdomains unless the host sits on shared hosting), a lower-case address for email, E.164
     * for phone, a lower-case handle without `@` for social accounts, the invite code for
     * discord (case kept), `id<digits>` for app_store, the package name for play_store.
     */
    value: z.string().min(1).max(200),
    role: ChannelRole,
    /** Optional human label, e.g. "Chinese community group"; for a legacy one, what to use now. */
    label: Text.optional(),
    /** active: the brand's now; legacy: formerly; affiliate: a related company's; revoked: given up. */
    status: ChannelStatus.default('active'),
    /** A stable id where the brand publishes one (X user id, Discord guild id, store developer). */
    platform_id: z.string().min(1).max(100).optional(),
    ...evidence,
  })
  const Never = z.object({
    kind: NeverKind,
    /** The project's own words, reworded faithfully, in both languages. */
    statement: Text,
    ...evidence,
  })
  /** The brand's own statement of how to get support; `complete` when it names THE ways. */
  const Support = z.object({
    via: z.array(SupportVia).min(1),
    complete: z.boolean(),
    statement: Text,
    ...evidence,
  })
  /** Self-custody wallet or custodial exchange, from the brand's words. */
  const Custody = z.object({ model: CustodyModel, statement: Text, ...evidence })
  /** A contact that is not the project's (`not_official`) or a known scam (`scam`). */
  const Reported = z.object({
    type: ChannelType,
    value: z.string().min(1).max(200),
    project: ProjectId.nullable(),
    kind: ReportedKind,
    reason: Text,
    first_seen: IsoDate,
    ...evidence,
  })
  return { Channel, Never, Support, Custody, Reported }
}

const SIGNED = factSchemas(CitedSource, { verified_at: IsoDate })
const WRITTEN = factSchemas(Source, { verified_at: IsoDate, recheck_by: IsoDate.optional() })

export const Channel = SIGNED.Channel
export type Channel = z.infer<typeof Channel>
export const Never = SIGNED.Never
export type Never = z.infer<typeof Never>
export const Support = SIGNED.Support
export type Support = z.infer<typeof Support>
export const Custody = SIGNED.Custody
export type Custody = z.infer<typeof Custody>
export const Reported = SIGNED.Reported
export type Reported = z.infer<typeof Reported>

const projectShape = {
  id: ProjectId,
  name: Text,
  /** Every spelling people type: "TP钱包", "T P钱包", "tpwallet"... matched case- and space-insensitively. */
  aliases: z.array(z.string().min(1).max(60)).min(1),
}

/**
 * A project as signed: `channels` are its active, first-party channels (the only ones that are
 * ever `official`), `related` its legacy, affiliate and revoked ones, `unconfirmed` the ones only
 * a third party vouches for.
 */
export const Project = z.object({
  ...projectShape,
  channels: z.array(Channel).min(1),
  related: z.array(Channel).default([]),
  unconfirmed: z.array(Channel).default([]),
  never: z.array(Never),
  support: Support.optional(),
  custody: Custody.optional(),
})
export type Project = z.infer<typeof Project>

/** recheck_by as written, else verified_at + RECHECK_DAYS. */
export const recheckBy = (f: { verified_at: string; recheck_by?: string }): string =>
  f.recheck_by ?? addDays(f.verified_at, RECHECK_DAYS)

type Written = { sources: { publisher: Publisher }[]; verified_at: string; recheck_by?: string }

/** The evidence rules every written fact obeys (see Refusal). */
function checkFact(ctx: RefinementCtx, f: Written, path: PropertyKey[], firstParty: string | null) {
  if (f.recheck_by !== undefined) {
    if (f.recheck_by <= f.verified_at || f.recheck_by > addDays(f.verified_at, MAX_RECHECK_DAYS)) {
      refuse(ctx, 'bad_recheck_by', `recheck_by ${f.recheck_by} must be after verified_at ${f.verified_at} and at most a year after it`, [...path, 'recheck_by'])
    }
  }
  if (firstParty && !f.sources.some((s) => s.publisher === 'first_party')) {
    refuse(ctx, 'no_first_party_source', `${firstParty} needs a first_party source (the brand's own page)`, [...path, 'sources'])
  }
}

/** A project source file: every channel with its status, quotes and dates; notes stay here. */
export const ProjectSource = z
  .object({
    ...projectShape,
    channels: z.array(WRITTEN.Channel).min(1),
    unconfirmed: z.array(WRITTEN.Channel).default([]),
    never: z.array(WRITTEN.Never),
    support: WRITTEN.Support.optional(),
    custody: WRITTEN.Custody.optional(),
    notes: z.string().optional(),
  })
  .superRefine((p, ctx) => {
    p.channels.forEach((c, i) =>
      checkFact(ctx, c, ['channels', i], c.status === 'active' ? 'an active channel' : null),
    )
    p.unconfirmed.forEach((c, i) => checkFact(ctx, c, ['unconfirmed', i], null))
    p.never.forEach((n, i) => checkFact(ctx, n, ['never', i], 'a never statement'))
    if (p.support) checkFact(ctx, p.support, ['support'], 'a support statement')
    if (p.custody) checkFact(ctx, p.custody, ['custody'], 'a custody statement')
  })
export type ProjectSource = z.infer<typeof ProjectSource>

/**
 * A reported contact as written. `not_official` rests on the brand naming its only channels (a
 * first-party source); `scam` on evidence that it is one: the brand naming it fake, a public
 * deny-list entry or a confirmed community report.
 */
export const ReportedSource = z
  .object({ ...WRITTEN.Reported.shape, sources: z.array(Source) })
  .superRefine((r, ctx) => {
    if (r.sources.length === 0) {
      if (r.kind === 'scam') {
        refuse(ctx, 'scam_without_evidence', 'a reported scam needs a source that shows it is one (the brand naming it fake, a deny-list entry, a confirmed report)', ['sources'])
      } else refuse(ctx, 'schema', 'at least one source is needed', ['sources'])
      return
    }
    checkFact(ctx, r, [], r.kind === 'not_official' ? 'a not_official report (the brand naming its only channels)' : null)
  })
export type ReportedSource = z.infer<typeof ReportedSource>

export const Signed = z.object({
  type: z.literal('genuine-registry'),
  version: z.number().int().positive(),
  issued_at: z.iso.datetime(),
  expires: z.iso.datetime(),
  projects: z.array(Project),
  reported: z.array(Reported),
  /**
   * Facts past their recheck_by that a development build signed anyway (`--allow-due`): every
   * client says so. Never in a release.
   */
  due: z.number().int().positive().optional(),
})
export type Signed = z.infer<typeof Signed>

const Hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`))

export const Signature = z.object({ keyid: Hex(32), sig: Hex(64) })
export type Signature = z.infer<typeof Signature>

export const RegistryEnvelope = z.object({ signed: Signed, signatures: z.array(Signature).min(1) })
export type RegistryEnvelope = z.infer<typeof RegistryEnvelope>

/** A pinned public key. The pinned set may hold two at once, so keys rotate without a gap. */
export const TrustedKey = z.object({ keyid: Hex(32), alg: z.literal('ed25519'), public: Hex(32) })
export type TrustedKey = z.infer<typeof TrustedKey>
