import { describe, expect, it } from 'vitest';
import { GUIDANCE } from '../catalogues/options.js';
import { example, findingsOf, hitsOf, make, organised } from '../test-fixtures.js';
import { guidanceRule, reportBackRule } from './communication.js';

describe('no-report-back', () => {
  it('fires when participation is organised and reporting back is unanswered', () => {
    const hits = hitsOf(reportBackRule, organised());
    expect(hits).toHaveLength(1);
    expect(hits[0]!.fields).toEqual(['communication.reportsBack']);
    expect(hits[0]!.answers).toEqual([]);
    expect(findingsOf(organised(), 'no-report-back')[0]!.severity).toBe('warning');
  });

  it.each(['no', 'unsure'] as const)('fires when the answer is %s and names the answer', (reportsBack) => {
    const hits = hitsOf(reportBackRule, organised({ communication: { reportsBack, reportBackHow: 'Verkkosivuilla' } }));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.fields).toEqual(['communication.reportsBack']);
    expect(hits[0]!.answers).toEqual([{ field: 'communication.reportsBack', value: reportsBack }]);
  });

  it('asks how when the answer is yes but how is blank', () => {
    const hits = hitsOf(reportBackRule, organised({ communication: { reportsBack: 'yes', reportBackHow: '  ' } }));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.fields).toEqual(['communication.reportBackHow']);
    expect(hits[0]!.answers).toEqual([{ field: 'communication.reportsBack', value: 'yes' }]);
  });

  it('does not fire when yes and how are answered', () => {
    expect(
      hitsOf(
        reportBackRule,
        organised({ communication: { reportsBack: 'yes', reportBackHow: 'Yhteenveto verkossa' } }),
      ),
    ).toEqual([]);
  });

  it('does not fire when no participation is organised', () => {
    expect(hitsOf(reportBackRule, make())).toEqual([]);
    expect(hitsOf(reportBackRule, example('internal-sv'))).toEqual([]);
  });
});

describe('guidance-not-acknowledged', () => {
  it('fires with the count of unacknowledged points', () => {
    const hits = hitsOf(guidanceRule, organised());
    expect(hits).toEqual([
      { fields: ['guidance.acknowledged'], params: { count: { count: GUIDANCE.length, unit: 'point' } } },
    ]);
    const a = organised({ guidance: { acknowledged: ['openness', 'keepPromises'] } });
    expect(hitsOf(guidanceRule, a)[0]!.params.count).toEqual({ count: GUIDANCE.length - 2, unit: 'point' });
    const [f] = findingsOf(a, 'guidance-not-acknowledged');
    expect(f!.severity).toBe('info');
    expect(f!.message.en).toContain(`${GUIDANCE.length - 2}\u00a0points are not yet marked`);
    expect(
      findingsOf(
        organised({ guidance: { acknowledged: GUIDANCE.slice(1).map((g) => g.id) } }),
        'guidance-not-acknowledged',
      )[0]!.message.sv,
    ).toContain('1\u00a0punkt inte');
  });

  it('fires for the budget example, which acknowledges 4 of 6', () => {
    expect(hitsOf(guidanceRule, example('budget'))[0]!.params.count).toEqual({ count: 2, unit: 'point' });
  });

  it('does not fire when every point is acknowledged', () => {
    expect(hitsOf(guidanceRule, organised({ guidance: { acknowledged: GUIDANCE.map((g) => g.id) } }))).toEqual([]);
  });

  it('does not fire when no participation is organised', () => {
    expect(hitsOf(guidanceRule, make())).toEqual([]);
  });
});
