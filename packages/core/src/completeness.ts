import type { Assessment } from './schema.js';
import { CHECKLIST } from './catalogues/checklist.js';
import type { QuestionId } from './catalogues/checklist.js';
import { fieldDoneTest, questionFields } from './questions.js';
import { isBlank, participationOrganised } from './rules/helpers.js';
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
  /** An item that does not apply (e.g. participation dates when none is organised) is left out. */
  readonly applies?: (a: Assessment) => boolean;
}

const some = (xs: readonly unknown[]) => xs.length > 0;
const filled = (s: string) => !isBlank(s);

/** A question's items are its counted fields in the question model. */
function questionItems(id: QuestionId): readonly Item[] {
  return questionFields(id)
    .filter((f) => f.counts !== undefined)
    .map((f) => ({
      field: f.path,
      done: fieldDoneTest(f),
      ...(f.counts?.onlyWithParticipation ? { applies: participationOrganised } : {}),
    }));
}

const QUESTION_ITEMS = Object.fromEntries(CHECKLIST.map((q) => [q.id, questionItems(q.id)])) as Record<
  QuestionId,
  readonly Item[]
>;

const ITEMS: Record<PartId, readonly Item[]> = {
  case: [
    { field: 'case.title', done: (a) => filled(a.case.title) },
    { field: 'case.diaryNumber', done: (a) => filled(a.case.diaryNumber) },
    { field: 'case.decidingBody.kind', done: (a) => a.case.decidingBody.kind !== null },
    { field: 'case.meetingDate', done: (a) => a.case.meetingDate !== null },
    { field: 'case.preparer.name', done: (a) => filled(a.case.preparer.name) },
    { field: 'case.matterTypes', done: (a) => some(a.case.matterTypes) },
  ],
  ...QUESTION_ITEMS,
  methods: [{ field: 'methods', done: (a) => participationOrganised(a) || filled(a.conclusion.noParticipationReason) }],
  consultations: [],
  guidance: [{ field: 'guidance.acknowledged', done: (a) => a.guidance.acknowledged.length > 0 }],
  conclusion: [{ field: 'conclusion.summary', done: (a) => filled(a.conclusion.summary) }],
};

export const PART_IDS = Object.keys(ITEMS) as PartId[];

export function partCompleteness(a: Assessment, part: PartId): PartCompleteness {
  const items = ITEMS[part].filter((i) => i.applies === undefined || i.applies(a));
  const missing = items.filter((i) => !i.done(a)).map((i) => i.field);
  const answered = items.length - missing.length;
  return { answered, total: items.length, ratio: items.length === 0 ? 1 : answered / items.length, missing };
}
