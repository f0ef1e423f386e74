// `npm run build:extension`: bundles the extension with esbuild into extension/dist/ (load it
// unpacked) and writes extension/dist/genuine-extension.zip for a store upload.
//
//   GENUINE_WORKER_URL=https://genuine.example.org npm run build:extension
//
// Options: --worker-url URL (default $GENUINE_WORKER_URL, else the local `npm start` Worker)
//          --outdir DIR     (default extension/dist)
// It ships the signed registry snapshot and the pinned keys from `.genuine/dist/`, building them
// first (`genuine registry build`) when they are missing.
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { ICON_SIZES, png } from '../scripts/icon.mjs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createRequire } from 'node:module'
import { gzipSync } from 'node:zlib'
import { parseArgs } from 'node:util'
import { zip } from './zip.mjs'
import { pageAliases } from './page-aliases.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = resolve(HERE, '..')
const REGISTRY_DIST = join(ROOT, '.genuine/dist')
/** The bundle-size target from issue 4: all JavaScript together. */
const JS_BUDGET = 300 * 1024

const { values } = parseArgs({
  options: { 'worker-url': { type: 'string' }, outdir: { type: 'string' } },
})
const workerUrl = new URL(
  values['worker-url'] ?? process.env.GENUINE_WORKER_URL ?? 'http://127.0.0.1:8787',
)
const outdir = resolve(values.outdir ?? join(HERE, 'dist'))

if (!existsSync(join(REGISTRY_DIST, 'registry.json')) || !existsSync(join(REGISTRY_DIST, 'registry-module.ts'))) {
  console.log('registry snapshot missing: running `genuine registry build`')
  execFileSync(process.execPath, [join(ROOT, 'bin/genuine.mjs'), 'registry', 'build', '--quiet'], {
    cwd: ROOT,
    stdio: 'inherit',
  })
}

rmSync(outdir, { recursive: true, force: true })
mkdirSync(outdir, { recursive: true })

const require = createRequire(import.meta.url)
const ZOD = dirname(require.resolve('zod/package.json'))

/**
 * zod's `z` is a namespace object re-exporting all of zod: its ~40 error-message locales (about
 * 250 KB minified), JSON-Schema import, the schema compiler, coercion. A namespace object used as
 * a value defeats tree shaking, so everything ships. Our code only builds schemas (`z.object`,
 * `z.string`, `z.iso.datetime`...), so `zod` here is the same `z` drawn from zod's own classic
 * schema modules alone: the very schemas and parsers, without what no schema reaches. zod's
 * English messages come from their own module. A `z.` member outside these modules would ship as
 * `undefined`, so the build checks every one our sources use (`missingZodMembers`). Saves ~80 KB.
 */
const zodSchemasOnly = {
  name: 'zod-schemas-only',
  setup(b) {
    b.onResolve({ filter: /^zod$/ }, (args) =>
      args.importer.includes('/node_modules/')
        ? undefined
        : { path: 'zod', namespace: 'zod-schemas-only' },
    )
    b.onResolve({ filter: /^zod-members$/, namespace: 'zod-schemas-only' }, () => ({
      path: 'zod-members',
      namespace: 'zod-schemas-only',
    }))
    b.onLoad({ filter: /^zod$/, namespace: 'zod-schemas-only' }, () => ({
      contents: "export * as z from 'zod-members'",
      loader: 'js',
    }))
    b.onLoad({ filter: /^zod-members$/, namespace: 'zod-schemas-only' }, () => ({
      contents: [
        `export * from ${JSON.stringify(join(ZOD, 'v4/classic/schemas.js'))}`,
        `export * as iso from ${JSON.stringify(join(ZOD, 'v4/classic/iso.js'))}`,
      ].join('\n'),
      loader: 'js',
      resolveDir: ZOD,
    }))
    // Every schema carries JSON-Schema conversion methods (`toJSONSchema`, `~standard.jsonSchema`),
    // whose code is loaded with it although nothing here converts a schema: the same functions,
    // but each one throwing if ever called.
    const jsonSchemaModules = /\/zod\/v4\/core\/(json-schema-processors|to-json-schema)\.js$/
    b.onLoad({ filter: jsonSchemaModules }, async (args) => ({
      contents: Object.keys(await import(pathToFileURL(args.path).href))
        .map((name) => `export function ${name}() { throw new Error('zod: no JSON Schema here') }`)
        .join('\n'),
      loader: 'js',
    }))
    // Whatever still reaches the locales' index (zod's config) gets an empty one.
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.importer.includes('/node_modules/zod/')
        ? { path: 'zod-locales', namespace: 'empty' }
        : undefined,
    )
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {}', loader: 'js' }))
  },
}

const common = {
  absWorkingDir: ROOT,
  outdir,
  bundle: true,
  target: 'chrome116',
  minify: true,
  legalComments: 'external',
  // Chromium reads extension scripts as UTF-8. Left ASCII, every Chinese word, confusable and
  // BIP-39 word would be a six-byte \uXXXX escape instead of three bytes: 57 KB more.
  charset: 'utf8',
  metafile: true,
  define: { GENUINE_REGISTRY_URL: JSON.stringify(new URL('/api/v1/registry', workerUrl).href) },
  logLevel: 'warning',
  plugins: [zodSchemasOnly],
}
/** Where the content script's lazily loaded modules go (lib/lazy.ts imports them from there). */
const LAZY = 'content'
const started = performance.now()
const results = await Promise.all([
  // The service worker and the pages are ES modules (a module service worker, `<script
  // type=module>`), so code they share is one chunk, downloaded and stored once.
  build({
    ...common,
    entryPoints: {
      background: 'extension/src/background.ts',
      popup: 'extension/src/pages/popup.ts',
      warning: 'extension/src/pages/warning.ts',
      judge: 'extension/src/pages/judge.ts',
    },
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  }),
  // A content script cannot be a module: it is one small classic script, run at document_start
  // in every frame, that only registers listeners (extension/src/content.ts)...
  build({ ...common, entryPoints: { content: 'extension/src/content.ts' }, format: 'iife' }),
  // ...and imports what a frame turns out to need from these web-accessible modules
  // (lib/lazy.ts). Each is whole, without shared chunks: behind a per-session URL (below) a
  // module's own relative imports fail to load in Chromium. The page-marks prefilter's names
  // come from the shipped registry (see page-aliases.mjs).
  build({
    ...common,
    entryPoints: {
      [`${LAZY}/guard`]: 'extension/src/lib/guard-checks.ts',
      [`${LAZY}/marks`]: 'extension/src/features/page-marks.ts',
      [`${LAZY}/labels`]: 'extension/src/features/search-labels.ts',
      [`${LAZY}/caution`]: 'extension/src/lib/caution-ui.ts',
    },
    format: 'esm',
    define: { ...common.define, GENUINE_PAGE_ALIASES: JSON.stringify(pageAliases(snapshotProjects())) },
  }),
]).catch(() => process.exit(1)) // esbuild has already printed what failed
const buildMs = performance.now() - started
const missing = await missingZodMembers(results.map((r) => r.metafile))
if (missing.length) {
  console.error(`error: not in zod's classic schema modules (see zodSchemasOnly): ${missing.join(', ')}`)
  process.exit(1)
}

const manifest = JSON.parse(readFileSync(join(HERE, 'manifest.json'), 'utf8'))
manifest.version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version
// The one host the extension may fetch from: the Worker that serves the registry.
manifest.host_permissions = [`${workerUrl.protocol}//${workerUrl.hostname}/*`]
// The content script's lazy modules are fetched into the page's frames, so they must be
// web-accessible there; behind a per-session URL, so no page can probe for the extension.
manifest.web_accessible_resources = [
  { resources: [`${LAZY}/*`], matches: manifest.content_scripts[0].matches, use_dynamic_url: true },
]
// Icons at every size Chrome uses, drawn by scripts/icon.mjs (the page's favicon is the same drawing).
mkdirSync(join(outdir, 'icons'))
const icons = Object.fromEntries(ICON_SIZES.map((size) => [size, `icons/icon-${size}.png`]))
for (const [size, path] of Object.entries(icons)) writeFileSync(join(outdir, path), png(Number(size)))
manifest.icons = icons
manifest.action.default_icon = icons
writeFileSync(join(outdir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
cpSync(join(HERE, '_locales'), join(outdir, '_locales'), { recursive: true })
for (const page of ['popup.html', 'warning.html', 'judge.html', 'pages.css']) {
  cpSync(join(HERE, 'src/pages', page), join(outdir, page))
}
cpSync(join(REGISTRY_DIST, 'registry.json'), join(outdir, 'registry.json'))

const files = listFiles(outdir).filter((f) => !f.endsWith('.zip'))
const zipPath = join(outdir, 'genuine-extension.zip')
writeFileSync(zipPath, zip(files.map((f) => ({ name: relative(outdir, f), data: readFileSync(f) }))))

const outputs = Object.assign({}, ...results.map((r) => r.metafile.outputs))
const js = Object.keys(outputs).filter((f) => f.endsWith('.js'))
const sizeOf = (files) => files.reduce((sum, f) => sum + outputs[f].bytes, 0)
const gzipOf = (files) =>
  files.reduce((sum, f) => sum + gzipSync(readFileSync(resolve(ROOT, f))).length, 0)
const row = (label, files) =>
  console.log(`  ${label.padEnd(44)} ${kb(sizeOf(files)).padStart(9)} ${kb(gzipOf(files)).padStart(9)} gzip`)

/** An entry and every chunk it imports statically: what its context loads. */
function loaded(file, seen = new Set()) {
  if (seen.has(file)) return seen
  seen.add(file)
  for (const i of outputs[file].imports) if (i.kind === 'import-statement') loaded(i.path, seen)
  return seen
}

const out = (name) => relative(ROOT, join(outdir, name))
console.log(`built in ${Math.round(buildMs)} ms; JavaScript, minified:`)
for (const f of js) row(relative(outdir, resolve(ROOT, f)), [f])
const total = sizeOf(js)
row(`total shipped (target ${kb(JS_BUDGET)})`, js)
console.log('  loaded by each part:')
row('  service worker (every navigation)', [...loaded(out('background.js'))])
row('  popup (when opened)', [...loaded(out('popup.js'))])
row('  warning page (when a site is stopped)', [...loaded(out('warning.js'))])
row('  content script (every frame, at start)', [out('content.js')])
row('  + seed guard checks (first text field)', [out(`${LAZY}/guard.js`)])
row('  + page marks (top frame, when idle)', [out(`${LAZY}/marks.js`)])
row('  + search labels (a search engine\'s results)', [out(`${LAZY}/labels.js`)])
row('  + caution banner (a probable lookalike)', [out(`${LAZY}/caution.js`)])
const zipSize = kb(statSync(zipPath).size).padStart(9)
console.log(`  ${relative(ROOT, zipPath).padEnd(44)} ${zipSize} (the download, registry included)`)
console.log(`Worker: ${manifest.host_permissions[0]}; load ${relative(process.cwd(), outdir) || '.'} unpacked`)
if (total > JS_BUDGET) console.warn(`warning: JavaScript is over the ${kb(JS_BUDGET)} target`)

/** Every `z.member` our bundled sources use that the `z` built by zodSchemasOnly lacks. */
async function missingZodMembers(metafiles) {
  const schemas = await import(pathToFileURL(join(ZOD, 'v4/classic/schemas.js')).href)
  // Types, erased from the bundle: they need no value in zod's schema modules.
  const types = ['infer', 'input', 'output', 'RefinementCtx', 'ZodRawShape']
  const members = new Set([...Object.keys(schemas), 'iso', ...types])
  const missing = new Set()
  for (const file of new Set(metafiles.flatMap((m) => Object.keys(m.inputs)))) {
    if (file.includes('node_modules/') || !/\.tsx?$/.test(file)) continue
    const source = readFileSync(resolve(ROOT, file), 'utf8')
    if (!/from 'zod'/.test(source)) continue
    for (const [, name] of source.matchAll(/\bz\.(\w+)/g)) {
      if (!members.has(name)) missing.add(`${file}: z.${name}`)
    }
  }
  return [...missing]
}

function snapshotProjects() {
  return JSON.parse(readFileSync(join(REGISTRY_DIST, 'registry.json'), 'utf8')).signed.projects
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  )
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`
}
