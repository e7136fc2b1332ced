import { GENERIC_REGION, ORGANISERS, findOrganiser, parseOrganiserProfile } from '@osallisuusarvio/core';
import type { OrganiserProfile } from '@osallisuusarvio/core';
import type { ProblemItem } from './problem.js';

// The service's one link to core's organiser profiles: when they change, only this file changes.

export type Organiser = OrganiserProfile;

/** The built-in profiles, as GET /v1/regions lists them. */
export function builtInOrganisers(): readonly Organiser[] {
  return ORGANISERS;
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
    const found = findOrganiser(value);
    if (found) return { ok: true, organiser: found };
    const ids = ORGANISERS.map((r) => r.id).join(', ');
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
  const parsed = parseOrganiserProfile(value);
  if (parsed.ok) return { ok: true, organiser: parsed.profile };
  return {
    ok: false,
    errors: parsed.errors.map((e) => ({
      path: ['organiser', ...e.path],
      pathText: e.pathText ? `organiser.${e.pathText}` : 'organiser',
      code: e.code,
      message: e.message,
    })),
  };
}
