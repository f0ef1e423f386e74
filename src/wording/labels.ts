/**
 * The one table of what channels, contacts and roles are called, shared by the engine's
 * explanations, the page, the extension and the bots. Each entry has the short form a list or a
 * card heads with (`name`: "Telegram", "News") and the form a sentence uses (`noun`: "Telegram
 * account"; `purpose`: "announcements").
 */
import type { ChannelRole, ChannelType, Text } from '../../registry/schema'
import type { ContactKind } from '../core/verdict'

type Label = { name: Text; noun: Text }

const l = (name: [string, string], noun: [string, string]): Label => ({
  name: { en: name[0], zh: name[1] },
  noun: { en: noun[0], zh: noun[1] },
})

export const CHANNEL: Record<ChannelType, Label> = {
  website: l(['Website', '网站'], ['website', '网站']),
  help_center: l(['Help center', '帮助中心'], ['help center', '帮助中心']),
  email: l(['Email', '邮箱'], ['email address', '邮箱']),
  phone: l(['Phone', '电话'], ['phone number', '电话']),
  x: l(['X (Twitter)', 'X（推特）'], ['X (Twitter) account', 'X（推特）账号']),
  telegram: l(['Telegram', 'Telegram（电报）'], ['Telegram account', 'Telegram（电报）账号']),
  discord: l(['Discord', 'Discord'], ['Discord server', 'Discord 服务器']),
  whatsapp: l(['WhatsApp', 'WhatsApp'], ['WhatsApp account', 'WhatsApp 账号']),
  wechat: l(['WeChat', '微信'], ['WeChat account', '微信号']),
  weibo: l(['Weibo', '微博'], ['Weibo account', '微博账号']),
  qq: l(['QQ', 'QQ'], ['QQ account', 'QQ 号']),
  github: l(['GitHub', 'GitHub'], ['GitHub organisation', 'GitHub 组织']),
  facebook: l(['Facebook', 'Facebook'], ['Facebook page', 'Facebook 主页']),
  youtube: l(['YouTube', 'YouTube'], ['YouTube channel', 'YouTube 频道']),
  reddit: l(['Reddit', 'Reddit'], ['Reddit community', 'Reddit 社区']),
  medium: l(['Medium', 'Medium'], ['Medium blog', 'Medium 博客']),
  instagram: l(['Instagram', 'Instagram'], ['Instagram account', 'Instagram 账号']),
  tiktok: l(['TikTok', 'TikTok'], ['TikTok account', 'TikTok 账号']),
  app_store: l(['App Store', 'App Store'], ['App Store app', 'App Store 应用']),
  play_store: l(['Google Play', 'Google Play'], ['Google Play app', 'Google Play 应用']),
  chrome_web_store: l(['Chrome Web Store', 'Chrome 应用商店'], ['Chrome extension', 'Chrome 扩展']),
}

/** A website is only an official site (官网) once confirmed; any other is just a site (网站). */
const OFFICIAL_WEBSITE: Text = { en: 'Official website', zh: '官网' }

/** A channel type's short name; `confirmed` when the registry confirms it as the project's. */
export const channelName = (type: ChannelType, confirmed: boolean): Text =>
  confirmed && type === 'website' ? OFFICIAL_WEBSITE : CHANNEL[type].name

/** "App Store: TP Wallet…", with Chinese's full-width colon in Chinese. */
export const labelled = (name: Text, label: Text): Text => ({
  en: `${name.en}: ${label.en}`,
  zh: `${name.zh}：${label.zh}`,
})

/** Contacts that are not a channel of any project, named only inside sentences. */
const NOT_CHANNEL: Record<Exclude<ContactKind, ChannelType>, Text> = {
  handle: { en: 'account', zh: '账号' },
  message: { en: 'message', zh: '消息' },
  secret: { en: 'secret', zh: '密钥' },
  text: { en: 'text', zh: '文字' },
}

export const isChannelType = (k: ContactKind): k is ChannelType => k in CHANNEL

/** What a contact is, inside a sentence: "This Telegram account imitates…". */
export const kindNoun = (k: ContactKind): Text =>
  isChannelType(k) ? CHANNEL[k].noun : NOT_CHANNEL[k]

export const ROLE: Record<ChannelRole, { name: Text; purpose: Text }> = {
  support: { name: { en: 'Support', zh: '客服' }, purpose: { en: 'support', zh: '客服' } },
  community: {
    name: { en: 'Community', zh: '社区' },
    purpose: { en: 'community', zh: '社区交流' },
  },
  news: { name: { en: 'News', zh: '公告' }, purpose: { en: 'announcements', zh: '官方公告' } },
  business: {
    name: { en: 'Business', zh: '商务' },
    purpose: { en: 'business enquiries', zh: '商务合作' },
  },
  app: {
    name: { en: 'App download', zh: '应用下载' },
    purpose: { en: 'app downloads', zh: '应用下载' },
  },
  developer: {
    name: { en: 'Developers', zh: '开发者' },
    purpose: { en: 'developers', zh: '开发者' },
  },
  legal: { name: { en: 'Legal', zh: '法务' }, purpose: { en: 'legal requests', zh: '法律事务' } },
  security: {
    name: { en: 'Security', zh: '安全' },
    purpose: { en: 'security reports', zh: '安全报告' },
  },
  product: {
    name: { en: 'Product', zh: '产品' },
    purpose: { en: 'product information', zh: '产品介绍' },
  },
}

/** Accounts people write with an `@`. */
const AT_TYPES: ReadonlySet<ContactKind> = new Set([
  'x',
  'telegram',
  'instagram',
  'tiktok',
  'medium',
  'handle',
])

/** A channel's value as people write it: `@name` for accounts, the value itself otherwise. */
export const shownValue = (c: { type: ContactKind; value: string }): string =>
  AT_TYPES.has(c.type) ? `@${c.value}` : c.value
