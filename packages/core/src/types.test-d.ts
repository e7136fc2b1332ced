import { assertType, describe, expectTypeOf, it } from 'vitest';
import { defineRule } from './rules/types.js';
import type { FieldPath, Finding, Rule, RuleHit } from './rules/types.js';
import type { LocalizedText } from './i18n.js';
import type { Assessment, AssessmentInput } from './schema.js';
import { createAssessment } from './schema.js';
import { parseAssessment } from './parse.js';
import type { ParseResult } from './parse.js';
import { RULES } from './rules/index.js';
import { evaluate } from './evaluate.js';
import type { AssessmentStatus } from './evaluate.js';
import { LEGAL } from './legal.js';

const base = {
  id: 'host-rule',
  severity: 'warning',
  title: { fi: 'a', sv: 'b', en: 'c' },
  legalBasis: [LEGAL.participationMethods],
  message: { fi: '{count}', sv: '{count}', en: '{count}' },
} as const;

describe('FieldPath', () => {
  it('accepts real paths into an assessment', () => {
    assertType<FieldPath>('methods.0.status');
    assertType<FieldPath>('methods.12.with.3');
    assertType<FieldPath>('case.meetingDate');
    assertType<FieldPath>('case.decidingBody.kind');
    assertType<FieldPath>('invited.exclusions.0.reason');
    assertType<FieldPath>('consultations');
    expectTypeOf<'case.meetingDate'>().toExtend<FieldPath>();
    expectTypeOf<`consultations.${number}.summary`>().toExtend<FieldPath>();
  });

  it('rejects paths that do not exist', () => {
    // @ts-expect-error: no such field
    assertType<FieldPath>('case.nope');
    // @ts-expect-error: array items are numbers
    assertType<FieldPath>('methods.first.status');
    // @ts-expect-error: no such field on a method row
    assertType<FieldPath>('methods.0.colour');
    // @ts-expect-error: no leading dot
    assertType<FieldPath>('.case');
    expectTypeOf<'case.nope'>().not.toExtend<FieldPath>();
  });
});

describe('defineRule', () => {
  it('infers the params of the hits', () => {
    const rule = defineRule({ ...base, when: (a) => [{ fields: ['methods'], params: { count: a.methods.length } }] });
    expectTypeOf(rule).toExtend<Rule<{ count: number }>>();
    expectTypeOf(rule.when).returns.toEqualTypeOf<readonly RuleHit<{ readonly count: number }>[]>();
  });

  it('requires every declared param in every hit', () => {
    defineRule<{ count: number; body: LocalizedText }>({
      ...base,
      // @ts-expect-error: the hit lacks `body`
      when: () => [{ fields: ['methods'], params: { count: 1 } }],
    });
    defineRule<{ count: number }>({
      ...base,
      // @ts-expect-error: `count` must be a number, not a boolean
      when: () => [{ fields: ['methods'], params: { count: true } }],
    });
    defineRule<{ count: number }>({ ...base, when: () => [{ fields: ['methods'], params: { count: 1 } }] });
  });

  it('rejects a message placeholder that no hit fills', () => {
    const survey = {
      fi: 'Julkaise {platform}.',
      sv: 'Publicera på {platform}.',
      en: 'Publish on {platform}.',
    } as const;
    defineRule({ ...base, message: survey, when: () => [{ fields: ['methods'], params: { platform: 'x' } }] });
    defineRule({
      ...base,
      // @ts-expect-error: {platfrom} is not a param of the hits
      message: { fi: 'Julkaise {platfrom}.', sv: 'Publicera på {platform}.', en: 'Publish on {platform}.' },
      when: () => [{ fields: ['methods'], params: { platform: 'x' } }],
    });
  });

  it('only accepts param values a message can show', () => {
    // @ts-expect-error: a Date is not a MessageParam
    defineRule({ ...base, when: () => [{ fields: ['methods'], params: { when: new Date() } }] });
  });

  it('requires fields to be FieldPaths', () => {
    // @ts-expect-error: 'case.nope' is not a field
    defineRule({ ...base, when: () => [{ fields: ['case.nope'], params: {} }] });
    defineRule({
      ...base,
      message: { fi: 'a', sv: 'b', en: 'c' },
      when: () => [{ fields: ['case.meetingDate', 'methods.0.end'], params: {} }],
    });
    defineRule({
      ...base,
      // @ts-expect-error: trigger answers name fields too
      when: () => [{ fields: ['methods'], answers: [{ field: 'nope', value: 'x' }], params: {} }],
    });
  });

  it('requires a known severity, a LocalizedText title and recommendations from the catalogues', () => {
    // @ts-expect-error: not a severity
    defineRule({ ...base, severity: 'fatal', when: () => [] });
    // @ts-expect-error: title lacks en
    defineRule({ ...base, title: { fi: 'a', sv: 'b' }, when: () => [] });
    // @ts-expect-error: not a method id
    defineRule({ ...base, recommends: { methods: ['telepathy'] }, when: () => [] });
    // @ts-expect-error: not a body id
    defineRule({ ...base, recommends: { consultations: ['cityCouncil'] }, when: () => [] });
  });
});

describe('public types', () => {
  it('types parse results, findings and assessments', () => {
    expectTypeOf(parseAssessment).returns.toEqualTypeOf<ParseResult>();
    const r = parseAssessment('{}');
    if (r.ok) expectTypeOf(r.assessment).toEqualTypeOf<Assessment>();
    else expectTypeOf(r.errors[0]!.path).toEqualTypeOf<readonly (string | number)[]>();
    expectTypeOf(createAssessment).parameter(0).toEqualTypeOf<AssessmentInput | undefined>();
    expectTypeOf<Assessment['case']['meetingDate']>().toEqualTypeOf<string | null>();
    expectTypeOf<Finding['fields']>().toEqualTypeOf<readonly FieldPath[]>();
    expectTypeOf(evaluate(createAssessment()).status).toEqualTypeOf<AssessmentStatus>();
    expectTypeOf(RULES[0]!.message).toEqualTypeOf<LocalizedText>();
    // AssessmentInput lets every field be left out.
    assertType<AssessmentInput>({});
    // @ts-expect-error: but not given a wrong id
    assertType<AssessmentInput>({ affected: { groups: ['aliens'] } });
  });
});
