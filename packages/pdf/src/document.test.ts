import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { KYMENLAAKSO, REPORT_TEXTS, createReport, formatDate } from '@osallisuusarvio/core';
import { followedUp } from '../../core/src/feedback/feedback-fixtures.js';
import { REPORT_TODAY, reportFixtures } from '../../core/src/report/report-fixtures.js';
import { renderAppendix, renderFeedback, renderReportPdf } from './index.js';
import { PAGE } from './layout.js';

interface FooterText {
  readonly str: string;
  readonly left: number;
  readonly right: number;
}

/** Per page, the artifact texts drawn in the footer band (below the content's bottom margin). */
async function footers(bytes: Uint8Array): Promise<FooterText[][]> {
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 })
    .promise;
  const pages: FooterText[][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent({ includeMarkedContent: true });
    const found: FooterText[] = [];
    let artifactDepth = 0;
    for (const item of content.items as {
      type?: string;
      tag?: string;
      str?: string;
      width?: number;
      transform?: number[];
    }[]) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
        if (item.tag === 'Artifact' || artifactDepth > 0) artifactDepth++;
      } else if (item.type === 'endMarkedContent') {
        if (artifactDepth > 0) artifactDepth--;
      } else if (artifactDepth > 0 && item.str?.trim() && item.transform && item.transform[5]! < PAGE.bottom) {
        const left = item.transform[4]!;
        found.push({ str: item.str, left, right: left + (item.width ?? 0) });
      }
    }
    pages.push(found);
  }
  return pages;
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
