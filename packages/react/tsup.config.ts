import { copyFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

// `import css from './styles.css?inline'` gives the CSS as text (for the shadow root's constructable
// stylesheet), as Vite does; one CSS file stays the single source of the styles.
const cssInline: Plugin = {
  name: 'css-inline',
  setup(build) {
    // The resolved path must not end in .css, or tsup's own CSS plugin takes the file over.
    build.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: `${new URL(args.path.replace(/\?inline$/, ''), `file://${args.resolveDir}/`).pathname}.inline`,
      namespace: 'css-inline',
    }));
    // Minified, as Vite gives `?inline` CSS in the embed build: comments and indentation are not for browsers.
    build.onLoad({ filter: /.*/, namespace: 'css-inline' }, async (args) => {
      const css = readFileSync(args.path.replace(/\.inline$/, ''), 'utf8');
      const { code } = await build.esbuild.transform(css, { loader: 'css', minify: true });
      return { contents: code, loader: 'text' };
    });
  },
};

// The widget imports core's main entry in its source; its built code takes `@osallisuusarvio/core/form`, the
// same without the evaluation, which the widget loads later through `@osallisuusarvio/core/evaluate`. A host's
// bundler would otherwise put the rules into the first paint (a module two entries reach loads with both).
// Rewritten after the build: tsup marks dependencies external before a plugin could resolve them.
function importCoreForm(): void {
  for (const file of readdirSync('dist')) {
    if (!/\.c?js$/.test(file)) continue;
    const code = readFileSync(`dist/${file}`, 'utf8');
    const next = code.replace(/(["'])@osallisuusarvio\/core\1/g, '$1@osallisuusarvio/core/form$1');
    if (next !== code) writeFileSync(`dist/${file}`, next);
  }
}

const external = [
  'react',
  'react-dom',
  'react-hook-form',
  '@hookform/resolvers',
  '@osallisuusarvio/core',
  '@osallisuusarvio/pdf',
];

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    treeshake: true,
    external,
    esbuildPlugins: [cssInline],
    onSuccess: async () => {
      importCoreForm();
      copyFileSync('src/styles.css', 'dist/styles.css');
      cpSync('src/themes', 'dist/themes', { recursive: true });
    },
  },
  // The types of the embed build (whose JavaScript Vite makes into dist/embed/): what src/embed.ts exports,
  // which is not the main entry (no React component there). Outside dist/embed/, which Vite empties.
  {
    entry: { embed: 'src/embed.ts' },
    format: ['esm'],
    dts: { only: true },
    clean: false,
    target: 'es2022',
    external,
    esbuildPlugins: [cssInline],
  },
]);
