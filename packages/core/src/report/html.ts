import { barChart } from '../html/chart.js';
import { escapeHtml, htmlDocument, htmlTable } from '../html/document.js';
import type { Locale } from '../i18n.js';
import { REPORT_TEXTS } from '../texts/report.js';
import type { Report } from './model.js';
import { reportSections } from './sections.js';

export interface ReportHtmlOptions {
  readonly locale?: Locale;
}

/**
 * The report as one self-contained, accessible HTML page (no scripts, nothing loaded from elsewhere): a
 * summary, bar charts each with its text alternative and data table, and the findings by rule and kind.
 */
export function reportToHtml(report: Report, options: ReportHtmlOptions = {}): string {
  const l = options.locale ?? 'fi';
  const { title, intro, sections } = reportSections(report, l);
  const out: string[] = [`<h1>${escapeHtml(title)}</h1>`];
  for (const p of intro) out.push(`<p${out.length > 1 ? ' class="note"' : ''}>${escapeHtml(p)}</p>`);
  for (const s of sections) {
    out.push(`<h2>${escapeHtml(s.heading)}</h2>`);
    for (const p of s.paragraphs) out.push(`<p>${escapeHtml(p)}</p>`);
    const [first, ...rest] = s.tables;
    if (s.chart)
      out.push(
        barChart({
          ...s.chart,
          locale: l,
          altTemplate: REPORT_TEXTS.chartOf[l],
          tableCaption: first!.caption,
        }),
      );
    for (const table of s.chart ? rest : s.tables) out.push(htmlTable({ ...table, locale: l }));
  }
  return htmlDocument({ lang: l, title, body: out.join('\n') });
}
