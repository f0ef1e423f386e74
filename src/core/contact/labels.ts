/**
 * The words people put before a contact to say what it is: "TG: @name", "微信：abc", "VX abc",
 * "客服电话 400…". Shared by the single-contact parser and the message scanner.
 */
import type { SocialType } from './types'

export type LabelKind = SocialType | 'phone' | 'email' | 'website'

const WORDS: Record<LabelKind, string[]> = {
  telegram: ['telegram', 'tg', '电报', '電報', '纸飞机', '飞机', '飛機', 'tg群', '电报群'],
  x: ['twitter', '推特', 'x'],
  wechat: ['wechat', 'weixin', '微信号', '微信', '威信', '薇信', 'vx', 'wx', 'v信', '加微', '加v'],
  qq: ['qq群', 'qq号', 'qq', '扣扣', 'q群'],
  whatsapp: ['whatsapp', 'wa'],
  discord: ['discord'],
  github: ['github'],
  facebook: ['facebook', 'fb', '脸书', '臉書'],
  youtube: ['youtube', '油管'],
  weibo: ['weibo', '微博'],
  instagram: ['instagram', 'ins', 'ig'],
  tiktok: ['tiktok'],
  reddit: ['reddit'],
  medium: ['medium'],
  phone: [
    '客服电话',
    '客服热线',
    '联系电话',
    '电话号码',
    '服务热线',
    '手机号',
    '电话',
    '電話',
    '热线',
    '手机',
    'phone',
    'tel',
    'mobile',
    'hotline',
  ],
  email: ['e-mail', 'email', 'mail', '邮箱', '邮件', '電郵'],
  website: ['官网', '官方网站', '网址', '网站', 'website', 'site', 'url'],
}

const byWord = new Map<string, LabelKind>()
for (const [kind, words] of Object.entries(WORDS) as [LabelKind, string[]][]) {
  for (const w of words) byWord.set(w, kind)
}
// Longest first, so "qq群" wins over "qq" and "微信号" over "微信".
const alternation = [...byWord.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|')

/**
 * A label then its value. A Latin label is followed by a colon or "@" (or, for a word of five
 * letters or more, a space), so "x" never eats the start of "xyz.com" nor "wa" of "want it".
 * A Chinese label needs nothing: "加微abc123" is how it is written.
 */
export const LABELLED = new RegExp(
  `(?<![a-z0-9])(${alternation})(?:(?<=[a-z]{5})\\s+|\\s*[:=](?!\\/\\/)\\s*|\\s*(?=@)|(?<![a-z])\\s*)`,
  'iu',
)

export const labelKind = (word: string): LabelKind | undefined => byWord.get(word.toLowerCase())
