// `npm run bench`: measures the engine as it ships. The Worker (wrangler) and the extension run
// esbuild bundles, so the benchmark does too: tsx's per-module transform keeps function names
// and adds hooks that a shipped bundle does not have.
import { build } from 'esbuild'

const outfile = '.genuine/bench/index.mjs'
await build({
  entryPoints: ['bench/index.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  // The cold-start bench builds its own bundles; esbuild's API finds its binary from node_modules.
  external: ['esbuild'],
  logLevel: 'warning',
})
await import(`../${outfile}`)
