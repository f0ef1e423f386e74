/**
 * The verdict: what every surface (CLI `--json`, `/api/v1/check`, page, extension, bots) returns.
 * This schema is the contract; its field names are fixed by the CLI's JSON interface.
 */
import { z } from 'zod'
import { ChannelRole, ChannelType, NeverKind, Text } from '../../registry/schema'
import { RED_FLAG_CODES } from './severity'

export { mostSerious, SEVERITY } from './severity'

export const VerdictKind = z.enum([
  'official',
  'impersonation',
  'not_offered',
  'reported_scam',
  'unknown',
  'secret_detected',
  'invalid',
  'misleading',
])
export type VerdictKind = z.infer<typeof VerdictKind>

/** What the input was read as. Channel types plus the few kinds that are not channels. */
export const ContactKind = z.union([ChannelType, z.enum(['handle', 'message', 'secret', 'text'])])
export type ContactKind = z.infer<typeof ContactKind>

/**
 * Stable reason codes. Each lookalike rule has one; tests and clients match on them.
 * Never rename one: add a new code instead.
 */
export const ReasonCode = z.enum([
  // official
  'exact_match',
  'official_subdomain',
  // lookalike rules (domains and handles)
  'homoglyph',
  'mixed_script',
  'whole_script_confusable',
  'punycode',
  'edit_distance',
  'transposition',
  'target_embedding',
  'combo_squatting',
  'tld_swap',
  'shared_hosting',
  'brand_in_handle',
  'brand_in_email',
  'free_email_provider',
  'claimed_project',
  // channels the project does not have
  'no_phone_support',
  'no_whatsapp',
  'channel_not_offered',
  // other
  'reported',
  'registry_stale',
  'secret_mnemonic',
  'secret_private_key',
  'red_flags',
  'unconfirmed_channel',
  'unlisted_address',
  // evidence-grade registry (issue 10)
  'not_official',
  'legacy_channel',
  'affiliate_channel',
  'revoked_channel',
  'no_listed_channel',
  'support_listed',
  // a text's claims about a project (issue 11)
  'false_claims',
  // a person's own question about a project: answered calmly, with its real channel (issue 11)
  'own_question',
])
export type ReasonCode = z.infer<typeof ReasonCode>

/** Stable codes for input that cannot be checked. */
export const InputError = z.enum([
  'empty',
  'too_long',
  'bad_type',
  'malformed_url',
  'malformed_email',
  'malformed_phone',
  'unrecognised',
])
export type InputError = z.infer<typeof InputError>

export const RedFlagCode = z.enum(RED_FLAG_CODES)
export type RedFlagCode = z.infer<typeof RedFlagCode>

export const RedFlag = z.object({
  code: RedFlagCode,
  /** The words in the message that raised it (never a secret). */
  match: z.string(),
  explanation: Text,
})
export type RedFlag = z.infer<typeof RedFlag>

/** A channel as shown to a person: the canonical value plus a link to open it, when one exists. */
export const ChannelRef = z.object({
  type: ChannelType,
  value: z.string(),
  role: ChannelRole,
  url: z.string().nullable(),
  label: Text.optional(),
})
export type ChannelRef = z.infer<typeof ChannelRef>

/**
 * How sure an `impersonation` is (issue 12). `high`: the extension warns full-page and the page
 * shows a red card. `medium`: probably but not surely an attack (one edit to a short name, a
 * brand word beside weak context): the extension shows a banner, the page says "looks like X".
 */
export const Confidence = z.enum(['high', 'medium'])
export type Confidence = z.infer<typeof Confidence>

export const NeverAdvice = z.object({ kind: NeverKind, text: Text })
export type NeverAdvice = z.infer<typeof NeverAdvice>

const VerdictBase = z.object({
  /** What was checked, as given; for a secret, a description such as "[12-word recovery phrase]". */
  input: z.string(),
  kind: ContactKind,
  verdict: VerdictKind,
  /** The project it is, imitates or claims to be; null when none. */
  project: z.string().nullable(),
  reasons: z.array(ReasonCode),
  /** The channel to use instead (or, for `official`, the matched channel itself). */
  official: ChannelRef.nullable(),
  /** Canonical form of the contact (ASCII host, E.164, lower-case handle), when parsed. */
  normalized: z.string().nullable(),
  /** An internationalised host as a person reads it; differs from `normalized` for punycode. */
  unicode: z.string().nullable(),
  explanation: Text,
  never: z.array(NeverAdvice),
  /** True when the registry has expired: no `official` verdict is given until it is renewed. */
  stale: z.boolean(),
  /** Present only when `verdict` is `invalid`. */
  error: InputError.optional(),
  /** Present only when `verdict` is `impersonation`. */
  confidence: Confidence.optional(),
})

/** A contact's verdict; inside a message, each contact gets one. */
export const ContactVerdict = VerdictBase
export type ContactVerdict = z.infer<typeof ContactVerdict>

/** What a text can claim about a project: a support channel it has, or a service it offers. */
export const ClaimTopic = z.enum([
  'phone_support',
  'live_chat',
  'email_support',
  'wechat_support',
  'qq_support',
  'password_reset',
  'account_freeze',
  'fund_recovery',
  'international_version',
  'refund',
])
export type ClaimTopic = z.infer<typeof ClaimTopic>

/** One thing a text says about a project, judged against the registry's evidence. */
export const Claim = z.object({
  project: z.string(),
  topic: ClaimTopic,
  /** The words of the text that say it (at most a sentence). */
  text: z.string(),
  /** `false` and `true` only from the project's own words; otherwise `unverified`. */
  truth: z.enum(['false', 'true', 'unverified']),
  /** What the text says, what the evidence says, and its source and date. */
  explanation: Text,
})
export type Claim = z.infer<typeof Claim>

/** A message's verdict also lists each contact it holds, its red flags and its claims. */
export const Verdict = VerdictBase.extend({
  contacts: z.array(ContactVerdict).optional(),
  red_flags: z.array(RedFlag).optional(),
  claims: z.array(Claim).optional(),
})
export type Verdict = z.infer<typeof Verdict>
