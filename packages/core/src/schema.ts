// zod/mini: the same zod v4, with functions instead of methods, so that a bundler keeps only what the schema
// uses (zod classic puts every method on every schema, and a widget then carries all of zod).
import * as z from 'zod/mini';
import { LOCALES } from './i18n.js';
import { BODIES, CONSULTATION_STATUSES } from './catalogues/bodies.js';
import { GROUPS } from './catalogues/groups.js';
import { METHODS, METHOD_STATUSES } from './catalogues/methods.js';
import {
  ANNOUNCEMENT_LANGUAGES,
  CHANNELS,
  CONSTRAINTS,
  DECIDING_BODY_KINDS,
  GUIDANCE,
  MATTER_TYPES,
  OUTCOME_USES,
  PHASES,
  TESTING_OPTIONS,
  YES_NO_UNSURE,
} from './catalogues/options.js';
import { CATALOGUE_VERSION, idsOf } from './catalogues/types.js';
import {
  MAX_FIELD_PATH_LENGTH,
  MAX_ROWS,
  MAX_SHORT_TEXT_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_TRANSLATIONS,
  RULE_SET_VERSION,
  SCHEMA_VERSION,
} from './schema-constants.js';

// The versions and limits live apart (schema-constants.ts), without zod, for the widget's first paint.
export {
  SCHEMA_VERSION,
  RULE_SET_VERSION,
  MAX_TEXT_LENGTH,
  MAX_SHORT_TEXT_LENGTH,
  MAX_ROWS,
  MAX_TRANSLATIONS,
  MAX_FIELD_PATH_LENGTH,
} from './schema-constants.js';

const longText = () => z._default(z.string().check(z.maxLength(MAX_TEXT_LENGTH)), '');
const shortText = () => z._default(z.string().check(z.maxLength(MAX_SHORT_TEXT_LENGTH)), '');
const isoDate = () => z._default(z.nullable(z.iso.date()), null);
const idList = <const T extends readonly [string, ...string[]]>(ids: T) =>
  z._default(z.array(z.enum(ids)).check(z.maxLength(ids.length * 2)), []);
const choice = <const T extends readonly [string, ...string[]]>(ids: T) => z._default(z.nullable(z.enum(ids)), null);

type NonEmpty<T extends readonly unknown[]> = T extends readonly [] ? never : T & readonly [T[number], ...T[number][]];
const ids = <const E extends readonly { id: string }[]>(entries: E) =>
  idsOf(entries as never) as unknown as NonEmpty<{ [K in keyof E]: E[K]['id'] }>;

/**
 * A field path as text ("methods.2.what"). Letters and digits only, so that no key of a host's JSON can be
 * "__proto__" or another name objects treat specially.
 */
const fieldPathText = () =>
  z
    .string()
    .check(z.maxLength(MAX_FIELD_PATH_LENGTH), z.regex(/^[A-Za-z][A-Za-z0-9]*(?:\.(?:[A-Za-z][A-Za-z0-9]*|\d+))*$/));

/** A table of at most MAX_ROWS rows, empty when left out. */
const rows = <T extends z.core.SomeType>(row: T) => z._default(z.array(row).check(z.maxLength(MAX_ROWS)), []);

export const GROUP_IDS = ids(GROUPS);
export const METHOD_IDS = ids(METHODS);
export const BODY_IDS = ids(BODIES);

export const caseSchema = z.prefault(
  z.object({
    /** Diaarinumero, e.g. "KYMHVA/1234/00.01.02/2026". */
    diaryNumber: shortText(),
    title: shortText(),
    decidingBody: z.prefault(z.object({ kind: choice(ids(DECIDING_BODY_KINDS)), name: shortText() }), {}),
    /** The meeting day, or for an office holder the day of the decision. */
    meetingDate: isoDate(),
    /** Pykälä or item number on the agenda, e.g. "§ 45". */
    agendaItem: shortText(),
    /** E.g. "Liite 3". */
    appendixLabel: shortText(),
    preparer: z.prefault(z.object({ name: shortText(), title: shortText(), contact: shortText() }), {}),
    /** The language the appendix is written and printed in. */
    language: z._default(z.enum(LOCALES), 'fi'),
    matterTypes: idList(ids(MATTER_TYPES)),
    /**
     * Hallintolaki 41 §: may the decision substantially affect the living environment, work or other
     * conditions of people other than the parties? A question of ours, not the checklist's.
     */
    substantialImpact: choice(ids(YES_NO_UNSURE)),
    /** 611/2021 30 § (Kuntalaki 23 §): the matter comes from a resident initiative. */
    initiative: z.prefault(
      z.object({
        fromInitiative: choice(['yes', 'no'] as const),
        reference: shortText(),
        /** When the initiators' representatives were given the chance to be heard. */
        representativesHeardOn: isoDate(),
        /** How the initiators are told what was done. */
        initiatorsToldHow: longText(),
      }),
      {},
    ),
  }),
  {},
);

export const affectedSchema = z.prefault(
  z.object({ groups: idList(GROUP_IDS), otherGroups: shortText(), text: longText() }),
  {},
);

export const exclusionSchema = z.object({
  group: z._default(z.nullable(z.enum(GROUP_IDS)), null),
  who: shortText(),
  reason: longText(),
});

export const invitedSchema = z.prefault(
  z.object({
    groups: idList(GROUP_IDS),
    otherGroups: shortText(),
    /** The checklist asks: "Jätetäänkö joku tahallisesti ulkopuolelle?" */
    deliberatelyExcluded: choice(['yes', 'no'] as const),
    exclusions: rows(exclusionSchema),
    text: longText(),
  }),
  {},
);

export const influenceSchema = z.prefault(
  z.object({ text: longText(), constraints: idList(ids(CONSTRAINTS)), constraintDetails: longText() }),
  {},
);

export const timingSchema = z.prefault(
  z.object({
    phases: idList(ids(PHASES)),
    opensOn: isoDate(),
    closesOn: isoDate(),
    enoughTime: choice(ids(YES_NO_UNSURE)),
    enoughTimeReason: longText(),
    text: longText(),
  }),
  {},
);

export const outcomesSchema = z.prefault(
  z.object({ soughtAnswers: longText(), usedFor: idList(ids(OUTCOME_USES)), text: longText() }),
  {},
);

export const communicationSchema = z.prefault(
  z.object({
    channels: idList(ids(CHANNELS)),
    /** Are participants told what came of their views? */
    reportsBack: choice(ids(YES_NO_UNSURE)),
    reportBackHow: longText(),
    thanks: longText(),
    text: longText(),
    /** How taking part is announced (611/2021 34 § 1 mom.; Hallintolaki 41 § 2 mom.). */
    announcement: longText(),
    /** The languages participation is announced in: both national languages in a bilingual organiser. */
    announcementLanguages: idList(ids(ANNOUNCEMENT_LANGUAGES)),
  }),
  {},
);

export const testingSchema = z.prefault(
  z.object({ possible: choice(ids(TESTING_OPTIONS)), with: idList(GROUP_IDS), text: longText() }),
  {},
);

export const methodUseSchema = z.object({
  method: z.enum(METHOD_IDS),
  /** The method's own name when it is not one of 29 §'s points. */
  name: shortText(),
  what: longText(),
  start: isoDate(),
  end: isoDate(),
  with: idList(GROUP_IDS),
  status: z._default(z.enum(ids(METHOD_STATUSES)), 'planned'),
});

/**
 * One row per body. The fields that a status needs (a reason, a date, a summary) are checked by rules, not
 * by the schema, so that a half-filled draft can always be saved.
 */
export const consultationSchema = z.object({
  body: z.enum(BODY_IDS),
  status: choice(ids(CONSULTATION_STATUSES)),
  reason: longText(),
  requestedOn: isoDate(),
  /** The date the statement was asked for by. */
  dueOn: isoDate(),
  receivedOn: isoDate(),
  /** The date the body took part in preparation or was heard at its meeting. */
  participatedOn: isoDate(),
  summary: longText(),
});

export const conclusionSchema = z.prefault(
  z.object({
    summary: longText(),
    /** Required when no participation is organised: why not. */
    noParticipationReason: longText(),
  }),
  {},
);

/** The organiser profile the assessment was made for: its id and the `version` of the profile. */
export const organiserSchema = z.prefault(
  z.object({
    id: z._default(z.nullable(z.string().check(z.maxLength(80))), null),
    profileVersion: z._default(z.nullable(z.string().check(z.maxLength(40))), null),
  }),
  {},
);

/**
 * "Considered, not followed": the official's answer to a good-practice or advice finding, one per finding
 * (the rule's id and the field the finding points at).
 */
export const responseSchema = z.object({
  ruleId: z.string().check(z.minLength(1), z.maxLength(120)),
  field: fieldPathText(),
  reason: longText(),
  respondedOn: isoDate(),
});

/** Translations of one free-text answer; the answer itself stays in its field, in the appendix's language. */
export const translationSchema = z.object({
  fi: z.optional(z.string().check(z.maxLength(MAX_TEXT_LENGTH))),
  sv: z.optional(z.string().check(z.maxLength(MAX_TEXT_LENGTH))),
  en: z.optional(z.string().check(z.maxLength(MAX_TEXT_LENGTH))),
});

const rowIndex = () => z.int().check(z.minimum(0), z.maximum(MAX_ROWS - 1));

/** What came of one method (`row` is its index in `methods`). */
export const methodFollowUpSchema = z.object({
  row: rowIndex(),
  done: choice(['yes', 'no'] as const),
  doneOn: isoDate(),
  /** How many took part, when it is known. */
  participants: z._default(z.nullable(z.int().check(z.minimum(0), z.maximum(100_000_000))), null),
  heard: longText(),
  changed: longText(),
  notChanged: longText(),
  why: longText(),
});

/** What came of one consultation (`row` is its index in `consultations`). */
export const consultationFollowUpSchema = z.object({
  row: rowIndex(),
  statement: longText(),
  takenIntoAccount: longText(),
});

/**
 * After the decision. What was attached to the agenda stays as it was: `attachedChecksum` is the SHA-256
 * (hex) of the canonical JSON of the attached assessment, and the follow-up is recorded beside it.
 */
export const followUpSchema = z.prefault(
  z.object({
    attachedChecksum: z._default(z.nullable(z.string().check(z.regex(/^[0-9a-f]{64}$/))), null),
    decision: z.prefault(
      z.object({ date: isoDate(), paragraph: shortText(), decided: longText(), minutesUrl: shortText() }),
      {},
    ),
    methods: rows(methodFollowUpSchema),
    consultations: rows(consultationFollowUpSchema),
    reportBack: z.prefault(z.object({ publishedOn: isoDate(), how: longText(), where: shortText() }), {}),
  }),
  {},
);

export const assessmentSchema = z.object({
  schemaVersion: z._default(z.literal(SCHEMA_VERSION), SCHEMA_VERSION),
  catalogueVersion: z._default(z.string().check(z.maxLength(40)), CATALOGUE_VERSION),
  ruleSetVersion: z._default(z.string().check(z.maxLength(40)), RULE_SET_VERSION),
  organiser: organiserSchema,
  case: caseSchema,
  affected: affectedSchema,
  invited: invitedSchema,
  influence: influenceSchema,
  timing: timingSchema,
  outcomes: outcomesSchema,
  communication: communicationSchema,
  testing: testingSchema,
  methods: rows(methodUseSchema),
  consultations: rows(consultationSchema),
  guidance: z.prefault(z.object({ acknowledged: idList(ids(GUIDANCE)) }), {}),
  conclusion: conclusionSchema,
  responses: z._default(
    z.array(responseSchema).check(
      z.maxLength(MAX_ROWS),
      z.superRefine((rows, ctx) => {
        const seen = new Set<string>();
        rows.forEach((r, i) => {
          const key = `${r.ruleId}\u0000${r.field}`;
          if (seen.has(key))
            ctx.addIssue({
              code: 'custom',
              path: [i],
              message: 'duplicate response',
              params: { code: 'duplicate_response', ruleId: r.ruleId, field: r.field },
            });
          seen.add(key);
        });
      }),
    ),
    [],
  ),
  translations: z._default(
    z.record(fieldPathText(), translationSchema).check(
      z.meta({ maxProperties: MAX_TRANSLATIONS }),
      z.refine((t) => Object.keys(t).length <= MAX_TRANSLATIONS, {
        params: { code: 'too_many_translations', maximum: MAX_TRANSLATIONS },
      }),
    ),
    {},
  ),
  followUp: followUpSchema,
});

/** A complete, valid assessment: every field present. */
export type Assessment = z.output<typeof assessmentSchema>;
/** What a host may pass in: any field may be left out and gets its empty default. */
export type AssessmentInput = z.input<typeof assessmentSchema>;
export type CaseDetails = Assessment['case'];
export type MethodUse = Assessment['methods'][number];
export type Consultation = Assessment['consultations'][number];
export type Exclusion = Assessment['invited']['exclusions'][number];
export type Organiser = Assessment['organiser'];
export type FindingResponse = Assessment['responses'][number];
export type Translation = Assessment['translations'][string];
export type FollowUp = Assessment['followUp'];
export type MethodFollowUp = FollowUp['methods'][number];
export type ConsultationFollowUp = FollowUp['consultations'][number];

/** A blank assessment, optionally with case details the host already knows. */
export function createAssessment(input: AssessmentInput = {}): Assessment {
  return assessmentSchema.parse(input);
}
