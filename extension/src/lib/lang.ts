/**
 * The person's language: Chinese for any zh browser locale, English otherwise. Every word comes
 * as a two-language Text (the engine's explanations, the lookup page's wording, ours).
 */
import type { Text } from '../../../registry/schema'
import type { Lang } from '../../../src/wording/lang'

export const LANG: Lang = chrome.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en'

export const t = (text: Text): string => text[LANG]

/** The page's own language where it declares Chinese or English (marks read as the page
 * does), else the person's. */
export function pageLang(): Lang {
  const lang = document.documentElement.lang.toLowerCase()
  return lang.startsWith('zh') ? 'zh' : lang.startsWith('en') ? 'en' : LANG
}
