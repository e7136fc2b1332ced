import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '@osallisuusarvio/core';
import { renderAppendix } from '@osallisuusarvio/pdf';
import { reportFixtures } from '../../../core/src/report/report-fixtures.js';
import { runCli } from '../test-cli.js';

/** 2026-12-31T00:00:00Z, the fixtures' "today". */
const EPOCH = '1798675200';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-report-'));
  const all = reportFixtures();
  // 34 as JSON (in two folders, one nested), 2 as appendix PDFs (fixtures 1 and 2 have no follow-up to lose),
  // and one broken file.
  mkdirSync(join(dir, 'in', 'nested'), { recursive: true });
  all.forEach((a, i) => {
    if (i === 1 || i === 2) writeFileSync(join(dir, 'in', `a${i}.pdf`), renderAppendix(a, { generatedAt: 0 }));
    else writeFileSync(join(dir, 'in', i % 2 ? 'nested' : '', `a${i}.json`), JSON.stringify(a));
  });
  writeFileSync(join(dir, 'in', 'broken.json'), '{"case": ');
  writeFileSync(join(dir, 'in', 'notes.txt'), 'not an assessment, not read');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) => runCli(args, { cwd: dir, env: { SOURCE_DATE_EPOCH: EPOCH } });

const csvTotal = (text: string) => {
  const [header, ...lines] = text
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\r\n');
  const names = header!.split(',');
  return lines
    .map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i]!, v])))
    .filter((r) => r.scope === 'total');
};

describe('osallisuusarvio report', () => {
  it('counts JSON files and appendix PDFs in folders, and lists the file it cannot read', async () => {
    const { code, text, stderr } = await cli(['report', 'in']);
    expect(code).toBe(3);
    expect(stderr).toContain('broken.json');
    const report = JSON.parse(text) as Report;
    expect(report.today).toBe('2026-12-31');
    expect(report.files).toMatchObject({ read: 36, unreadable: 1 });
    expect(report.unreadable[0]!.source).toBe(join('in', 'broken.json'));
    expect(report.total.assessments).toBe(36);
    expect(report.total.fromAppendix).toBe(2);
    expect(report.total.participation).toEqual({ organised: 32, notOrganised: 4, notOrganisedWithReason: 2 });
    expect(report.total.statementsReceived).toBe(12);
    expect(report.total.reportsBack).toEqual({ promised: 12, done: 3 });
    expect(report.total.openDays.median).toBe(21);
    expect(report.total.findings.find((f) => f.ruleId === 'follow-up-statement-after-meeting')?.findings).toBe(3);
    expect(report.rows).toHaveLength(36);
  });

  it('filters by meeting date and organiser, and groups by year', async () => {
    const { text } = await cli([
      'report',
      'in',
      '--from',
      '2026-04-01',
      '--to',
      '2026-09-30',
      '--region',
      'kymenlaakso',
      '--period',
      'year',
    ]);
    const report = JSON.parse(text) as Report;
    expect(report.total.assessments).toBe(6);
    expect(report.files).toMatchObject({ otherOrganiser: 24, outsideRange: 6 });
    expect(report.rows.map((r) => r.period)).toEqual(['2026', '2026', '2026']);
    expect(report.total.bodies.find((b) => b.body === 'elderlyCouncil')).toMatchObject({
      chance: 6,
      inTime: 3,
      late: 3,
    });
  });

  it('writes one CSV file per table with the same figures', async () => {
    const { code, text } = await cli(['report', 'in', '--format', 'csv', '-o', 'csv']);
    expect(code).toBe(3);
    expect(text.trim().split('\n')).toHaveLength(7);
    const summary = csvTotal(readFileSync(join(dir, 'csv', 'summary.csv'), 'utf8'));
    expect(summary[0]).toMatchObject({
      assessments: '36',
      fromAppendix: '2',
      noParticipation: '4',
      reportBackDone: '3',
    });
    const bodies = csvTotal(readFileSync(join(dir, 'csv', 'bodies.csv'), 'utf8'));
    expect(bodies.find((b) => b.body === 'youthCouncil')).toMatchObject({
      chance: '16',
      statement: '12',
      meeting: '4',
      inTime: '11',
      late: '5',
      undated: '0',
    });
    expect(readFileSync(join(dir, 'csv', 'unreadable.csv'), 'utf8')).toContain('broken.json');
    const one = await cli(['report', 'in', '--format', 'csv', '--table', 'methods']);
    expect(csvTotal(one.text).find((m) => m.method === 'opinionSurvey')).toMatchObject({
      point: '2',
      assessments: '18',
    });
  });

  it('writes a self-contained HTML page in the language asked for', async () => {
    const { text } = await cli(['report', 'in', '--format', 'html', '--locale', 'sv']);
    expect(text).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(text).toContain('Bedömningar av delaktighet i besluten');
    expect(text).not.toMatch(/<script|<link|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('writes a tagged PDF for the committee', async () => {
    const { code } = await cli(['report', 'in', '--format', 'pdf', '-o', 'report.pdf']);
    expect(code).toBe(3);
    const pdf = readFileSync(join(dir, 'report.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.includes('/StructTreeRoot')).toBe(true);
  });

  it.each([
    [['report'], 'no input'],
    [['report', 'in', '--from', '1.1.2026'], '--from must be a date'],
    [['report', 'in', '--from', '2026-05-01', '--to', '2026-01-01'], 'is after'],
    [['report', 'in', '--period', 'week'], '--period must be one of'],
    [['report', 'in', '--format', 'xml'], '--format must be one of'],
    [['report', 'in', '--format', 'csv'], 'give -o <directory>'],
    [['report', 'in', '--table', 'methods'], '--table goes with --format csv'],
  ])('refuses %j with a usage error', async (args, message) => {
    const { code, stderr, text } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(text).toBe('');
  });
});
