import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as main from './index.js';
import * as firstPaint from './first-paint.js';
import { bundledInputs } from './test-bundle.js';

const HEAVY = [
  'assessmentSchema',
  'createAssessment',
  'SCHEMA_VERSION',
  'MAX_SHORT_TEXT_LENGTH',
  'parseAssessment',
  'canonicalJson',
  'GENERIC_REGION',
  'findRegion',
  'withOrganiser',
];

describe('the first-paint entry (@osallisuusarvio/core/first-paint)', () => {
  it('exports only names of the main entry, the same objects, not copies', () => {
    for (const [k, v] of Object.entries(firstPaint)) expect(v, k).toBe((main as Record<string, unknown>)[k]);
  });

  it('is in the exports map for import and require, each with its types', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg.exports['./first-paint']).toEqual({
      import: { types: './dist/first-paint.d.ts', default: './dist/first-paint.js' },
      require: { types: './dist/first-paint.d.cts', default: './dist/first-paint.cjs' },
    });
  });

  // The widget's first step and list of steps come without the later questions' option lists and help, the
  // findings' legal texts, the notice to participants or the timeline: those load with the later steps.
  // The schema, the parser and the organiser profiles (which name every catalogue's ids) are left out here.
  it('reaches none of the later steps’ catalogues, the legal texts, the notice or the timeline', async () => {
    const names = Object.keys(firstPaint).filter((k) => !HEAVY.includes(k));
    const kept = await bundledInputs(`export { ${names.join(', ')} } from './first-paint.ts';`);
    const later = kept.filter((p) =>
      /src\/(catalogues\/(checklist|methods|groups|options|fields)\.ts|legal\.ts|timeline\.ts|feedback\/|html\/|follow-up-model\.ts|follow-up-fields\.ts|questions\.ts|completeness\.ts|texts\/(appendix|responses|feedback|follow-up)\.ts)$/.test(
        p,
      ),
    );
    expect(later).toEqual([]);
  });
});
