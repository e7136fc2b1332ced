import type { Assessment } from './schema.js';
import { CHECKLIST } from './catalogues/checklist.js';
import type { QuestionId } from './catalogues/checklist.js';
import { CASE_FIELDS, countsFor, fieldDoneTest, questionFields } from './questions.js';
import type { QuestionField } from './questions.js';
import { isBlank, participationOrganised } from './rules/helpers.js';
import { PART_IDS } from './parts.js';
import type { FieldPath } from './rules/types.js';

/** The parts of an assessment whose progress is shown: the seven questions and the sections around them. */
export type PartId = 'case' | QuestionId | 'methods' | 'consultations' | 'guidance' | 'conclusion';

export interface PartCompleteness {
  readonly answered: number;
  readonly total: number;
  /** 0…1; a part with nothing to answer counts as complete. */
  readonly ratio: number;
  /** Fields still to answer, in order, so the widget can jump to the first one. */
  readonly missing: readonly FieldPath[];
}

interface Item {
  readonly field: FieldPath;
  readonly done: (a: Assessment) => boolean;
  /** An item that does not apply (participation dates when none is organised, a hidden field) is left out. */
  readonly applies?: (a: Assessment) => boolean;
}

const filled = (s: string) => !isBlank(s);

/** A part's items are its counted fields in the question model, each counted while `countsFor` says so. */
function modelItems(fields: readonly QuestionField[]): readonly Item[] {
  return fields
    .filter((f) => f.counts !== undefined)
    .map((f) => ({
      field: f.path,
      done: fieldDoneTest(f),
      ...(f.counts?.onlyWithParticipation || f.showWhen ? { applies: (a: Assessment) => countsFor(f, a) } : {}),
    }));
}

const QUESTION_ITEMS = Object.fromEntries(CHECKLIST.map((q) => [q.id, modelItems(questionFields(q.id))])) as Record<
  QuestionId,
  readonly Item[]
>;

const ITEMS: Record<PartId, readonly Item[]> = {
  case: modelItems(CASE_FIELDS),
  ...QUESTION_ITEMS,
  methods: [{ field: 'methods', done: (a) => participationOrganised(a) || filled(a.conclusion.noParticipationReason) }],
  consultations: [],
  guidance: [{ field: 'guidance.acknowledged', done: (a) => a.guidance.acknowledged.length > 0 }],
  conclusion: [{ field: 'conclusion.summary', done: (a) => filled(a.conclusion.summary) }],
};

export { PART_IDS };

export function partCompleteness(a: Assessment, part: PartId): PartCompleteness {
  const items = ITEMS[part].filter((i) => i.applies === undefined || i.applies(a));
  const missing = items.filter((i) => !i.done(a)).map((i) => i.field);
  const answered = items.length - missing.length;
  return { answered, total: items.length, ratio: items.length === 0 ? 1 : answered / items.length, missing };
}
