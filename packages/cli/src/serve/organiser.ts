import { GENERIC_REGION, REGIONS, findRegion } from '@osallisuusarvio/core';
import type { RegionProfile } from '@osallisuusarvio/core';
import { organiserProfileSchema } from './schemas.js';
import { zodProblems } from './problem.js';
import type { ProblemItem } from './problem.js';

// The service's one link to the organiser profiles of core (today RegionProfile, findRegion and REGIONS):
// when core's profiles change, only this file changes.

export type Organiser = RegionProfile;

/** The built-in profiles, as GET /v1/regions lists them. */
export function builtInOrganisers(): readonly Organiser[] {
  return REGIONS;
}

/**
 * A request's `organiser`: a built-in profile's id, a whole profile of the host's own, or nothing (the
 * generic profile). Problems carry paths from the request body ("organiser.name.sv").
 */
export function resolveOrganiser(
  value: unknown,
): { readonly ok: true; readonly organiser: Organiser } | { readonly ok: false; readonly errors: ProblemItem[] } {
  if (value === undefined) return { ok: true, organiser: GENERIC_REGION };
  if (typeof value === 'string') {
    const found = findRegion(value);
    if (found) return { ok: true, organiser: found };
    const ids = REGIONS.map((r) => r.id).join(', ');
    return {
      ok: false,
      errors: [
        {
          path: ['organiser'],
          pathText: 'organiser',
          code: 'unknown_organiser',
          message: {
            fi: `Tuntematon järjestäjä "${value.slice(0, 40)}". Sisäänrakennetut: ${ids}; tai anna koko profiili.`,
            sv: `Okänd organisatör "${value.slice(0, 40)}". Inbyggda: ${ids}; eller ge hela profilen.`,
            en: `Unknown organiser "${value.slice(0, 40)}". Built in: ${ids}; or give a whole profile.`,
          },
        },
      ],
    };
  }
  const parsed = organiserProfileSchema.safeParse(value);
  if (!parsed.success) return { ok: false, errors: zodProblems(parsed.error, ['organiser'], value) };
  const organiser: Organiser = parsed.data;
  return { ok: true, organiser };
}
