// Bundles the `genuine` CLI (src/cli/main.ts and everything it imports) into one CommonJS script,
// `.genuine/cli/main.cjs`, so a run starts without transpiling TypeScript through tsx, and V8 can
// start it from a code cache (bin/genuine.mjs) instead of compiling it again at every start.
//
// `bin/genuine.mjs` checks at every start that the bundle is fresh: it stats the bundle's own
// inputs (listed by esbuild's metafile in `inputs.json`) and rebuilds when one's modification time
// differs from the one it was built from, or the file is gone, so a stale CLI cannot be forgotten
// after a `git pull` or an edit. `npm install` (the `prepare` script) and `npm run build` build it too.
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const OUT = join(ROOT, '.genuine/cli')
const ENTRY = join(OUT, 'main.cjs')
const META = join(OUT, 'inputs.json')

export async function buildCli() {
  // Loaded only when a build is needed: importing esbuild costs more than the whole check.
  const { build } = await import('esbuild')
  const started = Date.now()
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli/main.ts'],
    bundle: true,
    // One script: a command's modules are evaluated only when it runs (esbuild wraps what is
    // imported dynamically), so `check` never evaluates the registry tools, the moderators' code
    // or zod, and compiling the rest is what the code cache saves.
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: ENTRY,
    charset: 'utf8',
    legalComments: 'none',
    metafile: true,
    write: false,
    logLevel: 'warning',
    plugins: [ownImportMetaUrl],
  })
  // An input edited while the build ran is recorded as unknown, so the next run rebuilds.
  const finished = Date.now()
  const inputs = Object.fromEntries(
    [...Object.keys(result.metafile.inputs), 'package.json']
      .filter((file) => !file.startsWith('node_modules/'))
      .map((file) => [file, statSync(join(ROOT, file)).mtimeMs])
      .map(([file, mtime]) => [file, mtime >= started && mtime <= finished ? null : mtime]),
  )
  // The bundle's first line names its build, by content: bin/genuine.mjs keys the code cache on
  // it, since V8 accepts a cache made for any source of the same length.
  const code = result.outputFiles[0].text
  const id = createHash('sha256').update(code).digest('hex').slice(0, 16)
  // Two runs may rebuild at once (say, right after a pull): the bundle and the input list replace
  // the old ones by rename, so a run never starts from a half-written file.
  mkdirSync(OUT, { recursive: true })
  replace(ENTRY, `// genuine-cli-build ${id}\n${code}`)
  replace(META, JSON.stringify(inputs))
  // Caches of other builds, and the chunks of the earlier ES module bundle, are dead weight.
  for (const file of readdirSync(OUT)) {
    if (file.endsWith('.mjs') || (file.endsWith('.cache') && !file.includes(id))) rmSync(join(OUT, file), { force: true })
  }
}

function replace(path, contents) {
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, contents)
  renameSync(temporary, path)
}

/**
 * Each of our modules keeps its own `import.meta.url` inside the bundle, so code that finds files
 * relative to its source (the registry build's schema path, the pinned wrangler) works the same
 * bundled as under tsx.
 */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes('/node_modules/')) return undefined
      const source = readFileSync(args.path, 'utf8')
      if (!source.includes('import.meta.url')) return undefined
      const url = JSON.stringify(pathToFileURL(args.path).href)
      return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' }
    })
  },
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli()
