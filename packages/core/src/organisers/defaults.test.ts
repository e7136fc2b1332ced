import { describe, expect, it } from 'vitest';
import { ORGANISERS } from './data.js';
import { shippedOrganiser } from './defaults.js';
import { defineOrganiser, organiserProfileSchema } from './profile.js';
import type { OrganiserProfileInput } from './profile.js';

describe('the shipped organiser profiles, built without the schema', () => {
  it('are each exactly what the profile schema makes of them', () => {
    for (const profile of ORGANISERS) {
      const parsed = organiserProfileSchema.safeParse(profile);
      expect(parsed.success, profile.id).toBe(true);
      expect(parsed.data, profile.id).toStrictEqual(profile);
    }
  });

  it('take the same defaults and the kind’s law as a profile checked by defineOrganiser', () => {
    const inputs: OrganiserProfileInput[] = [
      { id: 'a', name: { fi: 'A', sv: 'A', en: 'A' }, bilingual: false, majorityLanguage: 'fi' },
      { id: 'b', kind: 'municipality', name: { fi: 'B', sv: 'B', en: 'B' }, bilingual: true, majorityLanguage: 'sv' },
      {
        id: 'c',
        kind: 'welfareRegion',
        name: { fi: 'C', sv: 'C', en: 'C' },
        bilingual: true,
        majorityLanguage: 'fi',
        samiLanguageCommittee: true,
        methodPoints: { coDesign: 9 },
      },
      { id: 'd', kind: 'city', name: { fi: 'D', sv: 'D', en: 'D' }, bilingual: false, majorityLanguage: 'fi' },
    ];
    for (const input of inputs) expect(shippedOrganiser(input), input.id).toStrictEqual(defineOrganiser(input));
  });

  it('do not share their lists: changing one profile’s sources leaves another’s', () => {
    const a = shippedOrganiser({
      id: 'a',
      name: { fi: 'A', sv: 'A', en: 'A' },
      bilingual: false,
      majorityLanguage: 'fi',
    });
    const b = shippedOrganiser({
      id: 'b',
      name: { fi: 'B', sv: 'B', en: 'B' },
      bilingual: false,
      majorityLanguage: 'fi',
    });
    a.sources.push({ title: 'x' });
    expect(b.sources).toEqual([]);
  });
});
