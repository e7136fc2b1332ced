import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types, shared with `pnpm run readme`
import { readmeSamples, samplesIn } from '../scripts/readme-samples.mjs';
import { run } from './run.js';

describe('README.md', () => {
  it('shows the real output of the command in its samples (run `pnpm --filter @osallisuusarvio/cli run readme`)', async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const written = samplesIn(readme) as Record<string, string>;
    const real = (await readmeSamples(run)) as Record<string, string>;
    expect(Object.keys(written).sort()).toEqual(Object.keys(real).sort());
    for (const [name, text] of Object.entries(real)) expect(written[name], name).toBe(text);
  });
});
