import { BODIES } from '../catalogues/bodies.js';
import { GROUPS } from '../catalogues/groups.js';
import { METHODS } from '../catalogues/methods.js';
import { DECIDING_BODY_KINDS } from '../catalogues/options.js';
import { labelOf } from '../catalogues/index.js';
import { formatNumber } from '../html/document.js';
import { formatMessage } from '../i18n.js';
import type { Locale } from '../i18n.js';
import { formatDate } from '../rules/helpers.js';
import { RULES } from '../rules/index.js';
import { SEVERITY_LABELS } from '../rules/types.js';
import { REPORT_KIND_LABELS, REPORT_TEXTS } from '../texts/report.js';
import type { Report, ReportRow } from './model.js';

export interface ReportTable {
  readonly caption: string;
  readonly head: readonly string[];
  /** The first cell of a row is its header; numbers are counts. */
  readonly rows: readonly (readonly (string | number)[])[];
}

/** A chart's data: one or two series of counts per category. The HTML draws it; every form has the table. */
export interface ReportChart {
  readonly id: string;
  readonly title: string;
  readonly categoryHeading: string;
  readonly series: readonly string[];
  readonly categories: readonly { readonly label: string; readonly values: readonly number[] }[];
}

export interface ReportSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly chart?: ReportChart;
  readonly tables: readonly ReportTable[];
}

function sumBy(rows: readonly ReportRow[], key: (r: ReportRow) => string) {
  const out = new Map<
    string,
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

/** The report's title, scope lines and sections in one language: the HTML page and the PDF lay them out. */
export function reportSections(
  report: Report,
  locale: Locale,
): { title: string; intro: string[]; sections: ReportSection[] } {
  const l = locale;
  const T = (k: keyof typeof REPORT_TEXTS) => REPORT_TEXTS[k][l];
  const n = (v: number) => formatNumber(v, l);
  const t = report.total;
  const ruleTitles = new Map(RULES.map((r) => [r.id, r.title]));
  const intro: string[] = [];
  const range =
    report.from || report.to
      ? ` ${formatMessage(T('range'), { from: report.from ? formatDate(report.from) : '', to: report.to ? formatDate(report.to) : '' }, l)}`
      : '';
  const organiser = report.organiser
    ? ` ${formatMessage(T('organiserScope'), { organiser: report.organiser }, l)}`
    : '';
  intro.push(
    `${formatMessage(T('scope'), { n: n(t.assessments), today: formatDate(report.today) }, l)}${range}${organiser}`,
  );
  if (t.fromAppendix > 0) intro.push(formatMessage(T('fromAppendix'), { n: n(t.fromAppendix) }, l));

  const sections: ReportSection[] = [];
  const chartTable = (c: ReportChart): ReportTable => ({
    caption: `${T('dataTable')}: ${c.title}`,
    head: [c.categoryHeading, ...c.series],
    rows: c.categories.map((x) => [x.label, ...x.values]),
  });
  const withChart = (heading: string, chart: ReportChart, paragraphs: string[] = [], more: ReportTable[] = []) =>
    sections.push({ heading, paragraphs, chart, tables: [chartTable(chart), ...more] });

  sections.push({
    heading: T('summary'),
    paragraphs: [],
    tables: [
      {
        caption: T('summary'),
        head: [T('measure'), T('value')],
        rows: [
          [T('assessments'), t.assessments],
          [T('organised'), t.participation.organised],
          [T('notOrganised'), t.participation.notOrganised],
          [T('notOrganisedWithReason'), t.participation.notOrganisedWithReason],
          [T('statementsReceived'), t.statementsReceived],
          [T('reportBackPromised'), t.reportsBack.promised],
          [T('reportBackDone'), t.reportsBack.done],
        ],
      },
    ],
  });

  const periods = sumBy(report.rows, (r) => r.period ?? '');
  withChart(T('byPeriod'), {
    id: 'chart-periods',
    title: T('byPeriod'),
    categoryHeading: T('period'),
    series: [T('assessments'), T('organised')],
    categories: [...periods].map(([p, s]) => ({ label: p || T('undated'), values: [s.assessments, s.organised] })),
  });

  withChart(
    T('methods'),
    {
      id: 'chart-methods',
      title: T('methods'),
      categoryHeading: T('method'),
      series: [T('usedIn')],
      categories: t.methods.map((m) => ({
        label:
          m.point === null
            ? `${labelOf(METHODS, m.method)[l]} (${T('outsideList')})`
            : `${m.point}. ${labelOf(METHODS, m.method)[l]}`,
        values: [m.assessments],
      })),
    },
    [],
    [
      {
        caption: T('methods'),
        head: [T('method'), T('point'), T('usedIn'), T('done')],
        rows: t.methods.map((m) => [
          labelOf(METHODS, m.method)[l],
          m.point === null ? T('outsideList') : `${m.point}`,
          m.assessments,
          m.done,
        ]),
      },
    ],
  );

  withChart(
    T('bodies'),
    {
      id: 'chart-bodies',
      title: T('bodies'),
      categoryHeading: T('body'),
      series: [T('chance'), T('inTime')],
      categories: t.bodies.map((b) => ({ label: labelOf(BODIES, b.body)[l], values: [b.chance, b.inTime] })),
    },
    [],
    [
      {
        caption: T('bodiesHow'),
        head: [T('body'), T('chance'), T('statement'), T('preparation'), T('meeting')],
        rows: t.bodies.map((b) => [labelOf(BODIES, b.body)[l], b.chance, b.statement, b.preparation, b.meeting]),
      },
      {
        caption: T('bodiesWhen'),
        head: [T('body'), T('inTime'), T('late'), T('noDate'), T('statementsReceived'), T('notNeeded')],
        rows: t.bodies.map((b) => [
          labelOf(BODIES, b.body)[l],
          b.inTime,
          b.late,
          b.undated,
          b.statementsReceived,
          b.notNeeded,
        ]),
      },
    ],
  );

  withChart(T('reportsBack'), {
    id: 'chart-report-back',
    title: T('reportsBack'),
    categoryHeading: T('measure'),
    series: [T('value')],
    categories: [
      { label: T('reportBackPromised'), values: [t.reportsBack.promised] },
      { label: T('reportBackDone'), values: [t.reportsBack.done] },
    ],
  });

  withChart(
    T('openDays'),
    {
      id: 'chart-open-days',
      title: T('openDays'),
      categoryHeading: T('days'),
      series: [T('assessments')],
      categories: t.openDays.buckets.map((b) => ({ label: b.bucket.replace('-', '–'), values: [b.count] })),
    },
    t.openDays.count > 0
      ? [
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
        ]
      : [],
  );

  withChart(T('groups'), {
    id: 'chart-groups',
    title: T('groups'),
    categoryHeading: T('group'),
    series: [T('affected'), T('invited')],
    categories: t.groups
      .filter((g) => g.affected > 0 || g.invited > 0)
      .map((g) => ({ label: labelOf(GROUPS, g.group)[l], values: [g.affected, g.invited] })),
  });

  sections.push({
    heading: T('findings'),
    paragraphs: t.findings.length === 0 ? [T('noFindings')] : [],
    tables:
      t.findings.length === 0
        ? []
        : [
            {
              caption: T('findings'),
              head: [T('rule'), T('kind'), T('severity'), T('findingCount'), T('usedIn')],
              rows: t.findings.map((f) => [
                `${ruleTitles.get(f.ruleId)?.[l] ?? f.ruleId} (${f.ruleId})`,
                REPORT_KIND_LABELS[f.kind ?? 'unknown'][l],
                SEVERITY_LABELS[f.severity][l],
                f.findings,
                f.assessments,
              ]),
            },
          ],
  });

  const byOrganiser = sumBy(report.rows, (r) => {
    const body =
      r.decidingBody.name ||
      (r.decidingBody.kind ? labelOf(DECIDING_BODY_KINDS, r.decidingBody.kind)[l] : T('notRecorded'));
    return `${r.organiser ?? T('notRecorded')}\u0000${body}`;
  });
  sections.push({
    heading: T('byOrganiser'),
    paragraphs: [],
    tables: [
      {
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
        rows: [...byOrganiser].map(([k, s]) => {
          const [org, body] = k.split('\u0000') as [string, string];
          return [org, body, s.assessments, s.organised, s.notOrganised, s.statements, s.reportsBack];
        }),
      },
    ],
  });

  if (report.unreadable.length > 0)
    sections.push({
      heading: T('unreadable'),
      paragraphs: [],
      tables: [
        {
          caption: T('unreadable'),
          head: [T('file'), T('why')],
          rows: report.unreadable.map((u) => [u.source, u.message]),
        },
      ],
    });
  return { title: T('title'), intro, sections };
}
