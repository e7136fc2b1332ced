import { describe, expect, it } from 'vitest';
import { findRegion, GENERIC_REGION, KYMENLAAKSO, LAPLAND, REGIONS } from './regions.js';
import { bodyName, bodyRunningName, regionHasBody } from './rules/helpers.js';
import { BODIES } from './catalogues/bodies.js';
import { formatLegalReference, LEGAL, withPoint } from './legal.js';
import { LOCALES } from './i18n.js';
import { HOST_REGION } from './test-fixtures.js';
import {
  findOrganiser,
  GENERIC_BILINGUAL_MUNICIPALITY,
  GENERIC_MUNICIPALITY,
  GENERIC_WELFARE_REGION,
  HELSINKI,
  ORGANISERS,
  WELFARE_REGIONS,
} from './organisers/data.js';
import { parseOrganiserProfile } from './organisers/profile.js';
import { cite, resolveRole } from './legal-roles.js';

const nb = (s: string) => s.replace(/\u00a0/g, ' ');

/** regions.md, the 21 welfare regions: fi, sv, bilingual, majority language, Sámi committee. */
// biome-ignore format: the table as it stands in regions.md
const TABLE: readonly [string, string, boolean, 'fi' | 'sv', boolean][] = [
  ['Itä-Uudenmaan hyvinvointialue', 'Östra Nylands välfärdsområde', true, 'fi', false],
  ['Keski-Uudenmaan hyvinvointialue', 'Mellersta Nylands välfärdsområde', false, 'fi', false],
  ['Länsi-Uudenmaan hyvinvointialue', 'Västra Nylands välfärdsområde', true, 'fi', false],
  ['Vantaan ja Keravan hyvinvointialue', 'Vanda och Kervo välfärdsområde', true, 'fi', false],
  ['Varsinais-Suomen hyvinvointialue', 'Egentliga Finlands välfärdsområde', true, 'fi', false],
  ['Satakunnan hyvinvointialue', 'Satakunta välfärdsområde', false, 'fi', false],
  ['Kanta-Hämeen hyvinvointialue', 'Egentliga Tavastlands välfärdsområde', false, 'fi', false],
  ['Pirkanmaan hyvinvointialue', 'Birkalands välfärdsområde', false, 'fi', false],
  ['Päijät-Hämeen hyvinvointialue', 'Päijänne-Tavastlands välfärdsområde', false, 'fi', false],
  ['Kymenlaakson hyvinvointialue', 'Kymmenedalens välfärdsområde', true, 'fi', false],
  ['Etelä-Karjalan hyvinvointialue', 'Södra Karelens välfärdsområde', false, 'fi', false],
  ['Etelä-Savon hyvinvointialue', 'Södra Savolax välfärdsområde', false, 'fi', false],
  ['Pohjois-Savon hyvinvointialue', 'Norra Savolax välfärdsområde', false, 'fi', false],
  ['Pohjois-Karjalan hyvinvointialue', 'Norra Karelens välfärdsområde', false, 'fi', false],
  ['Keski-Suomen hyvinvointialue', 'Mellersta Finlands välfärdsområde', false, 'fi', false],
  ['Etelä-Pohjanmaan hyvinvointialue', 'Södra Österbottens välfärdsområde', false, 'fi', false],
  ['Pohjanmaan hyvinvointialue', 'Österbottens välfärdsområde', true, 'sv', false],
  ['Keski-Pohjanmaan hyvinvointialue', 'Mellersta Österbottens välfärdsområde', true, 'fi', false],
  ['Pohjois-Pohjanmaan hyvinvointialue', 'Norra Österbottens välfärdsområde', false, 'fi', false],
  ['Kainuun hyvinvointialue', 'Kajanalands välfärdsområde', false, 'fi', false],
  ['Lapin hyvinvointialue', 'Lapplands välfärdsområde', false, 'fi', true],
];
const UNVERIFIED_ENGLISH = new Set([13, 14, 15, 16, 18, 19, 20, 21]);

describe('organiser profiles', () => {
  it('hold the 21 welfare regions of regions.md, in order, with their names and languages', () => {
    expect(
      WELFARE_REGIONS.map((r) => [r.name.fi, r.name.sv, r.bilingual, r.majorityLanguage, r.samiLanguageCommittee]),
    ).toEqual(TABLE);
    expect(WELFARE_REGIONS.filter((r) => r.bilingual)).toHaveLength(7);
    WELFARE_REGIONS.forEach((r, i) => {
      expect(r.kind).toBe('welfareRegion');
      expect(r.unverifiedNames).toEqual(UNVERIFIED_ENGLISH.has(i + 1) ? ['en'] : []);
    });
  });

  it('make Kymenlaakso bilingual with a Finnish majority and a national language committee', () => {
    expect(KYMENLAAKSO).toMatchObject({ bilingual: true, majorityLanguage: 'fi', samiLanguageCommittee: false });
    expect(regionHasBody('nationalLanguageCommittee', KYMENLAAKSO)).toBe(true);
  });

  it('give only Lapland a Sámi language committee', () => {
    expect(ORGANISERS.filter((o) => o.samiLanguageCommittee)).toEqual([LAPLAND]);
    expect(LAPLAND.bodies).toContain('samiLanguageCommittee');
  });

  it('ship Helsinki as a bilingual city under Kuntalaki, and the generic profiles', () => {
    expect(HELSINKI).toMatchObject({ kind: 'city', bilingual: true, majorityLanguage: 'fi' });
    expect(HELSINKI.bodies).toEqual(['youthCouncil', 'elderlyCouncil', 'disabilityCouncil']);
    expect(HELSINKI.law.elderlyCouncil?.id).toBe('kuntalaki-27');
    expect(GENERIC_MUNICIPALITY).toMatchObject({ kind: 'municipality', bilingual: false });
    expect(GENERIC_BILINGUAL_MUNICIPALITY).toMatchObject({ kind: 'municipality', bilingual: true });
    expect(GENERIC_BILINGUAL_MUNICIPALITY.bodies).not.toContain('nationalLanguageCommittee');
    expect(GENERIC_REGION).toBe(GENERIC_WELFARE_REGION);
    expect(ORGANISERS).toHaveLength(25);
  });

  it('have unique ids that findOrganiser (and the older findRegion) find', () => {
    expect(new Set(ORGANISERS.map((r) => r.id)).size).toBe(ORGANISERS.length);
    for (const r of ORGANISERS) {
      expect(findOrganiser(r.id)).toBe(r);
      expect(findRegion(r.id)).toBe(r);
    }
    expect(REGIONS).toBe(ORGANISERS);
    expect(findOrganiser('nowhere')).toBeUndefined();
  });

  it('have names in three languages, a version and sane day counts', () => {
    for (const r of ORGANISERS) {
      for (const l of LOCALES) expect(r.name[l].length).toBeGreaterThan(0);
      expect(r.version.length).toBeGreaterThan(0);
      expect(Number.isInteger(r.minimumParticipationDays) && r.minimumParticipationDays > 0).toBe(true);
      expect(Number.isInteger(r.minimumDaysBeforeMeeting) && r.minimumDaysBeforeMeeting >= 0).toBe(true);
    }
  });
});

describe('parseOrganiserProfile', () => {
  const minimal = {
    id: 'kotka',
    kind: 'municipality',
    name: { fi: 'Kotka', sv: 'Kotka', en: 'Kotka' },
    bilingual: false,
    majorityLanguage: 'fi',
  };

  it('fills a municipality’s law and bodies from its kind', () => {
    const r = parseOrganiserProfile(minimal);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.profile.law.youthCouncil?.id).toBe('kuntalaki-26');
    expect(r.profile.law.nationalLanguageCommittee).toBeNull();
    expect(r.profile.methodPoints.coDesign).toBe(5);
    expect(r.profile.minimumParticipationDays).toBe(14);
  });

  it('names the path of each problem in Finnish, Swedish and English', () => {
    const r = parseOrganiserProfile({
      ...minimal,
      bilingual: 'yes',
      majorityLanguage: 'de',
      minimumParticipationDays: -1,
      nmae: 'x',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.pathText).sort()).toEqual([
      '',
      'bilingual',
      'majorityLanguage',
      'minimumParticipationDays',
    ]);
    for (const e of r.errors) for (const l of LOCALES) expect(e.message[l].length).toBeGreaterThan(0);
    expect(r.errors.find((e) => e.pathText === '')!.message.en).toContain('nmae');
  });

  it('never throws, whatever it is given', () => {
    for (const v of [
      null,
      1,
      'x',
      [],
      {
        get id() {
          throw new Error('no');
        },
      },
    ])
      expect(parseOrganiserProfile(v).ok).toBe(false);
  });
});

describe('regionHasBody', () => {
  it.each([
    [GENERIC_REGION, ['youthCouncil', 'elderlyCouncil', 'disabilityCouncil']],
    [KYMENLAAKSO, ['youthCouncil', 'elderlyCouncil', 'disabilityCouncil', 'nationalLanguageCommittee']],
    [GENERIC_BILINGUAL_MUNICIPALITY, ['youthCouncil', 'elderlyCouncil', 'disabilityCouncil']],
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
  it('prefers the organiser’s own name and falls back to the statutory label', () => {
    expect(bodyName('elderlyCouncil', KYMENLAAKSO).fi).toBe('Kymenlaakson hyvinvointialueen vanhusneuvosto');
    expect(bodyName('elderlyCouncil', GENERIC_REGION)).toEqual(BODIES.find((b) => b.id === 'elderlyCouncil')!.label);
  });

  it('gives the definite running-text form for sentences', () => {
    expect(bodyRunningName('elderlyCouncil', GENERIC_REGION).sv).toBe('äldrerådet');
    expect(bodyRunningName('samiLanguageCommittee', GENERIC_REGION).sv).toBe('samiska språknämnden');
    expect(BODIES.find((b) => b.id === 'samiLanguageCommittee')!.label.sv).toBe('Samisk språknämnd');
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

  it('cites the language committees as 33 § 1–2 mom. and 33 § 6 mom., both verified', () => {
    expect(LEGAL.nationalLanguageCommittee).toMatchObject({ section: '33 §', subsection: '1–2 mom.', verified: true });
    expect(LEGAL.samiLanguageCommittee).toMatchObject({ section: '33 §', subsection: '6 mom.', verified: true });
  });

  it('cites the right to participate as Perustuslaki 2 § 2 mom. and 612/2021 as 7 § 2 mom.', () => {
    expect(LEGAL.constitutionParticipation).toMatchObject({ section: '2 §', subsection: '2 mom.' });
    expect(LEGAL.wellbeingImpacts).toMatchObject({ statute: '612/2021', section: '7 §', subsection: '2 mom.' });
  });

  it('formats a reference in each language’s own notation', () => {
    const point5 = withPoint(LEGAL.participationMethods, 5);
    expect(nb(formatLegalReference(point5, 'fi'))).toBe(
      'Laki hyvinvointialueesta (611/2021) 29 §:n 2 momentin 5 kohta',
    );
    expect(nb(formatLegalReference(LEGAL.participationMethods, 'sv'))).toBe(
      '29 § 2 mom. i lagen om välfärdsområden (611/2021)',
    );
    expect(nb(formatLegalReference(LEGAL.influenceBodies, 'en'))).toBe(
      'section 32 of the Act on Wellbeing Services Counties (611/2021)',
    );
    expect(nb(formatLegalReference(point5, 'en'))).toBe(
      'section 29(2)(5) of the Act on Wellbeing Services Counties (611/2021)',
    );
    expect(nb(formatLegalReference(LEGAL.crpdConsultation, 'sv'))).toBe(
      'artikel 4.3 i FN:s konvention om rättigheter för personer med funktionsnedsättning (FördrS 27/2016)',
    );
    expect(nb(formatLegalReference(LEGAL.crpdConsultation, 'en'))).toContain('Article 4(3) of the UN Convention');
    expect(nb(formatLegalReference(LEGAL.crpdConsultation, 'en'))).toContain('(FTS 27/2016)');
  });

  it('resolves a method to the organiser’s own point: Kuntalaki 22 § swaps points 4 and 5', () => {
    const budget = cite('participationMethods', 'budgetParticipation');
    expect(nb(formatLegalReference(resolveRole(budget, GENERIC_MUNICIPALITY)!, 'fi'))).toBe(
      'Kuntalaki (410/2015) 22 §:n 2 momentin 4 kohta',
    );
    expect(nb(formatLegalReference(resolveRole(budget, GENERIC_WELFARE_REGION)!, 'fi'))).toBe(
      'Laki hyvinvointialueesta (611/2021) 29 §:n 2 momentin 5 kohta',
    );
  });

  it('keeps "§" and "mom." on the line of their number', () => {
    for (const ref of Object.values(LEGAL)) {
      for (const l of LOCALES) expect(formatLegalReference(ref, l)).not.toMatch(/ (§|mom\.)/);
    }
  });
});
