// What the form shows after its first step: loaded as one chunk right after the first paint (lazy-steps.tsx).
export {
  ConclusionSection,
  ConsultationsSection,
  GuidanceSection,
  MethodsSection,
  QuestionPart,
  Questions,
} from './sections.js';
export { FollowUpSection, recordAttached } from './follow-up-section.js';
export { SummaryStep } from './summary.js';
export { ImportGuard } from './import-guard.js';
// Every field's words, for the fields of these steps (field-texts.ts).
export { FIELD_TEXTS, fieldLabel } from '@osallisuusarvio/core';
