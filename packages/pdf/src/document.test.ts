import { describe, expect, it } from 'vitest';
import { KYMENLAAKSO, REPORT_TEXTS, createReport, formatDate } from '@osallisuusarvio/core';
import { followedUp } from '../../core/src/feedback/feedback-fixtures.js';
import { REPORT_TODAY, reportFixtures } from '../../core/src/report/report-fixtures.js';
import { renderAppendix, renderFeedback, renderReportPdf } from './index.js';
import { PAGE } from './layout.js';
import { readBack } from './test-helpers.js';
import type { ReadBack } from './test-helpers.js';

type FooterText = ReadBack['artifacts'][number];

/** Per page, the artifact texts drawn in the footer band (below the content's bottom margin). */
async function footers(bytes: Uint8Array): Promise<FooterText[][]> {
  const r = await readBack(bytes);
  return Array.from({ length: r.pages }, (_, i) => r.artifacts.filter((t) => t.page === i + 1 && t.y < PAGE.bottom));
}

/** The footer's texts of one page, each at the left margin or ending at the right margin. */
function sides(texts: FooterText[]): { left: string; right: string } {
  const at = (x: number) => Math.abs(x) < 1;
  return {
    left: texts
      .filter((t) => at(t.left - PAGE.left))
      .map((t) => t.str)
      .join(''),
    right: texts
      .filter((t) => at(t.right - (PAGE.width - PAGE.right)))
      .map((t) => t.str)
      .join(''),
  };
}

describe('the running page footer', () => {
  it('the notice to participants: the decision date at the left, “page/pages” at the right, outside the content', async () => {
    const a = followedUp();
    const pages = await footers(renderFeedback(a, { locales: ['fi', 'sv'], format: 'pdf', region: KYMENLAAKSO }));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((texts, i) =>
      expect(sides(texts)).toEqual({ left: formatDate(a.followUp.decision.date!), right: `${i + 1}/${pages.length}` }),
    );
  });

  it('the committee’s report: the report’s title and day at the left, “page/pages” at the right', async () => {
    const builder = createReport({ today: REPORT_TODAY });
    for (const a of reportFixtures()) builder.add(a);
    const pages = await footers(renderReportPdf(builder.result(), { locale: 'sv' }));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((texts, i) =>
      expect(sides(texts)).toEqual({
        left: `${REPORT_TEXTS.title.sv} · ${formatDate(REPORT_TODAY)}`,
        right: `${i + 1}/${pages.length}`,
      }),
    );
  });

  it('the appendix: the diary number and checksum at the left, the page count in the page’s language at the right', async () => {
    const a = followedUp();
    const pages = await footers(renderAppendix(a, { region: KYMENLAAKSO, locale: 'fi' }));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((texts, i) => {
      const { left, right } = sides(texts);
      expect(left).toContain(a.case.diaryNumber);
      expect(left).toMatch(/SHA-256 [0-9a-f]{12}$/);
      expect(right).toMatch(new RegExp(`\\b${i + 1}\\b.*\\b${pages.length}\\b`));
    });
  });
});
