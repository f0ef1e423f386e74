/**
 * The registry's canonical values read back as themselves: what the engine parses from a paste
 * compares equal to what the registry stores.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ProjectSource } from '../../../registry/schema'
import { parseAs } from '../../../src/core/contact/parse'
import { canonicalValue } from '../../../src/core/contact/types'

const dir = new URL('../../../registry/projects/', import.meta.url)
const channels = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => {
    const p = ProjectSource.parse(JSON.parse(readFileSync(new URL(f, dir), 'utf8')))
    return [...p.channels, ...p.unconfirmed].map((c) => [p.id, c.type, c.value] as const)
  })


describe('registry channel values', () => {
  it('exist', () => expect(channels.length).toBeGreaterThan(50))
  it.each(channels)('%s %s %s parses to itself', (_, type, v) => {
    const c = parseAs(type, v)
    expect('error' in c ? c.error : canonicalValue(c)).toBe(v)
  })
})
