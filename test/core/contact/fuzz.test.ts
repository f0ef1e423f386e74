/**
 * Hostile input: every entry point returns a value or an error code, never throws, and stays
 * linear. Large inputs are bounded early: a contact over MAX_CONTACT is `too_long` without being
 * read, a message is read up to MAX_MESSAGE, secrets are looked for up to SECRET_SCAN_LIMIT.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Project } from '../../../registry/schema'
import { buildAliasMatcher } from '../../../src/core/contact/claims'
import { extractContacts, looksLikeMessage } from '../../../src/core/contact/message'
import { MAX_CONTACT, parseContact } from '../../../src/core/contact/parse'
import { detectRedFlags } from '../../../src/core/contact/redflags'
import { findSecret } from '../../../src/core/contact/secret'
import { InputError } from '../../../src/core/verdict'

const claims = buildAliasMatcher([
  {
    id: 'tokenpocket',
    name: { en: 'TokenPocket', zh: 'TP钱包' },
    aliases: ['TP', 'TP钱包', 'TokenPocket'],
    channels: [{ type: 'website', value: 'tokenpocket.pro', role: 'support', status: 'active' as const, sources: [{ url: 'https://example.com/', publisher: 'first_party' as const, retrieved_at: '2026-12-02' }], verified_at: '2026-12-02' }],
    never: [],
    related: [],
    unconfirmed: [],
  } satisfies Project,
])

/** Text built to hurt: RTL marks, zero-width joiners, combining marks, full-width, CJK, emoji. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        '\u202e',
        '\u200d',
        '\u200b',
        '\u0301',
        '\u0336',
        'ｔ',
        '。',
        '＠',
        '：',
        '@',
        '.',
        '/',
        ':',
        'http://',
        't.me/',
        'xn--',
        '微信',
        'TG',
        '+86',
        '0',
        '9',
        'a',
        'Z',
        '钱',
        '包',
        ' ',
        '\n',
        '[.]',
        'hxxp',
        '-',
        '_',
        '🦊',
        '\ud800',
        'abandon ',
        '的 ',
      ),
      { maxLength: 120 },
    )
    .map((parts) => parts.join('')),
)

function everything(s: string) {
  const c = parseContact(s)
  if ('error' in c) expect(InputError.options).toContain(c.error)
  else expect(typeof c.raw).toBe('string')
  expect(Array.isArray(extractContacts(s))).toBe(true)
  expect(typeof looksLikeMessage(s)).toBe('boolean')
  expect(Array.isArray(detectRedFlags(s))).toBe(true)
  expect(Array.isArray(claims(s))).toBe(true)
  findSecret(s)
}

describe('hostile input', () => {
  it('never throws on random and adversarial strings', () => {
    fc.assert(fc.property(nasty, everything), { numRuns: 1500 })
  })

  it('survives 1 MB strings of every shape', () => {
    const mb = 1 << 20
    for (const s of [
      'a'.repeat(mb),
      'a.'.repeat(mb / 2),
      '@'.repeat(mb),
      '1'.repeat(mb),
      '的'.repeat(mb),
      '的 '.repeat(mb / 2),
      'abandon '.repeat(mb / 8),
      'f'.repeat(mb),
      '[1,'.repeat(mb / 3),
      `https://${'a.'.repeat(mb / 2)}com`,
      'http://x.com/'.repeat(mb / 13),
      '\u202e\u0301'.repeat(mb / 2),
    ]) {
      everything(s)
    }
    expect(parseContact('a.'.repeat(mb / 2))).toEqual({ error: 'too_long' })
  })

  it('reads deeply nested hosts up to the limit and refuses beyond', () => {
    const deep = `${'a.'.repeat(120)}com`
    expect(parseContact(deep)).toMatchObject({ kind: 'website' })
    expect(parseContact(`${'a.'.repeat(200)}com`)).toEqual({ error: 'malformed_url' })
    expect(parseContact(`https://x.com/${'a/'.repeat(MAX_CONTACT / 2)}`)).toEqual({
      error: 'too_long',
    })
  })

  it('rejects non-strings with bad_type', () => {
    for (const v of [undefined, null, 1, {}, [], Symbol('x')]) {
      expect(parseContact(v as unknown as string)).toEqual({ error: 'bad_type' })
      expect(extractContacts(v as unknown as string)).toEqual([])
      expect(findSecret(v as unknown as string)).toBeNull()
    }
  })
})
