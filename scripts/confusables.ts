/**
 * Writes src/core/lookalike/confusables.json: the entries of confusables.txt (Unicode 13.0.0, as
 * the `unhomoglyph` package ships it) that can change a lookalike result.
 *
 * Brand names and keywords are [a-z0-9], and the rules split text on [-_.] only, so a skeleton
 * matters only through those characters and its length: any other character matches nothing,
 * whatever its prototype. An entry is kept when it can be looked up (a base character: decomposed,
 * not a mark) and its skeleton differs from the character's own in that shape.
 * test/core/lookalike/skeleton.test.ts checks the cut table against the full one.
 *
 *   npx tsx scripts/confusables.ts
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { prototypeSkeleton, skeletonShape as shape } from '../src/core/lookalike/skeleton'

const require = createRequire(import.meta.url)
const full: Record<string, string> = JSON.parse(
  readFileSync(require.resolve('unhomoglyph/data.json'), 'utf8'),
)
const OUT = join(import.meta.dirname, '..', 'src', 'core', 'lookalike', 'confusables.json')

const isBase = (ch: string) => ch.normalize('NFD') === ch && !/\p{M}/u.test(ch)

const prototypes: Record<string, string> = {}
for (const [ch, prototype] of Object.entries(full)) {
  if (!isBase(ch)) continue
  const own = shape(prototypeSkeleton(ch, {}))
  if (shape(prototypeSkeleton(ch, full)) !== own) prototypes[ch] = prototype
}

const table = {
  source: 'confusables.txt, Unicode 13.0.0, from the npm package unhomoglyph 1.0.6 (data.json)',
  filter:
    'base characters whose skeleton differs from their own in [a-z0-9-_.] or length' +
    ' (scripts/confusables.ts)',
  prototypes,
}
writeFileSync(OUT, `${JSON.stringify(table)}\n`)
console.log(`${Object.keys(prototypes).length} of ${Object.keys(full).length} entries kept`)
