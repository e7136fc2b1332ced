import { jsPDF } from 'jspdf';
import { REPORT_TEXTS, formatDate, reportSections } from '@osallisuusarvio/core';
import type { Locale, Report } from '@osallisuusarvio/core';
import { LANG_TAG, byteArray, drawFooters, newTextDocument } from './document.js';
import { CREATION_DATE_STAND_IN, replaceCreationDate, resolveGeneratedAt } from './dates.js';
import { installArchive } from './archive.js';
import { Layout, SIZE } from './layout.js';
import { pdfDate } from './pdf-syntax.js';
import { withFastFlate } from './render.js';
import { sha256Hex } from './sha256.js';
import { StructureTree } from './tagged.js';

export interface ReportPdfOptions {
  readonly locale?: Locale;
  /** The time written in the metadata; default the report's `today`, so the same report gives the same bytes. */
  readonly generatedAt?: Date | string | number;
}

const display = (v: string | number, locale: Locale) =>
  typeof v === 'number' ? new Intl.NumberFormat(LANG_TAG[locale], { maximumFractionDigits: 1 }).format(v) : v;

/**
 * The report across decisions as a tagged PDF for the committee's agenda: the same sections as the HTML
 * page, each chart given as its data table (tables with header cells read well with a screen reader).
 */
export function renderReportPdf(report: Report, options: ReportPdfOptions = {}): Uint8Array {
  const locale = options.locale ?? 'fi';
  const when = options.generatedAt ?? `${report.today}T00:00:00Z`;
  const generatedAt = resolveGeneratedAt(when);
  const date = pdfDate(generatedAt);
  const { title, intro, sections } = reportSections(report, locale);

  const { doc, clean } = newTextDocument();

  const digest = sha256Hex(new TextEncoder().encode(JSON.stringify([report, locale, date.pdf])));
  const catalog = installArchive(doc, {
    title,
    subject: intro[0] ?? title,
    author: 'osallisuusarvio',
    keywords: title,
    creator: 'osallisuusarvio',
    producer: `jsPDF ${jsPDF.version}`,
    lang: LANG_TAG[locale],
    date,
    sha256: digest,
    attachment: null,
  });
  const tree = new StructureTree(doc, LANG_TAG[locale], catalog);
  // jsPDF refuses creation dates outside 1970–2037: it gets a stand-in, replaced in the finished file.
  doc.setCreationDate(CREATION_DATE_STAND_IN);
  doc.setFileId(digest.slice(0, 32).toUpperCase());
  const layout = new Layout(doc, tree);
  layout.heading(title, 1);
  for (const p of intro) layout.paragraph(clean(p));
  for (const s of sections) {
    tree.group('Sect', () => {
      layout.heading(s.heading, 2);
      for (const p of s.paragraphs) layout.paragraph(clean(p));
      for (const t of s.tables) {
        layout.paragraph(clean(t.caption), { bold: true, size: SIZE.body, spaceAfter: 2 });
        const first = t.head.length > 4 ? 0.28 : 0.5;
        const rest = (1 - first) / (t.head.length - 1);
        layout.table(
          t.head.map((h, i) => ({ header: clean(h), width: i === 0 ? first : rest })),
          t.rows.map((r) => r.map((v) => clean(display(v, locale)))),
          { rowHeaders: true },
        );
      }
    });
  }
  tree.end();
  const left = `${REPORT_TEXTS.title[locale]} · ${formatDate(report.today)}`;
  drawFooters(doc, tree, (p, pages) => ({ left, right: `${p}/${pages}` }));
  return byteArray(
    replaceCreationDate(
      withFastFlate(() => doc.output()),
      generatedAt,
    ),
  );
}
