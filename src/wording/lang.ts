/** The two languages every word comes in; each edge picks one per reader. */
import type { Text } from '../../registry/schema'

export const LANGS = ['zh', 'en'] as const
export type Lang = (typeof LANGS)[number]

/** Picks the reader's language from a two-language text. */
export const t = (text: Text, lang: Lang): string => text[lang]
