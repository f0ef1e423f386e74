import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'node',
    include: ['test/core/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/registry/**/*.test.ts', 'test/repo/**/*.test.ts', 'test/wording/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
})
