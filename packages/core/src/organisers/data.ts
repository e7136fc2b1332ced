import type { Locale } from '../i18n.js';
import { shippedOrganiser } from './defaults.js';
import type { OrganiserProfile } from './profile.js';

/**
 * The organisers shipped with the toolkit. Sources, checked on 2026-12-01 (copied from the project's
 * regions.md so that nothing is read from outside the repository at run time):
 * - Finnish names: Laki hyvinvointialueista ja Uudenmaan ... (616/2021) 7 §; Swedish names: VNA 91/2022.
 * - English names: vaalit.fi; those not seen there are listed in `unverifiedNames`.
 * - Bilingual regions: Kielilaki 423/2003 6 § 1 mom. 2 kohta (644/2021). Vantaa–Kerava's regional executive
 *   (15.4.2025 § 86) counts seven bilingual welfare regions; the seven below are each confirmed, so the other
 *   fourteen are Finnish-only. Kymenlaakso is bilingual because Pyhtää is a bilingual municipality.
 * - Sámi language committee: 611/2021 33 § 6 mom.; the Sámi homeland municipalities are all in Lapland.
 * - Helsinki organises its social, health and rescue services itself (Kuntalaki 410/2015 and Kielilaki apply).
 */
export const ORGANISER_SOURCES = [
  {
    title: 'Laki hyvinvointialueista ja Uudenmaan ... (616/2021) 7 §',
    url: 'https://www.finlex.fi/fi/laki/ajantasa/2021/20210616',
  },
  { title: 'Valtioneuvoston asetus 91/2022 (svenska namn)' },
  { title: 'vaalit.fi: Wellbeing services counties' },
  { title: 'Kielilaki 423/2003 6 § (644/2021)', url: 'https://www.finlex.fi/fi/laki/ajantasa/2003/20030423' },
  { title: 'Vantaan ja Keravan aluehallitus 15.4.2025 § 86' },
] as const;

const VERSION = '2026-12-01';
const WELFARE_SOURCES = ORGANISER_SOURCES.map((s) => ({ ...s }));

/** [id, fi, sv, English name after "Wellbeing services county of", English verified, bilingual, majority, Sámi]. */
type Row = readonly [string, string, string, string, boolean, boolean, 'fi' | 'sv', boolean];

// biome-ignore format: one region per line reads like the table it comes from
const WELFARE_REGION_ROWS: readonly Row[] = [
  ['ita-uusimaa', 'Itä-Uudenmaan hyvinvointialue', 'Östra Nylands välfärdsområde', 'East Uusimaa', true, true, 'fi', false],
  ['keski-uusimaa', 'Keski-Uudenmaan hyvinvointialue', 'Mellersta Nylands välfärdsområde', 'Central Uusimaa', true, false, 'fi', false],
  ['lansi-uusimaa', 'Länsi-Uudenmaan hyvinvointialue', 'Västra Nylands välfärdsområde', 'West Uusimaa', true, true, 'fi', false],
  ['vantaa-kerava', 'Vantaan ja Keravan hyvinvointialue', 'Vanda och Kervo välfärdsområde', 'Vantaa and Kerava', true, true, 'fi', false],
  ['varsinais-suomi', 'Varsinais-Suomen hyvinvointialue', 'Egentliga Finlands välfärdsområde', 'Southwest Finland', true, true, 'fi', false],
  ['satakunta', 'Satakunnan hyvinvointialue', 'Satakunta välfärdsområde', 'Satakunta', true, false, 'fi', false],
  ['kanta-hame', 'Kanta-Hämeen hyvinvointialue', 'Egentliga Tavastlands välfärdsområde', 'Kanta-Häme', true, false, 'fi', false],
  ['pirkanmaa', 'Pirkanmaan hyvinvointialue', 'Birkalands välfärdsområde', 'Pirkanmaa', true, false, 'fi', false],
  ['paijat-hame', 'Päijät-Hämeen hyvinvointialue', 'Päijänne-Tavastlands välfärdsområde', 'Päijät-Häme', true, false, 'fi', false],
  ['kymenlaakso', 'Kymenlaakson hyvinvointialue', 'Kymmenedalens välfärdsområde', 'Kymenlaakso', true, true, 'fi', false],
  ['etela-karjala', 'Etelä-Karjalan hyvinvointialue', 'Södra Karelens välfärdsområde', 'South Karelia', true, false, 'fi', false],
  ['etela-savo', 'Etelä-Savon hyvinvointialue', 'Södra Savolax välfärdsområde', 'South Savo', true, false, 'fi', false],
  ['pohjois-savo', 'Pohjois-Savon hyvinvointialue', 'Norra Savolax välfärdsområde', 'North Savo', false, false, 'fi', false],
  ['pohjois-karjala', 'Pohjois-Karjalan hyvinvointialue', 'Norra Karelens välfärdsområde', 'North Karelia', false, false, 'fi', false],
  ['keski-suomi', 'Keski-Suomen hyvinvointialue', 'Mellersta Finlands välfärdsområde', 'Central Finland', false, false, 'fi', false],
  ['etela-pohjanmaa', 'Etelä-Pohjanmaan hyvinvointialue', 'Södra Österbottens välfärdsområde', 'South Ostrobothnia', false, false, 'fi', false],
  ['pohjanmaa', 'Pohjanmaan hyvinvointialue', 'Österbottens välfärdsområde', 'Ostrobothnia', true, true, 'sv', false],
  ['keski-pohjanmaa', 'Keski-Pohjanmaan hyvinvointialue', 'Mellersta Österbottens välfärdsområde', 'Central Ostrobothnia', false, true, 'fi', false],
  ['pohjois-pohjanmaa', 'Pohjois-Pohjanmaan hyvinvointialue', 'Norra Österbottens välfärdsområde', 'North Ostrobothnia', false, false, 'fi', false],
  ['kainuu', 'Kainuun hyvinvointialue', 'Kajanalands välfärdsområde', 'Kainuu', false, false, 'fi', false],
  ['lappi', 'Lapin hyvinvointialue', 'Lapplands välfärdsområde', 'Lapland', false, false, 'fi', true],
];

/**
 * Kymenlaakso's own body names, from its participation programme 2023–2025 (the seed). The exact name of its
 * national-language committee was not verified, so the statutory name is used for it.
 */
const KYMENLAAKSO_BODY_NAMES = {
  youthCouncil: {
    fi: 'Kymenlaakson hyvinvointialueen nuorisovaltuusto',
    sv: 'ungdomsfullmäktige i Kymmenedalens välfärdsområde',
    en: 'youth council of the Wellbeing Services County of Kymenlaakso',
  },
  elderlyCouncil: {
    fi: 'Kymenlaakson hyvinvointialueen vanhusneuvosto',
    sv: 'äldrerådet i Kymmenedalens välfärdsområde',
    en: 'council for older people of the Wellbeing Services County of Kymenlaakso',
  },
  disabilityCouncil: {
    fi: 'Kymenlaakson hyvinvointialueen vammaisneuvosto',
    sv: 'rådet för personer med funktionsnedsättning i Kymmenedalens välfärdsområde',
    en: 'disability council of the Wellbeing Services County of Kymenlaakso',
  },
};

const unverified = (english: boolean): Locale[] => (english ? [] : ['en']);

export const WELFARE_REGIONS: readonly OrganiserProfile[] = WELFARE_REGION_ROWS.map(
  ([id, fi, sv, en, enVerified, bilingual, majorityLanguage, sami]) =>
    shippedOrganiser({
      id,
      version: VERSION,
      kind: 'welfareRegion',
      name: { fi, sv, en: `Wellbeing Services County of ${en}` },
      unverifiedNames: unverified(enVerified),
      bilingual,
      majorityLanguage,
      samiLanguageCommittee: sami,
      ...(id === 'kymenlaakso' ? { bodyNames: KYMENLAAKSO_BODY_NAMES } : {}),
      sources: WELFARE_SOURCES,
    }),
);

/** Helsinki is not a welfare region: 611/2021 32–33 § do not bind it as such; Kuntalaki 22 § and 26–28 § do. */
export const HELSINKI: OrganiserProfile = shippedOrganiser({
  id: 'helsinki',
  version: VERSION,
  kind: 'city',
  name: { fi: 'Helsingin kaupunki', sv: 'Helsingfors stad', en: 'City of Helsinki' },
  bilingual: true,
  majorityLanguage: 'fi',
  sources: [{ title: 'Kuntalaki 410/2015', url: 'https://www.finlex.fi/fi/laki/ajantasa/2015/20150410' }],
});

/** A welfare region with the statutory bodies and no language committees: a starting point for a host. */
export const GENERIC_WELFARE_REGION: OrganiserProfile = shippedOrganiser({
  id: 'generic',
  version: VERSION,
  kind: 'welfareRegion',
  name: { fi: 'Hyvinvointialue', sv: 'Välfärdsområde', en: 'Wellbeing services county' },
  bilingual: false,
  majorityLanguage: 'fi',
});

export const GENERIC_MUNICIPALITY: OrganiserProfile = shippedOrganiser({
  id: 'generic-municipality',
  version: VERSION,
  kind: 'municipality',
  name: { fi: 'Kunta', sv: 'Kommun', en: 'Municipality' },
  bilingual: false,
  majorityLanguage: 'fi',
});

export const GENERIC_BILINGUAL_MUNICIPALITY: OrganiserProfile = shippedOrganiser({
  id: 'generic-bilingual-municipality',
  version: VERSION,
  kind: 'municipality',
  name: { fi: 'Kaksikielinen kunta', sv: 'Tvåspråkig kommun', en: 'Bilingual municipality' },
  bilingual: true,
  majorityLanguage: 'fi',
});

/** Every shipped organiser: the generic profiles first, then the welfare regions in 616/2021's order, Helsinki. */
export const ORGANISERS: readonly OrganiserProfile[] = [
  GENERIC_WELFARE_REGION,
  GENERIC_MUNICIPALITY,
  GENERIC_BILINGUAL_MUNICIPALITY,
  ...WELFARE_REGIONS,
  HELSINKI,
];

const byId = new Map(ORGANISERS.map((o) => [o.id, o]));

export function findOrganiser(id: string): OrganiserProfile | undefined {
  return byId.get(id);
}
