// `@osallisuusarvio/core/first-paint`: what the widget's first paint (its first step, the list of steps, the
// notices) takes from core, and nothing that only its later steps, the findings or the PDF use. The widget's
// first-paint modules import this entry, its lazily loaded modules `@osallisuusarvio/core/form`: a bundler
// puts a module that a first-paint file reaches through its imports into the first paint even when only a
// lazy chunk uses it (esbuild assigns chunks by the files an entry reaches), so the entry the first paint
// imports must reach only light modules. Every name here is the same binding as the main entry's
// (first-paint.test.ts checks it).
export { LOCALES, isLocale, formatMessage } from './i18n.js';
export type { Locale, LocalizedText } from './i18n.js';
export { WIDGET_TEXTS } from './texts/widget.js';
export { STEPPER_TEXTS } from './texts/stepper.js';
export { PROGRESS_TEXTS } from './texts/progress.js';
export { FOLLOW_UP_STEP_TEXTS } from './texts/follow-up-step.js';
export { APPENDIX_NAMES } from './texts/appendix-names.js';
export { SEVERITIES, SEVERITY_LABELS } from './rules/types.js';
export { findingTarget } from './finding-target.js';
export { DATE_INPUT_HINT, formatDateInput, isIsoDate, parseDateInput } from './dates.js';
export { CASE_FIELD_TEXTS } from './catalogues/case-field-texts.js';
export { fieldKey } from './catalogues/field-key.js';
export { CHECKLIST_QUESTIONS, SECTIONS } from './catalogues/checklist-titles.js';
export { DECIDING_BODY_KINDS } from './catalogues/case-options.js';
export { CASE_FIELDS } from './case-fields.js';
export { PART_IDS } from './parts.js';
export { followUpAvailability, followUpClosedText } from './follow-up-open.js';
// No zod here: the schema and the parser are `@osallisuusarvio/core/parse`, which the widget loads as the form
// mounts; a new form starts from the blank assessment written out.
export { SCHEMA_VERSION, MAX_SHORT_TEXT_LENGTH } from './schema-constants.js';
export { blankAssessment } from './blank.js';
export { canonicalJson } from './canonical.js';
export { GENERIC_REGION, findRegion } from './regions.js';
export { withOrganiser } from './organisers/assessment.js';
