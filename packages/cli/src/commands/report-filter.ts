import { REPORT_PERIODS } from '@osallisuusarvio/core';
import type { LocalizedText, ReportPeriod } from '@osallisuusarvio/core';
import { ISO_DATE } from './context.js';

/** Which assessments a report counts and how it groups them: the `report` command's and the service's. */
export interface ReportFilter {
  readonly from: string | null;
  readonly to: string | null;
  readonly organiser: string | null;
  readonly period: ReportPeriod;
}

export type ReportFilterField = 'from' | 'to' | 'region' | 'period';

export type ReportFilterResult =
  | { readonly ok: true; readonly filter: ReportFilter }
  | { readonly ok: false; readonly field: ReportFilterField; readonly message: LocalizedText };

/**
 * `from`, `to`, `region` and `period` as the command line or a request gives them, checked once for both.
 * `name` spells a field as its caller's users know it (`--from` on the command line, `from` in a request).
 */
export function parseReportFilter(
  values: { readonly from?: unknown; readonly to?: unknown; readonly region?: unknown; readonly period?: unknown },
  name: (field: ReportFilterField) => string = (field) => field,
): ReportFilterResult {
  const fail = (field: ReportFilterField, message: LocalizedText): ReportFilterResult => ({
    ok: false,
    field,
    message,
  });
  const dates: Partial<Record<'from' | 'to', string>> = {};
  for (const field of ['from', 'to'] as const) {
    const v = values[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string' || !ISO_DATE.test(v)) {
      const shown = String(v).slice(0, 40);
      return fail(field, {
        fi: `${name(field)}: päivämäärä muodossa VVVV-KK-PP, ei '${shown}'`,
        sv: `${name(field)}: ett datum som ÅÅÅÅ-MM-DD, inte '${shown}'`,
        en: `${name(field)} must be a date as YYYY-MM-DD, not '${shown}'`,
      });
    }
    dates[field] = v;
  }
  const { from, to } = dates;
  if (from !== undefined && to !== undefined && from > to)
    return fail('from', {
      fi: `${name('from')} ${from} on myöhemmin kuin ${name('to')} ${to}`,
      sv: `${name('from')} ${from} är senare än ${name('to')} ${to}`,
      en: `${name('from')} ${from} is after ${name('to')} ${to}`,
    });
  const period = values.period ?? 'quarter';
  if (typeof period !== 'string' || !(REPORT_PERIODS as readonly string[]).includes(period)) {
    const list = REPORT_PERIODS.join(', ');
    const shown = String(period).slice(0, 40);
    return fail('period', {
      fi: `${name('period')}: yksi arvoista ${list}, ei '${shown}'`,
      sv: `${name('period')}: ett av ${list}, inte '${shown}'`,
      en: `${name('period')} must be one of ${list}, not '${shown}'`,
    });
  }
  const region = values.region;
  if (region !== undefined && region !== null && (typeof region !== 'string' || region.trim() === ''))
    return fail('region', {
      fi: `${name('region')}: järjestäjän tunnus (organiser.id) tekstinä`,
      sv: `${name('region')}: organisatörens id (organiser.id) som text`,
      en: `${name('region')} must be an organiser's id (organiser.id) as text`,
    });
  return {
    ok: true,
    filter: {
      from: from ?? null,
      to: to ?? null,
      organiser: typeof region === 'string' ? region : null,
      period: period as ReportPeriod,
    },
  };
}
