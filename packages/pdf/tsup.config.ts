import { defineConfig } from 'tsup';

export default defineConfig({
  // read: the reader alone (`@osallisuusarvio/pdf/read`), without jsPDF, for the widget's import and the CLI's extract.
  entry: ['src/index.ts', 'src/read.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
});
