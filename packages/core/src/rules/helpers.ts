import { formatIsoDate } from '../dates.js';
import type { Assessment, Consultation } from '../schema.js';
import type { BodyId } from '../catalogues/bodies.js';
import { BODIES } from '../catalogues/bodies.js';
import type { GroupId } from '../catalogues/groups.js';
import { GROUPS } from '../catalogues/groups.js';
import type { RegionProfile } from '../regions.js';
import type { LocalizedText } from '../i18n.js';
import { inSentence } from '../i18n.js';

export const isBlank = (text: string): boolean => text.trim().length === 0;

const groupById = new Map<string, (typeof GROUPS)[number]>(GROUPS.map((g) => [g.id, g]));
const bodyById = new Map<string, (typeof BODIES)[number]>(BODIES.map((b) => [b.id, b]));

export function groupLabel(id: GroupId): LocalizedText {
  return groupById.get(id)?.label ?? { fi: id, sv: id, en: id };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A group's name inside a sentence: "Beslutet påverkar gruppen barn och unga". */
export function groupInSentence(id: GroupId): LocalizedText {
  const l = groupLabel(id);
  return { fi: inSentence(l.fi, 'fi'), sv: inSentence(l.sv, 'sv'), en: inSentence(l.en, 'en') };
}

/**
 * The body's name as a list label or heading: the organiser's own ("Kymenlaakson hyvinvointialueen
 * vanhusneuvosto") or the statutory one ("Äldreråd").
 */
export function bodyName(id: BodyId, region: RegionProfile): LocalizedText {
  const own = region.bodyNames[id];
  if (own) return { fi: capitalise(own.fi), sv: capitalise(own.sv), en: capitalise(own.en) };
  return bodyById.get(id)?.label ?? { fi: id, sv: id, en: id };
}

/** The body's name inside a sentence: definite and lower-case where the language wants it ("äldrerådet"). */
export function bodyRunningName(id: BodyId, region: RegionProfile): LocalizedText {
  return region.bodyNames[id] ?? bodyById.get(id)?.running ?? { fi: id, sv: id, en: id };
}

export function regionHasBody(id: BodyId, region: RegionProfile): boolean {
  return bodyById.has(id) && region.bodies.includes(id);
}

/**
 * The body was given a real opportunity to influence: asked for a statement, gave one, took part in
 * preparing the matter, or was heard at its own meeting.
 */
export function isConsulted(c: Consultation): boolean {
  return (
    c.status === 'requested' ||
    c.status === 'statementReceived' ||
    c.status === 'tookPartInPreparation' ||
    c.status === 'heardAtMeeting'
  );
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

/** Days since 1970-01-01 of an ISO date, by arithmetic (Date.parse is the slow part of the timing rules). */
function dayNumber(iso: string): number {
  let y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  // Howard Hinnant's days_from_civil.
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** "24.2.2026": dates in messages are written the Finnish way in every language of the appendix. */
// The model engineer's dates module (Intl formatting, Helsinki day) replaces this when the branches merge.
export function formatDate(iso: string): string {
  return formatIsoDate(iso, 'fi');
}
