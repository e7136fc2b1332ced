import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEEDBACK_TEXTS, KYMENLAAKSO, LOCALES, createReport } from '@osallisuusarvio/core';
import { followedUp } from '../../core/src/feedback/feedback-fixtures.js';
import { renderFeedback, renderReportPdf } from './index.js';
import { normalise, readBack } from './test-helpers.js';

const OUT = join(import.meta.dirname, '..', '..', '..', 'out', 'feedback');

describe('renderFeedback', () => {
  it.each(LOCALES)('%s: a tagged PDF of one or two pages with the notice’s headings and answers', async (locale) => {
    const bytes = renderFeedback(followedUp(), { locale, format: 'pdf', region: KYMENLAAKSO });
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, `feedback-${locale}.pdf`), bytes);
    const r = await readBack(bytes);
    expect(r.pages).toBeGreaterThanOrEqual(1);
    expect(r.pages).toBeLessThanOrEqual(2);
    expect(r.marked).toBe(true);
    expect(r.lang).toBe(locale === 'fi' ? 'fi-FI' : locale === 'sv' ? 'sv-FI' : 'en');
    for (const role of ['Document', 'Sect', 'H1', 'H2', 'H3', 'P']) expect(r.roles).toContain(role);
    const text = normalise(r.text);
    expect(text).toContain(FEEDBACK_TEXTS.title[locale]);
    for (const k of ['decided', 'heard', 'changed', 'notChanged', 'thanks', 'readMore'] as const)
      expect(text).toContain(FEEDBACK_TEXTS[k][locale]);
    expect(text).toContain('412');
    expect(text).toContain('https://kymenhva.fi/poytakirjat/2027-03-15');
    expect(r.offPage).toEqual([]);
    expect(r.metadataTitle).toContain(FEEDBACK_TEXTS.title[locale]);
  });

  it('puts both national languages in one notice, Finnish first, each starting on a page of its own', async () => {
    const r = await readBack(renderFeedback(followedUp(), { locales: ['fi', 'sv'], format: 'pdf' }));
    const text = normalise(r.text);
    expect(text.indexOf(FEEDBACK_TEXTS.title.sv)).toBeGreaterThan(text.indexOf(FEEDBACK_TEXTS.title.fi));
    expect(r.pages).toBeGreaterThanOrEqual(2);
    expect(r.pages).toBeLessThanOrEqual(4);
  });

  it('writes a bilingual organiser’s notice in both national languages, majority first, unless one is asked for', async () => {
    const swedishMajority = { ...followedUp(), organiser: { id: 'pohjanmaa', profileVersion: null } };
    const both = normalise((await readBack(renderFeedback(swedishMajority, { format: 'pdf' }))).text);
    expect(both.indexOf(FEEDBACK_TEXTS.title.fi)).toBeGreaterThan(both.indexOf(FEEDBACK_TEXTS.title.sv));
    expect(both.indexOf(FEEDBACK_TEXTS.title.sv)).toBeGreaterThanOrEqual(0);
    const one = normalise((await readBack(renderFeedback(swedishMajority, { locale: 'fi', format: 'pdf' }))).text);
    expect(one).toContain(FEEDBACK_TEXTS.title.fi);
    expect(one).not.toContain(FEEDBACK_TEXTS.title.sv);
    const html = renderFeedback(followedUp(), { region: KYMENLAAKSO, format: 'html' });
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fi">/);
    expect(html).toContain(FEEDBACK_TEXTS.title.sv);
  });

  it('gives the same bytes for the same input, and HTML as a string', () => {
    const a = renderFeedback(followedUp(), { locale: 'fi', format: 'pdf' });
    const b = renderFeedback(followedUp(), { locale: 'fi', format: 'pdf' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const html = renderFeedback(followedUp(), { locales: ['sv', 'fi'], format: 'html' });
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
  });

  it('passes qpdf --check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-feedback-'));
    const file = join(dir, 'feedback.pdf');
    writeFileSync(file, renderFeedback(followedUp(), { locales: ['fi', 'sv'], format: 'pdf' }));
    let out = '';
    try {
      out = execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !process.env.CI) return;
      throw e;
    }
    expect(out).toContain('No syntax or stream encoding errors');
  });
});

describe('the dates of a notice and of a report', () => {
  // jsPDF's own creation-date check refuses years outside 1970–2037; a decision in 2040 is still a decision.
  it.each([
    ['2040-05-05T08:00:00Z', "D:20400505080000+00'00'"],
    ['1969-12-31T23:59:59Z', "D:19691231235959+00'00'"],
  ])('renders a notice made at %s, with that creation date', (when, info) => {
    const bytes = renderFeedback(followedUp(), { locale: 'fi', format: 'pdf', generatedAt: when }) as Uint8Array;
    expect(/\/CreationDate \((D:[^)]*)\)/.exec(Buffer.from(bytes).toString('latin1'))?.[1]).toBe(info);
  });

  it('renders a report made in 2040', () => {
    const report = createReport({ today: '2040-05-05' }).result();
    const bytes = renderReportPdf(report, { locale: 'fi' });
    expect(/\/CreationDate \((D:[^)]*)\)/.exec(Buffer.from(bytes).toString('latin1'))?.[1]).toBe(
      "D:20400505000000+00'00'",
    );
  });
});
