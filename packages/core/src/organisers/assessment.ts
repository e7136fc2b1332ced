import type { Assessment } from '../schema.js';
import type { OrganiserProfile } from './profile.js';

/** The profile that stands in when a host gives none (regions.ts's GENERIC_REGION): not a choice to record. */
const STAND_IN_ID = 'generic';

/**
 * The assessment with `organiser` filled from the profile it is checked against, when it records none. A
 * recorded organiser stays as it is, even when it differs: it is what the official made the assessment for,
 * and the `organiser-mismatch` finding says that the two differ. The generic welfare region, the stand-in
 * when a host gives no profile, is not recorded. Returns the same object when nothing changes.
 */
export function withOrganiser(assessment: Assessment, profile: Pick<OrganiserProfile, 'id' | 'version'>): Assessment {
  if (assessment.organiser.id !== null || profile.id === STAND_IN_ID) return assessment;
  return { ...assessment, organiser: { id: profile.id, profileVersion: profile.version } };
}
