/**
 * What a canonical channel value looks like, per type (see `Channel.value` in ../schema.ts).
 * Source files are written in canonical form and the build refuses anything else, so the signed
 * registry never depends on how a parser happened to normalise at build time.
 */
import type { ChannelType } from '../schema'

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?'
const HOST = `(?=.{4,253}$)(?!www\\.)${LABEL}(?:\\.${LABEL})+`
const E164 = '\\+[1-9][0-9]{6,14}'

const FORMS: Record<ChannelType, { pattern: RegExp; form: string }> = {
  website: { pattern: new RegExp(`^${HOST}$`), form: 'a lower-case ASCII host, without www.' },
  help_center: { pattern: new RegExp(`^${HOST}$`), form: 'a lower-case ASCII host, without www.' },
  email: { pattern: new RegExp(`^[a-z0-9._%+-]{1,64}@${HOST}$`), form: 'a lower-case address' },
  phone: { pattern: new RegExp(`^${E164}$`), form: 'an E.164 number (+8613800138000)' },
  whatsapp: { pattern: new RegExp(`^${E164}$`), form: 'an E.164 number' },
  x: { pattern: /^[a-z0-9_]{1,15}$/, form: 'a lower-case handle without @' },
  telegram: { pattern: /^[a-z][a-z0-9_]{3,31}$/, form: 'a lower-case username without @' },
  discord: { pattern: /^[A-Za-z0-9-]{2,32}$/, form: 'an invite code, case kept' },
  wechat: { pattern: /^[a-z][a-z0-9_-]{5,19}$/, form: 'a lower-case WeChat ID' },
  weibo: { pattern: /^[a-z0-9_]{1,30}$/, form: 'a lower-case handle or numeric id' },
  qq: { pattern: /^[1-9][0-9]{4,11}$/, form: 'a QQ number' },
  github: { pattern: /^[a-z0-9](?:[a-z0-9-]{0,38})$/, form: 'a lower-case user or org name' },
  facebook: { pattern: /^[a-z0-9.]{1,50}$/, form: 'a lower-case page name' },
  youtube: {
    pattern: /^(?:UC[A-Za-z0-9_-]{22}|@[a-z0-9._-]{3,30})$/,
    form: 'a channel id (UC…) or a lower-case @handle',
  },
  reddit: { pattern: /^[a-z0-9_]{2,21}$/, form: 'a lower-case subreddit name without r/' },
  medium: { pattern: /^[a-z0-9._-]{1,50}$/, form: 'a lower-case handle without @' },
  instagram: { pattern: /^[a-z0-9._]{1,30}$/, form: 'a lower-case handle without @' },
  tiktok: { pattern: /^[a-z0-9._]{2,24}$/, form: 'a lower-case handle without @' },
  app_store: { pattern: /^id[0-9]{6,12}$/, form: 'id followed by the App Store number' },
  play_store: { pattern: /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+$/, form: 'a package name' },
  chrome_web_store: { pattern: /^[a-p]{32}$/, form: 'a 32-letter extension id' },
}

/**
 * Null when `value` is canonical for `type`, else what the canonical form is.
 * @example canonicalProblem('website', 'www.tokenpocket.pro') // 'a lower-case ASCII host, without www.'
 */
export function canonicalProblem(type: ChannelType, value: string): string | null {
  const { pattern, form } = FORMS[type]
  return pattern.test(value) ? null : form
}
