/**
 * The brand index: every project's name tokens, precomputed once so that a check costs the same
 * with 20 projects or 10,000 (a prefix trie for containment, a deletion index for typos).
 */
import type { Channel, Project } from '../../../registry/schema'
import { parseHost, type HostInfo } from '../contact/host'
import { isCommonWord } from './common-words'
import { buildDeletionIndex, type DeletionIndex } from './deletions'
import { insert, isTrieWord, newTrie, ROOT, step, type Trie } from './trie'
import { hasStrong, isPadding, KEYWORDS, readPadding } from './keywords'
import { foldDigits, skeleton } from './skeleton'

/**
 * How freely a token may match. `compound` is a short name plus keywords ('tpwallet',
 * 'okxwallet'): it may sit beside more keywords but not inside other words, and has no typos.
 */
export type Tier = 'distinctive' | 'compound' | 'common' | 'short'

export interface Token {
  /** The name as written, lower case, no separators ('tokenpocket'). */
  word: string
  /** Skeleton of the name, no separators. */
  skel: string
  /** The same with digits read as letters, as the deletion index holds it. */
  folded: string
  project: Project
  tier: Tier
  /** The website it came from, the one a lookalike of it imitates. */
  site: Channel
  /** Public suffixes of the official sites with this label ('pro' for tokenpocket.pro). */
  suffixes: Set<string>
  /** Typos tolerated: none for short names, one up to 8 characters, two beyond. */
  maxEdits: number
  /**
   * The project's short name a name starts with, keywords after it ('tp' of 'tpwallet', 'htx' of
   * 'htxglobal'): a typo must keep it, the edits falling on the keywords ('tpwalet', not
   * 'upwallet'; 'htxglobl', not 'sdfxglobal').
   */
  anchor: string | null
  /**
   * For a label and its suffix joined ('rainbowme' of rainbow.me), the suffix: a typo must keep
   * it, the edits falling on the label ('raimbow-me'; 'krakenrum' is no 'krakencom').
   */
  tail: string | null
  /**
   * Whether the name counts inside a longer word ('xmetamaskx'). Not for a name made of keywords
   * only ('cryptocom': 'cryptocompare'), nor for a label that is the brand only with its suffix
   * ('keyst' of keyst.one: 'keystonecapital'): such letters start ordinary words.
   */
  runsIn: boolean
}

export interface Brands {
  tokens: Token[]
  trie: Trie
  /**
   * The trie node two characters into every name, by its first two (see `pairIndex`), 0 for none:
   * most places in a text start no name, and one array read tells so, or starts the walk there.
   */
  pairNodes: Int32Array
  /** Typo index: every name within `maxEdits` deletions, by token id. */
  deletions: DeletionIndex
  minFuzzyLength: number
  maxFuzzyLength: number
  /** The shortest text that may be a two-edit name two letters short: it takes two deletions. */
  minTwoEditText: number
  /** The longest name in the trie: longer text cannot be one whole. */
  longestName: number
  /** ASCII hosts of official sites: on shared hosting only the host itself is theirs. */
  officialHosts: Set<string>
  officialRegistrables: Set<string>
  /** Every official handle value (lower case), whatever the platform. */
  officialHandles: Set<string>
  /**
   * Official sites whose label is a keyword, no name on its own ('token' of token.im), by public
   * suffix: on that suffix the label is the brand ('t0ken.im', 'tokne.im', 'support-token.im').
   */
  ownSuffixLabels: Map<string, OwnSuffixLabel[]>
}

/** A keyword label, and the token of its label and suffix joined that names it ('tokenim'). */
export interface OwnSuffixLabel {
  folded: string
  token: Token
}

const MIN_TOKEN = 3

/** The cell of two ASCII characters. */
export const pairIndex = (a: number, b: number) => (a << 7) | b
const SHORT = 5
const HANDLE_TYPES = new Set(['x', 'telegram', 'discord', 'instagram', 'tiktok', 'youtube',
  'reddit', 'github', 'facebook', 'weibo', 'wechat', 'qq', 'medium'])
const SITE_TYPES = new Set(['website', 'help_center'])
/** Handle types that are chosen names; Discord invites and YouTube channel ids are random. */
export const NAME_HANDLES = new Set(['x', 'telegram', 'instagram', 'tiktok', 'reddit', 'github',
  'facebook', 'weibo', 'medium'])
/** Alias words that name a company form, not the brand people type. */
const CORPORATE =
  /\b(ltd|inc|llc|pte|sas|gmbh|foundation|holdings|technologies|former|developer)\b|labs?\b/

export function maxEditsFor(length: number): number {
  return length < SHORT ? 0 : length <= 8 ? 1 : 2
}

/**
 * One of the project's short names plus keywords: 'tp' + 'wallet', 'tp' + 'global' + 'wallet',
 * 'htx' + 'global'. Whether the keywords hold a strong one decides the tier (see `tierOf`).
 */
function anchorOf(skel: string, shortNames: ReadonlySet<string>): string | null {
  for (const name of shortNames) {
    const rest = skel.slice(name.length)
    if (skel.startsWith(name) && rest && isPadding(readPadding(rest))) return name
  }
  return null
}

function tierOf(skel: string, anchor: string | null): Tier {
  if (skel.length < SHORT) return 'short'
  if (isCommonWord(skel)) return 'common'
  return anchor && hasStrong(readPadding(skel.slice(anchor.length))) ? 'compound' : 'distinctive'
}

/**
 * A strong keyword of five letters or more, then keywords ('crypto' + 'com'): a phrase anyone may
 * write, not a coined name. Short keywords run together make names ('bit' + 'get').
 */
function isKeywordPhrase(skel: string): boolean {
  if (KEYWORDS.has(skel) || /\d/.test(skel)) return false
  for (let i = 5; i < skel.length; i++) {
    const head = skel.slice(0, i)
    const strong = KEYWORDS.has(head) && hasStrong(readPadding(head))
    if (strong && isPadding(readPadding(skel.slice(i)))) return true
  }
  return false
}

/**
 * A project's names under 5 characters, alone or first in an alias ('TP Wallet' gives 'tp'). An
 * alias that spells another one apart ('One Key' for 'OneKey', 'Math Wallet' for 'MathWallet')
 * is one name, not a short name and a word.
 */
function shortNamesOf(project: Project): Set<string> {
  const names = new Set<string>()
  const compact = (alias: string) => alias.toLowerCase().replace(/[\s\-_]+/g, '')
  const whole = new Set(project.aliases.filter((a) => !/[\s\-_]/.test(a)).map(compact))
  for (const alias of project.aliases) {
    if (CORPORATE.test(alias.toLowerCase())) continue
    if (/[\s\-_]/.test(alias) && whole.has(compact(alias))) continue
    const first = alias.toLowerCase().split(/[\s\-_]+/)[0] ?? ''
    if (/^[a-z0-9]{2,4}$/.test(first)) names.add(skeleton(first))
  }
  return names
}

/** The label a site is known by: 'tokenpocket' for www.tokenpocket.pro, 'tphelp' for tphelp.gitbook.io. */
export function siteLabel(host: HostInfo): string | null {
  if (host.registrable === null || host.suffix === null) return null
  return host.registrable.slice(0, host.registrable.length - host.suffix.length - 1)
}

/** Latin aliases people type ('TP Wallet' -> 'tpwallet'); company names and scripts other than Latin are left out. */
function aliasToken(alias: string): string | null {
  const plain = alias.toLowerCase().replace(/\(.*?\)/g, ' ').trim()
  if (CORPORATE.test(plain) || plain.split(/\s+/).length > 3) return null
  const compact = plain.replace(/[\s.\-_&:]+/g, '')
  return /^[a-z0-9]+$/.test(compact) ? compact : null
}

/**
 * Precomputes the lookalike index of a registry's projects.
 *
 * @example const brands = buildBrands(registry.projects); matchDomain(parseHost('metamask-io.net')!, brands)
 */
export function buildBrands(projects: readonly Project[]): Brands {
  const brands: Omit<Brands, 'deletions'> = {
    tokens: [],
    trie: newTrie(),
    pairNodes: new Int32Array(1 << 14),
    minFuzzyLength: Infinity,
    maxFuzzyLength: 0,
    minTwoEditText: Infinity,
    longestName: 0,
    officialHosts: new Set(),
    officialRegistrables: new Set(),
    officialHandles: new Set(),
    ownSuffixLabels: new Map(),
  }
  for (const project of projects) {
    const seen = new Map<string, Token>()
    const shortNames = shortNamesOf(project)
    const sites = project.channels.filter((c) => SITE_TYPES.has(c.type))
    const main = sites.find((c) => c.type === 'website') ?? sites[0]
    for (const channel of project.channels) {
      if (HANDLE_TYPES.has(channel.type)) brands.officialHandles.add(channel.value.toLowerCase())
      // GitHub serves an organisation's Pages at <org>.github.io and to no one else: an official
      // organisation's Pages site is the brand's own (metamask.github.io).
      if (channel.type === 'github') {
        brands.officialHosts.add(`${channel.value.toLowerCase()}.github.io`)
      }
      if (!SITE_TYPES.has(channel.type)) continue
      const host = parseHost(channel.value)
      const label = host && siteLabel(host)
      if (!host || !label) continue
      brands.officialHosts.add(host.ascii)
      if (!host.sharedHosting && host.registrable) brands.officialRegistrables.add(host.registrable)
      const token = addToken(brands, seen, shortNames, project, label, channel)
      if (token && !host.sharedHosting && host.suffix) token.suffixes.add(host.suffix)
      addHostNames(brands, seen, shortNames, project, channel, host, label, token)
    }
    if (!main) continue
    const named = new Set<Token>()
    for (const alias of project.aliases) {
      const word = aliasToken(alias)
      const token = word && addToken(brands, seen, shortNames, project, word, main)
      if (token) named.add(token)
    }
    markDomainHacks(seen, named)
    // Official handles are names too: 'tokenpocket_tp' or 'tp_newshub' with a typo is a fake.
    for (const channel of project.channels) {
      if (NAME_HANDLES.has(channel.type)) addToken(brands, seen, shortNames, project, channel.value, main)
    }
  }
  const deletions = buildDeletionIndex(
    brands.tokens.map((t) => (t.maxEdits > 0 ? t.folded : null)),
    brands.tokens.map((t) => t.maxEdits),
  )
  return { ...brands, deletions }
}

/**
 * A site label that no alias names and that spells an alias only with its suffix ('keyst' of
 * keyst.one, 'Keystone'): the label alone is a fragment of the name, and inside a longer word a
 * fragment of another word ('keystonecapital').
 */
function markDomainHacks(seen: Map<string, Token>, named: ReadonlySet<Token>): void {
  for (const token of seen.values()) {
    if (named.has(token)) continue
    for (const suffix of token.suffixes) {
      const whole = seen.get(skeleton(token.word + suffix.replace(/\./g, '')))
      if (whole && named.has(whole)) token.runsIn = false
    }
  }
}

/**
 * Names a site's host gives beyond its label: the label and its suffix joined, when the label
 * alone is a keyword or a plain word ('tokenim' for token.im: 'token-im.com'; 'gateio' for
 * gate.io); a shared-hosting tenant and its platform joined ('tphelpgitbook': 'tphelp.gitbok.io');
 * and a keyword label on its own suffix (`ownSuffixLabels`).
 */
function addHostNames(
  brands: Omit<Brands, 'deletions'>,
  seen: Map<string, Token>,
  shortNames: ReadonlySet<string>,
  project: Project,
  site: Channel,
  host: HostInfo,
  label: string,
  token: Token | null,
): void {
  if (!host.suffix) return
  if (host.sharedHosting) {
    const platform = host.suffix.split('.')[0]!
    addToken(brands, seen, shortNames, project, label + platform, site)
    return
  }
  if (token && token.tier !== 'short' && token.tier !== 'common') return
  const suffix = host.suffix.replace(/\./g, '')
  const joinedName = addToken(brands, seen, shortNames, project, label + suffix, site)
  const folded = foldDigits(skeleton(label))
  // The label's typos only, and never inside a longer word: 'krakenrum' is no typo of
  // 'krakencom', and 'com' starts ordinary words ('cryptocompare'), as other suffixes do.
  if (joinedName && joinedName.skel !== skeleton(label)) {
    joinedName.maxEdits = Math.min(joinedName.maxEdits, maxEditsFor(folded.length))
    joinedName.tail = foldDigits(skeleton(suffix))
    joinedName.runsIn = false
  }
  if (token || !KEYWORDS.has(folded) || folded.length < MIN_TOKEN) return
  const joined = seen.get(skeleton(label + host.suffix.replace(/\./g, '')))
  if (!joined) return
  const list = brands.ownSuffixLabels.get(host.suffix) ?? []
  list.push({ folded, token: joined })
  brands.ownSuffixLabels.set(host.suffix, list)
}

/**
 * The name is another distinctive name of the project plus keywords ('metamaskwallet',
 * 'imtokenofficial'): the shorter name already finds its lookalikes (embedded, or as a typo beside
 * keywords), so it takes one typo, not two. Two-typo deletion sets grow with the square of a
 * name's length; for such names they were most of the index and of its build time.
 */
function extendsName(folded: string, names: Iterable<Token>): boolean {
  for (const t of names) {
    if (t.tier !== 'distinctive' || folded.length <= t.folded.length) continue
    const rest = folded.startsWith(t.folded)
      ? folded.slice(t.folded.length)
      : folded.endsWith(t.folded)
        ? folded.slice(0, folded.length - t.folded.length)
        : null
    if (rest !== null && isPadding(readPadding(rest))) return true
  }
  return false
}

function addToken(
  brands: Omit<Brands, 'deletions'>,
  seen: Map<string, Token>,
  shortNames: ReadonlySet<string>,
  project: Project,
  word: string,
  site: Channel,
): Token | null {
  const skel = skeleton(word).replace(/[-_.]/g, '')
  // A name that is itself a keyword ('token' of token.im) would flag every 'token-swap' site.
  if (skel.length < MIN_TOKEN || KEYWORDS.has(skel) || !isTrieWord(skel)) return null
  const known = seen.get(skel)
  if (known) return known
  const folded = foldDigits(skel)
  const anchor = anchorOf(folded, shortNames)
  const tier = tierOf(folded, anchor)
  const phrase = isKeywordPhrase(folded)
  // A typo of a phrase is as often another phrase ('cryptoeam' of 'cryptocom'): one edit at most.
  const edits = tier === 'short' ? 0 : Math.min(maxEditsFor(folded.length), phrase ? 1 : 2)
  const token: Token = {
    word: word.toLowerCase().replace(/[-_.]/g, ''),
    skel,
    folded,
    project,
    tier,
    site,
    suffixes: new Set(),
    maxEdits: extendsName(folded, seen.values()) ? Math.min(edits, 1) : edits,
    // A short name plus filler ('htx' + 'global') keeps it only where two edits could rewrite it.
    anchor: tier === 'compound' || edits > 1 ? anchor : null,
    tail: null,
    runsIn: !phrase,
  }
  const id = brands.tokens.push(token) - 1
  seen.set(skel, token)
  insert(brands.trie, folded, id)
  brands.longestName = Math.max(brands.longestName, folded.length)
  const [a, b] = [folded.charCodeAt(0), folded.charCodeAt(1)]
  brands.pairNodes[pairIndex(a, b)] = step(brands.trie, step(brands.trie, ROOT, a), b)
  if (token.maxEdits > 0) {
    brands.minFuzzyLength = Math.min(brands.minFuzzyLength, folded.length - token.maxEdits)
    brands.maxFuzzyLength = Math.max(brands.maxFuzzyLength, folded.length + token.maxEdits)
  }
  if (token.maxEdits > 1) brands.minTwoEditText = Math.min(brands.minTwoEditText, folded.length - 2)
  return token
}
