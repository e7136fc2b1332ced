import { resolveLegalBasis } from './legal-roles.js';
import { describe, expect, it } from 'vitest';
import { evaluate, todayIso } from './evaluate.js';
import { EXAMPLE_NAMES, EXAMPLES } from './examples.js';
import { PART_IDS } from './completeness.js';
import { findRegion, GENERIC_REGION, KYMENLAAKSO, REGIONS } from './regions.js';
import { RULES } from './rules/index.js';
import { defineRule, SEVERITIES } from './rules/types.js';
import { LEGAL } from './legal.js';
import { createAssessment } from './schema.js';
import { edit, example, make, TODAY } from './test-fixtures.js';

/** Many rules fire at once: errors, warnings, recommendations and info. */
const messy = () =>
  make({
    case: { meetingDate: '2027-03-15', matterTypes: ['premises', 'budget'] },
    affected: { groups: ['childrenAndYoung', 'olderPeople', 'vulnerable', 'residents'] },
    invited: { deliberatelyExcluded: 'yes' },
    timing: { opensOn: '2027-03-10', closesOn: '2027-03-20', enoughTime: 'no', phases: ['followUp'] },
    methods: [{ method: 'opinionSurvey' }],
    consultations: [{ body: 'youthCouncil', status: 'notNeeded' }],
  });

describe('evaluate', () => {
  it('sorts findings by severity, keeping rule order within a severity', () => {
    const e = evaluate(messy(), { today: TODAY });
    const ranks = e.findings.map((f) => SEVERITIES.indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(e.findings.map((f) => f.severity))).toEqual(new Set(SEVERITIES));
    const order = RULES.map((r) => r.id);
    for (const s of SEVERITIES) {
      const idx = e.findings.filter((f) => f.severity === s).map((f) => order.indexOf(f.ruleId));
      expect(idx).toEqual([...idx].sort((a, b) => a - b));
    }
  });

  it('counts findings per severity', () => {
    const e = evaluate(messy(), { today: TODAY });
    for (const s of SEVERITIES) expect(e.counts[s]).toBe(e.findings.filter((f) => f.severity === s).length);
    expect(Object.values(e.counts).reduce((x, y) => x + y, 0)).toBe(e.findings.length);
    expect(e.counts.error).toBeGreaterThan(0);
  });

  it('copies the rule’s title, legal basis and the hit’s fields and answers into each finding', () => {
    const e = evaluate(messy(), { today: TODAY });
    for (const f of e.findings) {
      const rule = RULES.find((r) => r.id === f.ruleId)!;
      expect(f.title).toEqual(rule.title);
      expect(f.legalBasis).toEqual(resolveLegalBasis(rule.legalBasis, GENERIC_REGION));
      expect(f.fields.length).toBeGreaterThan(0);
      expect(Array.isArray(f.answers)).toBe(true);
      for (const l of ['fi', 'sv', 'en'] as const) expect(f.message[l]).not.toMatch(/\{\w+\}/);
    }
  });

  it('leaves out disabled rules and nothing else', () => {
    const all = evaluate(messy(), { today: TODAY });
    expect(all.findings.some((f) => f.ruleId === 'participation-closes-after-meeting')).toBe(true);
    const some = evaluate(messy(), {
      today: TODAY,
      disabledRules: ['participation-closes-after-meeting', 'no-such-rule'],
    });
    expect(some.findings.some((f) => f.ruleId === 'participation-closes-after-meeting')).toBe(false);
    expect(some.findings.length).toBe(
      all.findings.length - all.findings.filter((f) => f.ruleId === 'participation-closes-after-meeting').length,
    );
    expect(some.counts.error).toBe(all.counts.error - 1);
  });

  it('evaluates host rules after the built-in ones, with their params filled in', () => {
    const hostRule = defineRule({
      id: 'host-diary-number',
      severity: 'error',
      title: { fi: 'Diaarinumero puuttuu', sv: 'Diarienummer saknas', en: 'Diary number missing' },
      legalBasis: [LEGAL.participationMethods],
      message: {
        fi: 'Lisää diaarinumero asiaan {title}.',
        sv: 'Lägg till diarienummer för {title}.',
        en: 'Add a diary number to {title}.',
      },
      recommends: { methods: ['userRepresentatives'], consultations: ['disabilityCouncil'] },
      when: (a) =>
        a.case.diaryNumber === '' ? [{ fields: ['case.diaryNumber'], params: { title: a.case.title } }] : [],
    });
    const a = edit(example('budget'), (d) => {
      d.case.diaryNumber = '';
    });
    const e = evaluate(a, { today: TODAY, rules: [hostRule] });
    const f = e.findings.find((x) => x.ruleId === 'host-diary-number');
    expect(f).toMatchObject({ severity: 'error', fields: ['case.diaryNumber'], answers: [] });
    expect(f!.message.en).toBe(`Add a diary number to ${a.case.title}.`);
    expect(e.status).toBe('hasErrors');
    expect(e.recommendedMethods.find((r) => r.id === 'userRepresentatives')!.reasons).toEqual([
      { ruleId: 'host-diary-number', message: f!.message },
    ]);
    // The budget example already asks the disability council, so it is not recommended again.
    expect(e.recommendedConsultations.find((r) => r.id === 'disabilityCouncil')).toBeUndefined();
    expect(
      evaluate(example('budget'), { today: TODAY, rules: [hostRule] }).findings.some(
        (x) => x.ruleId === 'host-diary-number',
      ),
    ).toBe(false);
  });

  it('gives each recommended method and body the reasons of the rules that ask for it', () => {
    const e = evaluate(messy(), { today: TODAY });
    const youth = e.recommendedConsultations.find((r) => r.id === 'youthCouncil');
    expect(youth?.reasons.map((r) => r.ruleId)).toEqual(['youth-council-not-consulted']);
    const f = e.findings.find((x) => x.ruleId === 'youth-council-not-consulted')!;
    expect(youth!.reasons[0]!.message).toEqual(f.message);
    const budget = e.recommendedMethods.find((r) => r.id === 'budgetParticipation');
    expect(budget?.reasons.map((r) => r.ruleId)).toEqual(['money-without-budget-participation']);
    for (const rec of [...e.recommendedMethods, ...e.recommendedConsultations]) {
      expect(rec.reasons.length).toBeGreaterThan(0);
      for (const r of rec.reasons) expect(e.findings.map((x) => x.ruleId)).toContain(r.ruleId);
    }
    // Already chosen: the survey is not suggested although service-network-without-users names it.
    expect(e.recommendedMethods.find((r) => r.id === 'opinionSurvey')).toBeUndefined();
  });

  it('reports completeness per part and overall between 0 and 1', () => {
    for (const a of [make(), messy(), example('budget')]) {
      const e = evaluate(a, { today: TODAY });
      expect(Object.keys(e.completeness.parts).sort()).toEqual([...PART_IDS].sort());
      for (const p of PART_IDS) {
        const part = e.completeness.parts[p];
        expect(part.ratio).toBeGreaterThanOrEqual(0);
        expect(part.ratio).toBeLessThanOrEqual(1);
        expect(part.answered + part.missing.length).toBe(part.total);
      }
      expect(e.completeness.overall).toBeGreaterThanOrEqual(0);
      expect(e.completeness.overall).toBeLessThanOrEqual(1);
    }
    expect(evaluate(make(), { today: TODAY }).completeness.overall).toBe(0);
  });

  it('is complete (overall 1) when every question is answered', () => {
    const e = evaluate(example('service-network'), { region: KYMENLAAKSO, today: TODAY });
    expect(e.completeness.overall).toBe(1);
    for (const p of PART_IDS) expect(e.completeness.parts[p].missing).toEqual([]);
  });

  it('reaches each status', () => {
    expect(evaluate(make(), { today: TODAY }).status).toBe('hasErrors');
    const incomplete = edit(example('budget'), (d) => {
      d.conclusion.summary = '';
    });
    const e = evaluate(incomplete, { today: TODAY });
    expect(e.counts.error).toBe(0);
    expect(e.status).toBe('incomplete');
    expect(e.completeness.parts.conclusion.missing).toEqual(['conclusion.summary']);
    expect(evaluate(example('budget'), { today: TODAY }).status).toBe('complete');
  });

  it('is complete with warnings left', () => {
    const e = evaluate(example('service-network'), { today: TODAY });
    expect(e.status).toBe('complete');
    expect(e.counts.recommendation).toBeGreaterThan(0);
  });

  it.each(EXAMPLE_NAMES)('example %s evaluates without errors in its own region and every shipped one', (name) => {
    const a = createAssessment(EXAMPLES[name].assessment);
    const own = findRegion(EXAMPLES[name].region);
    expect(own).toBeDefined();
    for (const region of [own!, ...REGIONS]) {
      const e = evaluate(a, { region, today: TODAY });
      expect(e.counts.error, `${name} in ${region.id}: ${e.findings.map((f) => f.ruleId).join(', ')}`).toBe(0);
      expect(e.status).toBe('complete');
    }
  });

  it('is pure: the same input gives deep-equal output and is not mutated', () => {
    for (const a of [messy(), example('service-network'), make()]) {
      const before = structuredClone(a);
      const one = evaluate(a, { region: KYMENLAAKSO, today: TODAY });
      const two = evaluate(a, { region: KYMENLAAKSO, today: TODAY });
      expect(two).toEqual(one);
      expect(a).toEqual(before);
      expect(evaluate(structuredClone(a), { region: KYMENLAAKSO, today: TODAY })).toEqual(one);
    }
  });

  it('defaults to the generic region', () => {
    const a = messy();
    expect(evaluate(a, { today: TODAY })).toEqual(evaluate(a, { region: GENERIC_REGION, today: TODAY }));
  });
});

describe('todayIso', () => {
  it('gives the Helsinki day as YYYY-MM-DD', () => {
    expect(todayIso(new Date('2026-11-23T23:59:59Z'))).toBe('2026-11-24');
    expect(todayIso(new Date('2026-01-02T00:00:00+02:00'))).toBe('2026-01-02');
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
