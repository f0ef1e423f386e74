/**
 * The secret scanner measured on ordinary text and on secrets: how often it fires on the prose
 * corpus (data/prose/, built from Debian documentation by scripts/build-prose-corpus.mjs), and
 * whether it still finds every phrase and key written in each form people paste them. Printed by
 * `npm run eval`; test/core/contact/prose.test.ts holds the targets.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { entropyToMnemonic } from '@scure/bip39'
import { wordlist as english } from '@scure/bip39/wordlists/english.js'
import { wordlist as simplified } from '@scure/bip39/wordlists/simplified-chinese.js'
import { wordlist as traditional } from '@scure/bip39/wordlists/traditional-chinese.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { findSecret } from '../src/core/contact/secret'

const PROSE = join(import.meta.dirname, '..', 'data', 'prose')

export type Rate = { name: string; total: number; flagged: string[]; target: number }

const lines = (file: string) => readFileSync(join(PROSE, file), 'utf8').split('\n').filter(Boolean)

/** The corpus files with the share of each the scanner may flag (a fraction). */
export function proseRates(): Rate[] {
  return [
    ['zh-paragraphs.txt', 'Chinese paragraphs', 0.0005],
    ['zh-clauses.txt', 'Chinese clauses of 12-24 characters', 0.0005],
    ['en-paragraphs.txt', 'English paragraphs', 0],
  ].map(([file, name, target]) => {
    const all = lines(file as string)
    return { name: name as string, total: all.length, flagged: all.filter((l) => findSecret(l)), target: target as number }
  })
}

/** Deterministic bytes: the fixtures are the same on every run. */
const bytes = (seed: string, n: number) => sha256(new TextEncoder().encode(seed)).slice(0, n)

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
/** Base58, to write keys the way wallets print them (the secret tests use it too). */
export function base58(data: Uint8Array): string {
  const digits: number[] = []
  for (const byte of data) {
    let carry = byte
    for (let i = 0; i < digits.length; i++) {
      carry += digits[i]! << 8
      digits[i] = carry % 58
      carry = (carry / 58) | 0
    }
    for (; carry > 0; carry = (carry / 58) | 0) digits.push(carry % 58)
  }
  let out = ''
  for (let i = 0; i < data.length && data[i] === 0; i++) out += '1'
  return out + digits.reverse().map((d) => B58[d]).join('')
}
export const wif = (key: Uint8Array, compressed: boolean) => {
  const body = Uint8Array.from([0x80, ...key, ...(compressed ? [1] : [])])
  return base58(Uint8Array.from([...body, ...sha256(sha256(body)).subarray(0, 4)]))
}

/**
 * Phrases (every length, each wordlist) in the forms people paste them, and keys in every form
 * the scanner lists. Each is `[label, text]`; every one must be found.
 */
export function secretFixtures(): [string, string][] {
  const out: [string, string][] = []
  const lists = { english, simplified, traditional }
  for (const [lang, list] of Object.entries(lists)) {
    for (const bits of [128, 160, 192, 224, 256]) {
      const words = entropyToMnemonic(bytes(`${lang}${bits}`, bits / 8), list).split(' ')
      const forms: Record<string, string> = {
        spaced: words.join(' '),
        numbered: words.map((w, i) => `${i + 1}. ${w}`).join('\n'),
        commas: words.join(', '),
        lines: words.join('\n'),
        'after a label': `${lang === 'english' ? 'my seed phrase is' : '我的助记词是'} ${words.join(' ')}`,
        'in a message': `客服你好，这是我的钱包：\n${words.join(' ')}\n请帮我看看`,
      }
      if (lang !== 'english') {
        forms['unspaced after 助记词是'] = `助记词是${words.join('')}`
        forms['unspaced after 助记词：'] = `助记词：${words.join('')}`
        forms['unspaced after my'] = `我的助记词${words.join('')}，谢谢`
      }
      for (const [form, text] of Object.entries(forms)) out.push([`${lang} ${words.length} words, ${form}`, text])
    }
  }
  const key = bytes('key', 32)
  const solana = Uint8Array.from([...bytes('sol-a', 32), ...bytes('sol-b', 32)])
  out.push(
    ['hex key', bytesToHex(key)],
    ['hex key with 0x', `私钥 0x${bytesToHex(key)}`],
    ['WIF', wif(key, false)],
    ['WIF compressed', wif(key, true)],
    ['Solana base58', `my phantom key: ${base58(solana)}`],
    ['Solana key array', JSON.stringify([...solana])],
    ['keystore', JSON.stringify({ version: 3, crypto: { ciphertext: 'ab', kdf: 'scrypt' } })],
  )
  return out
}

/** Fixtures the scanner misses (must be none). */
export const missedFixtures = () => secretFixtures().filter(([, text]) => !findSecret(text))
