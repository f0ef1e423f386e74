/**
 * The registry's schema: the only definition of its types (everything else infers from here).
 *
 * A source file under `registry/projects/<id>.json` is a `ProjectSource`; `genuine registry build`
 * normalises every channel value (see `src/core/contact/normalize.ts`), drops the source-only
 * fields and signs the result as `RegistryEnvelope`.
 */
import { z } from 'zod'

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

/** Where a fact was confirmed: a URL or a `github:owner/repo@commit:path` reference. */
const Sources = z.array(z.string().min(3).max(600)).min(1)

/** Two-language text: every word a person reads exists in English and Simplified Chinese. */
export const Text = z.object({ en: z.string().min(1), zh: z.string().min(1) })
export type Text = z.infer<typeof Text>

export const Channel = z.object({
  type: ChannelType,
  /**
   * Canonical value, per type: a lower-case ASCII host for website/help_center (covers its
   * subdomains unless the host sits on shared hosting), a lower-case address for email, E.164
   * for phone, a lower-case handle without `@` for social accounts, the invite code for
   * discord (case kept), `id<digits>` for app_store, the package name for play_store.
   */
  value: z.string().min(1).max(200),
  role: ChannelRole,
  /** Optional human label, e.g. "Chinese community group". */
  label: Text.optional(),
  sources: Sources,
})
export type Channel = z.infer<typeof Channel>

/**
 * What a project says it never does, in a form the engine acts on:
 * `phone_support` turns every phone number claiming the project into `not_offered`, and so on.
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
])
export type NeverKind = z.infer<typeof NeverKind>

export const Never = z.object({
  kind: NeverKind,
  /** The project's own words, summarised, in both languages. */
  statement: Text,
  sources: Sources,
})
export type Never = z.infer<typeof Never>

export const ProjectId = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/)

export const Project = z.object({
  id: ProjectId,
  name: Text,
  /** Every spelling people type: "TP钱包", "T P钱包", "tpwallet"... matched case- and space-insensitively. */
  aliases: z.array(z.string().min(1).max(60)).min(1),
  channels: z.array(Channel).min(1),
  never: z.array(Never),
  /**
   * Channels only a third party vouches for (confidence `medium` in the research). They are
   * shown as "unconfirmed" and never yield an `official` verdict.
   */
  unconfirmed: z.array(Channel).default([]),
})
export type Project = z.infer<typeof Project>

/** A source file may carry research notes; they stay out of the signed registry. */
export const ProjectSource = Project.extend({ notes: z.string().optional() })
export type ProjectSource = z.infer<typeof ProjectSource>

/** A contact known to be used by scammers, with the project it pretends to be. */
export const Reported = z.object({
  type: ChannelType,
  value: z.string().min(1).max(200),
  project: ProjectId.nullable(),
  reason: Text,
  sources: Sources,
})
export type Reported = z.infer<typeof Reported>

export const Signed = z.object({
  type: z.literal('genuine-registry'),
  version: z.number().int().positive(),
  issued_at: z.iso.datetime(),
  expires: z.iso.datetime(),
  projects: z.array(Project),
  reported: z.array(Reported),
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
