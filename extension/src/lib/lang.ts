/**
 * The person's language: Chinese for any zh browser locale, English otherwise. Every word comes
 * as a two-language Text (the engine's explanations, the lookup page's wording, ours).
 */
import type { Text } from '../../../registry/schema'
import type { Lang } from '../../../src/wording/lang'

/**
 * The first of the person's preferred languages (chrome://settings/languages), the one they read
 * pages in; Chrome's own interface language where the browser gives none. Not the interface
 * language first: a browser can only show the interface languages it ships (Debian's chromium
 * ships en-US alone without chromium-l10n), which says nothing of what its user reads.
 */
export const LANG: Lang = (navigator.languages?.[0] ?? chrome.i18n.getUILanguage()).toLowerCase().startsWith('zh') ? 'zh' : 'en'

export const t = (text: Text): string => text[LANG]

/** The page's own language where it declares Chinese or English (marks read as the page
 * does), else the person's. */
export function pageLang(): Lang {
  const lang = document.documentElement.lang.toLowerCase()
  return lang.startsWith('zh') ? 'zh' : lang.startsWith('en') ? 'en' : LANG
}
