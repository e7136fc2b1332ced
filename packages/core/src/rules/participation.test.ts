import { describe, expect, it } from 'vitest';
import { METHODS } from '../catalogues/methods.js';
import { evaluate } from '../evaluate.js';
import { example, findingsOf, hitsOf, make, TODAY } from '../test-fixtures.js';
import { methodDescriptionRule, noParticipationRule } from './participation.js';

const label = (id: string) => METHODS.find((m) => m.id === id)!.label;

describe('no-participation-without-reason', () => {
  it('fires on a blank assessment and names the methods and the reason field', () => {
    const hits = hitsOf(noParticipationRule, make());
    expect(hits).toHaveLength(1);
    expect(hits[0]!.fields).toEqual(['methods', 'conclusion.noParticipationReason']);
    const [finding] = findingsOf(make(), 'no-participation-without-reason');
    expect(finding).toMatchObject({ ruleId: 'no-participation-without-reason', severity: 'error' });
  });

  it('fires when the reason is only whitespace', () => {
    expect(hitsOf(noParticipationRule, make({ conclusion: { noParticipationReason: ' \n\t ' } }))).toHaveLength(1);
  });

  it('fires when the only consultation is marked not needed (that is not participation)', () => {
    const a = make({ consultations: [{ body: 'youthCouncil', status: 'notNeeded', reason: 'Ei koske nuoria' }] });
    expect(hitsOf(noParticipationRule, a)).toHaveLength(1);
  });

  it('recommends an opinion survey when it fires', () => {
    const e = evaluate(make(), { today: TODAY });
    const rec = e.recommendedMethods.find((r) => r.id === 'opinionSurvey');
    expect(rec?.reasons.map((r) => r.ruleId)).toContain('no-participation-without-reason');
  });

  it('does not fire when no participation is justified (internal-sv example)', () => {
    expect(hitsOf(noParticipationRule, example('internal-sv'))).toEqual([]);
  });

  it('does not fire when a method is chosen', () => {
    expect(hitsOf(noParticipationRule, make({ methods: [{ method: 'coDesign' }] }))).toEqual([]);
  });

  it.each(['requested', 'statementReceived'] as const)('does not fire when an influence body is %s', (status) => {
    expect(hitsOf(noParticipationRule, make({ consultations: [{ body: 'elderlyCouncil', status }] }))).toEqual([]);
  });
});

describe('method-not-described', () => {
  it('fires for a method without a description and names its what field', () => {
    const a = make({ methods: [{ method: 'opinionSurvey' }] });
    const hits = hitsOf(methodDescriptionRule, a);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.fields).toEqual(['methods.0.what']);
    expect(hits[0]!.params.method).toEqual(label('opinionSurvey'));
    const [f] = findingsOf(a, 'method-not-described');
    expect(f!.severity).toBe('warning');
    expect(f!.message.fi).toContain(label('opinionSurvey').fi);
    expect(f!.message.sv).toContain(label('opinionSurvey').sv);
    expect(f!.message.en).toBe(`The method “${label('opinionSurvey').en}” lacks a description of what is done.`);
  });

  it('points at the right row index', () => {
    const a = make({
      methods: [
        { method: 'coDesign', what: 'Työpajat' },
        { method: 'discussionEvents', what: '   ' },
      ],
    });
    const hits = hitsOf(methodDescriptionRule, a);
    expect(hits.map((h) => h.fields)).toEqual([['methods.1.what']]);
  });

  it('asks for a name for an unnamed other method', () => {
    const a = make({ methods: [{ method: 'otherMethod', what: 'Kävelykierros' }] });
    const hits = hitsOf(methodDescriptionRule, a);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.fields).toEqual(['methods.0.name']);
    expect(hits[0]!.params.what.en).toBe('a name');
    expect(hits[0]!.params.method).toEqual(label('otherMethod'));
  });

  it('asks for a description for a named other method without one', () => {
    const hits = hitsOf(methodDescriptionRule, make({ methods: [{ method: 'otherMethod', name: 'Kävelykierros' }] }));
    expect(hits.map((h) => h.fields)).toEqual([['methods.0.what']]);
  });

  it('does not fire for described methods or when there are none', () => {
    expect(hitsOf(methodDescriptionRule, make())).toEqual([]);
    expect(
      hitsOf(
        methodDescriptionRule,
        make({
          methods: [
            { method: 'otherMethod', name: 'Kävely', what: 'Kierros' },
            { method: 'coDesign', what: 'Työpaja' },
          ],
        }),
      ),
    ).toEqual([]);
    expect(hitsOf(methodDescriptionRule, example('service-network'))).toEqual([]);
  });
});
