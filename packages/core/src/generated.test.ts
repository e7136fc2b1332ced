import { existsSync, readFileSync } from 'node:fs';
import { resolveLegalBasis } from './legal-roles.js';
import { GENERIC_WELFARE_REGION } from './organisers/data.js';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIELD_TEXTS } from './catalogues/fields.js';
import { evaluationJsonSchema } from './evaluation-schema.js';
import { assessmentJsonSchema, undescribedFields } from './json-schema.js';
import { ruleReferenceMarkdown } from './reference.js';
import { RULES } from './rules/index.js';
import { SCHEMA_VERSION } from './schema.js';
import { reportCsvReferenceMarkdown } from './report/csv.js';
import { reportJsonSchema } from './report/model.js';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const read = (relative: string) => readFileSync(path(relative), 'utf8');
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('committed generated files (run `pnpm gen` after changing rules or the schema)', () => {
  it('the JSON Schema of the current schemaVersion matches the schema in code, under both its names', () => {
    expect(read(`../schema/assessment-v${SCHEMA_VERSION}.schema.json`)).toBe(json(assessmentJsonSchema()));
    expect(read('../schema/assessment.schema.json')).toBe(json(assessmentJsonSchema()));
  });

  it('the evaluation JSON Schema matches the evaluation schema in code', () => {
    expect(read('../schema/evaluation.schema.json')).toBe(json(evaluationJsonSchema()));
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
      for (const ref of resolveLegalBasis(rule.legalBasis, GENERIC_WELFARE_REGION)) expect(doc).toContain(ref.url);
      expect(doc).toContain(`(\`${rule.kind}\`)`);
      expect(doc).toContain(rule.title.sv);
      expect(doc).toContain(rule.title.en);
    }
  });
});

describe('the published JSON Schemas', () => {
  it('keeps the schema of every schemaVersion ever published, each naming its own version', () => {
    for (let v = 1; v <= SCHEMA_VERSION; v++) {
      const file = `../schema/assessment-v${v}.schema.json`;
      expect(existsSync(path(file)), `${file} is missing: earlier versions stay published`).toBe(true);
      const schema = JSON.parse(read(file)) as { $id: string; properties: { schemaVersion: { const: number } } };
      expect(schema.$id).toBe(`https://osallisuusarvio.fi/schema/assessment-v${v}.json`);
      expect(schema.properties.schemaVersion.const).toBe(v);
    }
  });

  it('describes every field, in the words of the form (add a missing one to FIELD_TEXTS)', () => {
    expect(undescribedFields()).toEqual([]);
    const schema = assessmentJsonSchema() as { properties: Record<string, { properties: Record<string, object> }> };
    expect(schema.properties.case!.properties.meetingDate).toMatchObject({
      description: expect.stringContaining(FIELD_TEXTS['case.meetingDate'].label.en),
    });
    expect(schema.properties.case!.properties.meetingDate).toMatchObject({
      description: expect.stringContaining(FIELD_TEXTS['case.meetingDate'].label.sv),
    });
  });

  it('names a field that has no text, so that the test above can say which', async () => {
    const { describeFields } = await import('./json-schema.js');
    const schema = {
      type: 'object',
      properties: { known: { type: 'string' }, rows: { type: 'array', items: { type: 'object', properties: {} } } },
    };
    expect(describeFields(schema, (key) => (key === 'known' ? 'Known.' : undefined))).toEqual(['rows', 'rows.*']);
    expect(schema.properties.known).toMatchObject({ description: 'Known.' });
  });
});
