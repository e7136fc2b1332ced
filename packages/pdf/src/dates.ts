/**
 * The appendix's generation time: what "Laadittu" prints, what the metadata say, which day the rules take as
 * "today". Days are Helsinki days (an appendix made at 00:30 in Kotka on 2 December is dated 2.12., although
 * it is still 1 December in UTC). Metadata keep the instant in UTC.
 */

/** A PDF date has a four-digit year; the schema's dates (z.iso.date) have one too. */
const MIN = Date.parse('0000-01-01T00:00:00Z');
// Still 31 December 9999 in Helsinki.
const MAX = Date.parse('9999-12-31T20:00:00Z');

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Helsinki', timeZoneName: 'longOffset' });

/** Helsinki's offset from UTC at `date`, in milliseconds ("GMT+02:00", "GMT+03:00", "GMT+01:39:49" before 1921). */
function helsinkiOffset(date: Date): number {
  const name = offsetFormat.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
  if (!m?.[1]) return 0;
  const ms = ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1000;
  return m[1] === '-' ? -ms : ms;
}

/** The Helsinki calendar day of an instant, as an ISO date ("2026-12-02"). */
export function helsinkiDay(date: Date): string {
  const local = new Date(date.getTime() + helsinkiOffset(date));
  const y = local.getUTCFullYear();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
}

/**
 * The generation time from the render option: a Date, an ISO string or epoch milliseconds; now when left
 * out (the CLI passes SOURCE_DATE_EPOCH or its start time). Only the caller's own value can be out of range,
 * and it is refused with a message naming the option, never with jsPDF's.
 */
export function resolveGeneratedAt(
  value: Date | string | number | undefined,
  now: () => Date = () => new Date(),
): Date {
  const date = value === undefined ? now() : value instanceof Date ? new Date(value.getTime()) : new Date(value);
  if (Number.isNaN(date.getTime())) throw new TypeError(`generatedAt is not a valid date: ${String(value)}`);
  if (date.getTime() < MIN || date.getTime() > MAX)
    throw new RangeError(`generatedAt must lie between the years 0000 and 9999: ${String(value)}`);
  // Whole seconds: PDF dates have no fractions, and the same second must give the same bytes.
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

/** `D:20261123120000+00'00'`, the form the Info dictionary takes, for any four-digit year. */
export function infoDate(date: Date): string {
  const iso = date.toISOString();
  return `D:${iso.slice(0, 19).replace(/[-:T]/g, '')}+00'00'`;
}

/**
 * jsPDF validates the Info dictionary's creation date against the years 1970–2037 and throws outside them.
 * It is given this stand-in, which `replaceCreationDate` swaps for the real date in the finished file: the
 * same length, so no offset in the cross-reference table moves.
 */
export const CREATION_DATE_STAND_IN = "D:19700101000000+00'00'";

/** The finished file (a binary string) with the Info dictionary's creation date set to `date`. */
export function replaceCreationDate(file: string, date: Date): string {
  const needle = `/CreationDate (${CREATION_DATE_STAND_IN})`;
  // The Info dictionary comes after every page, font and stream; text a user typed is escaped or compressed.
  const at = file.lastIndexOf(needle);
  if (at < 0) throw new Error('jsPDF wrote no creation date');
  const real = `/CreationDate (${infoDate(date)})`;
  return file.slice(0, at) + real + file.slice(at + needle.length);
}
