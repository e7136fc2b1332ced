import { defineConfig } from 'tsup';

export default defineConfig({
  // index: run() for hosts and tests; cli: the `osallisuusarvio` command (shebang kept); worker: one render
  // thread of render; serve/worker: one render thread of the service.
  entry: ['src/index.ts', 'src/cli.ts', 'src/worker.ts', 'src/serve/worker.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  // import.meta.url in the CJS build, to find the worker next to the bundle.
  shims: true,
  treeshake: true,
});
