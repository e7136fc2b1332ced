import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as main from './index.js';
import * as entry from './evaluate-entry.js';
import { bundledInputs } from './test-bundle.js';

describe('the evaluate entry (@osallisuusarvio/core/evaluate)', () => {
  it('exports the same evaluate, rules and todayIso as the main entry, not copies', () => {
    expect(entry.evaluate).toBe(main.evaluate);
    expect(entry.todayIso).toBe(main.todayIso);
    expect(entry.RULES).toBe(main.RULES);
    expect(entry.FOLLOW_UP_RULES).toBe(main.FOLLOW_UP_RULES);
    expect(entry.ORGANISER_RULES).toBe(main.ORGANISER_RULES);
  });

  it('evaluates an assessment as the main entry does', () => {
    const a = main.createAssessment();
    expect(entry.evaluate(a, { today: '2026-03-01' })).toEqual(main.evaluate(a, { today: '2026-03-01' }));
  });

  it('is in the exports map for import and require, each with its types', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg.exports['./evaluate']).toEqual({
      import: { types: './dist/evaluate-entry.d.ts', default: './dist/evaluate-entry.js' },
      require: { types: './dist/evaluate-entry.d.cts', default: './dist/evaluate-entry.cjs' },
    });
  });

  // What a form shows before its evaluation arrives (all of the form entry) must not bring the rules: they
  // are what the evaluate entry exists to load later. (The organiser profiles' role tables are not rules.)
  it('is the only way into the rules: a bundle of the form entry holds none of them', async () => {
    const kept = await bundledInputs("export * from './form.ts';");
    const rules = kept.filter((p) => /src\/rules\/(?!helpers|types)/.test(p));
    expect(rules).toEqual([]);
  });
});
