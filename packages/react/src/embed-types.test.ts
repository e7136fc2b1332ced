// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The embed build's JavaScript is made by Vite and its types by tsup: they must name the same exports, or a
// host's code type-checks against something that is undefined at run time.
const file = (relative: string) => new URL(`../${relative}`, import.meta.url);
const pkg = JSON.parse(readFileSync(file('package.json'), 'utf8')) as {
  exports: Record<string, { types?: string; default?: string }>;
};

function exportList(text: string): { values: string[]; types: string[] } {
  // The types' `export { … };`, and the build's entry, which re-exports its first-paint chunk's bindings.
  const list = [...text.matchAll(/^export \{([^}]*)\}(?: from "[^"]+")?;?$/gm)].flatMap((m) => m[1]!.split(','));
  const names = list.map((s) => s.trim()).filter(Boolean);
  const values = names.filter((n) => !n.startsWith('type ')).map((n) => n.split(/\s+as\s+/).pop()!);
  const types = names.filter((n) => n.startsWith('type ')).map((n) => n.slice(5).trim());
  return { values: values.sort(), types: types.sort() };
}

describe('@osallisuusarvio/react/embed', () => {
  const entry = pkg.exports['./embed']!;
  const built = existsSync(file(entry.default!)) && existsSync(file(entry.types!));

  it.skipIf(!built && !process.env.CI)('has types of its own that name exactly what the embed build exports', () => {
    expect(entry.types).not.toBe(pkg.exports['.']?.types);
    const types = exportList(readFileSync(file(entry.types!), 'utf8'));
    const runtime = exportList(readFileSync(file(entry.default!), 'utf8'));
    expect(types.values).toEqual(runtime.values);
    expect(types.values).not.toContain('ParticipationAssessmentForm');
    expect(types.types).toEqual(expect.arrayContaining(['MountOptions', 'WidgetOptions', 'OsallisuusArvioElement']));
  });
});
