import { describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, EXAMPLES } from './examples.js';
import { migrate, RULE_SET_BEFORE_V3, v1ToV2, v2ToV3 } from './migrate.js';
import { parseAssessment } from './parse.js';
import { createAssessment, RULE_SET_VERSION, SCHEMA_VERSION } from './schema.js';

/** An assessment as version 2 saved it: the shape of today's examples without the fields version 3 added. */
function asV2(name: (typeof EXAMPLE_NAMES)[number]): Record<string, unknown> {
  const current = createAssessment(EXAMPLES[name].assessment) as Record<string, unknown>;
  const { ruleSetVersion, organiser, responses, translations, followUp, ...v2 } = current;
  return { ...JSON.parse(JSON.stringify(v2)), schemaVersion: 2 };
}

describe('migration step 1 → 2', () => {
  it('turns the Word template’s answers into question texts and method ids into rows', () => {
    const out = v1ToV2({
      schemaVersion: 1,
      case: { title: 'Kirjasto' },
      answers: { affected: 'Asukkaat', testing: 'Ei' },
      affected: { groups: ['residents'] },
      methods: ['opinionSurvey'],
      noParticipationReason: 'Sisäinen asia.',
    });
    expect(out).toEqual({
      schemaVersion: 2,
      case: { title: 'Kirjasto' },
      affected: { groups: ['residents'], text: 'Asukkaat' },
      testing: { text: 'Ei' },
      methods: [{ method: 'opinionSurvey' }],
      conclusion: { noParticipationReason: 'Sisäinen asia.' },
    });
  });

  it('leaves methods that are already rows as they are', () => {
    const methods = [{ method: 'coDesign', what: 'Työpaja' }];
    expect(v1ToV2({ schemaVersion: 1, methods }).methods).toEqual(methods);
  });
});

describe('migration step 2 → 3', () => {
  it('marks the document as version 3, made under the rule set before version 3, and moves nothing', () => {
    const v2 = asV2('service-network');
    const out = v2ToV3(v2);
    expect(out).toEqual({ ...v2, schemaVersion: 3, ruleSetVersion: RULE_SET_BEFORE_V3 });
    expect(RULE_SET_BEFORE_V3).not.toBe(RULE_SET_VERSION);
  });

  it('keeps a rule set version the document already names', () => {
    expect(v2ToV3({ schemaVersion: 2, ruleSetVersion: '2025.9' }).ruleSetVersion).toBe('2025.9');
  });

  it('does not change its input', () => {
    const v2 = asV2('budget');
    const copy = structuredClone(v2);
    v2ToV3(v2);
    expect(v2).toEqual(copy);
  });
});

describe('migrating saved assessments to the current version', () => {
  it('the current version is 3, and migrate runs every step from the one given', () => {
    expect(SCHEMA_VERSION).toBe(3);
    expect(migrate({ schemaVersion: 1, answers: { affected: 'x' } }, 1)).toEqual({
      schemaVersion: 3,
      ruleSetVersion: RULE_SET_BEFORE_V3,
      affected: { text: 'x' },
    });
    expect(migrate({ schemaVersion: 3 }, 3)).toEqual({ schemaVersion: 3 });
  });

  it.each(EXAMPLE_NAMES)('a version 2 file of example %s loses nothing and gets empty version 3 parts', (name) => {
    const v2 = asV2(name);
    const parsed = parseAssessment(JSON.stringify(v2));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.migratedFrom).toBe(2);
    expect(parsed.ignored).toBeUndefined();
    const { ruleSetVersion, organiser, responses, translations, followUp, ...rest } = parsed.assessment;
    expect({ ...rest, schemaVersion: 2 }).toEqual(v2);
    expect(ruleSetVersion).toBe(RULE_SET_BEFORE_V3);
    expect(organiser).toEqual({ id: null, profileVersion: null });
    expect(responses).toEqual([]);
    expect(translations).toEqual({});
    expect(followUp).toEqual({
      attachedChecksum: null,
      decision: { date: null, paragraph: '', decided: '', minutesUrl: '' },
      methods: [],
      consultations: [],
      reportBack: { publishedOn: null, how: '', where: '' },
    });
  });

  it('a version 1 file goes through both steps', () => {
    const parsed = parseAssessment({
      schemaVersion: 1,
      case: { title: 'Vanha arvio' },
      answers: { influence: 'Aukioloajat' },
      methods: ['coDesign'],
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.migratedFrom).toBe(1);
    expect(parsed.assessment).toMatchObject({
      schemaVersion: 3,
      ruleSetVersion: RULE_SET_BEFORE_V3,
      case: { title: 'Vanha arvio' },
      influence: { text: 'Aukioloajat' },
      methods: [{ method: 'coDesign', status: 'planned' }],
      responses: [],
    });
  });

  it('a new assessment is made for the current rule set', () => {
    expect(createAssessment().ruleSetVersion).toBe(RULE_SET_VERSION);
    expect(RULE_SET_VERSION).toMatch(/^\d{4}\.\d+$/);
  });
});
