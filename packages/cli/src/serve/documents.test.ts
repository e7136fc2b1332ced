import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReport, reportSchema, reportToCsv } from '@osallisuusarvio/core';
import { followedUp } from '../../../core/src/feedback/feedback-fixtures.js';
import { reportFixtures } from '../../../core/src/report/report-fixtures.js';
import type { Service } from './app.js';
import { MAX_REPORT_ASSESSMENTS } from './schemas.js';
import { ensureBuilt, expectProblem, jsonRequest, serviceStarter } from './test-helpers.js';

const start = serviceStarter();
let service: Service;
let dir: string;

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-serve-documents-'));
  service = await start();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  service.app.inject({ url, ...jsonRequest(body, headers) });

/** The text of a PDF as pdftotext reads it, and pdfinfo's "Tagged:" line. */
function readBack(pdf: Buffer): { text: string; tagged: boolean } {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text, tagged: /^Tagged:\s+yes$/m.test(info) };
}

describe('POST /v1/feedback', () => {
  it('gives the notice as HTML by default, in the assessment’s language', async () => {
    const res = await post('/v1/feedback', { assessment: followedUp() });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toMatch(/^<!DOCTYPE html>\n<html lang="fi">/);
    expect(res.body).toContain('<h1 id="notice-fi-title">Mitä osallistumisesta seurasi?</h1>');
    expect(res.body).not.toContain('notice-sv-title');
  });

  it('gives a bilingual organiser both national languages, majority first, unless a locale is given', async () => {
    const both = await post('/v1/feedback', { assessment: followedUp(), organiser: 'pohjanmaa' });
    expect(both.body).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(both.body.indexOf('notice-fi-title')).toBeGreaterThan(both.body.indexOf('notice-sv-title'));
    const one = await post('/v1/feedback', { assessment: followedUp(), organiser: 'pohjanmaa', locale: 'fi' });
    expect(one.body).not.toContain('notice-sv-title');
    const listed = await post('/v1/feedback', { assessment: followedUp(), locale: ['fi', 'sv'] });
    expect(listed.body).toContain('Vad ledde deltagandet till?');
  });

  it('gives a tagged PDF that reads back, when Accept asks for PDF', async () => {
    const res = await post(
      '/v1/feedback',
      { assessment: followedUp(), locale: 'sv', generatedAt: '2026-11-23T08:00:00Z' },
      { accept: 'application/pdf' },
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text, tagged } = readBack(res.rawPayload);
    expect(tagged).toBe(true);
    expect(text).toContain('Vad ledde deltagandet till?');
    // The same input and generatedAt give the same bytes.
    const again = await post(
      '/v1/feedback',
      { assessment: followedUp(), locale: 'sv', generatedAt: '2026-11-23T08:00:00Z' },
      { accept: 'application/pdf' },
    );
    expect(Buffer.compare(again.rawPayload, res.rawPayload)).toBe(0);
  });

  it('answers 406 for an Accept it cannot give, and 400 with paths for a bad assessment or field', async () => {
    const refused = await post('/v1/feedback', { assessment: followedUp() }, { accept: 'application/json' });
    const problem = expectProblem(refused, 406, 'not-acceptable');
    expect(problem.detail).toContain('text/html, application/pdf');
    const bad = await post('/v1/feedback', { assessment: { followUp: { methods: [{ row: -1 }] } } });
    expectProblem(bad, 400, 'invalid-assessment');
    const badPdf = await post('/v1/feedback', { assessment: { schemaVersion: 'x' } }, { accept: 'application/pdf' });
    expectProblem(badPdf, 400, 'invalid-assessment');
    const locale = expectProblem(
      await post('/v1/feedback', { assessment: followedUp(), locale: 'de' }),
      400,
      'invalid-request',
    );
    expect(locale.errors?.[0]?.pathText).toBe('locale');
    const organiser = expectProblem(
      await post('/v1/feedback', { assessment: followedUp(), organiser: 'atlantis' }, { 'accept-language': 'sv' }),
      400,
      'invalid-request',
    );
    expect(organiser.detail).toContain('Okänd organisatör');
  });
});

describe('POST /v1/report', () => {
  const all = reportFixtures();

  it('counts an array of assessments as the core report does, as JSON by default', async () => {
    const res = await post('/v1/report?today=2026-12-31', all);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const report = reportSchema().parse(res.json());
    const expected = createReport({ today: '2026-12-31' });
    for (const a of all) expected.add(a);
    expect(report).toEqual(JSON.parse(JSON.stringify(expected.result())));
    expect(report.total.assessments).toBe(all.length);
  });

  it('takes from, to, region and period from the query or the body, the body winning', async () => {
    const query = await post('/v1/report?from=2026-04-01&to=2026-06-30&period=month', all);
    const body = await post('/v1/report?from=2020-01-01', {
      assessments: all,
      from: '2026-04-01',
      to: '2026-06-30',
      period: 'month',
    });
    expect(query.json()).toEqual(body.json());
    const region = all[0]!.organiser.id!;
    const one = (await post(`/v1/report?region=${region}`, all)).json() as { total: { assessments: number } };
    expect(one.total.assessments).toBe(all.filter((a) => a.organiser.id === region).length);
    expect(one.total.assessments).toBeLessThan(all.length);
  });

  it('lists an assessment it cannot read, and counts the others', async () => {
    const res = await post('/v1/report', [all[0], { schemaVersion: 'nonsense' }, all[1]], { 'accept-language': 'fi' });
    expect(res.statusCode).toBe(200);
    const report = reportSchema().parse(res.json());
    expect(report.total.assessments).toBe(2);
    expect(report.files.unreadable).toBe(1);
    expect(report.unreadable[0]!.source).toBe('assessments[1]');
    expect(report.unreadable[0]!.message.length).toBeGreaterThan(0);
  });

  it('gives CSV, HTML and a tagged PDF by Accept', async () => {
    const csv = await post('/v1/report?table=summary&today=2026-12-31', all, { accept: 'text/csv' });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const expected = createReport({ today: '2026-12-31' });
    for (const a of all) expected.add(a);
    expect(csv.body).toBe(reportToCsv(expected.result(), 'summary'));
    const html = await post('/v1/report', { assessments: all, locale: 'sv' }, { accept: 'text/html' });
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.body).toMatch(/<html lang="sv"/);
    const pdf = await post('/v1/report', { assessments: all, locale: 'en' }, { accept: 'application/pdf, */*;q=0.1' });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { tagged, text } = readBack(pdf.rawPayload);
    expect(tagged).toBe(true);
    expect(text).toContain(String(all.length));
  });

  it('refuses bad fields (400), an Accept it cannot give (406), too many assessments and too large a body (413)', async () => {
    const from = expectProblem(await post('/v1/report?from=2026-13-01', all), 400, 'invalid-request');
    expect(from.errors?.[0]?.pathText).toBe('from');
    const order = expectProblem(
      await post('/v1/report', { assessments: [], from: '2026-06-01', to: '2026-01-01' }),
      400,
      'invalid-request',
    );
    expect(order.detail).toBe('from 2026-06-01 is after to 2026-01-01');
    expectProblem(await post('/v1/report', { assessment: all[0] }), 400, 'invalid-request');
    expectProblem(await post('/v1/report', all, { accept: 'image/png' }), 406, 'not-acceptable');
    const many = expectProblem(
      await post(
        '/v1/report',
        Array.from({ length: MAX_REPORT_ASSESSMENTS + 1 }, () => 0),
      ),
      413,
      'too-many-assessments',
    );
    expect(many.detail).toContain(String(MAX_REPORT_ASSESSMENTS));
    const big = Array.from({ length: 600 }, () => all[0]);
    expect(JSON.stringify(big).length).toBeGreaterThan(1024 * 1024);
    expectProblem(await post('/v1/report', big), 413, 'body-too-large');
  });
});
