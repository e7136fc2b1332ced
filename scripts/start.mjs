// The project's main job from the README's first command. Until the widget's page exists it evaluates the
// example assessments and prints their findings.
import { EXAMPLES, evaluate, findRegion, parseAssessment } from '@osallisuusarvio/core';

for (const example of Object.values(EXAMPLES)) {
  const parsed = parseAssessment(example.assessment);
  if (!parsed.ok) throw new Error(`example ${example.name} does not parse`);
  const evaluation = evaluate(parsed.assessment, { region: findRegion(example.region) });
  console.log(`${example.name}: ${evaluation.status}, ${evaluation.findings.length} findings`);
  for (const f of evaluation.findings) console.log(`  [${f.severity}] ${f.message[example.locale]}`);
}
