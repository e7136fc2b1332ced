import { groupInSentence } from './helpers.js';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate.js';
import { edit, example, findingsOf, hitsOf, make, organised, TODAY } from '../test-fixtures.js';
import { budgetRule, childImpactRule, constraintsRule, serviceNetworkRule } from './matter.js';

describe('money-without-budget-participation', () => {
  it('fires when money is a constraint', () => {
    const a = make({ influence: { constraints: ['law', 'money'] } });
    const hits = hitsOf(budgetRule, a);
    expect(hits).toEqual([
      { fields: ['methods'], answers: [{ field: 'influence.constraints', value: 'money' }], params: {} },
    ]);
    expect(findingsOf(a, 'money-without-budget-participation')[0]!.severity).toBe('recommendation');
  });

  it('fires for a budget matter and names both answers when both apply', () => {
    expect(hitsOf(budgetRule, make({ case: { matterTypes: ['budget'] } }))[0]!.answers).toEqual([
      { field: 'case.matterTypes', value: 'budget' },
    ]);
    const both = make({ case: { matterTypes: ['budget'] }, influence: { constraints: ['money'] } });
    expect(hitsOf(budgetRule, both)[0]!.answers).toHaveLength(2);
  });

  it('fires for the service-network example (money constrains it) and recommends budget participation', () => {
    expect(hitsOf(budgetRule, example('service-network'))).toHaveLength(1);
    const e = evaluate(example('service-network'), { today: TODAY });
    expect(e.recommendedMethods.find((r) => r.id === 'budgetParticipation')?.reasons.map((r) => r.ruleId)).toEqual([
      'money-without-budget-participation',
    ]);
  });

  it('does not fire once budget participation is chosen', () => {
    const a = edit(example('service-network'), (d) => {
      d.methods.push({
        method: 'budgetParticipation',
        name: '',
        what: 'Budjettikysely',
        start: null,
        end: null,
        with: [],
        status: 'planned',
      });
    });
    expect(hitsOf(budgetRule, a)).toEqual([]);
    expect(hitsOf(budgetRule, example('budget'))).toEqual([]);
  });

  it('does not fire when money is not involved', () => {
    expect(
      hitsOf(budgetRule, make({ influence: { constraints: ['law'] }, case: { matterTypes: ['strategy'] } })),
    ).toEqual([]);
  });
});

describe('service-network-without-users', () => {
  it.each(['serviceNetwork', 'premises'] as const)('fires for a %s change without users', (type) => {
    const a = make({ case: { matterTypes: [type, 'strategy'] } });
    const hits = hitsOf(serviceNetworkRule, a);
    expect(hits).toEqual([
      { fields: ['methods', 'testing.possible'], answers: [{ field: 'case.matterTypes', value: type }], params: {} },
    ]);
    expect(findingsOf(a, 'service-network-without-users')[0]!.severity).toBe('warning');
  });

  it('fires when only one of survey and co-design is chosen', () => {
    const a = make({
      case: { matterTypes: ['premises'] },
      methods: [{ method: 'opinionSurvey', what: 'x' }],
      testing: { possible: 'no' },
    });
    expect(hitsOf(serviceNetworkRule, a)).toHaveLength(1);
    const e = evaluate(a, { today: TODAY });
    expect(e.recommendedMethods.find((r) => r.id === 'coDesign')?.reasons.map((r) => r.ruleId)).toContain(
      'service-network-without-users',
    );
    expect(e.recommendedMethods.find((r) => r.id === 'opinionSurvey')).toBeUndefined();
  });

  it('does not fire when users are surveyed and co-design is chosen', () => {
    const a = make({
      case: { matterTypes: ['serviceNetwork'] },
      methods: [
        { method: 'opinionSurvey', what: 'x' },
        { method: 'coDesign', what: 'y' },
      ],
    });
    expect(hitsOf(serviceNetworkRule, a)).toEqual([]);
  });

  it('does not fire when the premises are tested', () => {
    expect(
      hitsOf(serviceNetworkRule, make({ case: { matterTypes: ['premises'] }, testing: { possible: 'yes' } })),
    ).toEqual([]);
    expect(hitsOf(serviceNetworkRule, example('service-network'))).toEqual([]);
  });

  it('does not fire for other matters', () => {
    expect(hitsOf(serviceNetworkRule, make({ case: { matterTypes: ['budget', 'serviceChange'] } }))).toEqual([]);
  });
});

describe('child-impact-assessment', () => {
  it('fires for information when children are affected', () => {
    const a = make({ affected: { groups: ['residents', 'childrenAndYoung'] } });
    const label = groupInSentence('childrenAndYoung');
    expect(hitsOf(childImpactRule, a)).toEqual([
      {
        fields: ['affected.groups'],
        answers: [{ field: 'affected.groups', value: 'childrenAndYoung' }],
        params: { group: label },
      },
    ]);
    const [f] = findingsOf(a, 'child-impact-assessment');
    expect(f).toMatchObject({ severity: 'info', kind: 'advice' });
    expect(f!.message.fi).toContain(label.fi);
    // PL 6 § 3 mom. and the CRC's article 12, beside 612/2021 7 § 2 mom. for a welfare region.
    expect(f!.legalBasis.map((r) => r.id)).toEqual(['pl-6-3', 'crc-12', 'jarjestamislaki-7-2']);
  });

  it('does not fire when children are not affected', () => {
    expect(hitsOf(childImpactRule, make({ affected: { groups: ['olderPeople'] } }))).toEqual([]);
  });
});

describe('constraints-not-defined', () => {
  it('fires for what can be influenced when that is blank', () => {
    const a = organised({ influence: { constraints: ['law'] } });
    expect(hitsOf(constraintsRule, a)).toEqual([{ fields: ['influence.text'], params: {} }]);
    expect(findingsOf(a, 'constraints-not-defined')[0]!.severity).toBe('recommendation');
  });

  it('fires for the constraints when only they are missing', () => {
    expect(hitsOf(constraintsRule, organised({ influence: { text: 'Aukioloajat' } }))).toEqual([
      { fields: ['influence.constraints'], params: {} },
    ]);
  });

  it('does not fire when both are answered (by a list or in words)', () => {
    expect(hitsOf(constraintsRule, organised({ influence: { text: 'Aukioloajat', constraints: ['money'] } }))).toEqual(
      [],
    );
    expect(
      hitsOf(constraintsRule, organised({ influence: { text: 'Aukioloajat', constraintDetails: 'Laki' } })),
    ).toEqual([]);
  });

  it('does not fire when no participation is organised', () => {
    expect(hitsOf(constraintsRule, make())).toEqual([]);
  });
});
