// Packs every published package as `pnpm publish` would (workspace: ranges replaced) and checks the tarballs:
// publint (package.json against the files), Are the Types Wrong (each `exports` entry's types under node16,
// bundler and, for the main entries, node10 resolution), and that nothing of the workspace leaks out.
// `pnpm check:packages`; run by .ci/run after the build.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PACKAGES = {
  core: {},
  pdf: {},
  // The embed build is an ES module for browsers (React inside): no CommonJS, by design. The CSS has no types.
  react: { exclude: ['./embed', './styles.css', './themes/suomifi.css', './themes/hds.css'], esmOnly: ['./embed'] },
  cli: {},
};
const REQUIRED_FILES = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'];

const bin = (name) => join(import.meta.dirname, '..', 'node_modules', '.bin', name);
const dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-packs-'));
let failed = 0;
const step = (label, command, args) => {
  const started = performance.now();
  try {
    execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    console.log(`ok    ${label} (${Math.round(performance.now() - started)} ms)`);
  } catch (e) {
    failed++;
    console.log(`FAIL  ${label}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
};
try {
  for (const [name, options] of Object.entries(PACKAGES)) {
    const pkgDir = join(import.meta.dirname, '..', 'packages', name);
    execFileSync('pnpm', ['pack', '--pack-destination', dir], { cwd: pkgDir, stdio: 'ignore' });
    const tarball = join(
      dir,
      readdirSync(dir).find((f) => f.startsWith(`osallisuusarvio-${name}-`)),
    );
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    const missing = REQUIRED_FILES.filter((f) => !listing.includes(`package/${f}`));
    const manifest = execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' });
    if (missing.length > 0 || manifest.includes('workspace:')) {
      failed++;
      console.log(
        `FAIL  ${name}: tarball lacks ${missing.join(', ') || '-'}; workspace: ranges left: ${manifest.includes('workspace:')}`,
      );
    } else console.log(`ok    ${name}: ${listing.filter(Boolean).length} files, no workspace: ranges`);
    step(`${name}: publint`, bin('publint'), ['run', tarball, '--strict', '--pack', 'false']);
    const exclude = options.exclude ? ['--exclude-entrypoints', ...options.exclude] : [];
    step(`${name}: attw, every entry (node16, bundler)`, bin('attw'), [
      tarball,
      '--profile',
      'node16',
      '--no-color',
      ...exclude,
    ]);
    step(`${name}: attw, main entry also under node10`, bin('attw'), [tarball, '--entrypoints', '.', '--no-color']);
    if (options.esmOnly)
      step(`${name}: attw, ${options.esmOnly.join(' ')} (ES module only)`, bin('attw'), [
        tarball,
        '--entrypoints',
        ...options.esmOnly,
        '--profile',
        'esm-only',
        '--no-color',
      ]);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(failed === 0 ? 'check:packages: all packages clean' : `check:packages: ${failed} problem(s)`);
process.exit(failed === 0 ? 0 : 1);
