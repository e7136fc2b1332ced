import { describe, expect, it } from 'vitest';
import { KYMENLAAKSO, appendixLanguages, findRegion } from '@osallisuusarvio/core';
import { appendixFileName } from './files.js';

describe('the suggested file name of the appendix', () => {
  it('names the one language of a one-language appendix, and the draft word in it', () => {
    expect(appendixFileName('KYMHVA/2145/2026', 'sv', true)).toBe('osallisuusarviointi-KYMHVA-2145-2026-sv-utkast.pdf');
    expect(appendixFileName('KYMHVA/2145/2026', appendixLanguages(KYMENLAAKSO, 'fi'), false)).toBe(
      'osallisuusarviointi-KYMHVA-2145-2026-fi.pdf',
    );
  });

  it('names both languages, majority first, when the profile asks for the appendix in both', () => {
    const bilingual = { ...KYMENLAAKSO, appendicesInBothLanguages: true };
    expect(appendixFileName('KYMHVA/2145/2026', appendixLanguages(bilingual, 'sv'), false)).toBe(
      'osallisuusarviointi-KYMHVA-2145-2026-fi-sv.pdf',
    );
    expect(appendixFileName('KYMHVA/2145/2026', appendixLanguages(bilingual, 'fi'), true)).toBe(
      'osallisuusarviointi-KYMHVA-2145-2026-fi-sv-luonnos.pdf',
    );
    const ostrobothnia = { ...findRegion('pohjanmaa')!, appendicesInBothLanguages: true };
    expect(appendixLanguages(ostrobothnia, 'fi')).toEqual(['sv', 'fi']);
  });
});
