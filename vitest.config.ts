import { defineConfig } from 'vitest/config'

// Three kinds of test, each in the runtime it proves: the pure engine and CLI in Node, the
// Worker inside workerd, and the page and extension in real headless Chromium.
export default defineConfig({
  test: {
    projects: ['vitest.node.config.ts', 'vitest.worker.config.ts', 'vitest.browser.config.ts'],
  },
})
