// Prints the gzip sizes of the embed build (dist/embed, made by `pnpm run build`): the widget as a page
// loads it, the PDF chunks that load only when a PDF is made or opened, and – from a second build with
// React left out – the widget without React; then what a host that bundles the React entry with esbuild
// gets, and what weighs most in it. Figures to read, not a budget that fails the build.
import { readFileSync, existsSync, rmSync, mkdtempSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = 'osallisuus-arvio.js';

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
/** The budget of the widget without React, first paint, gzip (issue #13). `--budget` fails the run over it. */
const AIM = 60 * 1024;
const budget = process.argv.includes('--budget');
const over = [];
const versusAim = (n) => `aim ≤ ${kb(AIM)}: ${n <= AIM ? 'within' : `OVER by ${kb(n - AIM)}`}`;

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

function report(dir, label, aim = false) {
  const { widget, lazyGroups } = graph(dir);
  const widgetSize = widget.reduce((n, f) => n + gz(join(dir, f)), 0);
  const parts = widget.map((f) => `${f.replace(/-[\w-]{8}\.js$/, '.js')} ${kb(gz(join(dir, f)))}`);
  console.log(`${label}: ${kb(widgetSize)} gzip${aim ? ` (${versusAim(widgetSize)})` : ''} (${parts.join(', ')})`);
  for (const g of lazyGroups) {
    const size = g.files.reduce((n, f) => n + gz(join(dir, f)), 0);
    const code = g.files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    console.log(`  ${kb(size).padStart(9)}  ${whatLoads(code, g.files)}: ${g.files.join(', ')}`);
  }
  return { widgetSize, lazyGroups };
}

/** What a lazy chunk is and when the widget loads it, told from its code. */
function whatLoads(code, files) {
  if (files.length === 0) return 'nothing new (already loaded with the page)';
  const byName = lazyByName(files.join(' '));
  if (byName) return byName;
  if (/renderAppendix/.test(code)) return 'PDF maker (jsPDF + @osallisuusarvio/pdf), loaded on "Luo PDF-liite"';
  if (/readAppendix/.test(code))
    return 'PDF reader (@osallisuusarvio/pdf/read, without jsPDF), loaded on opening a PDF';
  if (/html2canvas|DOMPurify|Canvg/.test(code))
    return 'jsPDF optional dependency, loaded only by jsPDF .html()/SVG, never by this widget';
  if (/jspdf-optional-stub|optional dependency/.test(files.join(' ') + code))
    return 'stand-in for a jsPDF optional dependency, never loaded by this widget';
  return 'lazy chunk (unrecognised: read its code to tell when it loads)';
}

/** The widget's own lazy chunks, told by their entry's file name (the same in the embed and a host's build). */
function lazyByName(names) {
  if (/(^|[/ ])evaluate-entry-/.test(names))
    return 'the evaluation (evaluate, the rules, their legal texts), asked for as the form mounts; until it has come, findings and progress say "checking" and the PDF waits';
  if (/(^|[/ ])findings-/.test(names))
    return "the findings' list, their answers and legal references, asked for with the evaluation as the form mounts";
  if (/(^|[/ ])validation-/.test(names))
    return 'the schema and the parser (zod), asked for as the form mounts; a stored draft or a host\'s value is read once it has come ("opening" shows until then), and checking waits for it, typing does not';
  if (/(^|[/ ])later-parts-/.test(names))
    return 'the steps after the first (and what only they use), asked for with the first render, before "Next" is pressed';
  return undefined;
}

const embed = join(root, 'dist/embed');
if (!existsSync(join(embed, ENTRY))) {
  console.error('dist/embed is missing: run `pnpm --filter @osallisuusarvio/react run build` first.');
  process.exit(1);
}

console.log('@osallisuusarvio/react embed build (gzip -9)');
report(embed, '  widget with React (loaded with the page)');

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
  const { widgetSize } = report(out, '  widget without React (react, react-dom external), loaded with the page', true);
  if (widgetSize > AIM) over.push(`the embed build without React, ${kb(widgetSize)}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}

const hostSize = await hostBundle();
if (hostSize > AIM) over.push(`a React host's esbuild bundle, ${kb(hostSize)}`);
if (budget && over.length > 0) {
  console.error(`size budget: the first paint is over ${kb(AIM)} gzip: ${over.join('; ')}.`);
  process.exit(1);
}
if (budget) console.log(`size budget: both first paints within ${kb(AIM)} gzip.`);

/**
 * A React host that bundles `@osallisuusarvio/react` (its dist, as published) with esbuild, minified, with
 * React, react-dom and the PDF package left to the host (the PDF package is loaded only when a PDF is made).
 * esbuild keeps more than Vite's Rollup-style tree-shaking does, so the two builds are measured apart.
 */
async function hostBundle() {
  const { build: esbuild } = await import('esbuild');
  const result = await esbuild({
    entryPoints: [join(root, 'dist/index.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: join(tmpdir(), 'oa-size-host'),
    write: false,
    metafile: true,
    external: ['react', 'react/*', 'react-dom', 'react-dom/*', '@osallisuusarvio/pdf', '@osallisuusarvio/pdf/*'],
    logLevel: 'silent',
  });
  const byPath = new Map(result.outputFiles.map((f) => [f.path, f.contents]));
  const outputs = result.metafile.outputs;
  const abs = (p) => resolve(process.cwd(), p);
  const entry = Object.keys(outputs).find((p) => outputs[p].entryPoint);
  // First paint: the entry chunk and the chunks it imports statically; the rest load on a dynamic import().
  const initial = new Set();
  const walk = (p) => {
    if (initial.has(p)) return;
    initial.add(p);
    for (const i of outputs[p].imports) if (i.kind === 'import-statement' && outputs[i.path]) walk(i.path);
  };
  walk(entry);
  const gzOf = (p) => gzipSync(byPath.get(abs(p)), { level: 9 }).length;
  const initialSize = [...initial].reduce((n, p) => n + gzOf(p), 0);
  console.log('A React host bundling @osallisuusarvio/react with esbuild (minified; react, react-dom, PDF external)');
  console.log(
    `  ParticipationAssessmentForm and mount, first paint: ${kb(initialSize)} gzip (${versusAim(initialSize)})`,
  );
  for (const p of Object.keys(outputs).filter((p) => !initial.has(p) && p.endsWith('.js')))
    console.log(
      `  ${kb(gzOf(p)).padStart(9)}  ${lazyByName(p.replace(/.*\//, '')) ?? 'lazy chunk'}: ${p.replace(/.*\//, '')}`,
    );

  // What weighs most: each input's share of the minified bytes, applied to the gzip size (an estimate, as
  // gzip has no per-input size), grouped by package and by core module.
  const shares = new Map();
  let minified = 0;
  for (const p of initial) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[p].inputs)) {
      const path = abs(input);
      const name = path.includes('/node_modules/')
        ? path
            .replace(/.*node_modules\//, '')
            .replace(/^((@[^/]+\/)?[^/]+)(\/v4\/(classic|mini|core|locales))?.*/, '$1$3')
        : path.startsWith(join(root, 'dist'))
          ? '@osallisuusarvio/react (the widget)'
          : `@osallisuusarvio/core ${coreModule(path)}`;
      shares.set(name, (shares.get(name) ?? 0) + bytesInOutput);
      minified += bytesInOutput;
    }
  }
  console.log('  heaviest parts of the first paint (gzip estimated from the share of minified bytes):');
  for (const [name, bytes] of [...shares].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${kb((bytes / minified) * initialSize).padStart(9)}  ${kb(bytes).padStart(9)} min  ${name}`);
  return initialSize;
}

/** A core module by its folder ("rules/", "catalogues/") or, at the top, its name ("parse.js"). */
function coreModule(path) {
  const rel = relative(join(root, '../core/dist'), path);
  return rel.includes(sep) ? `${rel.split(sep)[0]}/` : rel;
}
