import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { LOCALES } from './i18n.js';
import { canonicalJson, parseAssessment } from './parse.js';
import { REGIONS } from './regions.js';
import { defineOrganiser } from './organisers/profile.js';
import type { RegionProfile } from './regions.js';
import { isAnswerable } from './responses.js';
import { SEVERITIES } from './rules/types.js';
import type { Assessment } from './schema.js';
import { assessmentArb, isoDateArb } from './testing/arbitrary.js';

const NUM_RUNS = 200;
const isoDate = isoDateArb();

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
          // Built-in messages take their params from catalogues and the region, and the one piece of data a
          // message quotes is the stored organiser id (which may itself hold braces): no placeholder is left.
          const quoted = a.organiser.id ?? '';
          for (const l of LOCALES)
            expect(quoted ? f.message[l].split(quoted).join('') : f.message[l]).not.toMatch(/\{\w+\}/);
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
