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

  it('carries the authors’ terms of each bundled hyphenation pattern, which the hyphen package’s ISC licence does not cover', () => {
    const { inputs } = JSON.parse(readFileSync(join(PACKAGE, 'dist', 'metafile-esm.json'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    const bundled = Object.keys(inputs)
      .map((f) => /\/hyphen\/patterns\/([\w-]+)\.js$/.exec(f)?.[1])
      .filter((name): name is string => name !== undefined);
    expect(bundled.sort()).toEqual(['en-gb', 'fi', 'sv']);
    // Quoted from the hyph-utf8 sources: hyph-fi.tex, hyph-sv.tex, hyph-en-gb.tex.
    const terms: Record<string, string[]> = {
      fi: ['Copyright (C) 1986, 1988, 1989 Kauko Saarinen', 'Patterns may be freely distributed'],
      sv: [
        'Copyright 1994 by Jan Michael Rynning',
        'under the conditions of the LaTeX Project Public License, either version 1.2 of this license or (at your option) any later version',
      ],
      'en-gb': [
        'Copyright (C) 1992, 1996, 2005, 2016 Dominik Wujastyk, Graham Toal',
        'Permission is hereby granted, free of charge, to any person',
      ],
    };
    for (const name of bundled) {
      const section = text().split(`### Patterns ${name}: `)[1]?.split('\n### ')[0];
      expect(section, name).toBeDefined();
      for (const t of terms[name]!) expect(section).toContain(t);
    }
  });

  it('is in the published files, and the metafile is not', () => {
    const pkg = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('THIRD_PARTY_LICENSES.md');
    expect(pkg.files).toContain('!dist/metafile-*.json');
  });
});
