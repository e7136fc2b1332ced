import { describe, expect, it } from 'vitest';
import { createAssessment } from '../schema.js';
import { createReport } from './accumulate.js';
import { reportToCsvTables } from './csv.js';
import { REPORT_TODAY, reportFixtures } from './report-fixtures.js';

describe('the report’s CSV tables', () => {
  // Spreadsheets and scripts of the regions read these files; a change to a byte is a change for them.
  const report = createReport({ today: REPORT_TODAY });
  for (const a of reportFixtures()) report.add(a);
  report.add(createAssessment({ case: { decidingBody: { kind: 'otherBody', name: '=HYPERLINK("x"), "A"' } } }));
  report.addUnreadable('a\r\nb.json', 'bad, "really"');
  report.addUnreadable('broken.pdf', 'not an appendix');
  const tables = reportToCsvTables(report.result());

  it.each(Object.keys(tables))('%s.csv stays byte for byte what it was for the report fixture', async (name) => {
    await expect(tables[name as keyof typeof tables]).toMatchFileSnapshot(`./csv-pinned/${name}.csv`);
  });
});
