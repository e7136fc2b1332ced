import { describe, expect, it } from 'vitest';
import { BILINGUAL_EXAMPLE_REGION, findRegion, GENERIC_REGION, KYMENLAAKSO, REGIONS } from './regions.js';
import { bodyName, regionHasBody } from './rules/helpers.js';
import { BODIES } from './catalogues/bodies.js';
import { formatLegalReference, LEGAL } from './legal.js';
import { LOCALES } from './i18n.js';
import { HOST_REGION } from './test-fixtures.js';

describe('region profiles', () => {
  it('have unique ids that findRegion finds', () => {
    expect(new Set(REGIONS.map((r) => r.id)).size).toBe(REGIONS.length);
    for (const r of REGIONS) expect(findRegion(r.id)).toBe(r);
    expect(findRegion('nowhere')).toBeUndefined();
  });

  it('have names in three languages and sane day counts', () => {
    for (const r of REGIONS) {
      for (const l of LOCALES) expect(r.name[l].length).toBeGreaterThan(0);
      expect(Number.isInteger(r.minimumParticipationDays) && r.minimumParticipationDays > 0).toBe(true);
      expect(Number.isInteger(r.minimumDaysBeforeMeeting) && r.minimumDaysBeforeMeeting >= 0).toBe(true);
      for (const names of Object.values(r.bodyNames ?? {}))
        for (const l of LOCALES) expect(names![l].length).toBeGreaterThan(0);
    }
  });

  it('make only the bilingual example bilingual, and none has a Sámi committee', () => {
    expect(REGIONS.filter((r) => r.bilingual)).toEqual([BILINGUAL_EXAMPLE_REGION]);
    expect(BILINGUAL_EXAMPLE_REGION.majorityLanguage).toBe('sv');
    expect(REGIONS.some((r) => r.samiLanguageCommittee)).toBe(false);
  });
});

describe('regionHasBody', () => {
  it.each([
    [GENERIC_REGION, ['youthCouncil', 'elderlyCouncil', 'disabilityCouncil']],
    [KYMENLAAKSO, ['youthCouncil', 'elderlyCouncil', 'disabilityCouncil']],
    [BILINGUAL_EXAMPLE_REGION, ['youthCouncil', 'elderlyCouncil', 'disabilityCouncil', 'nationalLanguageCommittee']],
    [
      HOST_REGION,
      ['youthCouncil', 'elderlyCouncil', 'disabilityCouncil', 'nationalLanguageCommittee', 'samiLanguageCommittee'],
    ],
  ] as const)('in $id gives the bodies that exist there', (region, expected) => {
    expect(BODIES.filter((b) => regionHasBody(b.id, region)).map((b) => b.id)).toEqual(expected);
  });

  it('is false for an unknown body', () => {
    expect(regionHasBody('cityCouncil' as never, HOST_REGION)).toBe(false);
  });
});

describe('bodyName', () => {
  it('prefers the region’s own name and falls back to the statutory label', () => {
    expect(bodyName('elderlyCouncil', KYMENLAAKSO).fi).toBe('Kymenlaakson hyvinvointialueen vanhusneuvosto');
    expect(bodyName('elderlyCouncil', GENERIC_REGION)).toEqual(BODIES.find((b) => b.id === 'elderlyCouncil')!.label);
    expect(bodyName('nationalLanguageCommittee', KYMENLAAKSO)).toEqual(
      BODIES.find((b) => b.id === 'nationalLanguageCommittee')!.label,
    );
  });
});

describe('LEGAL', () => {
  it('has unique ids, Finlex addresses and names in three languages', () => {
    const refs = Object.values(LEGAL);
    expect(new Set(refs.map((r) => r.id)).size).toBe(refs.length);
    for (const r of refs) {
      expect(r.url).toMatch(/^https:\/\/www\.finlex\.fi\//);
      expect(r.statute).toMatch(/^(SopS )?\d+\/\d{4}$/);
      for (const l of LOCALES) expect(r.statuteName[l].length).toBeGreaterThan(0);
    }
  });

  it('formats a reference in the reader’s language', () => {
    expect(formatLegalReference(LEGAL.participationMethods, 'fi')).toBe(
      'Laki hyvinvointialueesta (611/2021) 29\u00a0§',
    );
    expect(formatLegalReference(LEGAL.participationMethods, 'sv')).toBe('Lag om välfärdsområden (611/2021) 29\u00a0§');
    const withSub = Object.values(LEGAL).find((r) => 'subsection' in r)!;
    const text = formatLegalReference(withSub, 'en');
    expect(text.replace(/\u00a0/g, ' ')).toMatch(
      new RegExp(`${withSub.section} ${(withSub as { subsection: string }).subsection}$`),
    );
  });

  it('keeps "§" and "mom." on the line of their number', () => {
    for (const ref of Object.values(LEGAL)) {
      for (const l of LOCALES) expect(formatLegalReference(ref, l)).not.toMatch(/ (§|mom\.)/);
    }
  });
});
