import { describe, expect, it } from 'vitest';
import { createAssessment } from '../schema.js';
import { createReport, influenceOf } from './accumulate.js';
import { reportToCsv, reportToCsvTables } from './csv.js';
import { reportJsonSchema, reportSchema } from './model.js';
import type { Report } from './model.js';
import { REPORT_TODAY, reportFixture, reportFixtures } from './report-fixtures.js';

const reportOf = (options: Parameters<typeof createReport>[0] = {}) => {
  const report = createReport({ today: REPORT_TODAY, ...options });
  for (const a of reportFixtures()) report.add(a);
  return report.result();
};

const method = (r: Report['total'], id: string) => r.methods.find((m) => m.method === id)!;
const body = (r: Report['total'], id: string) => r.bodies.find((b) => b.body === id)!;
const group = (r: Report['total'], id: string) => r.groups.find((g) => g.group === id)!;
const finding = (r: Report['total'], id: string) => r.findings.find((f) => f.ruleId === id);

/** A small RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF. */
function readCsv(text: string): Record<string, string>[] {
  expect(text.startsWith('\ufeff')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(field).toBe('');
  const [header, ...lines] = rows;
  for (const l of lines) expect(l).toHaveLength(header!.length);
  return lines.map((l) => Object.fromEntries(header!.map((h, i) => [h, l[i]!])));
}

describe('the report across decisions, on 36 assessments (3 organisers × 3 deciding bodies × 4 quarters)', () => {
  const report = reportOf();
  const t = report.total;

  it('is valid against its own schema and JSON Schema shape', () => {
    expect(reportSchema().safeParse(report).success).toBe(true);
    expect(reportJsonSchema().$id).toContain('report-v1');
  });

  it('counts assessments, participation and the reasons for none', () => {
    expect(report.files).toEqual({ read: 36, unreadable: 0, undated: 0, outsideRange: 0, otherOrganiser: 0 });
    expect(t.assessments).toBe(36);
    expect(t.participation).toEqual({ organised: 32, notOrganised: 4, notOrganisedWithReason: 2 });
  });

  it('counts methods by their point in 29 § 2 mom.', () => {
    expect(method(t, 'opinionSurvey')).toEqual({
      method: 'opinionSurvey',
      point: 2,
      assessments: 18,
      uses: 18,
      done: 18,
    });
    expect(method(t, 'discussionEvents')).toEqual({
      method: 'discussionEvents',
      point: 1,
      assessments: 12,
      uses: 12,
      done: 0,
    });
    expect(t.methods.filter((m) => m.uses > 0)).toHaveLength(2);
    expect(method(t, 'otherMethod').point).toBeNull();
  });

  it('counts the influence bodies given a chance, how, whether in time, and statements received', () => {
    expect(body(t, 'elderlyCouncil')).toEqual({
      body: 'elderlyCouncil',
      chance: 12,
      statement: 12,
      preparation: 0,
      meeting: 0,
      inTime: 9,
      late: 3,
      undated: 0,
      statementsReceived: 12,
      notNeeded: 0,
    });
    // 12 statements asked for (3 due too late, in Q4) and 4 hearings at the meeting (2 exactly 7 days before).
    expect(body(t, 'youthCouncil')).toEqual({
      body: 'youthCouncil',
      chance: 16,
      statement: 12,
      preparation: 0,
      meeting: 4,
      inTime: 11,
      late: 5,
      undated: 0,
      statementsReceived: 0,
      notNeeded: 0,
    });
    expect(body(t, 'disabilityCouncil')).toEqual({
      body: 'disabilityCouncil',
      chance: 4,
      statement: 0,
      preparation: 4,
      meeting: 0,
      inTime: 2,
      late: 1,
      undated: 1,
      statementsReceived: 0,
      notNeeded: 4,
    });
    expect(t.statementsReceived).toBe(12);
  });

  it('counts reports back promised and done, and how long participation stayed open', () => {
    expect(t.reportsBack).toEqual({ promised: 12, done: 3 });
    expect(t.openDays).toEqual({
      count: 24,
      min: 6,
      max: 21,
      mean: 17.3,
      median: 21,
      buckets: [
        { bucket: '1-6', count: 6 },
        { bucket: '7-13', count: 0 },
        { bucket: '14-29', count: 18 },
        { bucket: '30-59', count: 0 },
        { bucket: '60+', count: 0 },
      ],
    });
  });

  it('counts groups affected and invited', () => {
    expect(group(t, 'residents')).toEqual({ group: 'residents', affected: 36, invited: 18 });
    expect(group(t, 'olderPeople')).toEqual({ group: 'olderPeople', affected: 12, invited: 0 });
    expect(group(t, 'organisations')).toEqual({ group: 'organisations', affected: 0, invited: 12 });
  });

  it('counts the follow-up findings by rule, with their kind', () => {
    expect(finding(t, 'follow-up-report-back-not-recorded')).toMatchObject({
      kind: 'legalDuty',
      findings: 9,
      assessments: 9,
    });
    expect(finding(t, 'follow-up-method-still-planned')).toMatchObject({
      kind: 'consistency',
      findings: 12,
      assessments: 12,
    });
    expect(finding(t, 'follow-up-statement-after-meeting')).toMatchObject({
      kind: 'goodPractice',
      findings: 3,
      assessments: 3,
    });
  });

  it('has one row per quarter, organiser and deciding body, in order', () => {
    expect(report.rows).toHaveLength(36);
    expect(report.rows.map((r) => r.period).slice(0, 10)).toEqual([...Array(9).fill('2026-Q1'), '2026-Q2']);
    const q2 = report.rows.find(
      (r) => r.period === '2026-Q2' && r.organiser === 'kymenlaakso' && r.decidingBody.kind === 'regionalExecutive',
    )!;
    expect(q2.assessments).toBe(1);
    expect(q2.decidingBody.name).toBe('Aluehallitus');
    expect(body(q2, 'elderlyCouncil')).toMatchObject({ chance: 1, late: 1, inTime: 0 });
    expect(finding(q2, 'follow-up-statement-after-meeting')?.findings).toBe(1);
    expect(method(q2, 'discussionEvents').uses).toBe(1);
  });

  it('groups by year and by month', () => {
    const byYear = reportOf({ period: 'year' });
    expect(byYear.rows).toHaveLength(9);
    expect(byYear.rows.every((r) => r.period === '2026' && r.assessments === 4)).toBe(true);
    const gen = byYear.rows.find((r) => r.organiser === 'generic' && r.decidingBody.kind === 'committee')!;
    expect(gen.participation).toEqual({ organised: 2, notOrganised: 2, notOrganisedWithReason: 2 });
    const byMonth = reportOf({ period: 'month' });
    expect([...new Set(byMonth.rows.map((r) => r.period))]).toEqual(['2026-02', '2026-05', '2026-08', '2026-11']);
  });

  it('leaves out meeting dates outside from–to, other organisers and, with a range, undated assessments', () => {
    const ranged = createReport({ today: REPORT_TODAY, from: '2026-04-01', to: '2026-09-30' });
    for (const a of reportFixtures()) ranged.add(a);
    ranged.add(createAssessment({ case: { title: 'Päivätön' } }));
    const r = ranged.result();
    expect(r.files).toMatchObject({ read: 37, undated: 1, outsideRange: 18 });
    expect(r.total.assessments).toBe(18);
    expect(r.total.participation).toEqual({ organised: 16, notOrganised: 2, notOrganisedWithReason: 1 });
    const own = reportOf({ organiser: 'kymenlaakso' });
    expect(own.files.otherOrganiser).toBe(24);
    expect(own.total.assessments).toBe(12);
    expect(own.total.statementsReceived).toBe(12);
  });

  it('counts an undated assessment in a row of its own when no range is set, and lists unreadable files', () => {
    const r = createReport({ today: REPORT_TODAY });
    r.add(reportFixture(0, 0, 0));
    r.add(createAssessment({}), { fromAppendix: true });
    r.addUnreadable('broken.json', 'line 1, column 2: unexpected end of input');
    const out = r.result();
    expect(out.rows.map((x) => x.period)).toEqual(['2026-Q1', null]);
    expect(out.total.fromAppendix).toBe(1);
    expect(out.unreadable).toEqual([{ source: 'broken.json', message: 'line 1, column 2: unexpected end of input' }]);
    expect(out.files.unreadable).toBe(1);
  });
});

describe('how and when an influence body was given its chance', () => {
  const row = (c: Record<string, unknown>) =>
    createAssessment({ consultations: [{ body: 'youthCouncil', ...c }] }).consultations[0]!;

  it('counts a statement by its received date, else its due date, else the day it was asked for', () => {
    expect(
      influenceOf(row({ status: 'statementReceived', requestedOn: '2026-01-02', receivedOn: '2026-01-20' })),
    ).toEqual({
      form: 'statement',
      date: '2026-01-20',
    });
    expect(influenceOf(row({ status: 'requested', requestedOn: '2026-01-02', dueOn: '2026-01-16' }))).toEqual({
      form: 'statement',
      date: '2026-01-16',
    });
    expect(influenceOf(row({ status: 'requested', requestedOn: '2026-01-02' }))?.date).toBe('2026-01-02');
  });

  it('counts taking part in the preparation and being heard at the meeting by the day it happened', () => {
    expect(influenceOf(row({ status: 'tookPartInPreparation', participatedOn: '2026-01-05' }))).toEqual({
      form: 'preparation',
      date: '2026-01-05',
    });
    expect(influenceOf(row({ status: 'heardAtMeeting' }))).toEqual({ form: 'meeting', date: null });
  });

  it('gives no chance for a body judged not needed or not yet handled', () => {
    expect(influenceOf(row({ status: 'notNeeded', reason: 'Ei koske' }))).toBeNull();
    expect(influenceOf(row({}))).toBeNull();
  });

  it('counts in time by the organiser’s days before the meeting, the same day as the law’s rule', () => {
    const late = createReport({ today: REPORT_TODAY });
    late.add(
      createAssessment({
        organiser: { id: 'kymenlaakso' },
        case: { meetingDate: '2026-03-10' },
        consultations: [
          { body: 'youthCouncil', status: 'heardAtMeeting', participatedOn: '2026-03-03' },
          { body: 'elderlyCouncil', status: 'tookPartInPreparation', participatedOn: '2026-03-04' },
        ],
      }),
    );
    const t = late.result().total;
    expect(body(t, 'youthCouncil')).toMatchObject({ meeting: 1, inTime: 1, late: 0 });
    expect(body(t, 'elderlyCouncil')).toMatchObject({ preparation: 1, inTime: 0, late: 1 });
  });
});

describe('the report as CSV', () => {
  const report = reportOf();

  it('gives the same totals as the JSON, in RFC 4180 with a BOM and CRLF', () => {
    const summary = readCsv(reportToCsv(report, 'summary'));
    expect(summary).toHaveLength(37);
    expect(summary[0]).toMatchObject({
      scope: 'total',
      period: '',
      assessments: '36',
      participationOrganised: '32',
      noParticipation: '4',
      noParticipationWithReason: '2',
      statementsReceived: '12',
      reportBackPromised: '12',
      reportBackDone: '3',
      openDaysCount: '24',
      openDaysMedian: '21',
      openDaysMean: '17.3',
    });
    const methods = readCsv(reportToCsv(report, 'methods')).filter((m) => m.scope === 'total');
    expect(methods.find((m) => m.method === 'opinionSurvey')).toMatchObject({
      point: '2',
      assessments: '18',
      done: '18',
    });
    expect(methods.find((m) => m.method === 'otherMethod')).toMatchObject({ point: '', uses: '0' });
    const bodies = readCsv(reportToCsv(report, 'bodies')).filter((b) => b.scope === 'total');
    expect(bodies.find((b) => b.body === 'elderlyCouncil')).toMatchObject({ chance: '12', inTime: '9', late: '3' });
    const groups = readCsv(reportToCsv(report, 'groups')).filter((g) => g.scope === 'total');
    expect(groups.find((g) => g.group === 'residents')).toMatchObject({ affected: '36', invited: '18' });
    const findings = readCsv(reportToCsv(report, 'findings')).filter((f) => f.scope === 'total');
    expect(findings.find((f) => f.ruleId === 'follow-up-report-back-not-recorded')).toMatchObject({
      kind: 'legalDuty',
      findings: '9',
    });
    const days = readCsv(reportToCsv(report, 'open-days')).filter((d) => d.scope === 'total');
    expect(days.map((d) => d.assessments)).toEqual(['6', '0', '18', '0', '0']);
  });

  it('has the rows of each period, organiser and body, summing to the total', () => {
    const rows = readCsv(reportToCsv(report, 'summary')).filter((r) => r.scope === 'row');
    expect(rows).toHaveLength(36);
    expect(rows.reduce((n, r) => n + Number(r.assessments), 0)).toBe(36);
    expect(rows.filter((r) => r.period === '2026-Q3' && r.organiser === 'generic')).toHaveLength(3);
    expect(rows[0]).toMatchObject({ period: '2026-Q1', organiser: 'bilingual-example', decidingBodyKind: 'committee' });
    expect(rows.find((r) => r.decidingBodyKind === 'regionalExecutive')!.decidingBodyName).toBe('Aluehallitus');
  });

  it('quotes commas, quotes and line breaks, and keeps formulas as text', () => {
    const r = createReport({ today: REPORT_TODAY });
    r.add(createAssessment({ case: { decidingBody: { kind: 'otherBody', name: '=HYPERLINK("x"), "A"' } } }));
    r.addUnreadable('a\r\nb.json', 'bad, "really"');
    const out = r.result();
    const rows = readCsv(reportToCsv(out, 'summary'));
    expect(rows[1]!.decidingBodyName).toBe('\'=HYPERLINK("x"), "A"');
    expect(readCsv(reportToCsv(out, 'unreadable'))).toEqual([{ source: 'a\r\nb.json', message: 'bad, "really"' }]);
    expect(Object.keys(reportToCsvTables(out))).toEqual([
      'summary',
      'methods',
      'bodies',
      'groups',
      'open-days',
      'findings',
      'unreadable',
    ]);
  });
});

describe('the report as HTML', () => {
  it('is one self-contained page with six charts, each with a text alternative and a data table', async () => {
    const { reportToHtml } = await import('./html.js');
    const html = reportToHtml(reportOf({ from: '2026-01-01', to: '2026-12-31' }), { locale: 'en' });
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\((?!#)/);
    expect(html.match(/<svg role="img" aria-label="Chart: /g)).toHaveLength(6);
    expect(html.match(/<figure/g)).toHaveLength(6);
    expect(html).toContain('Meeting dates 1.1.2026 to 31.12.2026.');
    expect(html).toContain('Residents: Affected 36, Invited 18');
    expect(html).toContain('Promised report back not recorded (follow-up-report-back-not-recorded)');
    expect(html).toContain('<td>Legal duty</td>');
  });

  it('escapes what hosts wrote', async () => {
    const { reportToHtml } = await import('./html.js');
    const r = createReport({ today: REPORT_TODAY });
    r.add(createAssessment({ case: { decidingBody: { kind: 'otherBody', name: '<b>Hallitus</b>' } } }));
    r.addUnreadable('<x>.json', 'a & b');
    const html = reportToHtml(r.result());
    expect(html).toContain('&lt;b&gt;Hallitus&lt;/b&gt;');
    expect(html).toContain('&lt;x&gt;.json');
    expect(html).not.toContain('<b>Hallitus');
  });
});
