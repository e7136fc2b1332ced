import { describe, expect, it } from 'vitest';
import { bundledInputs } from './test-bundle.js';

/** The modules with code in a browser bundle of these exports of core's main entry. */
const exportsBundled = (exports: string) => bundledInputs(`export { ${exports} } from './index.ts';`);

// The widget validates, creates and reads assessments and loads the shipped organiser profiles. zod classic
// (every method on every schema) or zod's 45 locales in its bundle would add tens of KB for nothing.
describe('what a widget bundles of core', () => {
  it('holds zod/mini and no zod classic or foreign locales', async () => {
    const inputs = await exportsBundled('parseAssessment, createAssessment, evaluate, ORGANISERS, findRegion');
    expect(inputs.some((p) => /zod\/v4\/mini\//.test(p))).toBe(true);
    expect(inputs.filter((p) => /zod\/v4\/classic\//.test(p))).toEqual([]);
    expect(inputs.filter((p) => /zod\/v4\/locales\//.test(p))).toEqual([]);
  });

  it('leaves out the report, the notice, the examples, the JSON Schemas and the rule reference', async () => {
    const inputs = await exportsBundled('parseAssessment, createAssessment, evaluate, CHECKLIST, CATALOGUES');
    const unwanted = /src\/(report|feedback)\/|src\/(examples|json-schema|evaluation-schema|reference)\.ts$/;
    expect(inputs.filter((p) => unwanted.test(p))).toEqual([]);
  });
});
