// Valid assessments of any shape for property tests of the appendix (test support, not part of the build).
// Like core's arbitrary, with the text an official really types at the edges of the layout: long compound
// words, soft hyphens, quotations in other scripts, Sámi letters, list lines, and any year the schema allows.
import fc from 'fast-check';
import {
  createAssessment,
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
  METHODS,
  METHOD_STATUSES,
  OUTCOME_USES,
  PHASES,
  SCHEMA_VERSION,
  TESTING_OPTIONS,
  YES_NO_UNSURE,
} from '@osallisuusarvio/core';
import type { Assessment, AssessmentInput } from '@osallisuusarvio/core';

const ids = <T extends string>(entries: readonly { id: T }[]) => entries.map((e) => e.id) as [T, ...T[]];
const oneOf = <T extends string>(entries: readonly { id: T }[]) => fc.constantFrom(...ids(entries));
const nullableOneOf = <T extends string>(entries: readonly { id: T }[]) => fc.option(oneOf(entries), { nil: null });
const idList = <T extends string>(entries: readonly { id: T }[]) =>
  fc.array(oneOf(entries), { maxLength: entries.length + 2 });

const WORDS = [
  'Kokemusasiantuntijat',
  'sosiaali- ja terveyspalvelujen',
  'palveluverkkosuunnitelmaluonnos',
  'Erfarenhetsexperter',
  'välfärdsområdesfullmäktige',
  'vammaisneuvosto',
  'ja',
  'och',
  'the',
  'participation',
  'lapset',
  'asiak\u00adkaat',
  '“Мы против закрытия”',
  '«Україна»',
  'Sámegiella: čđŋšŧž',
  'Nuõrttsääʹmǩiõll',
  '10\u202f000 €',
  '≥ 30 päivää',
  '→',
  '± 5 %',
  'αβγ Ω',
  '😀',
  '\u0000',
  '\u202e',
  '(',
  ')',
  '\\',
  '-',
];
const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }));
const separator = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '\n', '\n\n', '\n- ', ' – ');
const text = fc
  .array(fc.tuple(word, separator), { maxLength: 30 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''))
  .map((s) => s.slice(0, 400));
const shortText = text.map((s) => s.slice(0, 60));
const isoDate = fc
  .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const maybeDate = fc.option(isoDate, { nil: null });
const rows = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 4 });

// Fields the record leaves out (newer parts of the schema) get their empty defaults from core.
export const assessmentArb: fc.Arbitrary<Assessment> = fc
  .record({
    schemaVersion: fc.constant(SCHEMA_VERSION as typeof SCHEMA_VERSION),
    catalogueVersion: fc.oneof(
      fc.constant(CATALOGUE_VERSION),
      shortText.map((s) => s.slice(0, 40)),
    ),
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
    }),
    affected: fc.record({ groups: idList(GROUPS), otherGroups: shortText, text }),
    invited: fc.record({
      groups: idList(GROUPS),
      otherGroups: shortText,
      deliberatelyExcluded: fc.constantFrom('yes' as const, 'no' as const, null),
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
        receivedOn: maybeDate,
        summary: text,
      }),
    ),
    guidance: fc.record({ acknowledged: idList(GUIDANCE) }),
    conclusion: fc.record({ summary: text, noParticipationReason: text }),
  })
  .map((input) => createAssessment(input as AssessmentInput));
