import { defineConfig } from 'tsup';

export default defineConfig([
  // ES modules one file per source module, not one bundle: with "sideEffects": false a host's bundler then
  // leaves out whole modules the host does not use (the report, the notice, the examples, the evaluation
  // schema), and can put the modules only the PDF maker uses into the PDF maker's lazy chunk. In one bundled
  // file every module-level statement (a schema built on import) stays in every host's bundle.
  {
    entry: [
      'src/**/*.ts',
      '!src/**/*.test.ts',
      '!src/**/*.test-d.ts',
      '!src/**/*.d.ts',
      '!src/**/*-fixtures.ts',
      '!src/**/test-*.ts',
      '!src/testing/**',
    ],
    bundle: false,
    format: ['esm'],
    dts: {
      entry: ['src/index.ts', 'src/evaluate-entry.ts', 'src/form.ts', 'src/first-paint.ts', 'src/parse-entry.ts'],
    },
    clean: true,
    sourcemap: true,
    target: 'es2022',
  },
  // CommonJS has no tree-shaking to gain from modules: the main entry, `./evaluate`, `./form` and `./parse`
  // share one chunk, so that `require('@osallisuusarvio/core/evaluate').evaluate` is the main entry's own function.
  {
    entry: ['src/index.ts', 'src/evaluate-entry.ts', 'src/form.ts', 'src/first-paint.ts', 'src/parse-entry.ts'],
    format: ['cjs'],
    dts: true,
    splitting: true,
    clean: false,
    sourcemap: true,
    target: 'es2022',
    treeshake: true,
  },
  {
    // `@osallisuusarvio/core/testing`: the assessment arbitrary for property tests, built apart; its types
    // name the main entry's (`import type` from the package itself).
    entry: { testing: 'src/testing/arbitrary.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    sourcemap: true,
    target: 'es2022',
    treeshake: true,
    external: ['fast-check', '@osallisuusarvio/core'],
  },
]);
