/**
 * The follow-up part after the decision, described once: its fields' labels and help in fi/sv/en, when it
 * opens, and what of an assessment counts as "attached to the agenda". The widget and the notice derive
 * from it; the schema (`followUpSchema`) holds the values. The fields, texts and opening are modules of their
 * own (the form's first paint needs them, not the rest), composed here.
 */
import { canonicalJson } from './canonical.js';
import { blankAssessment } from './blank.js';
import type { Assessment } from './schema.js';

export { FOLLOW_UP_FIELDS } from './follow-up-fields.js';
export type { FollowUpField, FollowUpFieldKey } from './follow-up-fields.js';
export { FOLLOW_UP_TEXTS } from './texts/follow-up.js';
export { followUpAvailability, followUpClosedText } from './follow-up-open.js';
export type { FollowUpAvailability } from './follow-up-open.js';

const BLANK_FOLLOW_UP = blankAssessment().followUp;

/**
 * What was attached to the agenda: the assessment without its follow-up (nor the translations of follow-up
 * answers), so that recording the follow-up never changes it. For an appendix made before any follow-up was
 * written, its canonical JSON is what the appendix embeds, and its SHA-256 the one in the appendix's XMP.
 */
export function attachedPart(a: Assessment): Assessment {
  const translations = Object.fromEntries(Object.entries(a.translations).filter(([k]) => !k.startsWith('followUp.')));
  return { ...a, translations, followUp: BLANK_FOLLOW_UP };
}

/** The canonical JSON whose SHA-256 is `followUp.attachedChecksum`. */
export function attachedJson(a: Assessment): string {
  return canonicalJson(attachedPart(a));
}
