import type { Locale, LocalizedText } from './i18n.js';

/**
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

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
// Day first with dots, slashes or hyphens between; the year may be written with two digits (refused below).
const DAY_FIRST = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d+)\.?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Whether `value` is a real calendar day written as yyyy-mm-dd. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO.exec(value);
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
  const iso = ISO.exec(s);
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
