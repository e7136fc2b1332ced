import { BODIES, CONSULTATION_STATUSES } from './bodies.js';
import { GROUPS } from './groups.js';
import { METHODS, METHOD_STATUSES, PARTICIPATION_FORMS } from './methods.js';
import {
  ANNOUNCEMENT_LANGUAGES,
  CHANNELS,
  CONSTRAINTS,
  DECIDING_BODY_KINDS,
  GUIDANCE,
  MATTER_TYPES,
  OUTCOME_USES,
  PHASES,
  TESTING_OPTIONS,
  YES_NO_UNSURE,
} from './options.js';
import { CATALOGUE_EFFECTIVE_DATE, CATALOGUE_VERSION } from './types.js';
import type { CatalogueEntry } from './types.js';
import type { LocalizedText } from '../i18n.js';

/** Every option list by name, with the version and effective date the lists share. */
export const CATALOGUES = {
  version: CATALOGUE_VERSION,
  effectiveDate: CATALOGUE_EFFECTIVE_DATE,
  groups: GROUPS,
  methods: METHODS,
  methodStatuses: METHOD_STATUSES,
  participationForms: PARTICIPATION_FORMS,
  bodies: BODIES,
  consultationStatuses: CONSULTATION_STATUSES,
  decidingBodyKinds: DECIDING_BODY_KINDS,
  matterTypes: MATTER_TYPES,
  constraints: CONSTRAINTS,
  phases: PHASES,
  yesNoUnsure: YES_NO_UNSURE,
  outcomeUses: OUTCOME_USES,
  channels: CHANNELS,
  announcementLanguages: ANNOUNCEMENT_LANGUAGES,
  testingOptions: TESTING_OPTIONS,
  guidance: GUIDANCE,
} as const;

export type CatalogueName = Exclude<keyof typeof CATALOGUES, 'version' | 'effectiveDate'>;

/** The label of a catalogue id; an id the catalogue does not know is returned as it is rather than hidden. */
export function labelOf(entries: readonly CatalogueEntry[], id: string): LocalizedText {
  return entries.find((e) => e.id === id)?.label ?? { fi: id, sv: id, en: id };
}
