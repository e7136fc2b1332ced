import { defineProject } from 'vitest/config';

// Real-browser tests: Debian chromium driven by playwright-core. They need the packages built
// (`pnpm run build`); global-setup.ts builds the static Storybook when it is missing or stale.
export default defineProject({
  test: {
    name: 'browser',
    root: import.meta.dirname,
    include: ['browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['browser/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    maxConcurrency: 2,
  },
});
