// The zod schema of a host's profile (zod/mini, as in schema.ts). The shipped profiles and `withOrganiser`
// come from defaults.js, without it, so that the widget's first paint does not load zod.
import * as z from 'zod/mini';
import { LOCALES } from '../i18n.js';
import type { LocalizedText } from '../i18n.js';
import { BODIES } from '../catalogues/bodies.js';
import type { BodyId } from '../catalogues/bodies.js';
import { METHODS } from '../catalogues/methods.js';
import { LEGAL_ROLES } from '../legal-roles.js';
import type { MethodPoints, RoleTable } from '../legal-roles.js';
import { completeProfile, PROFILE_DEFAULTS } from './defaults.js';
import type { OrganiserKind } from './defaults.js';
import { describeZodIssue, pathToText } from '../parse.js';
import type { ParseError } from '../parse.js';

export { ORGANISER_KINDS } from './defaults.js';
export type { OrganiserKind } from './defaults.js';

const KIND_IDS = ['welfareRegion', 'municipality', 'city'] as const satisfies readonly OrganiserKind[];
const BODY_ID_LIST = BODIES.map((b) => b.id) as unknown as readonly [BodyId, ...BodyId[]];
const METHOD_ID_LIST = METHODS.map((m) => m.id) as unknown as readonly [
  (typeof METHODS)[number]['id'],
  ...(typeof METHODS)[number]['id'][],
];

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const localized = (max = 200) => z.object({ fi: text(max), sv: text(max), en: text(max) });

const legalReferenceSchema = z.object({
  id: text(80),
  statute: text(40),
  statuteName: localized(),
  section: z.string().check(z.maxLength(40)),
  subsection: z.optional(z.string().check(z.maxLength(40))),
  point: z.optional(z.int().check(z.minimum(1), z.maximum(99))),
  url: z.string().check(z.maxLength(500)),
  verified: z.boolean(),
});

const days = (fallback: number) => z._default(z.int().check(z.minimum(0), z.maximum(366)), fallback);

/** The input shape: what a host writes in a profile file. Fields left out get their kind's defaults. */
export const organiserProfileInputSchema = z.strictObject({
  /** Lower-case letters, digits and hyphens: "kymenlaakso", "helsinki". */
  id: z.string().check(z.maxLength(80), z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  /** The profile's own version; an assessment records it with the id. */
  version: z._default(text(40), PROFILE_DEFAULTS.version),
  // A profile written before municipalities were supported is a welfare region's.
  kind: z._default(z.enum(KIND_IDS), PROFILE_DEFAULTS.kind),
  name: localized(),
  /** Names not seen in an official source (regions.md marks them "?"). */
  unverifiedNames: z._default(z.array(z.enum(LOCALES)).check(z.maxLength(3)), () => [
    ...PROFILE_DEFAULTS.unverifiedNames,
  ]),
  bilingual: z.boolean(),
  majorityLanguage: z.enum(['fi', 'sv']),
  /** Only Lapland has one (611/2021 33 § 6 mom.). */
  samiLanguageCommittee: z._default(z.boolean(), PROFILE_DEFAULTS.samiLanguageCommittee),
  /** The influence bodies and committees the organiser has; by default those its kind and languages give. */
  bodies: z.optional(z.array(z.enum(BODY_ID_LIST)).check(z.maxLength(BODY_ID_LIST.length))),
  /** The organiser's own names of its bodies ("Kymenlaakson hyvinvointialueen vanhusneuvosto"). */
  bodyNames: z._default(z.partialRecord(z.enum(BODY_ID_LIST), localized()), () => ({ ...PROFILE_DEFAULTS.bodyNames })),
  /** Which provision fills a legal role, over the kind's defaults; null where the organiser's law has none. */
  law: z._default(z.partialRecord(z.enum(LEGAL_ROLES), z.nullable(legalReferenceSchema)), () => ({
    ...PROFILE_DEFAULTS.law,
  })),
  /** Point numbers of the methods in the organiser's statute, over the kind's defaults. */
  methodPoints: z._default(
    z.partialRecord(z.enum(METHOD_ID_LIST), z.nullable(z.int().check(z.minimum(1), z.maximum(20)))),
    () => ({ ...PROFILE_DEFAULTS.methodPoints }),
  ),
  /** The organiser's own policy, not a legal minimum: no statute sets a number of days. */
  minimumParticipationDays: days(PROFILE_DEFAULTS.minimumParticipationDays),
  /** The organiser's own policy: days between the close of participation (or a body's say) and the meeting. */
  minimumDaysBeforeMeeting: days(PROFILE_DEFAULTS.minimumDaysBeforeMeeting),
  /** The organiser's administrative rules require appendices in both national languages. */
  appendicesInBothLanguages: z._default(z.boolean(), PROFILE_DEFAULTS.appendicesInBothLanguages),
  /** Where the facts come from. */
  sources: z._default(
    z.array(z.object({ title: text(300), url: z.optional(z.string().check(z.maxLength(500))) })).check(z.maxLength(20)),
    () => [...PROFILE_DEFAULTS.sources],
  ),
});

export type OrganiserProfileInput = z.input<typeof organiserProfileInputSchema>;

/**
 * An organiser profile (a welfare region, a municipality, or a city that organises its services itself):
 * names, languages, bodies, the law that fills each legal role, and the organiser's own policies.
 */
export const organiserProfileSchema = z.pipe(
  organiserProfileInputSchema,
  z.transform((p: z.output<typeof organiserProfileInputSchema>) => completeProfile(p)),
);

// Written out rather than inferred: the transform's result is typed by it (completeProfile), which would be circular.
type CheckedProfileInput = z.output<typeof organiserProfileInputSchema>;
export type OrganiserProfile = {
  [K in keyof CheckedProfileInput as K extends 'bodies' | 'law' | 'methodPoints' ? never : K]: CheckedProfileInput[K];
} & { bodies: BodyId[]; law: RoleTable; methodPoints: MethodPoints };

export type OrganiserParseResult =
  | { readonly ok: true; readonly profile: OrganiserProfile }
  | { readonly ok: false; readonly errors: readonly ParseError[] };

/**
 * Reads a profile a host hands over (a parsed JSON value): like `parseAssessment`, never throws, and each
 * problem comes with its path and a message in Finnish, Swedish and English.
 */
export function parseOrganiserProfile(input: unknown): OrganiserParseResult {
  let result: ReturnType<typeof organiserProfileSchema.safeParse>;
  try {
    result = organiserProfileSchema.safeParse(input);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const message = {
      fi: `Profiilia ei voitu lukea: ${detail}`,
      sv: `Profilen kunde inte läsas: ${detail}`,
      en: `The profile could not be read: ${detail}`,
    };
    return { ok: false, errors: [{ path: [], pathText: '', code: 'unreadable', message }] };
  }
  if (result.success) return { ok: true, profile: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => {
      const path = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
      return { path, pathText: pathToText(path), code: issue.code, message: describeProfileIssue(issue, input) };
    }),
  };
}

function describeProfileIssue(issue: z.core.$ZodIssue, input: unknown): LocalizedText {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    return {
      fi: `Tuntematon kenttä: ${keys}. Tarkista kirjoitusasu.`,
      sv: `Okänt fält: ${keys}. Kontrollera stavningen.`,
      en: `Unknown field: ${keys}. Check the spelling.`,
    };
  }
  if (issue.code === 'invalid_format' && issue.format === 'regex') {
    return {
      fi: 'Tunnuksessa saa olla vain pieniä kirjaimia a–z, numeroita ja yhdysmerkkejä.',
      sv: 'Id får bara innehålla små bokstäver a–z, siffror och bindestreck.',
      en: 'An id may hold only lower-case letters a–z, digits and hyphens.',
    };
  }
  if (issue.code === 'too_small') {
    return issue.origin === 'string'
      ? { fi: 'Teksti puuttuu.', sv: 'Texten saknas.', en: 'The text is missing.' }
      : {
          fi: `Arvo on liian pieni: vähintään ${String(issue.minimum)}.`,
          sv: `Värdet är för litet: minst ${String(issue.minimum)}.`,
          en: `The value is too small: at least ${String(issue.minimum)}.`,
        };
  }
  if (issue.code === 'too_big' && issue.origin === 'number') {
    return {
      fi: `Arvo on liian suuri: enintään ${String(issue.maximum)}.`,
      sv: `Värdet är för stort: högst ${String(issue.maximum)}.`,
      en: `The value is too large: at most ${String(issue.maximum)}.`,
    };
  }
  return describeZodIssue(issue, input);
}

/** A profile written in code: checked like a file, so that a shipped profile cannot be malformed. */
export function defineOrganiser(input: OrganiserProfileInput): OrganiserProfile {
  return organiserProfileSchema.parse(input);
}
