import { describe, expect, it } from 'vitest';
import { EXAMPLES, EXAMPLE_NAMES } from '../examples.js';
import { evaluate } from '../evaluate.js';
import { isRoleCitation, MUNICIPAL_LAW, WELFARE_REGION_LAW } from '../legal-roles.js';
import { GENERIC_MUNICIPALITY, GENERIC_WELFARE_REGION } from '../organisers/data.js';
import { createAssessment } from '../schema.js';
import type { Assessment } from '../schema.js';
import { RULES } from './index.js';

/** Provisions that fill a legal role for some organiser: a rule must cite the role, not the provision. */
const ROLE_PROVISIONS = new Set(
  [...Object.values(WELFARE_REGION_LAW), ...Object.values(MUNICIPAL_LAW)].flatMap((r) => (r ? [r.id] : [])),
);

/** Every example, and one in which a body's statement came after the meeting (the follow-up rule fires). */
function assessments(): Assessment[] {
  const late = createAssessment({
    case: { meetingDate: '2026-11-10' },
    consultations: [{ body: 'elderlyCouncil', status: 'statementReceived', receivedOn: '2026-11-12' }],
  });
  return [...EXAMPLE_NAMES.map((n) => createAssessment(EXAMPLES[n].assessment)), late];
}

describe('rules cite a legal role wherever the organiser’s law fills one', () => {
  it('no built-in rule cites a provision that fills a role directly', () => {
    const direct = RULES.flatMap((r) =>
      r.legalBasis.flatMap((b) => (!isRoleCitation(b) && ROLE_PROVISIONS.has(b.id) ? [`${r.id}: ${b.id}`] : [])),
    );
    expect(direct).toEqual([]);
  });

  it('a municipal assessment’s findings never cite the Act on Wellbeing Services Counties (611/2021)', () => {
    const cited = new Set<string>();
    for (const a of assessments())
      for (const f of evaluate(a, { organiser: GENERIC_MUNICIPALITY, today: '2026-11-23' }).findings)
        for (const r of f.legalBasis) {
          cited.add(r.id);
          expect(r.statute, `${f.ruleId} cites ${r.id}`).not.toBe('611/2021');
        }
    // The follow-up rule on a late statement cites the municipal elderly council's section.
    expect(cited).toContain('kuntalaki-27');
  });

  it('a late statement cites 611/2021 32 § for a welfare region and Kuntalaki 26–28 § for a municipality', () => {
    const late = assessments().at(-1)!;
    const basis = (organiser: typeof GENERIC_MUNICIPALITY) =>
      evaluate(late, { organiser, today: '2026-11-23' })
        .findings.find((f) => f.ruleId === 'follow-up-statement-after-meeting')!
        .legalBasis.map((r) => `${r.statute} ${r.section}`);
    expect(basis(GENERIC_WELFARE_REGION)).toEqual(['611/2021 32 §']);
    expect(basis(GENERIC_MUNICIPALITY)).toEqual(['410/2015 26 §', '410/2015 27 §', '410/2015 28 §']);
  });
});
