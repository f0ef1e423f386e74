// Bundles the `genuine` CLI (src/cli/main.ts and everything it imports) into `.genuine/cli/`, so a
// run starts in tens of milliseconds instead of transpiling TypeScript through tsx on every start.
//
// `bin/genuine.mjs` calls `freshCli()` at every start: it stats the bundle's own inputs (listed by
// esbuild's metafile) and rebuilds when one's modification time differs from the one it was built
// from, or the file is gone, so a stale CLI cannot be forgotten after a `git pull` or an edit. `npm install` (the `prepare` script) and `npm run build` build it too.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const OUT = join(ROOT, '.genuine/cli')
const ENTRY = join(OUT, 'main.mjs')
const META = join(OUT, 'inputs.json')

/** The bundle's entry as a file URL, rebuilt first if any of its sources changed. */
export async function freshCli() {
  if (!fresh()) await buildCli()
  return pathToFileURL(ENTRY).href
}

function fresh() {
  try {
    statSync(ENTRY)
    const inputs = Object.entries(JSON.parse(readFileSync(META, 'utf8')))
    // Equal, not older: a source from a checkout with a skewed clock may be dated in the future.
    return inputs.every(([file, mtime]) => statSync(`${ROOT}/${file}`).mtimeMs === mtime)
  } catch {
    return false // no bundle yet, or an input is gone
  }
}

export async function buildCli() {
  // Loaded only when a build is needed: importing esbuild costs more than the whole check.
  const { build } = await import('esbuild')
  const started = Date.now()
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { main: 'src/cli/main.ts' },
    bundle: true,
    splitting: true, // `check` never loads the registry tools or the moderators' code
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: OUT,
    outExtension: { '.js': '.mjs' },
    charset: 'utf8',
    legalComments: 'none',
    metafile: true,
    write: false,
    logLevel: 'warning',
    // CommonJS dependencies bundled into ESM still call require() for Node's built-ins.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
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
  // Two runs may rebuild at once (say, right after a pull). Chunks are named by their content, so
  // writing one twice is harmless; the entry and the input list replace the old ones by rename,
  // so a run never starts from a half-written file.
  mkdirSync(OUT, { recursive: true })
  for (const file of result.outputFiles) if (file.path !== ENTRY) writeFileSync(file.path, file.contents)
  replace(ENTRY, result.outputFiles.find((file) => file.path === ENTRY).contents)
  replace(META, JSON.stringify(inputs))
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
