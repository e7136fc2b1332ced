import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { evaluationSchema } from './evaluation-schema.js';
import { createReport } from './report/accumulate.js';
import { RESPONSE_FINDING_IDS, findResponse, isAnswerable } from './responses.js';
import { edit, example, make, TODAY } from './test-fixtures.js';
import type { Assessment, FindingResponse } from './schema.js';

const MONEY = 'money-without-budget-participation';
const withResponses = (a: Assessment, responses: FindingResponse[]) => edit(a, (d) => void (d.responses = responses));
const respond = (ruleId: string, field: string, reason = 'Ei koske terveysaseman yhdistämistä.') => ({
  ruleId,
  field,
  reason,
  respondedOn: '2026-11-20',
});
const ids = (a: Assessment) => evaluate(a, { today: TODAY }).findings.map((f) => f.ruleId);

describe('a finding answered "considered, not followed"', () => {
  const initiative = example('initiative');

  it('keeps the finding with the reason and the day, and leaves it out of the counts and the recommendations', () => {
    const before = evaluate(initiative, { today: TODAY });
    expect(before.counts.recommendation).toBe(1);
    expect(before.recommendedMethods.map((r) => r.id)).toContain('budgetParticipation');

    const after = evaluate(withResponses(initiative, [respond(MONEY, 'methods')]), { today: TODAY });
    const answered = after.findings.find((f) => f.ruleId === MONEY);
    expect(answered?.response).toEqual({ reason: 'Ei koske terveysaseman yhdistämistä.', respondedOn: '2026-11-20' });
    expect(after.counts.recommendation).toBe(0);
    expect(after.recommendedMethods.map((r) => r.id)).not.toContain('budgetParticipation');
    expect(after.findings.filter((f) => f.ruleId.startsWith('response-'))).toEqual([]);
    expect(after.status).toBe(before.status);
  });

  it('no longer keeps the status at "has errors" when the error was good practice', () => {
    // Nobody is asked and no reason is given: a good-practice error.
    const blank = make({ case: { title: 'Sisäinen ohje' } });
    const before = evaluate(blank, { today: TODAY });
    const error = before.findings.find((f) => f.ruleId === 'no-participation-without-reason')!;
    expect(error.kind).toBe('goodPractice');
    expect(before.status).toBe('hasErrors');

    const after = evaluate(withResponses(blank, [respond(error.ruleId, error.fields[0]!)]), { today: TODAY });
    expect(after.counts.error).toBe(before.counts.error - 1);
    expect(after.status).toBe(after.counts.error > 0 ? 'hasErrors' : 'incomplete');
    expect(after.findings.find((f) => f.ruleId === error.ruleId)?.response).toBeDefined();
  });

  it('is described by the evaluation JSON Schema', () => {
    const e = JSON.parse(
      JSON.stringify(evaluate(withResponses(initiative, [respond(MONEY, 'methods')]), { today: TODAY })),
    );
    expect(evaluationSchema.parse(e)).toEqual(e);
  });

  it('changes nothing for an assessment without responses', () => {
    const e = evaluate(initiative, { today: TODAY });
    expect(e.findings.some((f) => 'response' in f)).toBe(false);
  });
});

describe('a response that does not count', () => {
  it('to a legal duty: the finding stays open and a finding of its own says a legal duty cannot be set aside', () => {
    const a = make({
      invited: { deliberatelyExcluded: 'yes' },
      methods: [{ method: 'opinionSurvey', what: 'Kysely' }],
    });
    const before = evaluate(a, { today: TODAY });
    const duty = before.findings.find((f) => f.ruleId === 'exclusion-without-reason')!;
    expect(duty.kind).toBe('legalDuty');
    expect(isAnswerable(duty)).toBe(false);

    const after = evaluate(withResponses(a, [respond(duty.ruleId, duty.fields[0]!)]), { today: TODAY });
    expect(after.findings.find((f) => f.ruleId === duty.ruleId)?.response).toBeUndefined();
    expect(after.status).toBe('breaksLegalDuty');
    expect(after.counts.error).toBe(before.counts.error);
    const notice = after.findings.find((f) => f.ruleId === RESPONSE_FINDING_IDS.notAllowed)!;
    expect(notice).toMatchObject({
      severity: 'warning',
      kind: 'consistency',
      fields: ['invited.exclusions', 'responses.0'],
    });
    expect(notice.message.fi).toContain('lakisääteinen velvollisuus');
    expect(notice.message.en).toContain('its kind is legal duty: it cannot be set aside');
  });

  it('to inconsistent data: refused the same way', () => {
    const a = make({ timing: { opensOn: '2027-02-10', closesOn: '2027-02-01' } });
    const reversed = evaluate(a, { today: TODAY }).findings.find((f) => f.ruleId === 'dates-reversed')!;
    expect(reversed.kind).toBe('consistency');
    const after = evaluate(withResponses(a, [respond('dates-reversed', reversed.fields[0]!)]), { today: TODAY });
    expect(after.findings.find((f) => f.ruleId === 'dates-reversed')?.response).toBeUndefined();
    expect(after.findings.map((f) => f.ruleId)).toContain(RESPONSE_FINDING_IDS.notAllowed);
  });

  it('without a reason: the finding stays open and a notice asks for one', () => {
    const initiative = example('initiative');
    const after = evaluate(withResponses(initiative, [respond(MONEY, 'methods', '  \n ')]), { today: TODAY });
    expect(after.findings.find((f) => f.ruleId === MONEY)?.response).toBeUndefined();
    expect(after.counts.recommendation).toBe(1);
    const notice = after.findings.find((f) => f.ruleId === RESPONSE_FINDING_IDS.withoutReason)!;
    expect(notice.severity).toBe('info');
    expect(notice.message.en).toContain('“Money constrains the decision');
  });

  it('answering nothing any more (stale): reported, so that it is not kept forever', () => {
    const initiative = example('initiative');
    const fixed = edit(initiative, (d) => {
      d.methods.push({ ...d.methods[0]!, method: 'budgetParticipation' });
      d.responses = [respond(MONEY, 'methods'), respond('no-such-rule', 'case.title'), respond(MONEY, 'case.title')];
    });
    const e = evaluate(fixed, { today: TODAY });
    const stale = e.findings.filter((f) => f.ruleId === RESPONSE_FINDING_IDS.stale);
    expect(stale.map((f) => f.fields[1])).toEqual(['responses.0', 'responses.1', 'responses.2']);
    expect(stale[1]!.answers).toEqual([{ field: 'responses.1.ruleId', value: 'no-such-rule' }]);
    expect(stale.every((f) => f.severity === 'info')).toBe(true);
  });

  it('to a rule that is switched off: stale as well', () => {
    const a = withResponses(example('initiative'), [respond(MONEY, 'methods')]);
    expect(evaluate(a, { today: TODAY, disabledRules: [MONEY] }).findings.map((f) => f.ruleId)).toContain(
      RESPONSE_FINDING_IDS.stale,
    );
  });

  it('its own notices cannot be answered', () => {
    const a = withResponses(example('initiative'), [respond('no-such-rule', 'case.title')]);
    const stale = evaluate(a, { today: TODAY }).findings.find((f) => f.ruleId === RESPONSE_FINDING_IDS.stale)!;
    expect(isAnswerable(stale)).toBe(false);
    const again = edit(a, (d) => void d.responses.push(respond(RESPONSE_FINDING_IDS.stale, 'case.title')));
    expect(ids(again).filter((id) => id === RESPONSE_FINDING_IDS.stale)).toHaveLength(2);
  });
});

describe('findResponse', () => {
  it('finds the response by rule and first field only', () => {
    const rows = [respond(MONEY, 'influence.constraints'), respond(MONEY, 'methods')];
    expect(findResponse(rows, { ruleId: MONEY, fields: ['methods'] })).toBe(rows[1]);
    expect(findResponse(rows, { ruleId: MONEY, fields: ['case.title', 'methods'] })).toBeUndefined();
    expect(findResponse(rows, { ruleId: MONEY, fields: [] })).toBeUndefined();
  });
});

describe('the report across decisions', () => {
  it('does not count an answered finding among the findings of its rule', () => {
    const rule = (a: Assessment) => {
      const report = createReport({ today: TODAY });
      report.add(a);
      return report.result().total.findings.find((f) => f.ruleId === MONEY)?.findings ?? 0;
    };
    const initiative = example('initiative');
    expect(rule(initiative)).toBe(1);
    expect(rule(withResponses(initiative, [respond(MONEY, 'methods')]))).toBe(0);
  });
});
