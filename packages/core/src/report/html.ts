import { BODIES } from '../catalogues/bodies.js';
import { GROUPS } from '../catalogues/groups.js';
import { METHODS } from '../catalogues/methods.js';
import { DECIDING_BODY_KINDS } from '../catalogues/options.js';
import { labelOf } from '../catalogues/index.js';
import { barChart } from '../html/chart.js';
import { escapeHtml, formatNumber, htmlDocument, htmlTable } from '../html/document.js';
import { formatMessage } from '../i18n.js';
import type { Locale } from '../i18n.js';
import { formatDate } from '../rules/helpers.js';
import { RULES } from '../rules/index.js';
import { SEVERITY_LABELS } from '../rules/types.js';
import { REPORT_TEXTS, RULE_KIND_LABELS } from '../texts/report.js';
import type { Report, ReportRow } from './model.js';

export interface ReportHtmlOptions {
  readonly locale?: Locale;
}

const ruleTitles = new Map(RULES.map((r) => [r.id, r.title]));

function sumBy<K extends string>(
  rows: readonly ReportRow[],
  key: (r: ReportRow) => K,
): Map<K, { assessments: number; organised: number; notOrganised: number; statements: number; reportsBack: number }> {
  const out = new Map<
    K,
    { assessments: number; organised: number; notOrganised: number; statements: number; reportsBack: number }
  >();
  for (const r of rows) {
    const k = key(r);
    const s = out.get(k) ?? { assessments: 0, organised: 0, notOrganised: 0, statements: 0, reportsBack: 0 };
    s.assessments += r.assessments;
    s.organised += r.participation.organised;
    s.notOrganised += r.participation.notOrganised;
    s.statements += r.statementsReceived;
    s.reportsBack += r.reportsBack.done;
    out.set(k, s);
  }
  return out;
}

/**
 * The report as one self-contained, accessible HTML page (no scripts, nothing loaded from elsewhere): a
 * summary, bar charts each with its text alternative and data table, and the findings by rule and kind.
 */
export function reportToHtml(report: Report, options: ReportHtmlOptions = {}): string {
  const l = options.locale ?? 'fi';
  const T = (k: keyof typeof REPORT_TEXTS) => REPORT_TEXTS[k][l];
  const n = (v: number) => formatNumber(v, l);
  const t = report.total;
  const chart = (
    id: string,
    title: string,
    heading: string,
    series: string[],
    categories: { label: string; values: number[] }[],
  ) =>
    barChart({
      id,
      title,
      series,
      categories,
      categoryHeading: heading,
      locale: l,
      altTemplate: T('chartOf'),
      tableCaption: `${T('dataTable')}: ${title}`,
    });
  const periodLabel = (p: string | null) => p ?? T('undated');
  const out: string[] = [];

  out.push(`<h1>${escapeHtml(T('title'))}</h1>`);
  const range =
    report.from || report.to
      ? ` ${formatMessage(T('range'), { from: report.from ? formatDate(report.from) : '', to: report.to ? formatDate(report.to) : '' }, l)}`
      : '';
  const organiser = report.organiser
    ? ` ${formatMessage(T('organiserScope'), { organiser: report.organiser }, l)}`
    : '';
  out.push(
    `<p>${escapeHtml(`${formatMessage(T('scope'), { n: n(t.assessments), today: formatDate(report.today) }, l)}${range}${organiser}`)}</p>`,
  );
  if (t.fromAppendix > 0)
    out.push(`<p class="note">${escapeHtml(formatMessage(T('fromAppendix'), { n: n(t.fromAppendix) }, l))}</p>`);

  out.push(`<h2>${escapeHtml(T('summary'))}</h2>`);
  out.push(
    htmlTable({
      caption: T('summary'),
      head: [T('measure'), T('value')],
      locale: l,
      rows: [
        [T('assessments'), t.assessments],
        [T('organised'), t.participation.organised],
        [T('notOrganised'), t.participation.notOrganised],
        [T('notOrganisedWithReason'), t.participation.notOrganisedWithReason],
        [T('statementsReceived'), t.statementsReceived],
        [T('reportBackPromised'), t.reportsBack.promised],
        [T('reportBackDone'), t.reportsBack.done],
      ],
    }),
  );

  const periods = sumBy(report.rows, (r) => (r.period ?? '') as string);
  out.push(`<h2>${escapeHtml(T('byPeriod'))}</h2>`);
  out.push(
    chart(
      'chart-periods',
      T('byPeriod'),
      T('period'),
      [T('assessments'), T('organised')],
      [...periods].map(([p, s]) => ({ label: periodLabel(p || null), values: [s.assessments, s.organised] })),
    ),
  );

  out.push(`<h2>${escapeHtml(T('methods'))}</h2>`);
  out.push(
    chart(
      'chart-methods',
      T('methods'),
      T('method'),
      [T('usedIn')],
      t.methods.map((m) => ({
        label:
          m.point === null
            ? `${labelOf(METHODS, m.method)[l]} (${T('outsideList')})`
            : `${m.point}. ${labelOf(METHODS, m.method)[l]}`,
        values: [m.assessments],
      })),
    ),
  );
  out.push(
    htmlTable({
      caption: T('methods'),
      head: [T('method'), T('point'), T('usedIn'), T('done')],
      locale: l,
      rows: t.methods.map((m) => [
        labelOf(METHODS, m.method)[l],
        m.point === null ? T('outsideList') : `${m.point}`,
        m.assessments,
        m.done,
      ]),
    }),
  );

  out.push(`<h2>${escapeHtml(T('bodies'))}</h2>`);
  out.push(
    chart(
      'chart-bodies',
      T('bodies'),
      T('body'),
      [T('chance'), T('inTime')],
      t.bodies.map((b) => ({ label: labelOf(BODIES, b.body)[l], values: [b.chance, b.inTime] })),
    ),
  );
  out.push(
    htmlTable({
      caption: T('bodies'),
      head: [
        T('body'),
        T('chance'),
        T('statement'),
        T('preparation'),
        T('meeting'),
        T('inTime'),
        T('late'),
        T('noDate'),
        T('statementsReceived'),
        T('notNeeded'),
      ],
      locale: l,
      rows: t.bodies.map((b) => [
        labelOf(BODIES, b.body)[l],
        b.chance,
        b.statement,
        b.preparation,
        b.meeting,
        b.inTime,
        b.late,
        b.undated,
        b.statementsReceived,
        b.notNeeded,
      ]),
    }),
  );

  out.push(`<h2>${escapeHtml(T('reportsBack'))}</h2>`);
  out.push(
    chart(
      'chart-report-back',
      T('reportsBack'),
      T('measure'),
      [T('value')],
      [
        { label: T('reportBackPromised'), values: [t.reportsBack.promised] },
        { label: T('reportBackDone'), values: [t.reportsBack.done] },
      ],
    ),
  );

  out.push(`<h2>${escapeHtml(T('openDays'))}</h2>`);
  if (t.openDays.count > 0)
    out.push(
      `<p>${escapeHtml(
        formatMessage(
          T('openDaysSummary'),
          {
            n: n(t.openDays.count),
            median: n(t.openDays.median!),
            mean: n(t.openDays.mean!),
            min: n(t.openDays.min!),
            max: n(t.openDays.max!),
          },
          l,
        ),
      )}</p>`,
    );
  out.push(
    chart(
      'chart-open-days',
      T('openDays'),
      T('days'),
      [T('assessments')],
      t.openDays.buckets.map((b) => ({ label: b.bucket.replace('-', '–'), values: [b.count] })),
    ),
  );

  out.push(`<h2>${escapeHtml(T('groups'))}</h2>`);
  const groups = t.groups.filter((g) => g.affected > 0 || g.invited > 0);
  out.push(
    chart(
      'chart-groups',
      T('groups'),
      T('group'),
      [T('affected'), T('invited')],
      groups.map((g) => ({ label: labelOf(GROUPS, g.group)[l], values: [g.affected, g.invited] })),
    ),
  );

  out.push(`<h2>${escapeHtml(T('findings'))}</h2>`);
  out.push(
    t.findings.length === 0
      ? `<p>${escapeHtml(T('noFindings'))}</p>`
      : htmlTable({
          caption: T('findings'),
          head: [T('rule'), T('kind'), T('severity'), T('findingCount'), T('usedIn')],
          locale: l,
          rows: t.findings.map((f) => [
            `${ruleTitles.get(f.ruleId)?.[l] ?? f.ruleId} (${f.ruleId})`,
            RULE_KIND_LABELS[f.kind ?? 'unknown'][l],
            SEVERITY_LABELS[f.severity][l],
            f.findings,
            f.assessments,
          ]),
        }),
  );

  out.push(`<h2>${escapeHtml(T('byOrganiser'))}</h2>`);
  const byOrganiser = sumBy(report.rows, (r) => {
    const bodyName =
      r.decidingBody.name ||
      (r.decidingBody.kind ? labelOf(DECIDING_BODY_KINDS, r.decidingBody.kind)[l] : T('notRecorded'));
    return `${r.organiser ?? T('notRecorded')}\u0000${bodyName}`;
  });
  out.push(
    htmlTable({
      caption: T('byOrganiser'),
      head: [
        T('organiser'),
        T('decidingBody'),
        T('assessments'),
        T('organised'),
        T('notOrganised'),
        T('statementsReceived'),
        T('reportBackDone'),
      ],
      locale: l,
      rows: [...byOrganiser].map(([k, s]) => {
        const [org, body] = k.split('\u0000') as [string, string];
        return [org, body, s.assessments, s.organised, s.notOrganised, s.statements, s.reportsBack];
      }),
    }),
  );

  if (report.unreadable.length > 0) {
    out.push(`<h2>${escapeHtml(T('unreadable'))}</h2>`);
    out.push(
      htmlTable({
        caption: T('unreadable'),
        head: [T('file'), T('why')],
        locale: l,
        rows: report.unreadable.map((u) => [u.source, u.message]),
      }),
    );
  }
  return htmlDocument({ lang: l, title: T('title'), body: out.join('\n') });
}
