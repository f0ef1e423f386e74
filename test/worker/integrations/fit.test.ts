import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Card, Span } from '../../../src/worker/integrations/card'
import { clip } from '../../../src/worker/integrations/clip'
import { LIMITS, toEmbed } from '../../../src/worker/integrations/discord/embed'
import { MAX_MESSAGE, toHtml } from '../../../src/worker/integrations/telegram/html'

// Any text, including astral characters (surrogate pairs), markup and control characters.
const text = fc.string({ unit: 'binary', maxLength: 3000 })
const span: fc.Arbitrary<Span> = fc.oneof(
  text,
  text.map((code) => ({ code })),
  fc.record({ text, href: fc.webUrl() }),
)
const card: fc.Arbitrary<Card> = fc.record({
  tone: fc.constantFrom('good', 'bad', 'careful', 'neutral'),
  // Titles too: one that escapes to far more than a message holds.
  title: fc.oneof(
    text,
    text.map((s) => s + '<&>'.repeat(1000)),
  ),
  sections: fc.array(
    fc.record(
      { heading: text, lines: fc.array(fc.array(span, { maxLength: 4 }), { maxLength: 30 }) },
      { requiredKeys: ['lines'] },
    ),
    { maxLength: 40 },
  ),
})

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

describe('fitting replies to the platforms’ limits', () => {
  it('clip never exceeds the limit nor splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.nat(300), (s, n) => {
        const max = n + 1
        const out = clip(s, max)
        expect(out.length).toBeLessThanOrEqual(max)
        expect(loneSurrogate.test(out)).toBe(false)
        if (s.length <= max) expect(out).toBe(s)
      }),
    )
  })

  it('a Discord embed keeps every limit, whatever the card', () => {
    fc.assert(
      fc.property(card, (c) => {
        const e = toEmbed(c)
        expect(e.title.length).toBeLessThanOrEqual(LIMITS.title)
        expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description)
        expect(e.fields.length).toBeLessThanOrEqual(LIMITS.fields)
        let total = e.title.length + (e.description?.length ?? 0)
        for (const f of e.fields) {
          expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName)
          expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue)
          total += f.name.length + f.value.length
        }
        expect(total).toBeLessThanOrEqual(LIMITS.total)
      }),
      { numRuns: 60 },
    )
  })

  it('a Telegram message stays within 4096 characters, with every tag closed', () => {
    fc.assert(
      fc.property(card, (c) => {
        const html = toHtml(c)
        expect(html.length).toBeLessThanOrEqual(MAX_MESSAGE)
        for (const tag of ['b', 'code', 'a']) {
          const open = html.match(new RegExp(`<${tag}[ >]`, 'g'))?.length ?? 0
          expect(html.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0).toBe(open)
        }
      }),
      { numRuns: 60 },
    )
  })
})
