import { defineProject } from 'vitest/config'

// Real headless Chromium (Debian's package) driven by playwright-core. One file at a time:
// each starts its own browser and server, and the machine has two cores.
export default defineProject({
  test: {
    name: 'browser',
    include: ['test/browser/**/*.test.ts', 'test/extension/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
