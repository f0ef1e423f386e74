import type { Channel, ChannelType } from '../../../registry/schema'
import type { ChannelRef } from '../verdict'

/** How a person opens a channel of each type; null where no link exists (a WeChat ID, a QQ number). */
const LINKS: Partial<Record<ChannelType, (v: string) => string>> = {
  website: (v) => `https://${v}`,
  help_center: (v) => `https://${v}`,
  email: (v) => `mailto:${v}`,
  phone: (v) => `tel:${v}`,
  x: (v) => `https://x.com/${v}`,
  telegram: (v) => `https://t.me/${v}`,
  discord: (v) => `https://discord.gg/${v}`,
  whatsapp: (v) => `https://wa.me/${v.replace(/^\+/, '')}`,
  weibo: (v) => `https://weibo.com/${v}`,
  github: (v) => `https://github.com/${v}`,
  facebook: (v) => `https://www.facebook.com/${v}`,
  youtube: (v) =>
    v.startsWith('@') ? `https://www.youtube.com/${v}` : `https://www.youtube.com/channel/${v}`,
  reddit: (v) => `https://www.reddit.com/r/${v}`,
  medium: (v) => `https://medium.com/@${v}`,
  instagram: (v) => `https://www.instagram.com/${v}`,
  tiktok: (v) => `https://www.tiktok.com/@${v}`,
  app_store: (v) => `https://apps.apple.com/app/${v}`,
  play_store: (v) => `https://play.google.com/store/apps/details?id=${v}`,
  chrome_web_store: (v) => `https://chromewebstore.google.com/detail/${v}`,
}

/**
 * A registry channel as shown to a person, with a link to open it.
 * @example channelRef({ type: 'telegram', value: 'tokenpocket_cn', role: 'community', sources })
 * // { type: 'telegram', value: 'tokenpocket_cn', role: 'community', url: 'https://t.me/tokenpocket_cn' }
 */
export function channelRef(c: Channel): ChannelRef {
  const link = LINKS[c.type]
  return {
    type: c.type,
    value: c.value,
    role: c.role,
    url: link ? link(c.value) : null,
    ...(c.label ? { label: c.label } : {}),
  }
}
