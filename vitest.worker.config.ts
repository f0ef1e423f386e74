import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers'
import { getPublicKeyAsync, utils } from '@noble/ed25519'
import { bytesToHex } from '@noble/hashes/utils.js'
import { fileURLToPath } from 'node:url'
import { defineProject } from 'vitest/config'

// The Worker's tests run inside workerd with a real D1, migrated by the real migrations/ files.
// A fresh reports key per run: tests read its public half from TEST_REPORTS_PUBLIC_KEY.
const reportsKey = utils.randomSecretKey()

export default defineProject({
  plugins: [
    cloudflareTest(async () => ({
      main: './src/worker/index.ts',
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        bindings: {
          REPORTS_SIGNING_KEY: bytesToHex(reportsKey),
          TEST_REPORTS_PUBLIC_KEY: bytesToHex(await getPublicKeyAsync(reportsKey)),
          // The fuzz pass's length and seed (test/worker/fuzz.test.ts): short in `npm test`,
          // longer in `npm run fuzz`; a seed reproduces a failure.
          FUZZ_SECONDS: process.env.GENUINE_FUZZ_SECONDS ?? '20',
          FUZZ_SEED: process.env.GENUINE_FUZZ_SEED ?? String(Date.now() % 1e9),
          TEST_MIGRATIONS: await readD1Migrations(fileURLToPath(new URL('./migrations', import.meta.url))),
        },
      },
    })),
  ],
  test: {
    name: 'worker',
    include: ['test/worker/**/*.test.ts'],
    setupFiles: ['./test/worker/setup.ts'],
    testTimeout: 30_000,
  },
})
