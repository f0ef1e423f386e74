/**
 * The repository stands alone: a clone with nothing beside it must test, evaluate and bench.
 * Any code, script or config that reaches for the team's shared folder beside it fails this test;
 * what the tests need is copied into `data/` with its provenance (data/README.md).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')
const SKIP = new Set(['node_modules', '.git', '.genuine', '.wrangler', 'dist', 'test-artifacts', 'data'])
const CODE = /\.(?:[cm]?[jt]sx?|json|toml|sh)$|^run$/

function* codeFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* codeFiles(path)
    else if (CODE.test(entry.name) && entry.name !== 'package-lock.json') yield path
  }
}

// Spelled in two parts so that this file does not match itself.
const OUTSIDE = new RegExp(['\\.\\./', 'shared\\b|[\'"`/]shared/data'].join(''))

describe('the repository stands alone', () => {
  it('no code, script or config reads the shared folder beside the repository', () => {
    const readers = [...codeFiles(ROOT)]
      .filter((file) => OUTSIDE.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file))
    expect(readers).toEqual([])
  })

  it('finds the files it is meant to scan (the walk is not empty)', () => {
    const files = [...codeFiles(ROOT)].map((file) => relative(ROOT, file))
    expect(files).toContain(join('scripts', 'eval.ts'))
    expect(files).toContain(join('.ci', 'run'))
  })
})
