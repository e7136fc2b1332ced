import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DATE_INPUT_HINT, formatDateInput, isIsoDate, parseDateInput } from './date-input.js';
import { LOCALES } from './i18n.js';

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
