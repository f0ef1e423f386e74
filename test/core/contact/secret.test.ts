import { entropyToMnemonic, generateMnemonic, validateMnemonic } from '@scure/bip39'
import { wordlist as english } from '@scure/bip39/wordlists/english.js'
import { wordlist as simplified } from '@scure/bip39/wordlists/simplified-chinese.js'
import { wordlist as traditional } from '@scure/bip39/wordlists/traditional-chinese.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js'
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeSecret, findSecret, readsAsChinese } from '../../../src/core/contact/secret'
import { base58, wif } from '../../../scripts/prose-figures'

const STRENGTHS = [128, 160, 192, 224, 256] as const
const wordsOf = (bits: number) => (bits / 32) * 3

const entropy = (bits: number) => fc.uint8Array({ minLength: bits / 8, maxLength: bits / 8 })
const around = fc.tuple(
  fc.constantFrom('', 'my wallet: ', '请帮我看看 ', 'Hi support,\n', '助记词：', '1) '),
  fc.constantFrom('', ' thanks', '\n谢谢', '。', ' — is this right?'),
)

describe('findSecret: recovery phrases', () => {
  it.each(STRENGTHS)(
    'finds any valid English %i-bit phrase inside text, and says how long',
    (bits) => {
      fc.assert(
        fc.property(entropy(bits), around, (ent, [before, after]) => {
          const phrase = entropyToMnemonic(ent, english)
          const f = findSecret(before + phrase + after)
          expect(f).toMatchObject({
            kind: 'mnemonic',
            language: 'english',
            words: wordsOf(bits),
            checksum: true,
          })
        }),
        { numRuns: 40 },
      )
    },
  )

  it.each(STRENGTHS)(
    'finds Chinese %i-bit phrases, spaced or not, simplified or traditional',
    (bits) => {
      fc.assert(
        fc.property(
          entropy(bits),
          fc.boolean(),
          fc.boolean(),
          around,
          (ent, trad, spaced, [before, after]) => {
            const phrase = entropyToMnemonic(ent, trad ? traditional : simplified)
            const text = spaced ? phrase : phrase.replaceAll(' ', '')
            // Unlabelled, a phrase that happens to read as Chinese text (about 1 in 100,000) is
            // left alone like the text it reads as: the rate is held by a test below.
            fc.pre(before === '助记词：' || !readsAsChinese(phrase.split(' ')))
            const f = findSecret(before + text + after)
            expect(f).toMatchObject({
              kind: 'mnemonic',
              language: 'chinese',
              words: wordsOf(bits),
              checksum: true,
            })
          },
        ),
        { numRuns: 60 },
      )
    },
  )

  it('finds numbered, upper-case, comma- and newline-separated phrases', () => {
    const words = generateMnemonic(english, 128).split(' ')
    for (const text of [
      words.map((w, i) => `${i + 1}. ${w}`).join('\n'),
      words.join(', ').toUpperCase(),
      words.join('\n'),
    ]) {
      expect(findSecret(text)).toMatchObject({ kind: 'mnemonic', words: 12, checksum: true })
    }
  })

  // Threshold: a run of 12+ wordlist words (or of 12+ spaced Chinese wordlist characters) is a
  // phrase even when its checksum fails, since mistyped phrases still reach the wallet's owner.
  it('still counts a mistyped phrase, flagged as checksum-less', () => {
    const words = generateMnemonic(english, 128).split(' ')
    words[3] = words[3] === 'abandon' ? 'ability' : 'abandon'
    // A typo after the four letters that identify a word (3-letter words have no such typo).
    const at = words.findIndex((w, i) => i !== 3 && w.length >= 4)
    words[at] = `${words[at]!.slice(0, 4)}xx`
    const f = findSecret(words.join(' '))
    expect(f).toMatchObject({ kind: 'mnemonic', words: 12 })
    const zh = generateMnemonic(simplified, 128).split(' ')
    zh[0] = zh[0] === '的' ? '一' : '的'
    expect(findSecret(zh.join(' '))).toMatchObject({
      kind: 'mnemonic',
      language: 'chinese',
      words: 12,
    })
  })

  // Part of a phrase is nearly the phrase: with 11 of 12 words a thief tries 2,048 more.
  it('counts eight to eleven exact wordlist words as part of a phrase', () => {
    const words = generateMnemonic(english, 128).split(' ')
    for (const n of [8, 11]) {
      const text = `the agent asked for: ${words.slice(0, n).join(' ')}`
      const f = findSecret(text)!
      expect(f).toMatchObject({ kind: 'mnemonic', words: n, checksum: false })
      expect(text.slice(f.start, f.end)).toBe(words.slice(0, n).join(' '))
      expect(describeSecret(f)).toEqual({
        en: `[${n} words of a recovery phrase]`,
        zh: `[助记词中的 ${n} 个词]`,
      })
    }
    const zh = generateMnemonic(simplified, 128).split(' ').slice(0, 9).join(' ')
    expect(findSecret(zh)).toMatchObject({ kind: 'mnemonic', language: 'chinese', words: 9 })
  })

  it('ignores seven words, a part with a mistyped word, and prose that uses wordlist words', () => {
    const words = generateMnemonic(english, 128).split(' ')
    expect(findSecret(words.slice(0, 7).join(' '))).toBeNull()
    expect(findSecret(generateMnemonic(simplified, 128).split(' ').slice(0, 7).join(' '))).toBeNull()
    // Read by its first four letters, a word is a guess: fewer than 12 of them are not enough.
    const typo = english.filter((w) => w.length >= 5).slice(0, 9)
    typo[0] = `${typo[0]!.slice(0, 4)}qq`
    expect(findSecret(typo.join(' '))).toBeNull()
    for (const text of [
      'Please verify your wallet with the support team, and never share your seed phrase with anyone.',
      'I lost access to my account after the update; the app says my balance is zero. What can I do?',
      '您好，我是TP钱包客服，请提供助记词验证钱包，否则24小时内冻结。需缴纳解冻费100U。',
      '今天天气很好，我们一起去公园散步，然后回家吃饭。',
      'TokenPocket 是一款多链自托管钱包，支持以太坊、比特币、波场等主流公链。',
    ]) {
      expect(findSecret(text)).toBeNull()
    }
  })

  it('does not flag random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        expect(findSecret(s)).toBeNull()
      }),
      { numRuns: 300 },
    )
  })
})

describe('findSecret: keys', () => {
  it('finds 64-hex private keys, with or without 0x', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.boolean(), (key, prefix) => {
        fc.pre(new Set(bytesToHex(key)).size >= 8)
        const text = `here is my key ${prefix ? '0x' : ''}${bytesToHex(key)} please help`
        expect(findSecret(text)).toMatchObject({
          kind: 'private_key',
          reason: 'secret_private_key',
        })
      }),
    )
  })

  // Decision: a 64-hex value labelled as a transaction/hash, or inside a link, is what it says;
  // unlabelled, it is treated as a key (a false alarm costs a click, a missed key a wallet).
  it('leaves labelled transaction hashes and explorer links alone', () => {
    const h = bytesToHex(randomBytes(32))
    for (const text of [
      `tx: 0x${h}`,
      `Transaction hash 0x${h} is pending`,
      `交易哈希：${h}`,
      `https://etherscan.io/tx/0x${h}`,
      `sha256 checksum ${h}`,
      `0x${'0'.repeat(64)}`,
    ]) {
      expect(findSecret(text)).toBeNull()
    }
    expect(findSecret(`私钥 ${h}`)).toMatchObject({ kind: 'private_key' })
    expect(findSecret(`${h}${h}`)).toBeNull() // 128 hex: a signature, not a key
  })

  it('finds WIF keys (published vectors and generated), and rejects a bad checksum', () => {
    expect(findSecret('5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ')).toMatchObject({
      kind: 'wif',
    })
    expect(findSecret('key KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617')).toMatchObject({
      kind: 'wif',
    })
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.boolean(),
        (key, compressed) => {
          expect(findSecret(`wif ${wif(key, compressed)}`)).toMatchObject({ kind: 'wif' })
        },
      ),
    )
    expect(findSecret('5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTK')).toBeNull()
  })

  it('finds Solana secret keys in base58 and as a 64-number array', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 64 }), (key) => {
        fc.pre(key[0] !== 0)
        expect(findSecret(`my phantom key: ${base58(key)}`)).toMatchObject({ kind: 'solana_key' })
        expect(findSecret(JSON.stringify([...key]))).toMatchObject({ kind: 'key_array' })
      }),
      { numRuns: 50 },
    )
    expect(findSecret(`signature: ${base58(randomBytes(64))}`)).toBeNull()
    // Arrays of 32 to 64 bytes are keys (issue 13: a 63-byte one was missed); shorter ones are not.
    expect(findSecret(JSON.stringify([...randomBytes(63)]))).toMatchObject({ kind: 'key_array' })
    expect(findSecret(JSON.stringify([...randomBytes(31)]))).toBeNull()
  })

  it('finds an encrypted keystore', () => {
    const keystore = {
      version: 3,
      crypto: { cipher: 'aes-128-ctr', ciphertext: 'ab', kdf: 'scrypt' },
    }
    expect(findSecret(JSON.stringify(keystore))).toMatchObject({ kind: 'keystore' })
  })
})

describe('describeSecret', () => {
  it('describes without echoing', () => {
    const phrase = generateMnemonic(english, 256)
    const f = findSecret(phrase)!
    expect(describeSecret(f)).toEqual({ en: '[24-word recovery phrase]', zh: '[24 个词的助记词]' })
    expect(JSON.stringify(f)).not.toContain(phrase.split(' ')[0])
    const key = findSecret(bytesToHex(randomBytes(32)))!
    expect(describeSecret(key)).toEqual({ en: '[private key]', zh: '[私钥]' })
  })

  it('reports where the secret is, so an edge can mask it', () => {
    const phrase = generateMnemonic(english, 128)
    const text = `>>> ${phrase} <<<`
    const f = findSecret(text)!
    expect(text.slice(f.start, f.end)).toBe(phrase)
  })
})

describe('findSecret: the checksum', () => {
  // The scanner computes BIP-39 checksums itself (from word indices, with a one-block SHA-256);
  // it must agree with @scure/bip39 on every phrase, valid or not.
  it('agrees with @scure/bip39 on random word sequences of every length', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(12, 15, 18, 21, 24),
        fc.array(fc.integer({ min: 0, max: 2047 }), { minLength: 24, maxLength: 24 }),
        fc.constantFrom(english, simplified, traditional),
        (n, indices, list) => {
          const words = indices.slice(0, n).map((i) => list[i]!)
          // Labelled, so that only the checksum decides (not whether the words read as text).
          const f = findSecret(`助记词：${words.join(' ')}`)!
          // A shorter valid window inside the words may be reported; the whole run only if valid.
          const whole = f.kind === 'mnemonic' && f.words === n && f.checksum
          expect(whole).toBe(validateMnemonic(words.join(' '), list))
        },
      ),
      { numRuns: 2000 },
    )
  })
})

describe('findSecret: Chinese text is not a phrase', () => {
  // The examples: twelve wordlist characters with a valid checksum, in running text.
  it('leaves clauses of running text alone, alone or in their paragraph', () => {
    expect(findSecret('参数可以以任意的顺序出现')).toBeNull()
    expect(findSecret('如发现官方通报了系统问题')).toBeNull()
    expect(findSecret(readFileSync('data/articles/seo-tp-support-1.txt', 'utf8'))).toBeNull()
  })

  it('leaves old translations that space every character alone', () => {
    for (const text of [
      '警告: utmp 必 须 置 为 不 可 写 ， 因 为 很 多 系 统 程 序 （ 有 点 傻 的 那 种 ） 依 赖 于 它',
      '如 核 心 使 用 模 组 , 须 先 使 用 下 列 命 令 将 模 组 载 入 .',
      '北京: 機械工業出版社，1999.11。第 11 章，第 11.1.2 節；第 5 章，第 5.4.1 節。',
    ]) {
      expect(findSecret(text)).toBeNull()
    }
  })

  it('still finds an unspaced phrase after a label, whatever it reads like', () => {
    fc.assert(
      fc.property(
        entropy(128),
        fc.constantFrom('助记词是', '我的助记词', '助记词：', '助記詞為', 'my seed phrase is ', '助记词 '),
        (ent, label) => {
          const phrase = entropyToMnemonic(ent, simplified).replaceAll(' ', '')
          expect(findSecret(`${label}${phrase}`)).toMatchObject({ kind: 'mnemonic', words: 12 })
        },
      ),
      { numRuns: 200 },
    )
  })

  it('does not take a mention of 助记词 in a sentence for a label', () => {
    // "切勿泄露助记词" + twelve wordlist characters of a clause: a mention, and the clause reads as text.
    expect(findSecret('切勿泄露助记词如发现官方通报了系统问题')).toBeNull()
  })

  it('takes a random phrase for text rarely (measured: under 1 in 5,000 of each length)', () => {
    // Random words, not whole phrases: the checksum plays no part in reading as text.
    const word = () => simplified[Math.floor(Math.random() * 2048)]!
    for (const bits of STRENGTHS) {
      let asText = 0
      for (let i = 0; i < 10_000; i++) {
        if (readsAsChinese(Array.from({ length: wordsOf(bits) }, word))) asText++
      }
      expect(asText).toBeLessThanOrEqual(2)
    }
  })
})
