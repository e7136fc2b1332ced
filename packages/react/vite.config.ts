import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { existsSync } from 'node:fs';

// Until @osallisuusarvio/pdf is built, leave it to the browser to resolve (the PDF button then fails with a
// clear error); the real build bundles it as its own chunk.
const pdfBuilt = existsSync(new URL('../pdf/dist/index.js', import.meta.url));
if (!pdfBuilt) console.warn('@osallisuusarvio/pdf is not built: the embed build leaves it external.');

// The embed build for hosts without React: one ES module with React inside, the PDF maker
// (`@osallisuusarvio/pdf`, jsPDF) in its own chunk that is fetched only when a PDF is made.
const optionalStub = new URL('./src/jspdf-optional-stub.ts', import.meta.url).pathname;

// The widget's own modules take core without the evaluation, which loads later (`@osallisuusarvio/core/evaluate`):
// see tsup.config.ts. The PDF maker, in its own chunk, keeps core's main entry.
const widgetSrc = new URL('./src/', import.meta.url).pathname;
const coreForm: Plugin = {
  name: 'osallisuusarvio-core-form',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source !== '@osallisuusarvio/core' || !importer?.startsWith(widgetSrc)) return null;
    return this.resolve('@osallisuusarvio/core/form', importer, { skipSelf: true });
  },
};

export default defineConfig({
  plugins: [react(), coreForm],
  resolve: {
    alias: { html2canvas: optionalStub, dompurify: optionalStub, canvg: optionalStub },
  },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: 'src/embed.ts',
      formats: ['es'],
      fileName: () => 'osallisuus-arvio.js',
    },
    rollupOptions: {
      external: pdfBuilt ? [] : ['@osallisuusarvio/pdf', '@osallisuusarvio/pdf/read'],
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // zod probes `new Function` when core builds its schemas on import; under a CSP without
        // 'unsafe-eval' the probe is caught but still reported as a violation. zod keeps its config on
        // globalThis, so the chunk that holds zod switches the JIT off before zod runs, unless the page chose.
        banner: (chunk) =>
          chunk.moduleIds.some((id) => /[\\/]zod[\\/]v4[\\/]core[\\/]/.test(id))
            ? '(globalThis.__zod_globalConfig ??= {}).jitless ??= true;'
            : '',
      },
    },
  },
});
