/**
 * A contact as the engine consumes it: what was pasted (`raw`) and its canonical parts. Canonical
 * values match `Channel.value` in registry/schema.ts, so a lookup is a plain string compare.
 */
import type { ChannelType } from '../../../registry/schema'
import type { HostInfo } from './host'

/** Platforms whose accounts are a handle (or, for discord, an invite code). */
export type SocialType = Exclude<
  ChannelType,
  'website' | 'help_center' | 'email' | 'phone' | 'app_store' | 'play_store' | 'chrome_web_store'
>

export type Contact =
  | {
      kind: 'website' | 'help_center'
      raw: string
      host: HostInfo
      /** The URL with a scheme, when a URL (not a bare domain) was pasted. */
      url: string | null
    }
  | { kind: 'email'; raw: string; address: string; local: string; host: HostInfo }
  | {
      kind: 'phone'
      raw: string
      e164: string
      /** ISO 3166 region the number belongs to, when known. */
      country: string | null
    }
  | {
      /** 'handle' when the platform is unknown: a bare "@TokenPocket_Support". */
      kind: SocialType | 'handle'
      raw: string
      /** Lower-case without `@`; a discord invite code keeps its case. */
      handle: string
      platform: SocialType | null
    }
  | { kind: 'app_store' | 'play_store' | 'chrome_web_store'; raw: string; id: string }
