import { describe, expect, it } from 'vitest';
import { blankAssessment } from './blank.js';
import { assessmentSchema, createAssessment } from './schema.js';

describe('a new assessment without the schema (blankAssessment)', () => {
  it('is the assessment createAssessment() makes from the schema, field by field', () => {
    expect(blankAssessment()).toStrictEqual(createAssessment());
  });

  it('is a valid assessment that the schema leaves as it is', () => {
    const parsed = assessmentSchema.safeParse(blankAssessment());
    expect(parsed.success).toBe(true);
    expect(parsed.data).toStrictEqual(blankAssessment());
  });

  it('is a fresh object each time, so that editing one leaves the next blank', () => {
    const first = blankAssessment();
    first.case.matterTypes.push('premises');
    first.case.title = 'Muutettu';
    expect(blankAssessment().case.matterTypes).toEqual([]);
    expect(blankAssessment().case.title).toBe('');
  });
});
