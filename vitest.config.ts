import { defineConfig } from 'vitest/config';

// Each package and test/ is a vitest project with its own config; the root run covers them all.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'test/vitest.config.*'],
  },
});
