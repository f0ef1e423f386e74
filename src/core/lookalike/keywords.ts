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

/** Filler that adds nothing by itself but often pads a brand name ('my', 'app', 'online', 'us'). */
const FILLER = [
  'app', 'apps', 'www', 'web', 'online', 'site', 'page', 'portal', 'hub', 'center', 'centre',
  'io', 'com', 'net', 'org', 'co', 'pro', 'my', 'get', 'go', 'the', 'real', 'live',
  'global', 'intl', 'international', 'info', 'main', 'home', 'mobile', 'android', 'ios',
  'chrome', 'ext', 'now', 'access', 'check', 'free', 'plus', 'x', 'hq', 'sign', 'log', 'in',
  'on', 'to', 'id', 'api', 'v1', 'v2', 'v3', 'beta', 'lite', 'dex', 's', 'start', 'started',
  'setup', 'community', 'device', 'dev', 'developer', 'explore', 'quest', 'fix',
  // country and language codes that localised fakes put first ('au-ledger', 'kr-metamask')
  'en', 'us', 'usa', 'uk', 'eu', 'cn', 'zh', 'de', 'fr', 'it', 'es', 'nl', 'au', 'ca', 'kr', 'jp',
  'ru', 'br', 'tr', 'vn', 'hk', 'sg',
]

/** Topic words: they describe a field, so next to a common word they make an ordinary name. */
const TOPIC = [
  'finance', 'fi', 'pay', 'fund', 'funds', 'market', 'markets', 'trade', 'trading', 'card',
  'cards', 'event', 'events', 'network', 'node', 'chain', 'lab', 'labs', 'dao', 'gov', 'ido',
  'ico', 'sale', 'eth', 'btc', 'usdt', 'pos',
]

const strong = new Set(STRONG.map(skeleton))
const topic = new Set(TOPIC.map(skeleton))
const all = new Set([...strong, ...topic, ...FILLER.map(skeleton)])
const MAX_WORD = Math.max(...[...all].map((w) => w.length))

export interface Padding {
  /** Every part of the padding is a keyword, a number or nothing. */
  keywordsOnly: boolean
  /** At least one part of it is a strong keyword. */
  strong: boolean
  /** At least one part of it is a topic word. */
  topic: boolean
}

/**
 * Reads `rest` (what surrounds a brand name, skeleton form; a space separates the text before it
 * from the text after it) as keywords and numbers, by dynamic programming over split points
 * (O(length x longest keyword)).
 */
export function readPadding(rest: string): Padding {
  if (rest.includes(' ')) {
    const parts = rest.split(' ').map(readPadding)
    return {
      keywordsOnly: parts.every((p) => p.keywordsOnly),
      strong: parts.some((p) => p.strong),
      topic: parts.some((p) => p.topic),
    }
  }
  if (rest.length === 0) return { keywordsOnly: true, strong: false, topic: false }
  // best[i]: how the first i characters split (strong preferred, then no topic); null if they cannot.
  const best: ({ strong: boolean; topic: boolean } | null)[] = [{ strong: false, topic: false }]
  for (let i = 1; i <= rest.length; i++) {
    best[i] = null
    for (let j = Math.max(0, i - MAX_WORD); j < i; j++) {
      const before = best[j]
      if (!before) continue
      const part = rest.slice(j, i)
      const isNumber = /^\d+$/.test(part)
      if (!isNumber && !all.has(part)) continue
      const next = { strong: before.strong || strong.has(part), topic: before.topic || topic.has(part) }
      const cur = best[i]
      if (!cur || (next.strong && !cur.strong) || (next.strong === cur.strong && cur.topic && !next.topic)) {
        best[i] = next
      }
    }
  }
  const end = best[rest.length]
  return end ? { keywordsOnly: true, ...end } : { keywordsOnly: false, strong: false, topic: false }
}

type Flags = { strong: boolean; topic: boolean }

/** The better reading: strong words found, else no topic word. */
function prefer(cur: Flags | null, next: Flags): boolean {
  return !cur || (next.strong && !cur.strong) || (next.strong === cur.strong && cur.topic && !next.topic)
}

/** Whether s[j, i) is a keyword or a number, and which kind. */
function wordAt(s: string, j: number, i: number): Flags | null {
  const part = s.slice(j, i)
  if (all.has(part)) return { strong: strong.has(part), topic: topic.has(part) }
  for (let k = j; k < i; k++) {
    const c = s.charCodeAt(k)
    if (c < 48 || c > 57) return null
  }
  return { strong: false, topic: false }
}

/** How every prefix and every suffix of `s` reads as padding, in two linear-ish passes. */
export interface PaddingTable {
  /** prefix[i]: s[0, i) as padding, null when it is not keywords only. */
  prefix: (Flags | null)[]
  /** suffix[j]: s[j, end) as padding. */
  suffix: (Flags | null)[]
}

export function paddingTable(s: string): PaddingTable {
  const n = s.length
  const prefix: (Flags | null)[] = [{ strong: false, topic: false }]
  for (let i = 1; i <= n; i++) {
    let best: Flags | null = null
    for (let j = Math.max(0, i - MAX_WORD); j < i; j++) {
      const before = prefix[j]
      const word = before && wordAt(s, j, i)
      if (!before || !word) continue
      const next = { strong: before.strong || word.strong, topic: before.topic || word.topic }
      if (prefer(best, next)) best = next
    }
    prefix[i] = best
  }
  const suffix: (Flags | null)[] = new Array(n + 1).fill(null)
  suffix[n] = { strong: false, topic: false }
  for (let j = n - 1; j >= 0; j--) {
    let best: Flags | null = null
    for (let i = j + 1; i <= Math.min(n, j + MAX_WORD); i++) {
      const after = suffix[i]
      const word = after && wordAt(s, j, i)
      if (!after || !word) continue
      const next = { strong: after.strong || word.strong, topic: after.topic || word.topic }
      if (prefer(best, next)) best = next
    }
    suffix[j] = best
  }
  return { prefix, suffix }
}

/** The padding around s[start, end), read from a table. */
export function paddingAround(table: PaddingTable, start: number, end: number): Padding {
  const before = table.prefix[start]
  const after = table.suffix[end]
  if (!before || !after) return { keywordsOnly: false, strong: false, topic: false }
  return { keywordsOnly: true, strong: before.strong || after.strong, topic: before.topic || after.topic }
}

/** Padding that lets a common or short brand name count: strong words, or filler alone. */
export function isTellingPadding(pad: Padding): boolean {
  return pad.keywordsOnly && (pad.strong || !pad.topic)
}

/** Every keyword, as a skeleton: a brand name that is one ('token') is no brand name. */
export const KEYWORDS: ReadonlySet<string> = all
