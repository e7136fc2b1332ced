import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');
const NOTICES = join(PACKAGE, 'THIRD_PARTY_LICENSES.md');

beforeAll(() => {
  if (!existsSync(NOTICES) || !existsSync(join(PACKAGE, 'dist', 'metafile-esm.json')))
    execFileSync('pnpm', ['run', 'build'], { cwd: PACKAGE, stdio: 'ignore' });
});

/** The packages whose code esbuild put into dist/cli.js, by their directory under node_modules. */
function bundledPackages(): string[] {
  const { inputs } = JSON.parse(readFileSync(join(PACKAGE, 'dist', 'metafile-esm.json'), 'utf8')) as {
    inputs: Record<string, unknown>;
  };
  const dirs = new Set<string>();
  for (const input of Object.keys(inputs)) {
    const at = input.lastIndexOf('node_modules/');
    if (at < 0) continue;
    const rest = input.slice(at + 'node_modules/'.length).split('/');
    dirs.add(join(PACKAGE, input.slice(0, at), 'node_modules', ...rest.slice(0, rest[0]!.startsWith('@') ? 2 : 1)));
  }
  return [...dirs];
}

describe('the published command carries the licences of what it bundles', () => {
  const text = () => readFileSync(NOTICES, 'utf8');

  it('lists every bundled package with its licence and its own LICENSE text', () => {
    const dirs = bundledPackages();
    expect(dirs.length).toBeGreaterThanOrEqual(6);
    for (const dir of dirs) {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name: string;
        version: string;
        license: string;
      };
      expect(text()).toContain(`## ${pkg.name}@${pkg.version}\n\nLicense: ${pkg.license}\n`);
      const license = readFileSync(join(dir, 'LICENSE'), 'utf8').trim();
      expect(text()).toContain(license);
    }
    for (const name of ['jspdf', 'zod', 'fflate', 'pako', 'fast-png', 'hyphen'])
      expect(dirs.some((d) => d.endsWith(`/node_modules/${name}`))).toBe(true);
  });

  it('includes the embedded fonts’ OFL and the colour profile’s notice, which come with the PDF renderer', () => {
    expect(text()).toContain(readFileSync(join(PACKAGE, '..', 'pdf', 'fonts', 'OFL.txt'), 'utf8').trim());
    expect(text()).toContain('### assets/LICENSE-sRGB.txt');
    expect(text()).toContain('Bundled hyphenation patterns: ');
  });

  it('is in the published files, and the metafile is not', () => {
    const pkg = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('THIRD_PARTY_LICENSES.md');
    expect(pkg.files).toContain('!dist/metafile-*.json');
  });
});
