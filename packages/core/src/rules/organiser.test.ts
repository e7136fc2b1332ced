import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate.js';
import { withOrganiser } from '../organisers/assessment.js';
import { HELSINKI } from '../organisers/data.js';
import { GENERIC_REGION, KYMENLAAKSO } from '../regions.js';
import { createAssessment } from '../schema.js';
import type { Assessment } from '../schema.js';

const TODAY = '2026-11-23';
const findingIds = (a: Assessment, organiser = KYMENLAAKSO) =>
  evaluate(a, { organiser, today: TODAY }).findings.map((f) => f.ruleId);

describe("'organiser-mismatch' and 'organiser-profile-changed'", () => {
  it('says in a finding that the recorded organiser and the profile differ, and nothing when they agree', () => {
    const forHelsinki = withOrganiser(createAssessment(), HELSINKI);
    expect(findingIds(forHelsinki, HELSINKI)).not.toContain('organiser-mismatch');
    const checked = evaluate(forHelsinki, { organiser: KYMENLAAKSO, today: TODAY });
    const mismatch = checked.findings.find((f) => f.ruleId === 'organiser-mismatch')!;
    expect(mismatch).toMatchObject({ severity: 'warning', kind: 'consistency', legalBasis: [] });
    expect(mismatch.message.fi).toContain('’helsinki’');
    expect(mismatch.message.fi).toContain(KYMENLAAKSO.name.fi);
    // Checked without a profile at all (the generic stand-in), the difference is said too.
    expect(findingIds(forHelsinki, GENERIC_REGION)).toContain('organiser-mismatch');
    expect(findingIds(createAssessment())).not.toContain('organiser-mismatch');
  });

  it('notes when the same organiser’s profile has another version than the one recorded', () => {
    const older = createAssessment({ organiser: { id: 'kymenlaakso', profileVersion: '2025-01-01' } });
    const finding = evaluate(older, { organiser: KYMENLAAKSO, today: TODAY }).findings.find(
      (f) => f.ruleId === 'organiser-profile-changed',
    )!;
    expect(finding.severity).toBe('info');
    expect(finding.message.en).toContain(`version 2025-01-01`);
    expect(finding.message.en).toContain(KYMENLAAKSO.version);
    expect(findingIds(withOrganiser(createAssessment(), KYMENLAAKSO))).not.toContain('organiser-profile-changed');
    expect(findingIds(createAssessment({ organiser: { id: 'kymenlaakso' } }))).not.toContain(
      'organiser-profile-changed',
    );
  });
});
