import { describe, expect, it } from 'vitest';
import { GENERIC_MUNICIPALITY, KYMENLAAKSO, createAssessment } from '@osallisuusarvio/core';
import { readAppendix, renderAppendix } from './index.js';
import { normalise, readBack } from './test-helpers.js';

const GENERATED_AT = Date.UTC(2026, 10, 23, 10);
const organiserIn = (bytes: Uint8Array) => {
  const read = readAppendix(bytes);
  if (!read.ok) throw new Error('the appendix could not be read');
  return read.assessment.organiser;
};

describe('the organiser in the appendix', () => {
  it('records the profile it was checked against when the assessment names none', () => {
    const bytes = renderAppendix(createAssessment(), { region: KYMENLAAKSO, generatedAt: GENERATED_AT });
    expect(organiserIn(bytes)).toEqual({ id: 'kymenlaakso', profileVersion: KYMENLAAKSO.version });
    const municipal = renderAppendix(createAssessment(), { region: GENERIC_MUNICIPALITY, generatedAt: GENERATED_AT });
    expect(organiserIn(municipal).id).toBe('generic-municipality');
  });

  it('records none when no profile is given', () => {
    expect(organiserIn(renderAppendix(createAssessment(), { generatedAt: GENERATED_AT })).id).toBeNull();
  });

  it('keeps the recorded organiser and says in the findings that it differs from the profile given', async () => {
    const a = createAssessment({ organiser: { id: 'helsinki', profileVersion: '1' } });
    const bytes = renderAppendix(a, { region: KYMENLAAKSO, generatedAt: GENERATED_AT, locale: 'fi' });
    expect(organiserIn(bytes)).toEqual({ id: 'helsinki', profileVersion: '1' });
    const text = normalise((await readBack(bytes)).text);
    expect(text).toContain('Arviointi on tehty toiselle järjestäjälle');
  });
});
