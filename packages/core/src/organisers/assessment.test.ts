import { describe, expect, it } from 'vitest';
import { GENERIC_REGION, KYMENLAAKSO } from '../regions.js';
import { createAssessment } from '../schema.js';
import { withOrganiser } from './assessment.js';
import { GENERIC_MUNICIPALITY } from './data.js';

describe('the organiser an assessment is made for', () => {
  it('is filled from the profile it is checked against when the assessment records none', () => {
    const a = withOrganiser(createAssessment(), KYMENLAAKSO);
    expect(a.organiser).toEqual({ id: 'kymenlaakso', profileVersion: KYMENLAAKSO.version });
    expect(withOrganiser(createAssessment(), GENERIC_MUNICIPALITY).organiser.id).toBe('generic-municipality');
  });

  it('is not filled from the generic welfare region, the stand-in when a host gives no profile', () => {
    const a = createAssessment();
    expect(withOrganiser(a, GENERIC_REGION)).toBe(a);
  });

  it('keeps a recorded organiser as it is, even when another profile is given', () => {
    const a = createAssessment({ organiser: { id: 'helsinki', profileVersion: '1' } });
    expect(withOrganiser(a, KYMENLAAKSO)).toBe(a);
  });
});
