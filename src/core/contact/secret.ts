/**
 * Finds a wallet secret (recovery phrase, private key, keystore) in pasted text, without ever
 * returning the secret itself: a finding holds only its kind, size and position.
 *
 * Also the standalone entry of the page's and extension's client bundle (they check text before
 * sending anything), so it imports nothing but the BIP-39 wordlists and `@noble/hashes`' sha256:
 * types come in as `import type`, which the bundler erases.
 *
 * Linear in the text: every word or character is read a bounded number of times, and a checksum
 * is computed only for windows of exactly a phrase's length in a bounded number of places, so
 * 20,000 characters of any shape take a few milliseconds.
 *
 * @example
 * findSecret('my phrase: legal winner thank year wave sausage worth useful legal winner thank yellow')
 * // { kind: 'mnemonic', reason: 'secret_mnemonic', words: 12, language: 'english', checksum: true, ... }
 */
import { wordlist as english } from '@scure/bip39/wordlists/english.js'
import { wordlist as simplified } from '@scure/bip39/wordlists/simplified-chinese.js'
import { wordlist as traditional } from '@scure/bip39/wordlists/traditional-chinese.js'
import { sha256 } from '@noble/hashes/sha2.js'
import type { Text } from '../../../registry/schema'
import { HAN_PAIR_COUNT, HAN_PAIR_RICE, HAN_PAIRS } from './han-pairs'
import type { ReasonCode } from '../verdict'
import { MIN_KEY_RUN, MIN_PART } from './secret-bounds'

export { MIN_KEY_RUN, MIN_PART }

/** Text beyond this is not scanned: the page and the API refuse input over 20,000 characters. */
export const SECRET_SCAN_LIMIT = 32_768

type Span = { start: number; end: number }
export type SecretFinding = Span &
  (
    | {
        kind: 'mnemonic'
        reason: Extract<ReasonCode, 'secret_mnemonic'>
        words: number
        language: 'english' | 'chinese'
        /** True when the BIP-39 checksum holds; a mistyped phrase is still a phrase. */
        checksum: boolean
      }
    | {
        kind: 'private_key' | 'wif' | 'solana_key' | 'key_array' | 'keystore'
        reason: Extract<ReasonCode, 'secret_private_key'>
      }
  )

/**
 * A cheap gate on the hot path (every domain or handle checked passes here): each secret form
 * needs separated words or numbers, Han characters, a 51+ character key, or a keystore's field.
 * A loop, not a regex: `[0-9A-Za-z]{51}` retried at every position cost more than the checks.
 */
function mightHoldSecret(t: string): boolean {
  let run = 0
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) {
      if (++run >= MIN_KEY_RUN) return true
      continue
    }
    run = 0
    // White space, commas (ASCII, full-width, ideographic) and Han characters separate words.
    if (c <= 32 || c === 44 || c === 0xff0c || c === 0x3001 || (c >= 0x3400 && c <= 0x9fff)) {
      return true
    }
    if (c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)) return true
  }
  return t.includes('ciphertext')
}

const LENGTHS = [24, 21, 18, 15, 12]
const MIN_WORDS = 12

/** Returns the first secret found in `text`, or null. Never throws. */
export function findSecret(text: string): SecretFinding | null {
  if (typeof text !== 'string' || text.length === 0) return null
  const t = text.length > SECRET_SCAN_LIMIT ? text.slice(0, SECRET_SCAN_LIMIT) : text
  if (!mightHoldSecret(t)) return null
  return (
    findKeystore(t) ??
    findKeyArray(t) ??
    findEnglishMnemonic(t) ??
    findChineseMnemonic(t) ??
    findHexKey(t) ??
    findBase58Key(t)
  )
}

/** A description shown in place of the secret, e.g. "[12-word recovery phrase]". */
export function describeSecret(f: SecretFinding): Text {
  switch (f.kind) {
    case 'mnemonic':
      return f.words < MIN_WORDS
        ? { en: `[${f.words} words of a recovery phrase]`, zh: `[助记词中的 ${f.words} 个词]` }
        : { en: `[${f.words}-word recovery phrase]`, zh: `[${f.words} 个词的助记词]` }
    case 'solana_key':
    case 'key_array':
      return { en: '[Solana private key]', zh: '[Solana 私钥]' }
    case 'keystore':
      return { en: '[wallet keystore file]', zh: '[钱包 Keystore 文件]' }
    default:
      return { en: '[private key]', zh: '[私钥]' }
  }
}

// ---------- recovery phrases ----------

/** Each wordlist as word -> index, the form the checksum is computed from. */
type WordIndex = ReadonlyMap<string, number>
const indexOf = (list: readonly string[]): WordIndex => new Map(list.map((w, i) => [w, i]))

/**
 * The wordlists as lookup tables, built on the first scan that needs them, not at load: the
 * extension's content script loads this module in every frame of every page, and building 8,000
 * map entries there cost most of its 15–20 ms start; only a paste or a long typed run scans.
 */
let tables:
  | {
      englishIndex: WordIndex
      ENGLISH: WordIndex[]
      CHINESE: WordIndex[]
      englishPrefix: ReadonlyMap<string, string>
      chineseChars: ReadonlySet<string>
    }
  | undefined
function words() {
  if (!tables) {
    const englishIndex = indexOf(english)
    tables = {
      englishIndex,
      ENGLISH: [englishIndex],
      CHINESE: [indexOf(simplified), indexOf(traditional)],
      // BIP-39 guarantees the first four letters identify an English word, so "abando" or
      // "abandn" still reads as "abandon": people mistype, and a mistyped phrase still unlocks.
      englishPrefix: new Map(english.map((w) => [w.slice(0, 4), w])),
      chineseChars: new Set([...simplified, ...traditional]),
    }
  }
  return tables
}

/** Between two words of a phrase: spaces, commas, numbering ("1. abandon 2. ability"). */
const SEPARATOR = /^[\s,.;:、，。；：·|/()（）[\]\-–—\d]*$/u

// SHA-256 round constants (FIPS 180-4, 4.2.2).
const K = Uint32Array.from(
  '428a2f98 71374491 b5c0fbcf e9b5dba5 3956c25b 59f111f1 923f82a4 ab1c5ed5 d807aa98 12835b01 243185be 550c7dc3 72be5d74 80deb1fe 9bdc06a7 c19bf174 e49b69c1 efbe4786 0fc19dc6 240ca1cc 2de92c6f 4a7484aa 5cb0a9dc 76f988da 983e5152 a831c66d b00327c8 bf597fc7 c6e00bf3 d5a79147 06ca6351 14292967 27b70a85 2e1b2138 4d2c6dfc 53380d13 650a7354 766a0abb 81c2c92e 92722c85 a2bfe8a1 a81a664b c24b8b70 c76c51a3 d192e819 d6990624 f40e3585 106aa070 19a4c116 1e376c08 2748774c 34b0bcb5 391c0cb3 4ed8aa4a 5b9cca4f 682e6ff3 748f82ee 78a5636f 84c87814 8cc70208 90befffa a4506ceb bef9a3f7 c67178f2'
    .split(' ')
    .map((h) => parseInt(h, 16)),
)
const W = new Uint32Array(64)

/**
 * The first byte of SHA-256 of at most 55 bytes (one block), all a checksum needs. A phrase's
 * entropy is 16 to 32 bytes; the general hash allocated and copied enough per call to be most of
 * the cost of scanning a long text, and a bounded scan checks up to a few thousand windows.
 */
function sha256FirstByte(data: Uint8Array, len: number): number {
  W.fill(0, 0, 16)
  for (let i = 0; i < len; i++) W[i >> 2]! |= data[i]! << (24 - 8 * (i & 3))
  W[len >> 2]! |= 0x80 << (24 - 8 * (len & 3))
  W[15] = len * 8
  for (let i = 16; i < 64; i++) {
    const a = W[i - 15]!
    const b = W[i - 2]!
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3)
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10)
    W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0
  }
  let a = 0x6a09e667
  let b = 0xbb67ae85
  let c = 0x3c6ef372
  let d = 0xa54ff53a
  let e = 0x510e527f
  let f = 0x9b05688c
  let g = 0x1f83d9ab
  let h = 0x5be0cd19
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i]! + W[i]!) | 0
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0
    h = g
    g = f
    f = e
    e = (d + t1) | 0
    d = c
    c = b
    b = a
    a = (t1 + t2) | 0
  }
  return ((a + 0x6a09e667) >>> 24) & 0xff
}

const ENTROPY = new Uint8Array(32)

/**
 * The BIP-39 checksum of `n` words from `at` (n a multiple of 3, 12..24): the last n/3 bits of
 * the words' 11-bit indices are the first bits of sha256 of the rest. Computed from the indices
 * directly: @scure/bip39's validateMnemonic normalises and splits strings and cost about 100 µs a
 * call, which made the window search a 14-second input.
 */
function checksumHolds(words: readonly string[], at: number, n: number, list: WordIndex): boolean {
  const csBits = n / 3
  const len = (n * 11 - csBits) / 8
  let acc = 0
  let bits = 0
  let k = 0
  for (let i = at; i < at + n; i++) {
    const v = list.get(words[i]!)
    if (v === undefined) return false
    acc = (acc << 11) | v
    bits += 11
    while (bits >= 8 && k < len) {
      bits -= 8
      ENTROPY[k++] = (acc >>> bits) & 0xff
      acc &= (1 << bits) - 1
    }
  }
  return sha256FirstByte(ENTROPY, len) >>> (8 - csBits) === acc
}

/** Where a checksum-valid phrase sits inside `words` (longest first), or null. */
function validWindow(words: string[], list: WordIndex): { at: number; n: number } | null {
  if (words.length > 48) return null // longer runs are flagged whole; checking them costs too much
  for (const n of LENGTHS) {
    for (let at = 0; at + n <= words.length; at++) {
      if (checksumHolds(words, at, n, list)) return { at, n }
    }
  }
  return null
}

/** Words of a run with where each sits in the text, so a finding can point at the phrase. */
type Run = { words: string[]; starts: number[]; ends: number[] }
const emptyRun = (): Run => ({ words: [], starts: [], ends: [] })

/** The longest checksum-valid window over the given wordlists (a phrase is in one of them). */
function bestWindow(words: string[], lists: WordIndex[]): { at: number; n: number } | null {
  let best: { at: number; n: number } | null = null
  for (const list of lists) {
    const w = validWindow(words, list)
    if (w && (!best || w.n > best.n)) best = w
  }
  return best
}

/** A phrase (12+ words, `inexact` of them read by prefix), part of one (all exact), or null. */
function runFinding(
  run: Run,
  inexact: number,
  language: 'english' | 'chinese',
  lists: WordIndex[],
): SecretFinding | null {
  const count = run.words.length
  if (count < MIN_WORDS) {
    return count >= MIN_PART && inexact === 0
      ? mnemonic(run.starts[0]!, run.ends[count - 1]!, count, language, false)
      : null
  }
  // More than a quarter of inexact words reads as prose that shares prefixes, not a phrase.
  if (inexact * 4 > count) return null
  const valid = bestWindow(run.words, lists)
  const at = valid?.at ?? 0
  const n = valid?.n ?? count
  return mnemonic(run.starts[at]!, run.ends[at + n - 1]!, n, language, valid !== null)
}

function findEnglishMnemonic(t: string): SecretFinding | null {
  const { englishIndex, englishPrefix, ENGLISH } = words()
  let run = emptyRun()
  let near = 0
  const flush = () => runFinding(run, near, 'english', ENGLISH)
  for (const m of t.matchAll(/[A-Za-z]+/g)) {
    const raw = m[0].toLowerCase()
    const word = englishIndex.has(raw)
      ? raw
      : raw.length >= 4
        ? englishPrefix.get(raw.slice(0, 4))
        : undefined
    const joined = run.words.length > 0 && SEPARATOR.test(t.slice(run.ends.at(-1), m.index))
    if (!word || !joined) {
      const found = flush()
      if (found) return found
      run = emptyRun()
      near = 0
      if (!word) continue
    }
    run.words.push(word)
    run.starts.push(m.index)
    run.ends.push(m.index + m[0].length)
    if (word !== raw) near++
  }
  return flush()
}

/** Words for "recovery phrase"; as a label they say the words that follow are one. */
const MNEMONIC_WORDS = new Set(['助记词', '助記詞', '记忆词', '記憶詞', '恢复词', '恢復詞'])
const COPULA = new Set(['是', '为', '為'])
const MINE = new Set(['我的', '你的', '我们的', '我們的'])

/**
 * Positions in `chars` right after a label, where an unspaced phrase may start whatever it
 * reads like: after "助记词是/为" anywhere, or after "助记词" that opens the segment or follows
 * "我的" ("我的助记词…"). A bare "…助记词" inside a sentence ("切勿泄露助记词因为…") is a mention.
 */
function labelEnds(chars: readonly string[]): Set<number> {
  const ends = new Set<number>()
  for (let i = 0; i + 3 <= chars.length; i++) {
    if (!MNEMONIC_WORDS.has(chars[i]! + chars[i + 1]! + chars[i + 2]!)) continue
    if (COPULA.has(chars[i + 3] ?? '')) ends.add(i + 4)
    const before = chars.slice(Math.max(0, i - 3), i).join('')
    if (i === 0 || [...MINE].some((w) => before.endsWith(w))) ends.add(i + 3)
  }
  return ends
}

/** A label just before a Han segment: "助记词：", "助记词 ", "seed phrase is ", "mnemonic:". */
const LABEL_BEFORE =
  /(?:助记词|助記詞|记忆词|記憶詞|恢复词|恢復詞|(?:seed|recovery|secret(?:\s+recovery)?)\s+phrase|mnemonic)\s*(?:[是为為]|is\b|[:：=])?\s*$/iu

/**
 * Part of a phrase rarely repeats a character (12 random picks of 2,048 repeat one 3% of the
 * time); lists in prose do ("第 11 章，第 5 章"). Only parts (under 12) are judged by it.
 */
const repeats = (words: readonly string[]) =>
  words.length < MIN_WORDS && new Set(words).size < words.length

const labelledAt = (t: string, at: number) => LABEL_BEFORE.test(t.slice(Math.max(0, at - 24), at))

function findChineseMnemonic(t: string): SecretFinding | null {
  const { CHINESE, chineseChars } = words()
  // Spaced form: single wordlist characters with separators between them. That shape is rare in
  // prose, so a run of 12+ counts even when the checksum fails (a mistyped character), and a
  // shorter one as part of a phrase.
  // Old translations space every character ("警 告 : 必 须 置 为 不 可 写"): a spaced run that
  // reads as Chinese text is that, unless a label says otherwise.
  let spaced = emptyRun()
  const flushSpaced = () =>
    spaced.words.length >= MIN_PART &&
    (readsAsChinese(spaced.words) || repeats(spaced.words)) &&
    !labelledAt(t, spaced.starts[0]!)
      ? null
      : runFinding(spaced, 0, 'chinese', CHINESE)
  for (const m of t.matchAll(/\p{Script=Han}+/gu)) {
    const seg = m[0]
    if (seg.length === 1 && chineseChars.has(seg)) {
      const joined = spaced.words.length > 0 && SEPARATOR.test(t.slice(spaced.ends.at(-1), m.index))
      if (!joined) {
        const found = flushSpaced()
        if (found) return found
        spaced = emptyRun()
      }
      spaced.words.push(seg)
      spaced.starts.push(m.index)
      spaced.ends.push(m.index + 1)
      continue
    }
    const labelled = seg.length >= MIN_WORDS && labelledAt(t, m.index)
    const found = flushSpaced() ?? findUnspaced([...seg], m.index, labelled)
    if (found) return found
    spaced = emptyRun()
  }
  return flushSpaced()
}

/**
 * Unspaced form. Each 2,048-character list covers most everyday Chinese, so a contiguous run
 * counts only when it is exactly a phrase's length, its checksum holds (1 in 16 for any run),
 * and either a label says what it is or it does not read as Chinese text (see readsAsChinese):
 * "如发现官方通报了系统问题" is all wordlist characters, twelve of them, with a valid checksum, and
 * it is a clause. One window per length, so a segment costs at most ten checksums.
 */
function findUnspaced(chars: string[], at: number, labelled: boolean): SecretFinding | null {
  const { CHINESE } = words()
  const ends = chars.length > MIN_WORDS ? labelEnds(chars) : null
  for (const n of LENGTHS) {
    const from = chars.length - n
    if (from < 0) continue
    const afterLabel = from === 0 ? labelled : ends!.has(from)
    if (from > 0 && !afterLabel) continue
    if (!afterLabel && readsAsChinese(chars, from, n)) continue
    if (CHINESE.some((list) => checksumHolds(chars, from, n, list))) {
      // Han characters outside the BMP take two code units: measure the span in code units.
      const start = at + chars.slice(0, from).join('').length
      const end = start + chars.slice(from).join('').length
      return mnemonic(start, end, n, 'chinese', true)
    }
  }
  return null
}

let pairs: Set<number> | null = null
/** HAN_PAIRS decoded on first use (a few milliseconds, once): most texts never need it. */
function commonPairs(): Set<number> {
  if (pairs) return pairs
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  const values = Uint8Array.from(HAN_PAIRS, (c) => B64.indexOf(c))
  let pos = 0
  const bit = () => (values[(pos / 6) | 0]! >> (5 - (pos++ % 6))) & 1
  pairs = new Set()
  let code = -1
  for (let k = 0; k < HAN_PAIR_COUNT; k++) {
    let gap = 0
    while (bit()) gap += 1 << HAN_PAIR_RICE
    for (let b = HAN_PAIR_RICE - 1; b >= 0; b--) gap |= bit() << b
    code += gap + 1
    pairs.add(code)
  }
  return pairs
}

/** The most frequent characters (a wordlist is in order of frequency): particles, pronouns. */
const COMMON_CHAR = 256

/**
 * True when `n` characters from `from` read as Chinese text rather than characters drawn at
 * random: adjacent pairs among the 16,000 most common pairs of Chinese words count 1 each and
 * characters among the 256 most frequent a quarter, and the score must reach 4 for twelve
 * characters, half a point more for every three more. A clause of ordinary text scores high
 * (参数, 可以, 任意, 顺序, 出现); a random phrase that high is rarer than 1 in 100,000 (measured
 * over random phrases of each length; the secret tests hold it). Thresholds were set on the
 * pairs' own data and random phrases, then measured on data/prose (npm run eval).
 */
export function readsAsChinese(chars: readonly string[], from = 0, n = chars.length): boolean {
  const set = commonPairs()
  const [simple, trad] = words().CHINESE as [WordIndex, WordIndex]
  // Eight to eleven spaced characters are taken for part of a phrase without a checksum, so
  // less evidence of text is enough to leave them alone.
  const need = n < MIN_WORDS ? 2.5 : 4 + (n - 12) / 6
  let score = 0
  let prev = -1
  for (let i = from; i < from + n; i++) {
    const c = chars[i]!
    const v = simple.get(c) ?? trad.get(c) ?? -1
    if (v >= 0 && v < COMMON_CHAR) score += 0.25
    if (prev >= 0 && v >= 0 && set.has(prev * 2048 + v)) score += 1
    if (score >= need) return true
    prev = v
  }
  return false
}

const mnemonic = (
  start: number,
  end: number,
  words: number,
  language: 'english' | 'chinese',
  checksum: boolean,
): SecretFinding => ({
  kind: 'mnemonic',
  reason: 'secret_mnemonic',
  start,
  end,
  words,
  language,
  checksum,
})

// ---------- keys ----------

const key = (
  kind: Exclude<SecretFinding['kind'], 'mnemonic'>,
  start: number,
  end: number,
): SecretFinding => ({ kind, reason: 'secret_private_key', start, end })

/**
 * Transaction hashes and signatures look exactly like keys (64 hex, 88 base58). A value labelled as
 * one just before it, or sitting in a URL (an explorer link), is taken for what it says it is; any
 * other one is treated as a key, since a missed key costs a wallet and a false alarm costs a click.
 */
const PUBLIC_LABEL =
  /(?:\btx|txid|txn|hash|transaction|signature|block|sha-?256|checksum|交易|哈希|签名|簽名|区块|區塊|校验|校驗)[^\n]{0,24}$/iu
const IN_URL = /:\/\/\S*$|\/$/u

function isPublicValue(t: string, start: number): boolean {
  const before = t.slice(Math.max(0, start - 48), start)
  return PUBLIC_LABEL.test(before) || IN_URL.test(before)
}

function findHexKey(t: string): SecretFinding | null {
  for (const m of t.matchAll(/(?<![0-9A-Za-z])(?:0x)?[0-9a-fA-F]{64}(?![0-9A-Za-z])/g)) {
    // Runs like 000…0 or deadbeef… are placeholders, not keys.
    if (new Set(m[0].toLowerCase()).size < 8) continue
    if (!isPublicValue(t, m.index)) return key('private_key', m.index, m.index + m[0].length)
  }
  return null
}

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
const B58_INDEX = new Map([...B58].map((c, i) => [c, i]))

/** Hand-written: no base58 library is a dependency, and the client bundle stays small. */
function base58(s: string): Uint8Array {
  const bytes: number[] = []
  for (const c of s) {
    let carry = B58_INDEX.get(c) ?? 0
    for (let i = 0; i < bytes.length; i++) {
      carry += bytes[i]! * 58
      bytes[i] = carry & 0xff
      carry >>= 8
    }
    for (; carry > 0; carry >>= 8) bytes.push(carry & 0xff)
  }
  for (let i = 0; i < s.length && s[i] === '1'; i++) bytes.push(0)
  return Uint8Array.from(bytes.reverse())
}

/** WIF: 0x80, 32 key bytes, optional 0x01 (compressed), then 4 bytes of double sha256. */
function isWif(s: string): boolean {
  const b = base58(s)
  if (b[0] !== 0x80 || !(b.length === 37 || (b.length === 38 && b[33] === 0x01))) return false
  const sum = sha256(sha256(b.subarray(0, b.length - 4)))
  return sum.subarray(0, 4).every((x, i) => x === b[b.length - 4 + i])
}

function findBase58Key(t: string): SecretFinding | null {
  for (const m of t.matchAll(/(?<![0-9A-Za-z])[1-9A-HJ-NP-Za-km-z]{51,88}(?![0-9A-Za-z])/g)) {
    const s = m[0]
    const end = m.index + s.length
    if ((s.length === 51 || s.length === 52) && isWif(s)) return key('wif', m.index, end)
    // A Solana keypair is 64 bytes: secret then public key, written as 87-88 base58 characters.
    if (s.length >= 86 && base58(s).length === 64 && !isPublicValue(t, m.index)) {
      return key('solana_key', m.index, end)
    }
  }
  return null
}

/**
 * A key written as an array of bytes: a Solana CLI keypair file (`id.json`) holds 64, a bare
 * secret key or seed 32, and code prints them at any length between. 32 to 64 numbers of 0-255.
 */
function findKeyArray(t: string): SecretFinding | null {
  for (const m of t.matchAll(/\[(?:\s*\d{1,3}\s*,){31,63}\s*\d{1,3}\s*\]/g)) {
    if (m[0].match(/\d+/g)!.every((n) => Number(n) <= 255)) {
      return key('key_array', m.index, m.index + m[0].length)
    }
  }
  return null
}

/** An encrypted keystore (Web3 secret storage): with its password it is the key. */
function findKeystore(t: string): SecretFinding | null {
  const m = /"crypto"\s*:\s*\{/i.exec(t)
  return m && /"ciphertext"\s*:/.test(t) && /"kdf"\s*:/.test(t)
    ? key('keystore', m.index, t.length)
    : null
}
