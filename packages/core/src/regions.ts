/**
 * The names the toolkit used before organiser profiles covered municipalities and cities; kept so that hosts'
 * code keeps working. New code uses `OrganiserProfile`, `ORGANISERS` and `findOrganiser`.
 */
import { findOrganiser, GENERIC_WELFARE_REGION, ORGANISERS } from './organisers/data.js';
import type { OrganiserProfile } from './organisers/profile.js';

/** @deprecated Use `OrganiserProfile`. */
export type RegionProfile = OrganiserProfile;

export const GENERIC_REGION: OrganiserProfile = GENERIC_WELFARE_REGION;
/** Kymenlaakson hyvinvointialue, the seed's region: bilingual (Pyhtää), Finnish majority. */
export const KYMENLAAKSO: OrganiserProfile = findOrganiser('kymenlaakso')!;
/** A bilingual region with a Swedish majority: Pohjanmaan hyvinvointialue (Österbottens välfärdsområde). */
export const BILINGUAL_EXAMPLE_REGION: OrganiserProfile = findOrganiser('pohjanmaa')!;
/** Lapland, the one region with a Sámi language committee. */
export const LAPLAND: OrganiserProfile = findOrganiser('lappi')!;

/** @deprecated Use `ORGANISERS`. */
export const REGIONS: readonly OrganiserProfile[] = ORGANISERS;

/** @deprecated Use `findOrganiser`. */
export const findRegion = findOrganiser;
