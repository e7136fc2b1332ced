import { BODIES, LOCALES } from '@osallisuusarvio/core';
import type { RegionProfile } from '@osallisuusarvio/core';

export interface RegionProblem {
  readonly path: string;
  readonly message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Checks a host's own region profile (from --region-file) field by field, so that a typo gives a message
 * naming the field instead of a wrong appendix. Returns the profile, or the problems found.
 */
export function validateRegionProfile(
  value: unknown,
): { ok: true; region: RegionProfile } | { ok: false; problems: RegionProblem[] } {
  const problems: RegionProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  if (!isObject(value)) return { ok: false, problems: [{ path: '', message: 'expected an object (a RegionProfile)' }] };
  const localized = (v: unknown, path: string) => {
    if (!isObject(v)) return add(path, 'expected an object with the texts "fi", "sv" and "en"');
    for (const l of LOCALES)
      if (typeof v[l] !== 'string' || v[l] === '') add(`${path}.${l}`, 'expected a non-empty text');
  };
  if (typeof value.id !== 'string' || value.id.trim() === '') add('id', 'expected a non-empty text');
  localized(value.name, 'name');
  for (const key of ['bilingual', 'samiLanguageCommittee'] as const) {
    if (typeof value[key] !== 'boolean') add(key, 'expected true or false');
  }
  if (value.majorityLanguage !== 'fi' && value.majorityLanguage !== 'sv')
    add('majorityLanguage', 'expected "fi" or "sv"');
  for (const key of ['minimumParticipationDays', 'minimumDaysBeforeMeeting'] as const) {
    const n = value[key];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 366)
      add(key, 'expected a whole number of days from 0 to 366');
  }
  if (value.bodyNames !== undefined) {
    if (!isObject(value.bodyNames)) add('bodyNames', 'expected an object from body id to names');
    else {
      const ids = BODIES.map((b) => b.id as string);
      for (const [id, names] of Object.entries(value.bodyNames)) {
        if (!ids.includes(id)) add(`bodyNames.${id}`, `unknown body; expected one of ${ids.join(', ')}`);
        else localized(names, `bodyNames.${id}`);
      }
    }
  }
  const known = new Set([
    'id',
    'name',
    'bilingual',
    'majorityLanguage',
    'samiLanguageCommittee',
    'bodyNames',
    'minimumParticipationDays',
    'minimumDaysBeforeMeeting',
  ]);
  for (const key of Object.keys(value)) if (!known.has(key)) add(key, 'unknown field');
  return problems.length > 0 ? { ok: false, problems } : { ok: true, region: value as unknown as RegionProfile };
}
