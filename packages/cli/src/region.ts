import { parseOrganiserProfile } from '@osallisuusarvio/core';
import type { Locale, OrganiserProfile, ParseError } from '@osallisuusarvio/core';

export interface RegionProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * Checks a host's own organiser profile (from --region-file) with core's schema, so that a typo gives a
 * message naming the field instead of a wrong appendix.
 */
export function validateRegionProfile(
  value: unknown,
  lang: Locale = 'en',
): { ok: true; region: OrganiserProfile } | { ok: false; problems: RegionProblem[]; errors: readonly ParseError[] } {
  const result = parseOrganiserProfile(value);
  if (result.ok) return { ok: true, region: result.profile };
  return {
    ok: false,
    problems: result.errors.map((e) => ({ path: e.pathText, message: e.message[lang] })),
    errors: result.errors,
  };
}
