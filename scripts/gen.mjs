// Writes the generated, committed references: the assessment's JSON Schema and the rule reference.
// packages/core/src/generated.test.ts fails when these files drift from the code.
import { writeFileSync, mkdirSync } from 'node:fs';
import {
  assessmentJsonSchema,
  reportCsvReferenceMarkdown,
  reportJsonSchema,
  ruleReferenceMarkdown,
} from '@osallisuusarvio/core';

mkdirSync('packages/core/schema', { recursive: true });
writeFileSync('packages/core/schema/assessment.schema.json', `${JSON.stringify(assessmentJsonSchema(), null, 2)}\n`);
mkdirSync('docs', { recursive: true });
writeFileSync('docs/rules.md', ruleReferenceMarkdown());
writeFileSync('packages/core/schema/report.schema.json', `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
writeFileSync('docs/report-csv.md', reportCsvReferenceMarkdown());
console.log(
  'wrote packages/core/schema/assessment.schema.json, packages/core/schema/report.schema.json, docs/rules.md and docs/report-csv.md',
);
