/**
 * The inputs that cost the engine most, each exactly 20,000 characters (the input limit): the
 * bounded-cost tests (Node and the browser bundle) and `npm run bench` time them.
 */
import { wordlist as english } from '@scure/bip39/wordlists/english.js'
import { wordlist as simplified } from '@scure/bip39/wordlists/simplified-chinese.js'
import { wordlist as traditional } from '@scure/bip39/wordlists/traditional-chinese.js'

export const LIMIT = 20_000

/** `unit` repeated and cut to `n` characters. */
export const fill = (unit: string, n = LIMIT) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n)

const zh12 = simplified.slice(0, 12).join('')

/** The first is the issue's: 13–14 s in `check()` before the scan was made linear. */
export const WORST: Record<string, string> = {
  'label×5 + 12 wordlist characters + ，': fill(`${'助记词'.repeat(5)}${zh12}，`),
  'label×5 + 24 wordlist characters + ，': fill(
    `${'助记词'.repeat(5)}${simplified.slice(100, 124).join('')}，`,
  ),
  'traditional label×8 + 12 characters': fill(
    `${'助記詞是'.repeat(8)}${traditional.slice(40, 52).join('')}。`,
  ),
  'labels with copulas, no separator': fill(`助记词是${zh12}助记词为`),
  '12 wordlist characters + ，': fill(`${zh12}，`),
  '24 wordlist characters + 。': fill(`${simplified.slice(500, 524).join('')}。`),
  'one Han segment of wordlist characters': fill(simplified.slice(0, 48).join('')),
  'spaced Chinese, runs of 48': fill(`${simplified.slice(0, 48).join(' ')} x `),
  'spaced Chinese, runs of 11': fill(`${simplified.slice(0, 11).join(' ')} x `),
  'English, runs of 48 words': fill(`${english.slice(0, 48).join(' ')} zzz `),
  'English, runs of 12 mistyped words': fill(`${english.slice(0, 12).map((w) => `${w.slice(0, 4)}qq`).join(' ')} zzz `),
  'English words, one run': fill('abandon '),
  'WIF-shaped runs': fill(`5${'H'.repeat(50)} `),
  'base58 runs of 88': fill(`${'z'.repeat(88)} `),
  'hex runs of 64': fill(`${'0123456789abcdef'.repeat(4)} `),
  'key arrays of 63 numbers': fill(`[${'255,'.repeat(63)} `),
  'labelled contacts': fill('微信：tpkefu8888 '),
  'phone numbers': fill('400-888-1234 '),
  'Chinese numerals with dashes': fill('一—'),
  'numbers in Chinese numerals with their hours': fill('四零零八零零一二三四（24小时）'),
  'hosts': fill('a-b.cn '),
  'emails': fill('a@b.cn '),
  'handles': fill('@tokenpocket_cn '),
  'red-flag phrases': fill('请提供助记词，'),
  'aliases': fill('TP钱包'),
  'dots': fill('a.'),
}
