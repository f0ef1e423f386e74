import type { Lang } from '../../wording/lang'

/**
 * The reader's language from a Discord `locale` (`zh-CN`, `zh-TW`, `en-US`…) or a Telegram
 * `language_code` (`zh-hans`, `en`…). Both Chinese variants read the Simplified text.
 * @example langOf('zh-TW') // 'zh'
 */
export const langOf = (tag: string | null | undefined): Lang =>
  tag?.toLowerCase().startsWith('zh') ? 'zh' : 'en'
