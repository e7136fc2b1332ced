import { CASE_FIELDS, CHECKLIST, QUESTION_MODEL, valueAtPath } from '@osallisuusarvio/core';
import type { Assessment, QuestionField } from '@osallisuusarvio/core';

const written = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';

/** The text fields of the model whose answers the official writes in words (and may translate). */
function writesWords(f: QuestionField, a: Assessment): boolean {
  if (f.kind === 'shortText' || f.kind === 'longText') return written(valueAtPath(a, f.path));
  if (f.kind !== 'table') return false;
  const rows = valueAtPath(a, f.path);
  if (!Array.isArray(rows)) return false;
  const keys = f.columns.filter((c) => c.kind !== 'choice').map((c) => c.key);
  return rows.some((row: Record<string, unknown>) => keys.some((k) => written(row[k])));
}

/**
 * Whether the appendix prints any answer written in words in the case language. The case's identifying
 * fields (title, diary number, names) are left out: the title has its translation under it, and a name or
 * number is not in a language. Without a written answer, a note saying which language the answers are in
 * would speak of nothing.
 */
export function hasWrittenAnswer(a: Assessment): boolean {
  if (CASE_FIELDS.some((f) => f.kind === 'longText' && writesWords(f, a))) return true;
  if (CHECKLIST.some((q) => QUESTION_MODEL[q.id].some((f: QuestionField) => writesWords(f, a)))) return true;
  if (a.methods.some((m) => written(m.name) || written(m.what))) return true;
  if (a.consultations.some((c) => written(c.reason) || written(c.summary))) return true;
  return written(a.conclusion.summary) || written(a.conclusion.noParticipationReason);
}
