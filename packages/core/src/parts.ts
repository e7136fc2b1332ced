import { CHECKLIST_QUESTIONS } from './catalogues/checklist-titles.js';
import type { PartId } from './completeness.js';

/**
 * The parts of an assessment whose progress is shown, in the form's order: the case, the seven questions and
 * the sections after them. On its own (the form's list of steps names them from its first paint);
 * completeness.ts counts each.
 */
export const PART_IDS: readonly PartId[] = [
  'case',
  ...CHECKLIST_QUESTIONS.map((q) => q.id),
  'methods',
  'consultations',
  'guidance',
  'conclusion',
];
