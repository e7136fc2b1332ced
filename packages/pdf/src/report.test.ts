import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, REPORT_TEXTS, createReport } from '@osallisuusarvio/core';
import { REPORT_TODAY, reportFixtures } from '../../core/src/report/report-fixtures.js';
import { renderReportPdf } from './index.js';
import { normalise, readBack } from './test-helpers.js';

const OUT = join(import.meta.dirname, '..', '..', '..', 'out', 'report');
const builder = createReport({ today: REPORT_TODAY });
for (const a of reportFixtures()) builder.add(a);
const report = builder.result();

describe('renderReportPdf', () => {
  it.each(LOCALES)(
    '%s: a tagged PDF with the report’s sections as tables and the hand-counted figures',
    async (locale) => {
      const bytes = renderReportPdf(report, { locale });
      mkdirSync(OUT, { recursive: true });
      writeFileSync(join(OUT, `report-${locale}.pdf`), bytes);
      const r = await readBack(bytes);
      expect(r.marked).toBe(true);
      for (const role of ['Document', 'Sect', 'H1', 'H2', 'Table', 'TR', 'TH', 'TD']) expect(r.roles).toContain(role);
      const text = normalise(r.text);
      expect(text).toContain(REPORT_TEXTS.title[locale]);
      expect(text).toContain(`${REPORT_TEXTS.notOrganisedWithReason[locale]} 2`);
      expect(text).toContain(`${REPORT_TEXTS.reportBackDone[locale]} 3`);
      expect(r.offPage).toEqual([]);
    },
  );

  it('gives the same bytes for the same report', () => {
    expect(Buffer.from(renderReportPdf(report)).equals(Buffer.from(renderReportPdf(report)))).toBe(true);
  });
});
