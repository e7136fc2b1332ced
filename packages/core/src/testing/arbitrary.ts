// Valid assessments of any shape, for property tests here and in the packages that take an assessment (the
// PDF's appendix, say): `@osallisuusarvio/core/testing`. fast-check is an optional peer dependency, needed
// only by whoever imports this entry. The texts, dates and row counts can be given, so that a renderer can
// try the text an official types at the edges of its layout; by default the texts hold Sámi and Cyrillic
// letters, control characters, emoji and braces that look like placeholders.
import fc from 'fast-check';
// From the package by name, as a host imports it: the built entry then shares the main entry's catalogues.
import {
  ANNOUNCEMENT_LANGUAGES,
  BODIES,
  CATALOGUE_VERSION,
  CHANNELS,
  CONSTRAINTS,
  CONSULTATION_STATUSES,
  DECIDING_BODY_KINDS,
  GROUPS,
  GUIDANCE,
  LOCALES,
  MATTER_TYPES,
  METHOD_STATUSES,
  METHODS,
  OUTCOME_USES,
  PHASES,
  RULE_SET_VERSION,
  SCHEMA_VERSION,
  TESTING_OPTIONS,
  YES_NO_UNSURE,
} from '@osallisuusarvio/core';
import type { Assessment } from '@osallisuusarvio/core';

const ids = <T extends string>(entries: readonly { id: T }[]) => entries.map((e) => e.id) as [T, ...T[]];
const oneOf = <T extends string>(entries: readonly { id: T }[]) => fc.constantFrom(...ids(entries));
const nullableOneOf = <T extends string>(entries: readonly { id: T }[]) => fc.option(oneOf(entries), { nil: null });
const idList = <T extends string>(entries: readonly { id: T }[]) =>
  fc.array(oneOf(entries), { maxLength: entries.length * 2 });
const yesNo = fc.constantFrom('yes' as const, 'no' as const, null);

/** Sámi letters, Cyrillic, Swedish and Finnish letters, control characters, emoji, braces that look like placeholders. */
const SPECIAL = [
  ...'čđŋšŧžČĐŊŠŦŽáÁâ',
  ...'ПриветЖЁё',
  ...'åäöÅÄÖ',
  '\u0000',
  '\u0007',
  '\n',
  '\r',
  '\t',
  '\u001f',
  '\u007f',
  '\u2028',
  '\u200b',
  '😀',
  '{group}',
  '{',
  '}',
  '"',
  '\\',
  ' ',
];
const unit = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom(...SPECIAL));
// At most 2 UTF-16 units per `unit` except the '{group}' constant (7): 60 units stay well under the 500 limit.
/** Any text of up to 60 characters, the special ones above often. */
export const textArb: fc.Arbitrary<string> = fc.string({ unit, maxLength: 60 });

/** An ISO date (YYYY-MM-DD) between two years. */
export const isoDateArb = (fromYear = 1900, toYear = 2199): fc.Arbitrary<string> =>
  fc
    .date({
      min: new Date(`${String(fromYear).padStart(4, '0')}-01-01T00:00:00Z`),
      max: new Date(`${String(toYear).padStart(4, '0')}-12-31T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

const fieldPath = fc.stringMatching(/^[a-z][A-Za-z]{0,8}(?:\.(?:[a-z][A-Za-z]{0,8}|\d{1,2})){0,3}$/);

export interface AssessmentArbitraryOptions {
  /** Free text (answers, reasons); at most 500 characters if it is also used for short fields. */
  readonly text?: fc.Arbitrary<string>;
  /** Short fields (title, names, the diary number); at most 500 characters. The same as `text` by default. */
  readonly shortText?: fc.Arbitrary<string>;
  /** Every date of the assessment; `isoDateArb()` (1900–2199) by default. */
  readonly isoDate?: fc.Arbitrary<string>;
  /** Most rows of each table (methods, consultations, exclusions, follow-up); 6 by default. */
  readonly maxRows?: number;
}

/** Valid assessments of any shape: every field present, as `parseAssessment` returns them. */
export function assessmentArbitrary(options: AssessmentArbitraryOptions = {}): fc.Arbitrary<Assessment> {
  const text = options.text ?? textArb;
  const shortText = options.shortText ?? text;
  const maybeDate = fc.option(options.isoDate ?? isoDateArb(), { nil: null });
  const rows = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: options.maxRows ?? 6 });
  return fc.record({
    schemaVersion: fc.constant(SCHEMA_VERSION as typeof SCHEMA_VERSION),
    catalogueVersion: fc.oneof(fc.constant(CATALOGUE_VERSION), fc.string({ maxLength: 40 })),
    case: fc.record({
      diaryNumber: shortText,
      title: shortText,
      decidingBody: fc.record({ kind: nullableOneOf(DECIDING_BODY_KINDS), name: shortText }),
      meetingDate: maybeDate,
      agendaItem: shortText,
      appendixLabel: shortText,
      preparer: fc.record({ name: shortText, title: shortText, contact: shortText }),
      language: fc.constantFrom(...LOCALES),
      matterTypes: idList(MATTER_TYPES),
      substantialImpact: nullableOneOf(YES_NO_UNSURE),
      initiative: fc.record({
        fromInitiative: yesNo,
        reference: text,
        representativesHeardOn: maybeDate,
        initiatorsToldHow: text,
      }),
    }),
    affected: fc.record({ groups: idList(GROUPS), otherGroups: shortText, text }),
    invited: fc.record({
      groups: idList(GROUPS),
      otherGroups: shortText,
      deliberatelyExcluded: yesNo,
      exclusions: rows(fc.record({ group: nullableOneOf(GROUPS), who: shortText, reason: text })),
      text,
    }),
    influence: fc.record({ text, constraints: idList(CONSTRAINTS), constraintDetails: text }),
    timing: fc.record({
      phases: idList(PHASES),
      opensOn: maybeDate,
      closesOn: maybeDate,
      enoughTime: nullableOneOf(YES_NO_UNSURE),
      enoughTimeReason: text,
      text,
    }),
    outcomes: fc.record({ soughtAnswers: text, usedFor: idList(OUTCOME_USES), text }),
    communication: fc.record({
      channels: idList(CHANNELS),
      reportsBack: nullableOneOf(YES_NO_UNSURE),
      reportBackHow: text,
      thanks: text,
      text,
      announcement: text,
      announcementLanguages: idList(ANNOUNCEMENT_LANGUAGES),
    }),
    testing: fc.record({ possible: nullableOneOf(TESTING_OPTIONS), with: idList(GROUPS), text }),
    methods: rows(
      fc.record({
        method: oneOf(METHODS),
        name: shortText,
        what: text,
        start: maybeDate,
        end: maybeDate,
        with: idList(GROUPS),
        status: oneOf(METHOD_STATUSES),
      }),
    ),
    consultations: rows(
      fc.record({
        body: oneOf(BODIES),
        status: nullableOneOf(CONSULTATION_STATUSES),
        reason: text,
        requestedOn: maybeDate,
        dueOn: maybeDate,
        receivedOn: maybeDate,
        participatedOn: maybeDate,
        summary: text,
      }),
    ),
    guidance: fc.record({ acknowledged: idList(GUIDANCE) }),
    conclusion: fc.record({ summary: text, noParticipationReason: text }),
    ruleSetVersion: fc.oneof(fc.constant(RULE_SET_VERSION), fc.string({ maxLength: 40 })),
    organiser: fc.record({
      id: fc.option(fc.string({ maxLength: 80 }), { nil: null }),
      profileVersion: fc.option(fc.string({ maxLength: 40 }), { nil: null }),
    }),
    // One response per rule and field: the keys of a dictionary are unique.
    responses: fc
      .dictionary(fieldPath, fc.record({ ruleId: fc.string({ minLength: 1, maxLength: 20 }), reason: text }), {
        maxKeys: 4,
      })
      .chain((byField) =>
        fc.tuple(
          ...Object.entries(byField).map(([field, r]) =>
            maybeDate.map((respondedOn) => ({ ruleId: r.ruleId, field, reason: r.reason, respondedOn })),
          ),
        ),
      ),
    translations: fc.dictionary(fieldPath, fc.record({ fi: text, sv: text, en: text }, { requiredKeys: [] }), {
      maxKeys: 4,
    }),
    followUp: fc.record({
      attachedChecksum: fc.option(fc.stringMatching(/^[0-9a-f]{64}$/), { nil: null }),
      decision: fc.record({ date: maybeDate, paragraph: text, decided: text, minutesUrl: text }),
      methods: rows(
        fc.record({
          row: fc.integer({ min: 0, max: 99 }),
          done: yesNo,
          doneOn: maybeDate,
          participants: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
          heard: text,
          changed: text,
          notChanged: text,
          why: text,
        }),
      ),
      consultations: rows(fc.record({ row: fc.integer({ min: 0, max: 99 }), statement: text, takenIntoAccount: text })),
      reportBack: fc.record({ publishedOn: maybeDate, how: text, where: text }),
    }),
  });
}

/** `assessmentArbitrary()` with its defaults. */
export const assessmentArb: fc.Arbitrary<Assessment> = assessmentArbitrary();
