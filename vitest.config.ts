import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Finds Chromium once for the browser suites (see the file for what happens without one).
    globalSetup: ['test/setup/chromium.ts'],
    // Native addons (better-sqlite3, hnswlib-node) are safest in forked workers.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
