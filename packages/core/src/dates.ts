import type { Locale, LocalizedText } from './i18n.js';

// The one date module: the day in Helsinki, dates as the appendix prints them, and dates as officials type
// them (d.m.yyyy) and the assessment stores them (ISO).

/**
 * Every organiser this toolkit serves is in Finland: "today" is the calendar day in Helsinki, not the UTC
 * day, which until 02:00 or 03:00 local time is still yesterday.
 */
export const HELSINKI_TIME_ZONE = 'Europe/Helsinki';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

let helsinkiDay: Intl.DateTimeFormat | null | undefined;

function helsinkiFormat(): Intl.DateTimeFormat | null {
  if (helsinkiDay === undefined) {
    try {
      helsinkiDay = new Intl.DateTimeFormat('en-US', {
        timeZone: HELSINKI_TIME_ZONE,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
      });
    } catch {
      // A runtime without time-zone data (a small-ICU build) falls back to the EU rule below.
      helsinkiDay = null;
    }
  }
  return helsinkiDay;
}

/**
 * Helsinki's offset from UTC in minutes by the EU rule (summer time from 01:00 UTC on the last Sunday of
 * March to 01:00 UTC on the last Sunday of October), for runtimes whose Intl has no time zones.
 */
export function helsinkiOffsetMinutes(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
  };
  return utcMs >= lastSunday(2) && utcMs < lastSunday(9) ? 180 : 120;
}

/** The calendar day in Helsinki at `now`, as an ISO date (YYYY-MM-DD). */
export function todayInHelsinki(now: Date = new Date()): string {
  const ms = now.getTime();
  if (Number.isNaN(ms)) throw new RangeError('todayInHelsinki: the time is not a valid date');
  const format = helsinkiFormat();
  if (format) {
    let y = 0;
    let m = 0;
    let d = 0;
    for (const part of format.formatToParts(now)) {
      if (part.type === 'year') y = Number(part.value);
      else if (part.type === 'month') m = Number(part.value);
      else if (part.type === 'day') d = Number(part.value);
    }
    if (y > 0 && m > 0 && d > 0) return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  }
  return new Date(ms + helsinkiOffsetMinutes(ms) * 60_000).toISOString().slice(0, 10);
}

/** Today as the rules see it: the day in Helsinki. */
export function todayIso(now: Date = new Date()): string {
  return todayInHelsinki(now);
}

/**
 * How each language writes a date in the appendix: Finnish and Swedish in Finland as d.m.yyyy ("15.3.2027"),
 * English with the month's name and the day first ("15 March 2027"), which no reader takes for 3 May.
 */
const DATE_FORMATS: Record<Locale, { readonly tag: string; readonly options: Intl.DateTimeFormatOptions }> = {
  fi: { tag: 'fi-FI', options: { day: 'numeric', month: 'numeric', year: 'numeric' } },
  sv: { tag: 'sv-FI', options: { day: 'numeric', month: 'numeric', year: 'numeric' } },
  en: { tag: 'en-GB', options: { day: 'numeric', month: 'long', year: 'numeric' } },
};
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** What each language's form looks like; a runtime whose Intl lacks the locale gets the same by hand. */
const EXPECTED_SHAPE: Record<Locale, RegExp> = {
  fi: /^\d{1,2}\.\d{1,2}\.\d{1,4}$/,
  sv: /^\d{1,2}\.\d{1,2}\.\d{1,4}$/,
  en: /^\d{1,2} [A-Z][a-z]+ \d{1,4}$/,
};

const formatters = new Map<Locale, Intl.DateTimeFormat | null>();

function formatterFor(locale: Locale): Intl.DateTimeFormat | null {
  let f = formatters.get(locale);
  if (f === undefined) {
    try {
      const { tag, options } = DATE_FORMATS[locale];
      f = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
    } catch {
      f = null;
    }
    formatters.set(locale, f);
  }
  return f;
}

/**
 * An ISO date (YYYY-MM-DD) as the language writes it. A calendar date has no time zone: it is formatted at
 * UTC midnight, so it is the same day everywhere. Text that is not an ISO date is returned as it is.
 */
export function formatIsoDate(iso: string, locale: Locale): string {
  // Intl's format is the slowest step of `evaluate` (the rules put dates into their messages), and an
  // assessment holds a handful of distinct dates: remember them, within a bound.
  const key = `${locale}${iso}`;
  const known = formatted.get(key);
  if (known !== undefined) return known;
  if (formatted.size >= MAX_REMEMBERED_DATES) formatted.clear();
  const text = formatUncached(iso, locale);
  formatted.set(key, text);
  return text;
}

const MAX_REMEMBERED_DATES = 4096;
const formatted = new Map<string, string>();

function formatUncached(iso: string, locale: Locale): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return iso;
  const text = formatterFor(locale)?.format(date);
  if (text !== undefined && EXPECTED_SHAPE[locale].test(text)) return text;
  return locale === 'en' ? `${d} ${MONTHS_EN[m - 1]} ${y}` : `${d}.${m}.${y}`;
}

/** An ISO date in every language, as a message parameter: each language's text gets its own form. */
export function dateText(iso: string): LocalizedText {
  return { fi: formatIsoDate(iso, 'fi'), sv: formatIsoDate(iso, 'sv'), en: formatIsoDate(iso, 'en') };
}

/*
 * Dates as officials type and read them: d.m.yyyy in Finnish and Swedish, day/month/year in English,
 * whatever the browser's locale. The assessment stores ISO dates (yyyy-mm-dd); these functions are the
 * only way between the two, so that the widget, the CLI and a host's own form agree.
 */

export type DateInputResult =
  /** `iso` is null for an empty input: the field is simply not answered. */
  | { readonly ok: true; readonly iso: string | null }
  | { readonly ok: false; readonly code: 'format' | 'year' | 'no-such-day'; readonly message: LocalizedText };

/** The hint shown with every date field: the expected form and an example. */
export const DATE_INPUT_HINT: LocalizedText = {
  fi: 'Muoto p.k.vvvv, esim. 15.3.2027',
  sv: 'Formen d.m.åååå, t.ex. 15.3.2027',
  en: 'Day/month/year, e.g. 15/3/2027',
};

// Day first with dots, slashes or hyphens between; the year may be written with two digits (refused below).
const DAY_FIRST = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d+)\.?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `value` is a real calendar day written as yyyy-mm-dd. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

const FORMAT_MESSAGE: LocalizedText = {
  fi: 'Kirjoita päivämäärä muodossa p.k.vvvv, esim. 15.3.2027.',
  sv: 'Skriv datumet i formen d.m.åååå, t.ex. 15.3.2027.',
  en: 'Write the date as day/month/year, e.g. 15/3/2027.',
};

const YEAR_MESSAGE: LocalizedText = {
  fi: 'Kirjoita vuosi neljällä numerolla, esim. 15.3.2027.',
  sv: 'Skriv året med fyra siffror, t.ex. 15.3.2027.',
  en: 'Write the year with four digits, e.g. 15/3/2027.',
};

function noSuchDay(d: number, m: number, y: number): LocalizedText {
  return {
    fi: `Päivää ${d}.${m}.${y} ei ole kalenterissa.`,
    sv: `Dagen ${d}.${m}.${y} finns inte i kalendern.`,
    en: `There is no such day as ${d}/${m}/${y}.`,
  };
}

/**
 * Reads a date as typed: "15.3.2027", "15.03.2027", "15/3/2027" and "2027-03-15" in every locale (a date
 * pasted from another system must not be refused); the day always comes first, as in all three of the
 * widget's languages. The locale is taken for symmetry with `formatDateInput` and future conventions.
 */
export function parseDateInput(text: string, _locale?: Locale): DateInputResult {
  const s = text.trim();
  if (s === '') return { ok: true, iso: null };
  let y: number;
  let mo: number;
  let d: number;
  const iso = ISO_DATE.exec(s);
  const dayFirst = iso ? null : DAY_FIRST.exec(s);
  if (iso) {
    [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (dayFirst) {
    if (dayFirst[3]!.length !== 4) return { ok: false, code: 'year', message: YEAR_MESSAGE };
    [d, mo, y] = [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
  } else {
    return { ok: false, code: 'format', message: FORMAT_MESSAGE };
  }
  if (y < 1900 || y > 2199) return { ok: false, code: 'year', message: YEAR_MESSAGE };
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo))
    return { ok: false, code: 'no-such-day', message: noSuchDay(d, mo, y) };
  return { ok: true, iso: `${y}-${pad(mo)}-${pad(d)}` };
}

/** An ISO date as the official reads it: "15.3.2027" (fi, sv), "15/3/2027" (en). Anything else is shown as is. */
export function formatDateInput(value: string | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '';
  if (!isIsoDate(value)) return value;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return locale === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
}
