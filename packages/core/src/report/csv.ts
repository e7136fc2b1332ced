import type { Report, ReportCounts, ReportRow } from './model.js';

type Cell = string | number | null;

interface Column<T> {
  readonly name: string;
  readonly description: string;
  readonly value: (item: T) => Cell;
}

interface Scoped<T> {
  readonly row: ReportRow | null;
  readonly item: T;
}

const KEY_COLUMNS: readonly Column<Scoped<unknown>>[] = [
  {
    name: 'scope',
    description: '"total" (every assessment counted) or "row" (one period, organiser and deciding body)',
    value: (s) => (s.row ? 'row' : 'total'),
  },
  {
    name: 'period',
    description: 'by meeting date: "2026", "2026-Q1" or "2026-03"; empty: no meeting date, or a total',
    value: (s) => s.row?.period ?? null,
  },
  {
    name: 'organiser',
    description: 'organiser.id of the assessments; empty: not recorded, or a total',
    value: (s) => s.row?.organiser ?? null,
  },
  {
    name: 'decidingBodyKind',
    description: 'case.decidingBody.kind (regionalCouncil, committee, …); empty: not recorded, or a total',
    value: (s) => s.row?.decidingBody.kind ?? null,
  },
  {
    name: 'decidingBodyName',
    description: 'case.decidingBody.name as written',
    value: (s) => s.row?.decidingBody.name ?? null,
  },
];

interface Table<T> {
  readonly name: string;
  readonly description: string;
  /** Lines of the report as a whole, without the key columns, instead of lines per scope. */
  readonly whole?: boolean;
  /** The items of one scope's counts (a `whole` table: of the report's total, with the report at hand). */
  readonly items: (counts: ReportCounts, report: Report) => readonly T[];
  readonly columns: readonly Column<T>[];
}

const table = <T>(t: Table<T>): Table<T> => t;

/** The CSV tables of a report: one table per kind of row, each with its own documented columns. */
export const REPORT_CSV_TABLES = [
  /* @__PURE__ */ table<ReportCounts>({
    name: 'summary',
    description: 'one line per scope: assessments, participation, statements and reports back',
    items: (c) => [c],
    columns: [
      { name: 'assessments', description: 'assessments counted', value: (c) => c.assessments },
      {
        name: 'fromAppendix',
        description: 'of them read from appendix PDFs (no follow-up in them)',
        value: (c) => c.fromAppendix,
      },
      {
        name: 'participationOrganised',
        description: 'a method chosen or an influence body consulted',
        value: (c) => c.participation.organised,
      },
      {
        name: 'noParticipation',
        description: 'no method and no consultation',
        value: (c) => c.participation.notOrganised,
      },
      {
        name: 'noParticipationWithReason',
        description: 'no participation, with a reason written',
        value: (c) => c.participation.notOrganisedWithReason,
      },
      {
        name: 'statementsReceived',
        description: 'statements received from all influence bodies',
        value: (c) => c.statementsReceived,
      },
      {
        name: 'reportBackPromised',
        description: 'participants promised word of what came of it',
        value: (c) => c.reportsBack.promised,
      },
      {
        name: 'reportBackDone',
        description: 'report back published (date recorded in the follow-up)',
        value: (c) => c.reportsBack.done,
      },
      {
        name: 'openDaysCount',
        description: 'assessments with both an opening and a closing date',
        value: (c) => c.openDays.count,
      },
      {
        name: 'openDaysMin',
        description: 'shortest time participation stayed open, days',
        value: (c) => c.openDays.min,
      },
      { name: 'openDaysMedian', description: 'median, days', value: (c) => c.openDays.median },
      { name: 'openDaysMean', description: 'mean, days, one decimal', value: (c) => c.openDays.mean },
      { name: 'openDaysMax', description: 'longest, days', value: (c) => c.openDays.max },
    ],
  }),
  /* @__PURE__ */ table<ReportCounts['methods'][number]>({
    name: 'methods',
    description: 'one line per scope and method of the catalogue',
    items: (c) => c.methods,
    columns: [
      { name: 'method', description: 'method id (discussionEvents, opinionSurvey, …)', value: (m) => m.method },
      {
        name: 'point',
        description: 'point of 611/2021 29 § 2 mom.; empty: a method outside the list',
        value: (m) => m.point,
      },
      { name: 'assessments', description: 'assessments using the method', value: (m) => m.assessments },
      { name: 'uses', description: 'rows of the method', value: (m) => m.uses },
      { name: 'done', description: 'rows marked done', value: (m) => m.done },
    ],
  }),
  /* @__PURE__ */ table<ReportCounts['bodies'][number]>({
    name: 'bodies',
    description: 'one line per scope and influence body',
    items: (c) => c.bodies,
    columns: [
      { name: 'body', description: 'body id (youthCouncil, elderlyCouncil, …)', value: (b) => b.body },
      {
        name: 'chance',
        description: 'assessments in which the body was given a chance to influence',
        value: (b) => b.chance,
      },
      { name: 'statement', description: 'chances: a statement asked for or received', value: (b) => b.statement },
      { name: 'preparation', description: 'chances: taking part in the preparation', value: (b) => b.preparation },
      { name: 'meeting', description: 'chances: heard at the meeting', value: (b) => b.meeting },
      {
        name: 'inTime',
        description:
          'chances dated no later than the meeting less the organiser’s days before it (the date: a statement’s received or due date, else the day it was asked for; or participatedOn)',
        value: (b) => b.inTime,
      },
      { name: 'late', description: 'chances dated later', value: (b) => b.late },
      {
        name: 'undated',
        description: 'chances without a date to compare, or without a meeting date',
        value: (b) => b.undated,
      },
      { name: 'statementsReceived', description: 'statements received', value: (b) => b.statementsReceived },
      { name: 'notNeeded', description: 'judged not needed', value: (b) => b.notNeeded },
    ],
  }),
  /* @__PURE__ */ table<ReportCounts['groups'][number]>({
    name: 'groups',
    description: 'one line per scope and group of the catalogue',
    items: (c) => c.groups,
    columns: [
      { name: 'group', description: 'group id (residents, childrenAndYoung, …)', value: (g) => g.group },
      { name: 'affected', description: 'assessments naming the group as affected', value: (g) => g.affected },
      { name: 'invited', description: 'assessments inviting the group', value: (g) => g.invited },
    ],
  }),
  /* @__PURE__ */ table<ReportCounts['openDays']['buckets'][number]>({
    name: 'open-days',
    description: 'one line per scope and length of time participation stayed open',
    items: (c) => c.openDays.buckets,
    columns: [
      {
        name: 'bucket',
        description: 'days open, first and last day included: 1-6, 7-13, 14-29, 30-59, 60+',
        value: (b) => b.bucket,
      },
      { name: 'assessments', description: 'assessments open that long', value: (b) => b.count },
    ],
  }),
  /* @__PURE__ */ table<ReportCounts['findings'][number]>({
    name: 'findings',
    description: 'one line per scope and rule that fired',
    items: (c) => c.findings,
    columns: [
      { name: 'ruleId', description: 'rule id (docs/rules.md)', value: (f) => f.ruleId },
      {
        name: 'kind',
        description: 'legalDuty, goodPractice, advice or consistency; empty when not known',
        value: (f) => f.kind,
      },
      { name: 'severity', description: 'error, warning, recommendation or info', value: (f) => f.severity },
      { name: 'findings', description: 'findings of the rule', value: (f) => f.findings },
      { name: 'assessments', description: 'assessments with at least one', value: (f) => f.assessments },
    ],
  }),
  /* @__PURE__ */ table<Report['unreadable'][number]>({
    name: 'unreadable',
    description: 'one line per file that could not be read',
    whole: true,
    items: (_, report) => report.unreadable,
    columns: [
      { name: 'source', description: 'the file', value: (u) => u.source },
      { name: 'message', description: 'why it could not be read', value: (u) => u.message },
    ],
  }),
] as const;

export type ReportCsvTable = (typeof REPORT_CSV_TABLES)[number]['name'];

// A cell a spreadsheet would run as a formula ("=HYPERLINK(…)" in a body's name) is kept as text.
const FORMULA = /^[=+\-@\t\r]/;

function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (cells: readonly Cell[]) => `${cells.map(cell).join(',')}\r\n`;

/** UTF-8 byte order mark: Excel reads a CSV as UTF-8 only with it. */
export const CSV_BOM = '\ufeff';

/**
 * One CSV table of the report (RFC 4180: CRLF line ends, quoted where needed; with a BOM for Excel). The
 * total comes first, then the rows in the report's order.
 */
export function reportToCsv(report: Report, name: ReportCsvTable): string {
  const t = REPORT_CSV_TABLES.find((x) => x.name === name) as Table<unknown> | undefined;
  if (!t) throw new Error(`unknown table '${name}'`);
  const keys = t.whole ? [] : KEY_COLUMNS;
  const out = [CSV_BOM, line([...keys.map((c) => c.name), ...t.columns.map((c) => c.name)])];
  const scopes: (ReportRow | null)[] = t.whole ? [null] : [null, ...report.rows];
  for (const row of scopes) {
    const counts: ReportCounts = row ?? report.total;
    for (const item of t.items(counts, report))
      out.push(line([...keys.map((c) => c.value({ row, item })), ...t.columns.map((c) => c.value(item))]));
  }
  return out.join('');
}

/** Every table, by name: what `osallisuusarvio report --format csv -o dir/` writes as `<name>.csv`. */
export function reportToCsvTables(report: Report): Record<ReportCsvTable, string> {
  const tables = {} as Record<ReportCsvTable, string>;
  for (const t of REPORT_CSV_TABLES) tables[t.name] = reportToCsv(report, t.name);
  return tables;
}

/** The column reference (docs/report-csv.md), generated from the tables above. */
export function reportCsvReferenceMarkdown(): string {
  const out = ['# Report CSV tables', ''];
  out.push(
    "Generated from `packages/core/src/report/csv.ts` by `pnpm gen`; do not edit by hand. Each table is an RFC 4180 file (UTF-8 with a byte order mark for Excel, CRLF line ends). Every table of counts starts with the key columns; the first lines are the total, then one line per period, organiser and deciding body. A text cell starting with `=`, `+`, `-` or `@` is written with a leading `'` so that a spreadsheet does not run it as a formula.",
    '',
    '## Key columns (every table of counts)',
    '',
    '| column | what |',
    '| --- | --- |',
    ...KEY_COLUMNS.map((c) => `| \`${c.name}\` | ${c.description} |`),
    '',
  );
  for (const t of REPORT_CSV_TABLES as readonly Table<unknown>[]) {
    const what = `${t.description[0]!.toUpperCase()}${t.description.slice(1)}${t.whole ? ', without the key columns' : ''}.`;
    out.push(`## ${t.name}.csv`, '', what, '');
    out.push('| column | what |', '| --- | --- |', ...t.columns.map((c) => `| \`${c.name}\` | ${c.description} |`), '');
  }
  return out.join('\n');
}
