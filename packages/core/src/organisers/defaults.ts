// What the shipped profiles and `withOrganiser` need of organiser profiles, without zod: the kinds, the
// defaults a profile's fields take and what a kind fills in. The widget's first paint loads the shipped
// profiles; the zod schema that checks a host's profile (profile.ts) is loaded only by what reads one.
import type { BodyId } from '../catalogues/bodies.js';
import type { CatalogueEntry } from '../catalogues/types.js';
import {
  CITY_LAW,
  MUNICIPAL_LAW,
  MUNICIPAL_METHOD_POINTS,
  WELFARE_REGION_LAW,
  WELFARE_REGION_METHOD_POINTS,
} from '../legal-roles.js';
import type { MethodPoints, RoleTable } from '../legal-roles.js';
import type { OrganiserProfile, OrganiserProfileInput } from './profile.js';

/** Who organises the services and decides: the kind sets the law that fills each legal role. */
export const ORGANISER_KINDS = [
  {
    id: 'welfareRegion',
    label: { fi: 'Hyvinvointialue', sv: 'Välfärdsområde', en: 'Wellbeing services county' },
  },
  { id: 'municipality', label: { fi: 'Kunta', sv: 'Kommun', en: 'Municipality' } },
  {
    id: 'city',
    label: {
      fi: 'Sosiaali- ja terveyspalvelunsa itse järjestävä kaupunki',
      sv: 'Stad som själv ordnar sin social- och hälsovård',
      en: 'City that organises its social and health services itself',
    },
  },
] as const satisfies readonly CatalogueEntry[];
export type OrganiserKind = (typeof ORGANISER_KINDS)[number]['id'];

/** The value of each field a profile may leave out (but `bodies`, which its kind and languages give). */
export const PROFILE_DEFAULTS = {
  version: '1',
  // A profile written before municipalities were supported is a welfare region's.
  kind: 'welfareRegion',
  unverifiedNames: [],
  samiLanguageCommittee: false,
  bodyNames: {},
  law: {},
  methodPoints: {},
  minimumParticipationDays: 14,
  minimumDaysBeforeMeeting: 7,
  appendicesInBothLanguages: false,
  sources: [],
} as const;

const LAW_OF_KIND: Record<OrganiserKind, RoleTable> = {
  welfareRegion: WELFARE_REGION_LAW,
  municipality: MUNICIPAL_LAW,
  city: CITY_LAW,
};
const POINTS_OF_KIND: Record<OrganiserKind, MethodPoints> = {
  welfareRegion: WELFARE_REGION_METHOD_POINTS,
  municipality: MUNICIPAL_METHOD_POINTS,
  city: MUNICIPAL_METHOD_POINTS,
};

/** Bodies that exist by law: the three influence bodies, and the language committees where the law has them. */
function defaultBodies(kind: OrganiserKind, bilingual: boolean, sami: boolean): BodyId[] {
  const out: BodyId[] = ['youthCouncil', 'elderlyCouncil', 'disabilityCouncil'];
  if (kind === 'welfareRegion' && bilingual) out.push('nationalLanguageCommittee');
  if (kind === 'welfareRegion' && sami) out.push('samiLanguageCommittee');
  return out;
}

/** A profile whose fields all have their values (checked, or shipped): its kind's bodies, law and points added. */
export type CompleteProfileInput = Omit<OrganiserProfile, 'bodies' | 'law' | 'methodPoints'> & {
  readonly bodies?: readonly BodyId[] | undefined;
  readonly law: Partial<RoleTable>;
  readonly methodPoints: Partial<MethodPoints>;
};

/** What a kind fills in: the bodies, the law of each legal role and the method points it does not override. */
export function completeProfile(p: CompleteProfileInput): OrganiserProfile {
  return {
    ...p,
    bodies: p.bodies ? [...p.bodies] : defaultBodies(p.kind, p.bilingual, p.samiLanguageCommittee),
    law: { ...LAW_OF_KIND[p.kind], ...p.law } as RoleTable,
    methodPoints: { ...POINTS_OF_KIND[p.kind], ...p.methodPoints } as MethodPoints,
  } as OrganiserProfile;
}

/**
 * A profile shipped with the toolkit, without the schema's check (which would bring zod into every page that
 * shows the form): a test checks each shipped profile against the schema. Hosts use `defineOrganiser`.
 */
export function shippedOrganiser(input: OrganiserProfileInput): OrganiserProfile {
  // Fresh copies of the defaults' lists and records: no two profiles share one.
  return completeProfile({ ...structuredClone(PROFILE_DEFAULTS), ...input } as CompleteProfileInput);
}
