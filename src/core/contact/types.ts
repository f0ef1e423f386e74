/**
 * A contact as the engine consumes it: what was pasted (`raw`) and its canonical parts. Canonical
 * values match `Channel.value` in registry/schema.ts, so a lookup is a plain string compare.
 */
import type { ChannelType } from '../../../registry/schema'
import type { HostInfo } from './host'

/** Channel types that are not an account on a platform. */
const NOT_SOCIAL = [
  'website',
  'help_center',
  'email',
  'phone',
  'app_store',
  'play_store',
  'chrome_web_store',
] as const

/** Platforms whose accounts are a handle (or, for discord, an invite code). */
export type SocialType = Exclude<ChannelType, (typeof NOT_SOCIAL)[number]>

export const isSocial = (type: ChannelType): type is SocialType =>
  !(NOT_SOCIAL as readonly ChannelType[]).includes(type)

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

/**
 * The value a registry channel of this contact's type would hold (see `Channel.value`).
 * @example canonicalValue(parseContact('https://t.me/TokenPocket_CN') as Contact) // 'tokenpocket_cn'
 */
export function canonicalValue(c: Contact): string {
  switch (c.kind) {
    case 'website':
    case 'help_center':
      return c.host.ascii
    case 'email':
      return c.address
    case 'phone':
      return c.e164
    case 'app_store':
    case 'play_store':
    case 'chrome_web_store':
      return c.id
    default:
      return c.handle
  }
}
