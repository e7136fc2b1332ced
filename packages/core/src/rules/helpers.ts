import { formatIsoDate } from '../dates.js';
import type { Assessment, Consultation } from '../schema.js';
import type { BodyId } from '../catalogues/bodies.js';
import { BODIES } from '../catalogues/bodies.js';
import type { GroupId } from '../catalogues/groups.js';
import { GROUPS } from '../catalogues/groups.js';
import type { RegionProfile } from '../regions.js';
import type { LocalizedText } from '../i18n.js';

export const isBlank = (text: string): boolean => text.trim().length === 0;

const groupById = new Map<string, (typeof GROUPS)[number]>(GROUPS.map((g) => [g.id, g]));
const bodyById = new Map<string, (typeof BODIES)[number]>(BODIES.map((b) => [b.id, b]));

export function groupLabel(id: GroupId): LocalizedText {
  return groupById.get(id)?.label ?? { fi: id, sv: id, en: id };
}

/** The body's name in this region ("Kymenlaakson hyvinvointialueen vanhusneuvosto") or its statutory name. */
export function bodyName(id: BodyId, region: RegionProfile): LocalizedText {
  return region.bodyNames?.[id] ?? bodyById.get(id)?.label ?? { fi: id, sv: id, en: id };
}

export function regionHasBody(id: BodyId, region: RegionProfile): boolean {
  const body = bodyById.get(id);
  if (!body) return false;
  if (body.appliesTo === 'bilingual') return region.bilingual;
  if (body.appliesTo === 'sami') return region.samiLanguageCommittee;
  return true;
}

/** The body was given the chance to influence: asked for a statement, or already gave one. */
export function isConsulted(c: Consultation): boolean {
  return c.status === 'requested' || c.status === 'statementReceived';
}

export function consultationsOf(a: Assessment, body: BodyId): Consultation[] {
  return a.consultations.filter((c) => c.body === body);
}

/** Participation is organised when a method is chosen or an influence body is consulted. */
export function participationOrganised(a: Assessment): boolean {
  return a.methods.length > 0 || a.consultations.some(isConsulted);
}

export function isHardToReach(id: GroupId): boolean {
  const g = groupById.get(id);
  return g !== undefined && 'hardToReach' in g && g.hardToReach === true;
}

export function reachesHardToReach(id: GroupId): boolean {
  const g = groupById.get(id);
  return g !== undefined && 'reachesHardToReach' in g && g.reachesHardToReach === true;
}

export function bodyOfGroup(id: GroupId): BodyId | undefined {
  const g = groupById.get(id);
  return g !== undefined && 'body' in g ? g.body : undefined;
}

const DAY_MS = 86_400_000;
/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** "24.2.2026": dates in messages are written the Finnish way in every language of the appendix. */
export function formatDate(iso: string): string {
  return formatIsoDate(iso, 'fi');
}
