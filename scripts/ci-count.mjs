// Reads vitest's JSON report and prints the plain closing line CI looks for: "N passed, N failed".
import { readFileSync, existsSync } from 'node:fs';

const file = process.argv[2] ?? 'out/vitest-report.json';
if (!existsSync(file)) {
  console.log('0 passed, 1 failed');
  console.error(`ci-count: no test report at ${file}: the test run did not finish`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const passed = report.numPassedTests ?? 0;
const failed = (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
// The coverage of the run (vitest --coverage writes it), as one line before the count.
const coverage = 'out/coverage/coverage-summary.json';
if (existsSync(coverage)) {
  const { total } = JSON.parse(readFileSync(coverage, 'utf8'));
  const pct = (k) => `${k} ${total[k].pct} %`;
  console.log(
    `coverage (pnpm coverage: core and cli): ${['lines', 'statements', 'functions', 'branches'].map(pct).join(', ')}`,
  );
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
