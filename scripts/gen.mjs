// Writes the generated, committed references: the JSON Schemas of the assessment (the current schemaVersion),
// of the evaluation and of `check --json`, and the rule reference. Tests fail when these files drift from the
// code (packages/core/src/generated.test.ts, packages/cli/src/check-report.test.ts).
//
// The schemas of earlier schemaVersions (packages/core/schema/assessment-v1.schema.json, …) are published and
// frozen: they are never regenerated. When SCHEMA_VERSION moves on, the previous assessment-vN file stays
// as it was and a new one is written next to it.
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  SCHEMA_VERSION,
  assessmentJsonSchema,
  evaluationJsonSchema,
  reportCsvReferenceMarkdown,
  reportJsonSchema,
  ruleReferenceMarkdown,
} from '@osallisuusarvio/core';
import { checkReportJsonSchema } from '@osallisuusarvio/cli';

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
const written = [];
const write = (path, text) => {
  writeFileSync(path, text);
  written.push(path);
};

mkdirSync('packages/core/schema', { recursive: true });
const assessment = json(assessmentJsonSchema());
write(`packages/core/schema/assessment-v${SCHEMA_VERSION}.schema.json`, assessment);
// The unversioned name is the current version, for hosts that always want the newest.
write('packages/core/schema/assessment.schema.json', assessment);
write('packages/core/schema/evaluation.schema.json', json(evaluationJsonSchema()));
mkdirSync('packages/cli/schema', { recursive: true });
write('packages/cli/schema/check-report.schema.json', json(checkReportJsonSchema()));
mkdirSync('docs', { recursive: true });
write('docs/rules.md', ruleReferenceMarkdown());
write('packages/core/schema/report.schema.json', json(reportJsonSchema()));
write('docs/report-csv.md', reportCsvReferenceMarkdown());
console.log(`wrote ${written.join(', ')}`);
