// Prints the gzip sizes of the embed build (dist/embed, made by `pnpm run build`): the widget as a page
// loads it, the PDF chunks that load only when a PDF is made or opened, and – from a second build with
// React left out – the widget without React. Figures to read, not a budget that fails the build.
import { readFileSync, existsSync, rmSync, mkdtempSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = 'osallisuus-arvio.js';

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Follows the static and dynamic imports of the built ES modules from the entry. */
function graph(dir) {
  const staticSet = new Set();
  const lazy = new Set();
  const importsOf = (file) => {
    const code = readFileSync(join(dir, file), 'utf8');
    const rel = (spec) => join(dirname(file), spec).replace(/^\.\//, '');
    const statics = [...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map(
      (m) => rel(m[1]),
    );
    const dynamics = [...code.matchAll(/import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) => rel(m[1]));
    return { statics, dynamics };
  };
  const walk = (file, set) => {
    if (set.has(file)) return;
    set.add(file);
    const { statics, dynamics } = importsOf(file);
    for (const s of statics) walk(s, set);
    for (const d of dynamics) lazy.add(d);
  };
  walk(ENTRY, staticSet);
  // Each lazy entry with what it imports statically, minus what the page has already loaded. A chunk that
  // two lazy entries share (the PDF reader's code, in the maker and the reader) counts for both.
  const lazyGroups = [];
  const done = new Set(staticSet);
  for (const entry of lazy) {
    if (done.has(entry)) continue;
    done.add(entry);
    const set = new Set();
    walk(entry, set);
    lazyGroups.push({ entry, files: [...set].filter((f) => !staticSet.has(f)) });
  }
  return { widget: [...staticSet], lazyGroups };
}

function report(dir, label) {
  const { widget, lazyGroups } = graph(dir);
  const widgetSize = widget.reduce((n, f) => n + gz(join(dir, f)), 0);
  const parts = widget.map((f) => `${f.replace(/-[\w-]{8}\.js$/, '.js')} ${kb(gz(join(dir, f)))}`);
  console.log(`${label}: ${kb(widgetSize)} gzip (${parts.join(', ')})`);
  return { widgetSize, lazyGroups };
}

const embed = join(root, 'dist/embed');
if (!existsSync(join(embed, ENTRY))) {
  console.error('dist/embed is missing: run `pnpm --filter @osallisuusarvio/react run build` first.');
  process.exit(1);
}

console.log('@osallisuusarvio/react embed build (gzip -9)');
const { lazyGroups } = report(embed, '  widget with React (loaded with the page)');
for (const g of lazyGroups) {
  const size = g.files.reduce((n, f) => n + gz(join(embed, f)), 0);
  const code = g.files.map((f) => readFileSync(join(embed, f), 'utf8')).join('\n');
  const what = /renderAppendix/.test(code)
    ? 'PDF maker (jsPDF + @osallisuusarvio/pdf), loaded on "Luo PDF-liite"'
    : /readAppendix/.test(code)
      ? 'PDF reader (@osallisuusarvio/pdf/read, without jsPDF), loaded on opening a PDF'
      : /html2canvas|DOMPurify|Canvg/.test(code)
        ? 'jsPDF optional dependency, loaded only by jsPDF .html()/SVG, never by this widget'
        : 'lazy chunk';
  console.log(`  ${kb(size).padStart(9)}  ${what}: ${g.files.join(', ')}`);
}

// Without React: the same build with react and react-dom left to the host.
const { build } = await import('vite');
const out = mkdtempSync(join(tmpdir(), 'oa-size-'));
try {
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    build: {
      outDir: out,
      emptyOutDir: true,
      sourcemap: false,
      rollupOptions: { external: [/^react($|\/)/, /^react-dom($|\/)/, 'scheduler'] },
    },
  });
  report(out, '  widget without React (react, react-dom external)');
} finally {
  rmSync(out, { recursive: true, force: true });
}
