/**
 * What each part of the built extension loads. The service worker wakes for every navigation,
 * so it carries the host check and the registry verification only; the popup runs the whole
 * engine (phone numbers, messages, recovery phrases) on its own, from chunks shared with the
 * service worker. Read from the files the build writes, as Chromium loads them.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildExtension, WORKER_HOST } from './harness'

/** A key of libphonenumber-js's metadata, and the start of the English BIP-39 word list. */
const PHONE_METADATA = /country_calling_codes/
const BIP39_WORDS = /abandon(\\n|\n)ability(\\n|\n)able/

let outdir: string
beforeAll(() => {
  outdir = buildExtension()
})

const read = (file: string) => readFileSync(join(outdir, file), 'utf8')

/** A module and every module it imports statically: the code its context loads. */
function loaded(file: string, seen = new Map<string, string>()): Map<string, string> {
  if (seen.has(file)) return seen
  const code = read(file)
  seen.set(file, code)
  for (const [, spec] of code.matchAll(/(?:from|import)\s*"(\.\/[^"]+)"/g)) {
    loaded(join(file, '..', spec!), seen)
  }
  return seen
}
const codeOf = (entry: string) => [...loaded(entry).values()].join('\n')

describe('the built extension', () => {
  it('declares a module service worker and module pages, so they share chunks', () => {
    const manifest = JSON.parse(read('manifest.json'))
    expect(manifest.background).toEqual({ service_worker: 'background.js', type: 'module' })
    for (const page of ['popup', 'warning']) {
      expect(read(`${page}.html`)).toContain(`<script type="module" src="${page}.js"></script>`)
    }
    const worker = loaded('background.js')
    expect([...loaded('popup.js').keys()].filter((f) => worker.has(f))).not.toEqual([])
  })

  it('keeps phone metadata and recovery-phrase word lists out of the service worker', () => {
    const worker = codeOf('background.js')
    expect(worker).not.toMatch(PHONE_METADATA)
    expect(worker).not.toMatch(BIP39_WORDS)
    expect(worker).toContain(`http://${WORKER_HOST}/api/v1/registry`) // it does sync the registry
  })

  it('gives the popup the whole engine, and the content script the phrase guard', () => {
    const popup = codeOf('popup.js')
    expect(popup).toMatch(PHONE_METADATA)
    expect(popup).toMatch(BIP39_WORDS)
    const guard = read('content/guard.js')
    expect(guard).toMatch(BIP39_WORDS)
    expect(guard).not.toMatch(PHONE_METADATA)
  })

  it('runs only listeners at document_start: the content script loads its parts when needed', () => {
    const content = read('content.js')
    expect(content).not.toMatch(BIP39_WORDS)
    expect(content).not.toMatch(/^import\b/m) // a content script cannot be a module...
    expect(content.length).toBeLessThan(4 * 1024)
    // ...but may import web-accessible modules, each whole (no relative imports: see build.mjs),
    // behind a per-session URL that no page can probe.
    const { web_accessible_resources: shared } = JSON.parse(read('manifest.json'))
    expect(shared).toEqual([expect.objectContaining({ resources: ['content/*'], use_dynamic_url: true })])
    expect(content).toContain('import(chrome.runtime.getURL(`content/${')
    for (const part of ['guard', 'marks', 'labels', 'caution']) {
      expect(read(`content/${part}.js`)).not.toMatch(/(?:from|import)\s*"\.\//)
    }
  })
})
