import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assessmentJsonSchema } from './json-schema.js';
import { ruleReferenceMarkdown } from './reference.js';
import { RULES } from './rules/index.js';
import { reportCsvReferenceMarkdown } from './report/csv.js';
import { reportJsonSchema } from './report/model.js';

const read = (relative: string) => readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8');

describe('committed generated files (run `pnpm gen` after changing rules or the schema)', () => {
  it('the JSON Schema file matches the schema in code', () => {
    expect(read('../schema/assessment.schema.json')).toBe(`${JSON.stringify(assessmentJsonSchema(), null, 2)}\n`);
  });

  it('the report JSON Schema file matches the report schema in code', () => {
    expect(read('../schema/report.schema.json')).toBe(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
  });

  it('docs/report-csv.md matches the CSV tables in code', () => {
    expect(read('../../../docs/report-csv.md')).toBe(reportCsvReferenceMarkdown());
  });

  it('docs/rules.md matches the rule constants', () => {
    expect(read('../../../docs/rules.md')).toBe(ruleReferenceMarkdown());
  });

  it('the rule reference names every rule, its legal basis and all three languages', () => {
    const doc = ruleReferenceMarkdown();
    for (const rule of RULES) {
      expect(doc).toContain(`## ${rule.id}`);
      for (const ref of rule.legalBasis) expect(doc).toContain(ref.url);
      expect(doc).toContain(rule.title.sv);
      expect(doc).toContain(rule.title.en);
    }
  });
});
