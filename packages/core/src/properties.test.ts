import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BODIES, CONSULTATION_STATUSES } from './catalogues/bodies.js';
import { GROUPS } from './catalogues/groups.js';
import { METHOD_STATUSES, METHODS } from './catalogues/methods.js';
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
import { CATALOGUE_VERSION } from './catalogues/types.js';
import { evaluate } from './evaluate.js';
import { LOCALES } from './i18n.js';
import { canonicalJson, parseAssessment } from './parse.js';
import { REGIONS } from './regions.js';
import { defineOrganiser } from './organisers/profile.js';
import type { RegionProfile } from './regions.js';
import { isAnswerable } from './responses.js';
import { SEVERITIES } from './rules/types.js';
import { RULE_SET_VERSION, SCHEMA_VERSION } from './schema.js';
import type { Assessment } from './schema.js';

const NUM_RUNS = 200;

const ids = <T extends string>(entries: readonly { id: T }[]) => entries.map((e) => e.id) as [T, ...T[]];
const oneOf = <T extends string>(entries: readonly { id: T }[]) => fc.constantFrom(...ids(entries));
const nullableOneOf = <T extends string>(entries: readonly { id: T }[]) => fc.option(oneOf(entries), { nil: null });
const idList = <T extends string>(entries: readonly { id: T }[]) =>
  fc.array(oneOf(entries), { maxLength: entries.length * 2 });

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
const text = fc.string({ unit, maxLength: 60 });
const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const maybeDate = fc.option(isoDate, { nil: null });
const rows = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 6 });
const fieldPath = fc.stringMatching(/^[a-z][A-Za-z]{0,8}(?:\.(?:[a-z][A-Za-z]{0,8}|\d{1,2})){0,3}$/);

const assessmentArb: fc.Arbitrary<Assessment> = fc.record({
  schemaVersion: fc.constant(SCHEMA_VERSION as typeof SCHEMA_VERSION),
  catalogueVersion: fc.oneof(fc.constant(CATALOGUE_VERSION), fc.string({ maxLength: 40 })),
  case: fc.record({
    diaryNumber: text,
    title: text,
    decidingBody: fc.record({ kind: nullableOneOf(DECIDING_BODY_KINDS), name: text }),
    meetingDate: maybeDate,
    agendaItem: text,
    appendixLabel: text,
    preparer: fc.record({ name: text, title: text, contact: text }),
    language: fc.constantFrom(...LOCALES),
    matterTypes: idList(MATTER_TYPES),
    substantialImpact: nullableOneOf(YES_NO_UNSURE),
    initiative: fc.record({
      fromInitiative: fc.constantFrom('yes' as const, 'no' as const, null),
      reference: text,
      representativesHeardOn: maybeDate,
      initiatorsToldHow: text,
    }),
  }),
  affected: fc.record({ groups: idList(GROUPS), otherGroups: text, text }),
  invited: fc.record({
    groups: idList(GROUPS),
    otherGroups: text,
    deliberatelyExcluded: fc.constantFrom('yes' as const, 'no' as const, null),
    exclusions: rows(fc.record({ group: nullableOneOf(GROUPS), who: text, reason: text })),
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
      name: text,
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
        done: fc.constantFrom('yes' as const, 'no' as const, null),
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

const hostRegionArb: fc.Arbitrary<RegionProfile> = fc
  .record({
    id: fc.constantFrom('host-a', 'host-b'),
    kind: fc.constantFrom('welfareRegion' as const, 'municipality' as const, 'city' as const),
    name: fc.constant({ fi: 'Alue', sv: 'Område', en: 'County' }),
    bilingual: fc.boolean(),
    majorityLanguage: fc.constantFrom('fi' as const, 'sv' as const),
    samiLanguageCommittee: fc.boolean(),
    appendicesInBothLanguages: fc.boolean(),
    minimumParticipationDays: fc.integer({ min: 0, max: 120 }),
    minimumDaysBeforeMeeting: fc.integer({ min: 0, max: 60 }),
  })
  .map((p) => defineOrganiser(p));
const regionArb = fc.oneof(fc.constantFrom(...REGIONS), hostRegionArb);

/** The same value with the keys of every object in a different order. */
function permuteKeys(value: unknown, seed: number): unknown {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1_103_515_245) + 12_345) >>> 0;
    return s;
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i > 0; i -= 1) {
        const j = next() % (i + 1);
        [keys[i], keys[j]] = [keys[j]!, keys[i]!];
      }
      return Object.fromEntries(keys.map((k) => [k, walk((v as Record<string, unknown>)[k])]));
    }
    return v;
  };
  return walk(value);
}

describe('properties of any valid assessment', () => {
  it('the arbitrary only makes valid assessments', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        const result = parseAssessment(a);
        expect(result.ok ? [] : result.errors.map((e) => e.pathText)).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('evaluate never throws, for any region and any today, and its output is consistent', () => {
    fc.assert(
      fc.property(assessmentArb, regionArb, isoDate, (a, region, today) => {
        const e = evaluate(a, { region, today });
        const total = SEVERITIES.reduce((n, s) => n + e.counts[s], 0);
        expect(total).toBe(e.findings.filter((f) => !f.response).length);
        expect(e.completeness.overall).toBeGreaterThanOrEqual(0);
        expect(e.completeness.overall).toBeLessThanOrEqual(1);
        expect(e.status).toBe(
          e.findings.some((f) => f.severity === 'error' && f.kind === 'legalDuty')
            ? 'breaksLegalDuty'
            : e.counts.error > 0
              ? 'hasErrors'
              : e.completeness.overall < 1
                ? 'incomplete'
                : 'complete',
        );
        for (const f of e.findings) {
          // Built-in messages take their params from catalogues and the region, never from free text.
          for (const l of LOCALES) expect(f.message[l]).not.toMatch(/\{\w+\}/);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('answering every answerable finding leaves only legal duties and inconsistencies to count', () => {
    const rank = ['breaksLegalDuty', 'hasErrors', 'incomplete', 'complete'];
    fc.assert(
      fc.property(assessmentArb, regionArb, isoDate, (a, region, today) => {
        const bare = { ...a, responses: [] };
        const before = evaluate(bare, { region, today });
        const seen = new Set<string>();
        const responses = before.findings.filter(isAnswerable).flatMap((f) => {
          const key = `${f.ruleId} ${f.fields[0]}`;
          if (seen.has(key)) return [];
          seen.add(key);
          return [{ ruleId: f.ruleId, field: f.fields[0]!, reason: 'Harkittu.', respondedOn: today }];
        });
        const after = evaluate({ ...bare, responses }, { region, today });
        expect(after.findings.filter((f) => f.ruleId.startsWith('response-'))).toEqual([]);
        expect(after.findings.filter((f) => !f.response)).toEqual(before.findings.filter((f) => !isAnswerable(f)));
        for (const s of SEVERITIES)
          expect(after.counts[s]).toBe(after.findings.filter((f) => f.severity === s && !f.response).length);
        expect(after.findings.some((f) => f.response && !isAnswerable(f))).toBe(false);
        const open = new Set(after.findings.filter((f) => !f.response).map((f) => f.ruleId));
        for (const r of [...after.recommendedMethods, ...after.recommendedConsultations])
          for (const why of r.reasons) expect(open).toContain(why.ruleId);
        expect(rank.indexOf(after.status)).toBeGreaterThanOrEqual(rank.indexOf(before.status));
        if (before.status === 'breaksLegalDuty') expect(after.status).toBe('breaksLegalDuty');
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('parse → JSON → parse is the identity', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        const first = parseAssessment(a);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        expect(first.assessment).toEqual(a);
        const second = parseAssessment(JSON.parse(JSON.stringify(first.assessment)));
        expect(second).toEqual(first);
        const fromString = parseAssessment(JSON.stringify(first.assessment));
        expect(fromString).toEqual(first);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('canonicalJson is the same for key-permuted copies and survives a round trip', () => {
    fc.assert(
      fc.property(assessmentArb, fc.integer(), (a, seed) => {
        const canonical = canonicalJson(a);
        expect(canonicalJson(permuteKeys(a, seed) as Assessment)).toBe(canonical);
        const reparsed = parseAssessment(canonical);
        expect(reparsed.ok && canonicalJson(reparsed.assessment)).toBe(canonical);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('evaluate does not mutate its input and is deterministic', () => {
    fc.assert(
      fc.property(assessmentArb, regionArb, isoDate, (a, region, today) => {
        const before = structuredClone(a);
        const one = evaluate(a, { region, today });
        expect(a).toEqual(before);
        expect(evaluate(a, { region, today })).toEqual(one);
      }),
      { numRuns: 100 },
    );
  });

  it('parseAssessment never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const result = parseAssessment(v);
        if (!result.ok)
          for (const e of result.errors) for (const l of LOCALES) expect(e.message[l].length).toBeGreaterThan(0);
        const fromText = parseAssessment(JSON.stringify(v));
        expect(fromText.ok).toBe(result.ok);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('parseAssessment never throws on mutated assessments', () => {
    fc.assert(
      fc.property(
        assessmentArb,
        fc.constantFrom('case', 'affected', 'methods', 'consultations', 'timing', 'schemaVersion'),
        fc.anything(),
        (a, key, junk) => {
          const broken = { ...a, [key]: junk } as unknown;
          expect(() => parseAssessment(broken)).not.toThrow();
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
