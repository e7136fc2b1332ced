import type { Locale, LocalizedText } from './i18n.js';

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
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return iso;
  const formatted = formatterFor(locale)?.format(date);
  if (formatted !== undefined && EXPECTED_SHAPE[locale].test(formatted)) return formatted;
  return locale === 'en' ? `${d} ${MONTHS_EN[m - 1]} ${y}` : `${d}.${m}.${y}`;
}

/** An ISO date in every language, as a message parameter: each language's text gets its own form. */
export function dateText(iso: string): LocalizedText {
  return { fi: formatIsoDate(iso, 'fi'), sv: formatIsoDate(iso, 'sv'), en: formatIsoDate(iso, 'en') };
}
