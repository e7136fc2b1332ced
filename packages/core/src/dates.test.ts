import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  DATE_INPUT_HINT,
  dateText,
  formatDateInput,
  formatIsoDate,
  helsinkiOffsetMinutes,
  isIsoDate,
  parseDateInput,
  todayInHelsinki,
} from './dates.js';
import { LOCALES } from './i18n.js';
import { evaluate, todayIso } from './evaluate.js';
import { defineRule } from './rules/types.js';
import { createAssessment } from './schema.js';
import { formatDate } from './rules/helpers.js';

const at = (utc: string) => todayInHelsinki(new Date(utc));

describe('today is the day in Helsinki, not the UTC day', () => {
  it('after local midnight in winter (UTC+2) it is already the next day', () => {
    expect(at('2026-12-01T21:59:59Z')).toBe('2026-12-01');
    expect(at('2026-12-01T22:00:00Z')).toBe('2026-12-02');
    expect(at('2026-12-01T22:30:00Z')).toBe('2026-12-02');
    expect(new Date('2026-12-01T22:30:00Z').toISOString().slice(0, 10)).toBe('2026-12-01');
  });

  it('after local midnight in summer (UTC+3) it is already the next day', () => {
    expect(at('2026-06-30T20:59:59Z')).toBe('2026-06-30');
    expect(at('2026-06-30T21:00:00Z')).toBe('2026-07-01');
  });

  it('across New Year', () => {
    expect(at('2026-12-31T21:59:59Z')).toBe('2026-12-31');
    expect(at('2026-12-31T22:00:00Z')).toBe('2027-01-01');
  });

  it('on the nights summer time begins and ends', () => {
    // Summer time begins on Sunday 29 March 2026 at 03:00 local (01:00 UTC): that midnight is still UTC+2.
    expect(at('2026-03-28T21:59:59Z')).toBe('2026-03-28');
    expect(at('2026-03-28T22:00:00Z')).toBe('2026-03-29');
    // The next midnight is UTC+3.
    expect(at('2026-03-29T20:59:59Z')).toBe('2026-03-29');
    expect(at('2026-03-29T21:00:00Z')).toBe('2026-03-30');
    // It ends on Sunday 25 October 2026 at 04:00 local (01:00 UTC): that midnight is UTC+3, the next UTC+2.
    expect(at('2026-10-24T20:59:59Z')).toBe('2026-10-24');
    expect(at('2026-10-24T21:00:00Z')).toBe('2026-10-25');
    expect(at('2026-10-25T21:59:59Z')).toBe('2026-10-25');
    expect(at('2026-10-25T22:00:00Z')).toBe('2026-10-26');
  });

  it('the fallback for runtimes without time zones agrees with Intl, hour by hour, 2024–2028', () => {
    const start = Date.UTC(2024, 0, 1);
    const end = Date.UTC(2029, 0, 1);
    for (let ms = start; ms < end; ms += 3_600_000) {
      const byRule = new Date(ms + helsinkiOffsetMinutes(ms) * 60_000).toISOString().slice(0, 10);
      if (byRule !== todayInHelsinki(new Date(ms))) throw new Error(`differs at ${new Date(ms).toISOString()}`);
    }
  });

  it('refuses a time that is not a date, with a message', () => {
    expect(() => todayInHelsinki(new Date('not a date'))).toThrow(/not a valid date/);
  });
});

describe('evaluate’s today', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('todayIso delegates to the Helsinki day', () => {
    expect(todayIso(new Date('2026-12-01T22:30:00Z'))).toBe('2026-12-02');
  });

  it('is the Helsinki day when the host gives none', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-01T22:30:00Z'));
    let seen = '';
    const probe = defineRule({
      id: 'probe-today',
      severity: 'info',
      title: { fi: 't', sv: 't', en: 't' },
      legalBasis: [],
      message: { fi: 'm', sv: 'm', en: 'm' },
      when: (_a, ctx) => {
        seen = ctx.today;
        return [];
      },
    });
    evaluate(createAssessment(), { rules: [probe] });
    expect(seen).toBe('2026-12-02');
  });
});

describe('dates are written as each language writes them', () => {
  it('Finnish and Swedish as d.m.yyyy, without leading zeros', () => {
    expect(formatIsoDate('2027-03-05', 'fi')).toBe('5.3.2027');
    expect(formatIsoDate('2027-03-05', 'sv')).toBe('5.3.2027');
    expect(formatIsoDate('2026-12-24', 'fi')).toBe('24.12.2026');
  });

  it('English with the month’s name, day first', () => {
    expect(formatIsoDate('2027-03-05', 'en')).toBe('5 March 2027');
    expect(formatIsoDate('2026-12-24', 'en')).toBe('24 December 2026');
  });

  it('a calendar date is the same day whatever the process’s time zone', () => {
    // Formatting at UTC midnight in the machine's zone would give 4 March west of Greenwich.
    expect(formatIsoDate('2027-03-05', 'fi')).toBe(formatDate('2027-03-05'));
    expect(new Intl.DateTimeFormat('fi-FI', { timeZone: 'America/New_York' }).format(new Date('2027-03-05'))).toBe(
      '4.3.2027',
    );
  });

  it('leaves text that is not a real ISO date as it is', () => {
    expect(formatIsoDate('15.3.2027', 'fi')).toBe('15.3.2027');
    expect(formatIsoDate('2027-02-30', 'en')).toBe('2027-02-30');
    expect(formatIsoDate('', 'sv')).toBe('');
  });

  it('rule messages keep the Finnish form, and dateText gives each language its own', () => {
    expect(formatDate('2026-02-24')).toBe('24.2.2026');
    expect(dateText('2026-02-24')).toEqual({ fi: '24.2.2026', sv: '24.2.2026', en: '24 February 2026' });
  });
});

const isoOf = (text: string) => {
  const r = parseDateInput(text, 'fi');
  return r.ok ? r.iso : `error:${r.code}`;
};

describe('dates as officials type them', () => {
  it('reads d.m.yyyy with or without leading zeros, and stores ISO', () => {
    expect(isoOf('15.3.2027')).toBe('2027-03-15');
    expect(isoOf('05.03.2027')).toBe('2027-03-05');
    expect(isoOf(' 1.1.2027 ')).toBe('2027-01-01');
    expect(isoOf('15.3.2027.')).toBe('2027-03-15');
  });

  it('reads day/month/year (the English convention) and a pasted ISO date in every locale', () => {
    for (const locale of LOCALES) {
      expect(parseDateInput('15/3/2027', locale)).toEqual({ ok: true, iso: '2027-03-15' });
      expect(parseDateInput('2027-03-15', locale)).toEqual({ ok: true, iso: '2027-03-15' });
    }
  });

  it('takes an empty field as not answered', () => {
    expect(parseDateInput('', 'sv')).toEqual({ ok: true, iso: null });
    expect(parseDateInput('   ', 'en')).toEqual({ ok: true, iso: null });
  });

  it('refuses days that are not in the calendar, naming the day', () => {
    const r = parseDateInput('29.2.2027', 'fi');
    expect(r).toMatchObject({ ok: false, code: 'no-such-day' });
    if (!r.ok) expect(r.message.fi).toContain('29.2.2027');
    expect(isoOf('29.2.2028')).toBe('2028-02-29');
    expect(isoOf('31.4.2027')).toBe('error:no-such-day');
    expect(isoOf('1.13.2027')).toBe('error:no-such-day');
    expect(isoOf('0.1.2027')).toBe('error:no-such-day');
    expect(isoOf('2027-02-30')).toBe('error:no-such-day');
  });

  it('asks for a four-digit year rather than guessing the century', () => {
    expect(isoOf('15.3.27')).toBe('error:year');
    expect(isoOf('15.3.20277')).toBe('error:year');
    expect(isoOf('15.3.0027')).toBe('error:year');
  });

  it('explains the expected form for anything else, in three languages', () => {
    for (const text of ['maaliskuu', '15 3 2027', '3/15', '15.3.2027 klo 12']) {
      const r = parseDateInput(text, 'fi');
      expect(r.ok, text).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe('format');
        expect(r.message.fi).toContain('p.k.vvvv');
        expect(r.message.sv).toContain('d.m.åååå');
        expect(r.message.en).toContain('day/month/year');
      }
    }
  });

  it('shows ISO dates as d.m.yyyy in Finnish and Swedish and as d/m/yyyy in English', () => {
    expect(formatDateInput('2027-03-05', 'fi')).toBe('5.3.2027');
    expect(formatDateInput('2027-03-05', 'sv')).toBe('5.3.2027');
    expect(formatDateInput('2027-03-05', 'en')).toBe('5/3/2027');
    expect(formatDateInput(null, 'fi')).toBe('');
    // Something that is not a date (a half-typed value kept in a draft) is shown as it was typed.
    expect(formatDateInput('15.3.', 'fi')).toBe('15.3.');
  });

  it('has a hint in every language with an example that parses', () => {
    for (const locale of LOCALES) {
      const example = /\d+[./]\d+[./]\d{4}/.exec(DATE_INPUT_HINT[locale])?.[0];
      expect(example, locale).toBeDefined();
      expect(parseDateInput(example!, locale)).toEqual({ ok: true, iso: '2027-03-15' });
    }
  });

  it('gives back the same ISO date after showing and reading it again, for every day and locale', () => {
    const day = fc
      .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.constantFrom(...LOCALES), (iso, locale) => {
        expect(isIsoDate(iso)).toBe(true);
        expect(parseDateInput(formatDateInput(iso, locale), locale)).toEqual({ ok: true, iso });
      }),
    );
  });
});
