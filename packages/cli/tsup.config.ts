import { defineConfig } from 'tsup';
import type { Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

// jsPDF require()s fflate, which gives its CommonJS build; the renderer imports the ES one. In the bundle both
// would be compiled and would build their tables at start-up: jsPDF gets the ES build too.
const oneFflate: Plugin = {
  name: 'one-fflate',
  setup(build) {
    build.onResolve({ filter: /^fflate$/ }, async (args) => {
      if (args.kind !== 'require-call') return undefined;
      const resolved = await build.resolve('fflate', { kind: 'import-statement', resolveDir: args.resolveDir });
      return resolved.errors.length > 0 ? undefined : { path: resolved.path };
    });
  },
};

export default defineConfig([
  {
    // index: run() for hosts and tests; worker: one render thread of render; serve/worker: one render thread
    // of the service.
    entry: ['src/index.ts', 'src/worker.ts', 'src/serve/worker.ts'],
    format: ['esm', 'cjs'],
    dts: { entry: 'src/index.ts' },
    clean: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    // import.meta.url in the CJS build, to find the worker next to the bundle.
    shims: true,
    treeshake: true,
  },
  {
    // cli: the `osallisuusarvio` command (shebang kept), one file with its dependencies inside: Node then
    // resolves, reads and format-checks one module instead of some sixty (jsPDF, zod, fflate, the hyphenation
    // patterns), and parses no CommonJS for its exports, about half of a cold start's CPU time. The service's
    // web framework stays outside, loaded by `serve` alone.
    entry: ['src/cli.ts'],
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    treeshake: true,
    // dist/metafile-esm.json: which packages are inside, for THIRD_PARTY_LICENSES.md (scripts/third-party-licenses.mjs).
    metafile: true,
    // Outside too: jsPDF's optional HTML and SVG helpers (canvg, html2canvas, dompurify, core-js), which it
    // imports only when called and the appendix never calls.
    esbuildPlugins: [oneFflate],
    noExternal: [/^(?!fastify$|@fastify\/|canvg$|html2canvas$|dompurify$|core-js\/)/],
    external: ['fastify', /^@fastify\//, 'canvg', 'html2canvas', 'dompurify', /^core-js\//],
    // CommonJS inside the bundle (jsPDF) calls require() for Node's own modules.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  },
]);
