/**
 * The words impersonators put around a brand name ('metamask-support', 'tpwallet-kefu',
 * 'claim-uniswap'), in English and in pinyin, as they appear in skeletons (i folded to l).
 */
import { skeleton } from './skeleton'

/** Words that on their own make a brand mention about support, money or wallet access. */
const STRONG = [
  // support and officialness
  'support', 'supports', 'help', 'helpdesk', 'helpcenter', 'service', 'services', 'customer',
  'care', 'contact', 'desk', 'zendesk', 'ticket', 'tickets', 'chat', 'livechat', 'official',
  'team', 'admin', 'agent', 'hotline',
  // wallets and access
  'wallet', 'wallets', 'extension', 'download', 'install', 'verify', 'verification', 'validate',
  'validation', 'auth', 'authenticate', 'login', 'logln', 'signin', 'connect', 'connection',
  'sync', 'synchronize', 'restore', 'recover', 'recovery', 'rectify', 'unlock', 'unfreeze',
  'secure', 'security', 'protect', 'account', 'accounts', 'kyc', 'seed', 'phrase', 'passphrase',
  'dapp', 'dapps', 'web3', 'defi', 'nft', 'nfts', 'airdrop', 'airdrops', 'claim', 'claims',
  'reward', 'rewards', 'bonus', 'giveaway', 'gift', 'promo', 'promotion', 'campaign', 'refund',
  'drop', 'survey', 'complaint', 'complaints', 'backup', 'key', 'keys', 'notice', 'notification', 'alert', 'warning', 'attention', 'detect', 'revoke', 'migrate',
  'migration', 'upgrade', 'update', 'whitelist', 'presale', 'mint', 'stake', 'staking', 'swap',
  'bridge', 'exchange', 'token', 'tokens', 'crypto', 'portfolio', 'dashboard', 'vault',
  // pinyin: kefu (support), guanfang/guanwang (official/official site), qianbao (wallet),
  // xiazai (download), bangzhu (help), lianxi (contact), fuwu (service), rexian (hotline),
  // jiedong (unfreeze), yanzheng (verify), huifu (restore), shengji (upgrade), zhanghu (account)
  'kefu', 'kf', 'guanfang', 'guanwang', 'gf', 'gw', 'qianbao', 'xiazai', 'bangzhu', 'lianxi',
  'fuwu', 'rexian', 'jiedong', 'yanzheng', 'huifu', 'shengji', 'zhanghu', 'zaixian',
]

/**
 * Strong words that name the field rather than a lure: beside a common-word brand they make an
 * ordinary name as often as a fake ('nftblockchain', 'gate-exchange'), so such a match is medium.
 */
const FIELD = ['dapp', 'dapps', 'web3', 'defi', 'nft', 'nfts', 'mint', 'stake', 'staking', 'swap',
  'bridge', 'exchange', 'token', 'tokens', 'crypto', 'portfolio', 'dashboard', 'vault']

/** Filler that adds nothing by itself but often pads a brand name ('my', 'app', 'online', 'us'). */
const FILLER = [
  'app', 'apps', 'www', 'web', 'online', 'site', 'page', 'portal', 'hub', 'center', 'centre',
  'io', 'com', 'net', 'org', 'co', 'pro', 'my', 'get', 'go', 'the', 'real', 'live',
  'global', 'intl', 'international', 'info', 'main', 'home', 'mobile', 'android', 'ios',
  'chrome', 'ext', 'now', 'access', 'check', 'free', 'plus', 'x', 'hq', 'sign', 'log', 'in',
  'on', 'to', 'id', 'api', 'v1', 'v2', 'v3', 'beta', 'lite', 'dex', 's', 'start', 'started',
  'setup', 'community', 'device', 'dev', 'developer', 'explore', 'quest', 'fix',
  // claims of being the real thing, and lures ('ledgerorigin', 'okexspecialcampaign')
  'origin', 'original', 'genuine', 'special', 'hardware',
  // country and language codes that localised fakes put first ('au-ledger', 'kr-metamask')
  'en', 'us', 'usa', 'uk', 'eu', 'cn', 'zh', 'de', 'fr', 'it', 'es', 'nl', 'au', 'ca', 'kr', 'jp',
  'ru', 'br', 'tr', 'vn', 'hk', 'sg',
]

/** Topic words: they describe a field, so next to a common word they make an ordinary name. */
const TOPIC = [
  'finance', 'fi', 'pay', 'fund', 'funds', 'market', 'markets', 'trade', 'trading', 'card',
  'cards', 'event', 'events', 'network', 'node', 'chain', 'lab', 'labs', 'dao', 'gov', 'ido',
  'ico', 'sale', 'eth', 'btc', 'usdt', 'pos', 'bit',
  // chains and coins a fake names beside a wallet ('ledger-sui', 'ledger-zksync', 'eos-exodus')
  'sui', 'zksync', 'sol', 'solana', 'xrp', 'bnb', 'arbitrum', 'polygon', 'avax', 'tron', 'eos',
  'doge', 'ltc',
  // NFT collections whose 'collab drops' fakes advertise ('rtfkt-ledger', 'doodlesokx')
  'rtfkt', 'doodles', 'azuki', 'bayc', 'cryptopunks', 'pudgy', 'moonbirds', 'clonex',
]

const strong = new Set(STRONG.map(skeleton))
const field = new Set(FIELD.map(skeleton))
const topic = new Set(TOPIC.map(skeleton))
const all = new Set([...strong, ...topic, ...FILLER.map(skeleton)])
const MAX_WORD = Math.max(...[...all].map((w) => w.length))

/**
 * How a stretch of text reads as padding, in two bits so that tables stay small and no object is
 * made per position: `NOT_PADDING` when it is not keywords and numbers only.
 */
export type Padding = number
export const NOT_PADDING = -1
const STRONG_BIT = 1
const TOPIC_BIT = 2
/** A strong word that is no field word: a lure ('support', 'login', 'airdrop'). */
const LURE_BIT = 4

export const isPadding = (pad: Padding): boolean => pad >= 0
/** At least one part of the padding is a strong keyword. */
export const hasStrong = (pad: Padding): boolean => pad >= 0 && (pad & STRONG_BIT) !== 0
/** At least one part of the padding is a lure, not only a field word ('support', not 'nft'). */
export const hasLure = (pad: Padding): boolean => pad >= 0 && (pad & LURE_BIT) !== 0

/**
 * Keywords by their characters, forwards and backwards, as flat transition tables (node x
 * symbol): tables are filled by walking them, and a walk is a few array reads per character.
 */
interface KeywordTrie {
  /** next[node * SYMBOLS + symbol]: the child node, 0 for none (the root is nobody's child). */
  next: Int32Array
  /** word[node]: the flags of the keyword ending there, or NOT_PADDING. */
  word: Int8Array
}

/** a-z, 0-9; anything else ends a walk. */
const SYMBOLS = 36
const symbolOf = (code: number) =>
  code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? code - 22 : -1

function keywordTrie(reversed: boolean): KeywordTrie {
  const size = 1 + [...all].reduce((n, w) => n + w.length, 0)
  const trie: KeywordTrie = {
    next: new Int32Array(size * SYMBOLS),
    word: new Int8Array(size).fill(NOT_PADDING),
  }
  let nodes = 1
  for (const word of all) {
    const w = reversed ? [...word].reverse().join('') : word
    let node = 0
    for (let k = 0; k < w.length; k++) {
      const cell = node * SYMBOLS + symbolOf(w.charCodeAt(k))
      node = trie.next[cell] || (trie.next[cell] = nodes++)
    }
    const lure = strong.has(word) && !field.has(word) ? LURE_BIT : 0
    trie.word[node] = (strong.has(word) ? STRONG_BIT : 0) | (topic.has(word) ? TOPIC_BIT : 0) | lure
  }
  return trie
}
const FORWARD = keywordTrie(false)
const BACKWARD = keywordTrie(true)

/** The better reading: lures, else strong words, else no topic word (an order on the flag sets). */
const rank = (pad: Padding) =>
  (pad & LURE_BIT) | ((pad & STRONG_BIT) << 1) | (pad & TOPIC_BIT ? 0 : 1)
const prefer = (cur: Padding, next: Padding): Padding =>
  cur < 0 || rank(next) > rank(cur) ? next : cur

const isDigit = (code: number) => code >= 48 && code <= 57

/**
 * How every prefix and every suffix of `s` reads as padding (skeleton form), in one zero-filled
 * buffer: cell i for the prefix s[0, i), cell n + 1 + j for the suffix s[j, n), each holding the
 * padding plus one, so that zero, a new buffer's content, reads NOT_PADDING. Tables are made for
 * most labels checked: one allocation and no fill each.
 */
export type PaddingTable = Int8Array

/** s[0, i) as padding. */
export const prefixPadding = (table: PaddingTable, i: number): Padding => table[i]! - 1
/** s[j, end) as padding. */
export const suffixPadding = (table: PaddingTable, j: number): Padding =>
  table[(table.length >> 1) + j]! - 1

/** Keeps the better of the cell's reading and `pad`. */
function offer(table: PaddingTable, cell: number, pad: Padding): void {
  table[cell] = prefer(table[cell]! - 1, pad) + 1
}

/**
 * Extends the readings in the half of `table` at `base` from position `from`, over every keyword
 * or number (at most MAX_WORD long) that starts there (`step` 1) or ends there (`step` -1).
 */
function extend(s: string, table: PaddingTable, base: number, from: number, step: 1 | -1): void {
  const before = table[base + from]! - 1
  const trie = step === 1 ? FORWARD : BACKWARD
  const limit = step === 1 ? Math.min(s.length, from + MAX_WORD) : Math.max(0, from - MAX_WORD)
  const at = step === 1 ? 0 : -1
  let node = 0
  for (let e = from; e !== limit; e += step) {
    const symbol = symbolOf(s.charCodeAt(e + at))
    node = symbol < 0 ? 0 : trie.next[node * SYMBOLS + symbol]!
    if (node === 0) break
    const word = trie.word[node]!
    if (word >= 0) offer(table, base + e + step, before | word)
  }
  for (let e = from; e !== limit && isDigit(s.charCodeAt(e + at)); e += step) {
    offer(table, base + e + step, before)
  }
}

/**
 * Fills the table by dynamic programming over split points: keywords are walked only from the
 * positions already reached (the start, or the end of a keyword), so text that is no padding
 * costs a lookup or two per side.
 */
export function paddingTable(s: string): PaddingTable {
  const n = s.length
  const table = new Int8Array(2 * (n + 1))
  table[0] = 1
  for (let i = 0; i < n; i++) if (table[i]! > 0) extend(s, table, 0, i, 1)
  const suffixes = n + 1
  table[suffixes + n] = 1
  for (let j = n; j > 0; j--) if (table[suffixes + j]! > 0) extend(s, table, suffixes, j, -1)
  return table
}

/**
 * Reads `rest` (what surrounds a brand name, skeleton form; a space separates the text before it
 * from the text after it) as keywords and numbers.
 */
export function readPadding(rest: string): Padding {
  let pad = 0
  for (const part of rest.split(' ')) {
    const end = prefixPadding(paddingTable(part), part.length)
    if (end < 0) return NOT_PADDING
    pad |= end
  }
  return pad
}

/** The padding around s[start, end), read from a table. */
export function paddingAround(table: PaddingTable, start: number, end: number): Padding {
  const before = prefixPadding(table, start)
  const after = suffixPadding(table, end)
  return before < 0 || after < 0 ? NOT_PADDING : before | after
}

/** Padding that lets a common or short brand name count: strong words, or filler alone. */
export function isTellingPadding(pad: Padding): boolean {
  return pad >= 0 && ((pad & STRONG_BIT) !== 0 || (pad & TOPIC_BIT) === 0)
}

/** Every keyword, as a skeleton: a brand name that is one ('token') is no brand name. */
export const KEYWORDS: ReadonlySet<string> = all
