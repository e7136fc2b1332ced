import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');
const EMBED = join(PACKAGE, 'dist', 'embed');
const NOTICES = join(EMBED, 'THIRD_PARTY_LICENSES.md');

beforeAll(() => {
  if (!existsSync(NOTICES)) execFileSync('pnpm', ['exec', 'vite', 'build'], { cwd: PACKAGE, stdio: 'ignore' });
}, 120_000);

/** The packages the embed build's source maps name, an account of what is inside independent of the plugin. */
function packagesInSourceMaps(): Set<string> {
  // The entry itself only re-exports its first-paint chunk, so it may have no map of its own.
  const maps = [
    ...[join(EMBED, 'osallisuus-arvio.js.map')].filter((f) => existsSync(f)),
    ...readdirSync(join(EMBED, 'chunks'))
      .filter((f) => f.endsWith('.js.map'))
      .map((f) => join(EMBED, 'chunks', f)),
  ];
  const names = new Set<string>();
  for (const map of maps) {
    const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] };
    for (const source of sources) {
      const at = source.lastIndexOf('node_modules/');
      if (at < 0) continue;
      const rest = source.slice(at + 'node_modules/'.length).split('/');
      names.add(rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!);
    }
  }
  return names;
}

describe('the published embed build carries the licences of what it bundles', () => {
  const text = () => readFileSync(NOTICES, 'utf8');

  it('lists every package its source maps name, with its licence text', () => {
    const names = packagesInSourceMaps();
    for (const must of ['react', 'react-dom', 'scheduler', 'react-hook-form', 'zod', 'jspdf', 'fflate'])
      expect(names, must).toContain(must);
    for (const name of names) {
      expect(text(), name).toMatch(new RegExp(`^- ${name.replace(/[/.]/g, '\\$&')}@\\S+ \\(`, 'm'));
      expect(text(), name).toMatch(new RegExp(`^## ${name.replace(/[/.]/g, '\\$&')}@[^\\n]+\\n\\nLicense: `, 'm'));
    }
    expect(text()).toMatch(/Copyright \(c\) Meta Platforms, Inc\. and affiliates\./);
  });

  it("carries the appendix fonts' OFL and the terms of each hyphenation pattern inside", () => {
    expect(text()).toContain('### fonts/OFL.txt');
    expect(text()).toMatch(/SIL OPEN FONT LICENSE/i);
    for (const pattern of ['fi', 'sv', 'en-gb']) expect(text()).toContain(`### Patterns ${pattern}:`);
    expect(text()).toContain('Kauko Saarinen');
  });
});
