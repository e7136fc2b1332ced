import { describe, expect, it } from 'vitest';
import { findOrganiser } from './data.js';
import { appendixLanguages, nationalLanguages } from './languages.js';

const pohjanmaa = findOrganiser('pohjanmaa')!;
const kymenlaakso = findOrganiser('kymenlaakso')!;

describe('the languages of an appendix', () => {
  it('is the case language, or the one asked for, when the organiser does not require both', () => {
    expect(appendixLanguages(kymenlaakso, 'fi')).toEqual(['fi']);
    expect(appendixLanguages(kymenlaakso, 'fi', { locale: 'en' })).toEqual(['en']);
  });

  it('is both national languages, the majority one first, when the organiser requires both or it is asked for', () => {
    expect(appendixLanguages({ ...pohjanmaa, appendicesInBothLanguages: true }, 'fi')).toEqual(['sv', 'fi']);
    expect(appendixLanguages(kymenlaakso, 'en', { bilingual: true })).toEqual(['fi', 'sv']);
    expect(appendixLanguages({ ...kymenlaakso, appendicesInBothLanguages: true }, 'fi', { bilingual: false })).toEqual([
      'fi',
    ]);
    expect(nationalLanguages(pohjanmaa)).toEqual(['sv', 'fi']);
  });
});
