import { LEGAL, withPoint } from './legal.js';
import type { LegalReference } from './legal.js';
import type { MethodId } from './catalogues/methods.js';

/**
 * What a rule or a text cites is a legal *role* ("the section on the elderly council"); the organiser's profile
 * says which statute and section fill it. A welfare region's elderly council is 611/2021 32 §, a
 * municipality's Kuntalaki 27 §, and a municipality has no language committees at all (the role is null).
 */
export const LEGAL_ROLES = [
  'participationRight',
  'participationMethods',
  'initiative',
  'initiativeHearing',
  'youthCouncil',
  'elderlyCouncil',
  'disabilityCouncil',
  'communication',
  'publicationPrivacy',
  'nationalLanguageCommittee',
  'samiLanguageCommittee',
  'wellbeingImpacts',
  'bilingualServices',
] as const;
export type LegalRole = (typeof LEGAL_ROLES)[number];

/** A citation of a role; `method` narrows the methods role to that method's point in the organiser's statute. */
export interface RoleCitation {
  readonly role: LegalRole;
  readonly method?: MethodId;
}

/** What a rule's `legalBasis` lists: a fixed provision (Hallintolaki 41 §) or a role the profile resolves. */
export type LegalBasis = LegalReference | RoleCitation;

export const cite = (role: LegalRole, method?: MethodId): RoleCitation => (method ? { role, method } : { role });

export const isRoleCitation = (b: LegalBasis): b is RoleCitation => 'role' in b;

/** Which provision fills each role; null where the organiser's law has no such duty. */
export type RoleTable = Readonly<Record<LegalRole, LegalReference | null>>;
/** The point of the methods subsection that each method is, or null for a method outside the list. */
export type MethodPoints = Readonly<Record<MethodId, number | null>>;

/** Laki hyvinvointialueesta 611/2021 and Laki sosiaali- ja terveydenhuollon järjestämisestä 612/2021. */
export const WELFARE_REGION_LAW: RoleTable = {
  participationRight: LEGAL.participationRight,
  participationMethods: LEGAL.participationMethods,
  initiative: LEGAL.initiative,
  initiativeHearing: LEGAL.initiative,
  youthCouncil: LEGAL.influenceBodies,
  elderlyCouncil: LEGAL.influenceBodies,
  disabilityCouncil: LEGAL.influenceBodies,
  communication: LEGAL.communication,
  publicationPrivacy: LEGAL.publicationPrivacy,
  nationalLanguageCommittee: LEGAL.nationalLanguageCommittee,
  samiLanguageCommittee: LEGAL.samiLanguageCommittee,
  wellbeingImpacts: LEGAL.wellbeingImpacts,
  bilingualServices: LEGAL.bilingualServices,
};

/**
 * Kuntalaki 410/2015 (regions.md). No language committees, and no duty of 612/2021 for a municipality that
 * does not organise social and health services. Whether Kuntalaki 23 § also gives the initiators'
 * representatives a hearing was not checked, so that role stays empty.
 */
export const MUNICIPAL_LAW: RoleTable = {
  participationRight: LEGAL.municipalParticipationRight,
  participationMethods: LEGAL.municipalParticipationMethods,
  initiative: LEGAL.municipalInitiative,
  initiativeHearing: null,
  youthCouncil: LEGAL.municipalYouthCouncil,
  elderlyCouncil: LEGAL.municipalElderlyCouncil,
  disabilityCouncil: LEGAL.municipalDisabilityCouncil,
  communication: LEGAL.municipalCommunication,
  publicationPrivacy: LEGAL.municipalPublicationPrivacy,
  nationalLanguageCommittee: null,
  samiLanguageCommittee: null,
  wellbeingImpacts: null,
  bilingualServices: null,
};

/**
 * A city that organises social and health services itself (Helsinki): Kuntalaki, and 612/2021 as the
 * organiser. That 612/2021 binds it so is not verified here (regions.md), so those references say so.
 */
export const CITY_LAW: RoleTable = {
  ...MUNICIPAL_LAW,
  wellbeingImpacts: { ...LEGAL.wellbeingImpacts, verified: false },
  bilingualServices: { ...LEGAL.bilingualServices, verified: false },
};

export const WELFARE_REGION_METHOD_POINTS: MethodPoints = {
  discussionEvents: 1,
  opinionSurvey: 2,
  userRepresentatives: 3,
  coDesign: 4,
  budgetParticipation: 5,
  ownInitiative: 6,
  otherMethod: null,
};

/** Kuntalaki 22 § 2 mom. swaps points 4 and 5 of 611/2021 29 § 2 mom. */
export const MUNICIPAL_METHOD_POINTS: MethodPoints = {
  ...WELFARE_REGION_METHOD_POINTS,
  coDesign: 5,
  budgetParticipation: 4,
};

/** What a profile needs for resolving citations. */
export interface LawOfOrganiser {
  readonly law: RoleTable;
  readonly methodPoints: MethodPoints;
}

/** The provision that fills one role for this organiser, or null when its law has none. */
export function resolveRole(citation: RoleCitation, organiser: LawOfOrganiser): LegalReference | null {
  const ref = organiser.law[citation.role];
  if (!ref) return null;
  if (citation.method === undefined) return ref;
  const point = organiser.methodPoints[citation.method];
  return point === null || point === undefined ? ref : withPoint(ref, point);
}

/** A rule's legal basis as this organiser's provisions; roles its law does not fill are left out. */
export function resolveLegalBasis(basis: readonly LegalBasis[], organiser: LawOfOrganiser): LegalReference[] {
  const out: LegalReference[] = [];
  for (const b of basis) {
    const ref = isRoleCitation(b) ? resolveRole(b, organiser) : b;
    if (ref && !out.some((r) => r.id === ref.id)) out.push(ref);
  }
  return out;
}
