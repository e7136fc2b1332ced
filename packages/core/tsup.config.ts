import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    treeshake: true,
  },
  {
    // `@osallisuusarvio/core/testing`: the assessment arbitrary for property tests. Built apart so that the
    // main entry stays one file; its types name the main entry's (`import type` from the package itself).
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
