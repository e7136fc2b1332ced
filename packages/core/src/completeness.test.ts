import { describe, expect, it } from 'vitest';
import { partCompleteness, PART_IDS } from './completeness.js';
import type { PartId } from './completeness.js';
import { CHECKLIST } from './catalogues/checklist.js';
import { edit, example, make, organised } from './test-fixtures.js';

describe('PART_IDS', () => {
  it('has the case, the seven questions in checklist order and the closing sections', () => {
    expect(PART_IDS).toEqual([
      'case',
      ...CHECKLIST.map((q) => q.id),
      'methods',
      'consultations',
      'guidance',
      'conclusion',
    ]);
  });
});

describe('partCompleteness', () => {
  it('lists the missing fields of a blank case in the order the widget asks them', () => {
    expect(partCompleteness(make(), 'case')).toEqual({
      answered: 0,
      total: 7,
      ratio: 0,
      missing: [
        'case.diaryNumber',
        'case.title',
        'case.decidingBody.kind',
        'case.meetingDate',
        'case.preparer.name',
        'case.matterTypes',
        'case.substantialImpact',
      ],
    });
  });

  it('counts answered case fields, ignoring whitespace-only text', () => {
    const a = make({ case: { title: 'Otsikko', diaryNumber: '   ', meetingDate: '2027-01-01' } });
    const p = partCompleteness(a, 'case');
    expect(p.answered).toBe(2);
    expect(p.ratio).toBeCloseTo(2 / 7);
    expect(p.missing).toEqual([
      'case.diaryNumber',
      'case.decidingBody.kind',
      'case.preparer.name',
      'case.matterTypes',
      'case.substantialImpact',
    ]);
  });

  it('asks the substantial-impact question with the case, and takes “unsure” as an answer', () => {
    expect(partCompleteness(make(), 'case').missing).toContain('case.substantialImpact');
    expect(partCompleteness(make({ case: { substantialImpact: 'unsure' } }), 'case').missing).not.toContain(
      'case.substantialImpact',
    );
  });

  it('counts the initiative’s reference and reply only when the matter comes from an initiative', () => {
    const details = ['case.initiative.reference', 'case.initiative.initiatorsToldHow'];
    for (const fromInitiative of ['no', null] as const) {
      const p = partCompleteness(make({ case: { initiative: { fromInitiative } } }), 'case');
      expect(p.total, String(fromInitiative)).toBe(7);
      for (const f of details) expect(p.missing).not.toContain(f);
    }
    const yes = partCompleteness(make({ case: { initiative: { fromInitiative: 'yes' } } }), 'case');
    expect(yes.total).toBe(9);
    expect(yes.missing.slice(-2)).toEqual(details);
    const answered = make({
      case: { initiative: { fromInitiative: 'yes', reference: 'Aloite 1/2027', initiatorsToldHow: 'Kirjeellä' } },
    });
    expect(partCompleteness(answered, 'case')).toMatchObject({ total: 9, answered: 2 });
  });

  it('accepts other groups in words for the affected question', () => {
    expect(partCompleteness(make({ affected: { otherGroups: 'Saariston asukkaat' } }), 'affected').ratio).toBe(1);
    expect(partCompleteness(make({ affected: { groups: ['staff'] } }), 'affected').ratio).toBe(1);
    expect(partCompleteness(make(), 'affected')).toMatchObject({ ratio: 0, missing: ['affected.groups'] });
  });

  it('leaves out participation items when none is organised', () => {
    const none = make();
    expect(partCompleteness(none, 'timing')).toEqual({ answered: 0, total: 0, ratio: 1, missing: [] });
    expect(partCompleteness(none, 'outcomes').total).toBe(0);
    expect(partCompleteness(none, 'invited').missing).toEqual(['invited.deliberatelyExcluded']);
    expect(partCompleteness(none, 'communication').missing).toEqual(['communication.channels']);
  });

  it('asks for participation items once participation is organised', () => {
    const a = organised();
    expect(partCompleteness(a, 'timing').missing).toEqual([
      'timing.phases',
      'timing.opensOn',
      'timing.closesOn',
      'timing.enoughTime',
    ]);
    expect(partCompleteness(a, 'outcomes').missing).toEqual(['outcomes.soughtAnswers', 'outcomes.usedFor']);
    expect(partCompleteness(a, 'invited').missing).toEqual(['invited.groups', 'invited.deliberatelyExcluded']);
    expect(partCompleteness(a, 'communication').missing).toEqual([
      'communication.channels',
      'communication.reportsBack',
    ]);
  });

  it('counts a consulted body as organised participation', () => {
    const a = make({ consultations: [{ body: 'elderlyCouncil', status: 'requested' }] });
    expect(partCompleteness(a, 'timing').total).toBe(4);
    expect(partCompleteness(a, 'methods').ratio).toBe(1);
  });

  it('answers the methods part by a method or by a reason for none', () => {
    expect(partCompleteness(make(), 'methods').missing).toEqual(['methods']);
    expect(partCompleteness(organised(), 'methods').ratio).toBe(1);
    expect(partCompleteness(make({ conclusion: { noParticipationReason: 'Sisäinen asia' } }), 'methods').ratio).toBe(1);
  });

  it('has nothing to answer for consultations', () => {
    expect(partCompleteness(make(), 'consultations')).toEqual({ answered: 0, total: 0, ratio: 1, missing: [] });
  });

  it('counts the influence question by text and constraints', () => {
    expect(partCompleteness(make({ influence: { text: 'x', constraintDetails: 'Laki' } }), 'influence').ratio).toBe(1);
    expect(partCompleteness(make({ influence: { constraints: ['law'] } }), 'influence').missing).toEqual([
      'influence.text',
    ]);
  });

  it.each(['service-network', 'budget', 'internal-sv', 'initiative'] as const)(
    'finds every part of example %s complete',
    (name) => {
      for (const p of PART_IDS) expect(partCompleteness(example(name), p), p).toMatchObject({ ratio: 1, missing: [] });
    },
  );

  it('notices a single missing answer in a complete example', () => {
    const a = edit(example('service-network'), (d) => {
      d.testing.possible = null;
    });
    expect(partCompleteness(a, 'testing')).toEqual({ answered: 0, total: 1, ratio: 0, missing: ['testing.possible'] });
  });

  it('keeps ratio = answered / total in 0..1 for every part', () => {
    for (const a of [make(), organised(), example('budget')]) {
      for (const p of PART_IDS as PartId[]) {
        const c = partCompleteness(a, p);
        expect(c.ratio).toBe(c.total === 0 ? 1 : c.answered / c.total);
        expect(c.ratio).toBeGreaterThanOrEqual(0);
        expect(c.ratio).toBeLessThanOrEqual(1);
      }
    }
  });
});
