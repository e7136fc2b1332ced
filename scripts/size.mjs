// Sizes, printed: gzip sizes of the real build output. Run: pnpm size (`pnpm size -- --budget` fails when the
// widget's first paint is over its budget, as CI does).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function report(label, bytes, aim) {
  const note = aim ? ` (aim ≤ ${kb(aim)}: ${gz(bytes) <= aim ? 'within' : 'OVER'})` : '';
  console.log(`${label.padEnd(58)} ${kb(bytes.length).padStart(9)} raw ${kb(gz(bytes)).padStart(9)} gzip${note}`);
}

// Core's own code as published (zod is a dependency, not bundled): its ES modules, one file per source module.
const coreModules = readdirSync('packages/core/dist', { recursive: true })
  .filter((f) => f.endsWith('.js'))
  .sort();
const coreDist = Buffer.concat(coreModules.map((f) => readFileSync(join('packages/core/dist', f))));
report(`@osallisuusarvio/core dist, ${coreModules.length} ES modules (zod external)`, coreDist);

// What core costs a browser bundle: minified with zod bundled, tree-shaken from the public entry.
for (const [label, external] of [
  ['@osallisuusarvio/core minified, zod external', ['zod']],
  ['@osallisuusarvio/core minified, zod bundled', []],
]) {
  const out = await build({
    entryPoints: ['packages/core/dist/index.js'],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external,
    logLevel: 'silent',
  });
  report(label, Buffer.from(out.outputFiles[0].contents));
}

// What a form or a server typically imports: the model, the checklist, the catalogues, parsing and the rules.
// Examples, the rule reference and the JSON Schema generator are tree-shaken away (core has no side effects).
const runtime = await build({
  stdin: {
    contents: `export { parseAssessment, evaluate, createAssessment, CHECKLIST, SECTIONS, CATALOGUES, FIELD_TEXTS, RULES, REGIONS, defineRule } from './packages/core/dist/index.js';`,
    resolveDir: process.cwd(),
  },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  external: ['zod'],
  logLevel: 'silent',
});
report(
  'core runtime (parse, evaluate, catalogues), zod external',
  Buffer.from(runtime.outputFiles[0].contents),
  25 * 1024,
);

// Core's dependency graph must hold no React and no jsPDF.
const tree = execFileSync(
  'pnpm',
  ['--filter', '@osallisuusarvio/core', 'list', '--prod', '--depth', 'Infinity', '--json'],
  { encoding: 'utf8' },
);
const forbidden = ['react', 'react-dom', 'jspdf'].filter((name) => tree.includes(`"${name}"`));
console.log(
  `core production dependencies free of React and jsPDF: ${forbidden.length === 0 ? 'yes' : `NO (${forbidden.join(', ')})`}`,
);

for (const pkg of ['pdf', 'react']) {
  const script = `packages/${pkg}/scripts/size.mjs`;
  if (existsSync(script))
    execFileSync('node', ['scripts/size.mjs', ...process.argv.slice(2)], { stdio: 'inherit', cwd: `packages/${pkg}` });
}
