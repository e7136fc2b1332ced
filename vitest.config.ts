import { defineConfig } from 'vitest/config';

// Each package and test/ is a vitest project with its own config; the root run covers them all.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'test/vitest.config.*'],
    // `pnpm coverage` (or any run with --coverage): the share of the packages' source that the tests run,
    // printed as a summary and written to out/coverage/ (coverage-summary.json, and HTML to browse). Only
    // sources the tests load from src/ count: the flows and the CLI's tests use the other packages' dist/.
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.{ts,tsx}'],
      exclude: ['**/*.test.{ts,tsx}', '**/*.test-d.ts', '**/test-*.{ts,tsx}', '**/*.d.ts', '**/assets.generated.ts'],
      reporter: ['text-summary', 'json-summary', 'html'],
      reportsDirectory: 'out/coverage',
    },
  },
});
