import {
  APPENDIX_TEXTS,
  CASE_FIELDS,
  CONSULTATION_FIELDS,
  CONSULTATION_STATUSES,
  fieldLabel,
  formatIsoDate,
  isShown,
  joinList,
  labelOf,
  valueAtPath,
} from '@osallisuusarvio/core';
import type { Assessment, Consultation, Locale, QuestionField } from '@osallisuusarvio/core';

/** What the appendix's two tables need from the render: the language and the text cleaner for its fonts. */
export interface TableContext {
  readonly locale: Locale;
  readonly clean: (text: string) => string;
}

const date = (iso: unknown, locale: Locale) => (typeof iso === 'string' && iso ? formatIsoDate(iso, locale) : '');

/** A case field's answer as the table prints it; empty when not answered. */
function caseValue(a: Assessment, f: QuestionField, { locale, clean }: TableContext): string {
  const v = valueAtPath(a, f.path);
  switch (f.kind) {
    case 'choice':
      return typeof v === 'string' ? labelOf(f.options, v)[locale] : '';
    case 'multiChoice':
      return joinList(
        (Array.isArray(v) ? (v as string[]) : []).map((id) => labelOf(f.options, id)[locale]),
        locale,
      );
    case 'date':
      return date(v, locale);
    default:
      return typeof v === 'string' ? clean(v) : '';
  }
}

/** Who decides, with the body's name unless the name already says the kind ("Aluehallitus"). */
function decidingBody(a: Assessment, ctx: TableContext): string {
  const kind = caseValue(a, CASE_FIELDS.find((f) => f.path === 'case.decidingBody.kind')!, ctx);
  const name = ctx.clean(a.case.decidingBody.name);
  return !kind || name.toLowerCase().startsWith(kind.toLowerCase())
    ? name || kind
    : [kind, name].filter(Boolean).join(': ');
}

/**
 * The case table's rows from core's case fields, in their order: a text that is part of another field (the
 * body's name, the preparer's title and contact) in that field's row, the initiative's details only when
 * the matter comes from an initiative, the toolkit's own question marked as such. The decision's title is
 * the appendix's heading, so it has no row. `appendixLabel` is the label as printed (a host may override it).
 */
export function caseRows(a: Assessment, ctx: TableContext, appendixLabel: string): [string, string][] {
  const { locale, clean } = ctx;
  const rows: [string, string][] = [];
  for (const f of CASE_FIELDS) {
    if (f.path === 'case.title' || (f.kind === 'shortText' && f.partOf) || !isShown(f, a)) continue;
    const heading = fieldLabel(f.path)[locale];
    const name = f.ourQuestion ? `${heading} (${APPENDIX_TEXTS.ourQuestion[locale]})` : heading;
    const value =
      f.path === 'case.decidingBody.kind'
        ? decidingBody(a, ctx)
        : f.path === 'case.preparer.name'
          ? [a.case.preparer.name, a.case.preparer.title, a.case.preparer.contact].map(clean).filter(Boolean).join(', ')
          : f.path === 'case.appendixLabel'
            ? appendixLabel
            : caseValue(a, f, ctx);
    rows.push([name, value]);
  }
  return rows;
}

const DATES = CONSULTATION_FIELDS.filter((f) => f.kind === 'date');

/**
 * A consultation row of the appendix: the body (its name in the organiser's profile), the status, each date
 * given with what it is ("Lausunnon määräpäivä 12.2.2027"), and the reason or summary.
 */
export function consultationCells(
  c: Consultation,
  bodyName: string,
  ctx: TableContext,
): [string, string, string, string] {
  const { locale, clean } = ctx;
  const dates = DATES.filter((f) => c[f.key])
    .map((f) => `${fieldLabel(`consultations.*.${f.key}`)[locale]} ${date(c[f.key], locale)}`)
    .join('\n');
  return [
    bodyName,
    c.status ? labelOf(CONSULTATION_STATUSES, c.status)[locale] : '',
    dates,
    [clean(c.reason), clean(c.summary)].filter((s) => s.trim()).join('\n'),
  ];
}
