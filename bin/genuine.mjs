#!/usr/bin/env node
// The `genuine` CLI runs a prebuilt bundle (scripts/build-cli.mjs), rebuilt first whenever one of
// its sources changed: fast to start, and never stale. V8 starts the bundle from a code cache
// kept beside it, so a run does not compile a megabyte of JavaScript again.
//
// Node's own modules come through require(): importing one as an ES module builds a facade that
// runs all its lazy getters (node:fs would load every stream class), a tenth of a check's start.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { readFileSync, renameSync, statSync, writeFileSync } = require('node:fs')
const { join } = require('node:path')
const { Script } = require('node:vm')

const ROOT = join(import.meta.dirname, '..')
const OUT = join(ROOT, '.genuine/cli')
const ENTRY = join(OUT, 'main.cjs')

/** True when the bundle exists and none of its inputs changed since it was built. */
function fresh() {
  try {
    const inputs = Object.entries(JSON.parse(readFileSync(join(OUT, 'inputs.json'), 'utf8')))
    statSync(ENTRY)
    // Equal, not older: a source from a checkout with a skewed clock may be dated in the future.
    return inputs.every(([file, mtime]) => statSync(join(ROOT, file)).mtimeMs === mtime)
  } catch {
    return false // no bundle yet, or an input is gone
  }
}

if (!fresh()) await (await import('../scripts/build-cli.mjs')).buildCli()

const source = readFileSync(ENTRY, 'utf8')
// The cache is per build (V8 would take one made for any source of the same length) and per
// command (each compiles different functions as it runs).
const build = /^\/\/ genuine-cli-build (\w+)/.exec(source)?.[1] ?? 'unknown'
const command = ['check', 'registry', 'moderators'].includes(process.argv[2]) ? process.argv[2] : 'other'
const cachePath = join(OUT, `main.${build}.${command}.cache`)
let cachedData
try {
  cachedData = readFileSync(cachePath)
} catch {
  // none yet: this run makes it
}
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: ENTRY,
  cachedData,
})
if (!cachedData || script.cachedDataRejected) {
  // Made at exit, so it holds the functions the command compiled as it ran: code only (bytecode
  // of the bundle's own source), never a value the run computed or read.
  process.once('exit', () => {
    const temporary = `${cachePath}.${process.pid}.tmp`
    try {
      writeFileSync(temporary, script.createCachedData())
      renameSync(temporary, cachePath)
    } catch {
      // a read-only install just compiles at every start
    }
  })
}
const module = { exports: {} }
script.runInThisContext()(module.exports, createRequire(ENTRY), module, ENTRY, OUT)
