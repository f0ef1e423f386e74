/**
 * The page-marks prefilter: finds where a page's text names a registry project near words about
 * support, in one pass and without the engine. Most pages name no project; for them this is
 * all the content script does, so it must cost almost nothing (see `npm run bench`).
 * Pure (no DOM, no chrome.*): the bench runs it in Node.
 */

/** Words that put a contact in a support context (Chinese and English). */
const SUPPORT =
  /客服|热线|官方微信|微信号|在线客服|人工客服|联系方式|联系我们|电话|官方(?:群|网|邮箱|账号|电报)|support|hotline|helpline|contact|customer service|help ?desk|whatsapp|telegram/gi

/** How far from a support word a project's name may be, and how much text around it is read. */
const RADIUS = 240
/** What one page may send for judging at most: the engine reads 20,000 characters a message. */
export const MAX_WINDOWS = 24
export const MAX_WINDOW = 2 * RADIUS + 200

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const ASCII_WORD = /[a-z0-9]/i

/** The names as two alternations of literals: those that start with a Latin letter or digit, and the rest. */
export interface AliasPatterns {
  latin: RegExp
  han: RegExp
}

/**
 * The names as pages write them (page-aliases.mjs lists each written form), as alternations of
 * literals only, which the regular expression engine scans far faster than any pattern with
 * classes or look-arounds. Names starting with a Latin letter need case folding, and names
 * starting with a Han character must not pay for it: in one case-insensitive alternation they
 * scan 4× slower than apart. A Han name is looked for up to its first Latin letter ("比特派bitpie"
 * as 比特派), so that it needs no case folding either. Whether a Latin name stands as a word
 * ("okx", not "tokxyz") is checked on each hit instead.
 */
export function aliasPattern(aliases: readonly string[]): AliasPatterns {
  const alternation = (list: readonly string[]) => [...new Set(list)].map(escape).join('|') || '(?!)'
  const han = aliases.filter((a) => !ASCII_WORD.test(a[0]!)).map((a) => a.replace(/\s*[a-z0-9].*$/i, ''))
  return {
    latin: new RegExp(alternation(aliases.filter((a) => ASCII_WORD.test(a[0]!))), 'gi'),
    han: new RegExp(alternation(han.filter((a) => a.length >= 2)), 'g'),
  }
}

interface Name {
  at: number
  end: number
}

/** The next hit of `re` in `text` from its lastIndex on that stands as a word, or null. */
function nextWord(text: string, re: RegExp): Name | null {
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length
    re.lastIndex = m.index + 1
    const startsWord = !ASCII_WORD.test(m[0][0]!) || !ASCII_WORD.test(text[m.index - 1] ?? '')
    const endsWord = !ASCII_WORD.test(m[0].at(-1)!) || !ASCII_WORD.test(text[end] ?? '')
    if (startsWord && endsWord) return { at: m.index, end }
  }
  return null
}

/** The names in `text`, in order: each alternation scans the text once. */
function* namesIn(text: string, patterns: AliasPatterns): Generator<Name> {
  patterns.latin.lastIndex = patterns.han.lastIndex = 0
  let latin = nextWord(text, patterns.latin)
  let han = nextWord(text, patterns.han)
  while (latin || han) {
    if (latin && (!han || latin.at <= han.at)) {
      yield latin
      latin = nextWord(text, patterns.latin)
    } else {
      yield han!
      han = nextWord(text, patterns.han)
    }
  }
}

/** Whether `text` names a project at all: for most pages, the only question asked. */
export const namesProject = (text: string, patterns: AliasPatterns): boolean => !namesIn(text, patterns).next().done

/**
 * The spans of `text` worth judging: around each support word that has a project's name within
 * RADIUS characters, merged where they overlap. Empty for a page that names no project near a
 * support word (almost every page). Linear: names and support words are each found once, in
 * order, and paired as they go.
 */
export function candidateSpans(text: string, patterns: AliasPatterns): Array<[number, number]> {
  const names = namesIn(text, patterns)
  let name: Name | undefined = names.next().value
  // A page that names no project stops here.
  if (!name) return []
  const spans: Array<[number, number]> = []
  SUPPORT.lastIndex = 0
  for (let m = SUPPORT.exec(text); m; m = SUPPORT.exec(text)) {
    const start = Math.max(0, m.index - RADIUS)
    const end = Math.min(text.length, m.index + m[0].length + RADIUS)
    // Names that end before this window can be near no later support word either.
    while (name && name.end <= start) name = names.next().value
    if (!name) break // no name left: no later window can have one
    if (name.at >= end) continue
    const last = spans.at(-1)
    if (last && start <= last[1] && end - last[0] <= MAX_WINDOW) last[1] = end
    else spans.push([last && start < last[1] ? last[1] : start, end])
    if (spans.length >= MAX_WINDOWS) break
  }
  return spans
}
