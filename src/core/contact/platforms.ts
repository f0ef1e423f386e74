/**
 * Links to an account on a platform, read as that account: "https://x.com/TokenPocket_TP" is the X
 * handle tokenpocket_tp, not the website x.com. Anything else on these sites stays a website.
 */
import type { HostInfo } from './host'
import { parsePhone } from './phone'
import type { SocialType } from './types'

export type PlatformAccount =
  | { kind: SocialType; handle: string }
  | { kind: 'app_store' | 'play_store' | 'chrome_web_store'; id: string }

type Rule = (seg: string[], url: URL, host: HostInfo) => PlatformAccount | null

/** Top-level paths of a platform that are its own pages, never an account. */
const RESERVED = new Set(
  'about,explore,search,home,settings,login,signup,share,intent,i,hashtag,messages,notifications,help,privacy,tos,terms,features,marketplace,topics,pricing,watch,results,feed,policies,legal,download,apps,contact'.split(
    ',',
  ),
)

/** Account names: letters, digits, `_ . -`; letters may be any script so lookalikes still parse. */
const NAME = /^[\p{L}\p{M}\p{N}_.-]{1,64}$/u

const handle = (kind: SocialType, name: string | undefined): PlatformAccount | null =>
  name && NAME.test(name) && !RESERVED.has(name.toLowerCase())
    ? { kind, handle: name.toLowerCase() }
    : null

const invite = (kind: 'telegram' | 'discord', code: string | undefined): PlatformAccount | null =>
  code && /^\+?[A-Za-z0-9_-]{2,64}$/.test(code) ? { kind, handle: code } : null

const whatsapp = (number: string | null | undefined): PlatformAccount | null => {
  const phone = number ? parsePhone(`+${number.replace(/\D/g, '')}`) : null
  return phone && 'e164' in phone ? { kind: 'whatsapp', handle: phone.e164 } : null
}

const at = (s: string | undefined) => (s?.startsWith('@') ? s.slice(1) : undefined)

const x: Rule = ([a]) => handle('x', a)
const telegram: Rule = ([a, b]) =>
  a === 's'
    ? handle('telegram', b)
    : a === 'joinchat'
      ? invite('telegram', b && `+${b}`)
      : a?.startsWith('+')
        ? invite('telegram', a)
        : handle('telegram', a)
const discord: Rule = ([a, b]) => (a === 'invite' ? invite('discord', b) : null)
const facebook: Rule = ([a, b], url) =>
  a === 'profile.php'
    ? handle('facebook', url.searchParams.get('id') ?? undefined)
    : a === 'groups' || a === 'pages'
      ? handle('facebook', b)
      : handle('facebook', a)
/** YouTube's canonical forms: a channel id (`UC…`, case kept) or a lower-case `@handle`. */
export function youtubeId(v: string | undefined): PlatformAccount | null {
  if (v && /^UC[A-Za-z0-9_-]{22}$/.test(v)) return { kind: 'youtube', handle: v }
  const h = v?.startsWith('@') ? handle('youtube', v.slice(1)) : null
  return h && 'handle' in h ? { kind: 'youtube', handle: `@${h.handle}` } : null
}
const youtube: Rule = ([a, b]) =>
  a === 'channel' ? youtubeId(b) : a === 'c' || a === 'user' ? handle('youtube', b) : youtubeId(a)
const reddit: Rule = ([a, b]) =>
  a === 'r' || a === 'u' || a === 'user' ? handle('reddit', b) : null
const github: Rule = ([a, b]) =>
  a === 'orgs' || a === 'sponsors' ? handle('github', b) : handle('github', a)

const RULES: Record<string, Rule> = {
  'x.com': x,
  'twitter.com': x,
  't.me': telegram,
  'telegram.me': telegram,
  'telegram.dog': telegram,
  'discord.gg': ([a]) => invite('discord', a),
  'discord.com': discord,
  'discordapp.com': discord,
  'wa.me': ([a]) => whatsapp(a),
  'whatsapp.com': (_, url) => whatsapp(url.searchParams.get('phone')),
  'github.com': github,
  'facebook.com': facebook,
  'fb.com': facebook,
  'youtube.com': youtube,
  'reddit.com': reddit,
  'medium.com': ([a]) => handle('medium', at(a)),
  'weibo.com': ([a, b]) => handle('weibo', a === 'u' || a === 'n' ? b : a),
  'weibo.cn': ([a, b]) => handle('weibo', a === 'u' || a === 'n' ? b : a),
  'instagram.com': ([a]) => handle('instagram', a),
  'tiktok.com': ([a]) => handle('tiktok', at(a)),
  'apple.com': (seg, _, host) => {
    const id =
      host.subdomain.startsWith('apps') || host.subdomain.startsWith('itunes')
        ? seg.find((s) => /^id\d{5,12}$/.test(s))
        : undefined
    return id ? { kind: 'app_store', id } : null
  },
  'google.com': (seg, url, host) => {
    const id = url.searchParams.get('id')
    if (host.subdomain === 'play' && seg[0] === 'store' && id && /^[\w.]{3,150}$/.test(id)) {
      return { kind: 'play_store', id } // package names are case-sensitive
    }
    // chromewebstore.google.com/detail/<name>/<id>, or the old chrome.google.com/webstore/...
    const ext = seg.find((s) => /^[a-p]{32}$/.test(s))
    return (host.subdomain === 'chromewebstore' || host.subdomain === 'chrome') && ext
      ? { kind: 'chrome_web_store', id: ext }
      : null
  },
}

/** The account a platform URL points to, or null when it is an ordinary page. */
export function platformAccount(url: URL, host: HostInfo): PlatformAccount | null {
  const rule = host.registrable ? RULES[host.registrable] : undefined
  if (!rule) return null
  const seg = url.pathname.split('/').filter(Boolean).map(decode)
  return rule(seg, url, host)
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
