import { defineConfig } from 'vitest/config'

/** End-to-end: Playwright (playwright-core + Debian's Chromium) over `npm run web`. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 90_000,
    hookTimeout: 180_000
  }
})
