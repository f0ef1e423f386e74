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
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { zip } from './zip.mjs'

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

/**
 * zod's `z` namespace re-exports all of its ~40 error-message locales (about 250 KB minified), and
 * a namespace object defeats tree shaking. Nothing here reads `z.locales`; zod's default English
 * messages come from their own module, so replacing the index with an empty module is safe.
 */
const dropZodLocales = {
  name: 'drop-zod-locales',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.importer.includes('/node_modules/zod/') ? { path: 'zod-locales', namespace: 'empty' } : undefined,
    )
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {}', loader: 'js' }))
  },
}

const result = await build({
  absWorkingDir: ROOT,
  entryPoints: {
    background: 'extension/src/background.ts',
    content: 'extension/src/content.ts',
    popup: 'extension/src/pages/popup.ts',
    warning: 'extension/src/pages/warning.ts',
  },
  outdir,
  bundle: true,
  // Classic scripts: a content script cannot be a module, and one format keeps the four alike.
  format: 'iife',
  target: 'chrome116',
  minify: true,
  legalComments: 'external',
  metafile: true,
  define: { GENUINE_REGISTRY_URL: JSON.stringify(new URL('/api/v1/registry', workerUrl).href) },
  logLevel: 'warning',
  plugins: [dropZodLocales],
}).catch(() => process.exit(1)) // esbuild has already printed what failed

const manifest = JSON.parse(readFileSync(join(HERE, 'manifest.json'), 'utf8'))
manifest.version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version
// The one host the extension may fetch from: the Worker that serves the registry.
manifest.host_permissions = [`${workerUrl.protocol}//${workerUrl.hostname}/*`]
writeFileSync(join(outdir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
cpSync(join(HERE, '_locales'), join(outdir, '_locales'), { recursive: true })
for (const page of ['popup.html', 'warning.html', 'pages.css']) {
  cpSync(join(HERE, 'src/pages', page), join(outdir, page))
}
cpSync(join(REGISTRY_DIST, 'registry.json'), join(outdir, 'registry.json'))

const files = listFiles(outdir).filter((f) => !f.endsWith('.zip'))
const zipPath = join(outdir, 'genuine-extension.zip')
writeFileSync(zipPath, zip(files.map((f) => ({ name: relative(outdir, f), data: readFileSync(f) }))))

let total = 0
for (const [file, { bytes }] of Object.entries(result.metafile.outputs)) {
  if (!file.endsWith('.js')) continue
  total += bytes
  console.log(`  ${relative(ROOT, resolve(ROOT, file)).padEnd(36)} ${kb(bytes)}`)
}
console.log(`  ${'JavaScript total'.padEnd(36)} ${kb(total)} (target ${kb(JS_BUDGET)})`)
console.log(`  ${relative(ROOT, zipPath).padEnd(36)} ${kb(statSync(zipPath).size)}`)
console.log(`Worker: ${manifest.host_permissions[0]}; load ${relative(process.cwd(), outdir) || '.'} unpacked`)
if (total > JS_BUDGET) console.warn(`warning: JavaScript is over the ${kb(JS_BUDGET)} target`)

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  )
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`
}
