import { describe, expect, it } from 'vitest';
import * as main from './index.js';
import * as form from './form.js';
import * as evaluation from './evaluate-entry.js';
import * as parsing from './parse-entry.js';

// What the form entry leaves out: the evaluation (loaded later from ./evaluate), and what only the rules'
// reference and the report use, which reach the rules too.
const LEFT_OUT = [
  'RULES',
  'FOLLOW_UP_RULES',
  'FOLLOW_UP_RULE_KINDS',
  'ORGANISER_RULES',
  'evaluate',
  'findIdentityCode',
  'ruleReferenceMarkdown',
  'createReport',
  'influenceOf',
  'periodOf',
  'CSV_BOM',
  'REPORT_CSV_TABLES',
  'reportCsvReferenceMarkdown',
  'reportToCsv',
  'reportToCsvTables',
  'INFLUENCE_FORMS',
  'OPEN_DAYS_BUCKETS',
  'REPORT_PERIODS',
  'REPORT_VERSION',
  'reportJsonSchema',
  'reportSchema',
  'reportToHtml',
  'reportSections',
  // What needs zod, loaded later from ./parse.
  'assessmentSchema',
  'createAssessment',
  'parseAssessment',
  'organiserProfileSchema',
  'organiserProfileInputSchema',
  'parseOrganiserProfile',
  'defineOrganiser',
  'assessmentJsonSchema',
  'evaluationJsonSchema',
  'evaluationSchema',
].sort();

describe('the form entry (@osallisuusarvio/core/form)', () => {
  it('exports everything of the main entry, the same objects, but the evaluation, the report and zod', () => {
    const missing = Object.keys(main)
      .filter((k) => !(k in form))
      .sort();
    expect(missing).toEqual(LEFT_OUT);
    for (const [k, v] of Object.entries(form)) expect(v, k).toBe((main as Record<string, unknown>)[k]);
  });

  it('with the evaluate entry, holds all of the evaluation the main entry has', () => {
    for (const k of ['evaluate', 'todayIso', 'RULES', 'FOLLOW_UP_RULES', 'ORGANISER_RULES'])
      expect((evaluation as Record<string, unknown>)[k], k).toBe((main as Record<string, unknown>)[k]);
  });

  it('with the parse entry, holds all of the schemas and the parser the main entry has, the same objects', () => {
    const keys = Object.keys(parsing);
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) {
      expect(k in form, k).toBe(false);
      expect((parsing as Record<string, unknown>)[k], k).toBe((main as Record<string, unknown>)[k]);
    }
  });
});
