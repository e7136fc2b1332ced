import { INFLUENCE_BODY_RULES } from './influence-bodies.js';
import { INVITED_RULES } from './invited.js';
import { PARTICIPATION_RULES } from './participation.js';
import { TIMING_RULES } from './timing.js';
import { MATTER_RULES } from './matter.js';
import { COMMUNICATION_RULES } from './communication.js';
import { INITIATIVE_RULES } from './initiative.js';
import { LANGUAGE_RULES } from './languages.js';
import { PRIVACY_RULES } from './privacy.js';
import { FOLLOW_UP_RULES } from './follow-up.js';
import { ORGANISER_RULES } from './organiser.js';
import type { AnyRule } from './types.js';

/** Every built-in rule, in the order the checklist asks about their subject. */
export const RULES: readonly AnyRule[] = [
  ...PARTICIPATION_RULES,
  ...INITIATIVE_RULES,
  ...INFLUENCE_BODY_RULES,
  ...INVITED_RULES,
  ...MATTER_RULES,
  ...TIMING_RULES,
  ...COMMUNICATION_RULES,
  ...LANGUAGE_RULES,
  ...PRIVACY_RULES,
  ...FOLLOW_UP_RULES,
  ...ORGANISER_RULES,
];
