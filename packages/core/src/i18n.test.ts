import { describe, expect, it } from 'vitest';
import { formatLocalized, formatMessage, isLocale, joinList, LOCALES } from './i18n.js';
import type { LocalizedText } from './i18n.js';

const A: LocalizedText = { fi: 'asukkaat', sv: 'invånarna', en: 'residents' };
const B: LocalizedText = { fi: 'potilaat', sv: 'patienterna', en: 'patients' };
const C: LocalizedText = { fi: 'henkilöstö', sv: 'personalen', en: 'staff' };

describe('LOCALES and isLocale', () => {
  it('are fi, sv and en, Finnish first', () => {
    expect(LOCALES).toEqual(['fi', 'sv', 'en']);
  });

  it.each([
    ['fi', true],
    ['sv', true],
    ['en', true],
    ['de', false],
    ['FI', false],
    ['', false],
    [null, false],
    [1, false],
    [{}, false],
  ])('isLocale(%j) is %s', (value, expected) => {
    expect(isLocale(value)).toBe(expected);
  });
});

describe('joinList', () => {
  it('joins three items as prose in each language', () => {
    expect(joinList(['a', 'b', 'c'], 'fi')).toBe('a, b ja c');
    expect(joinList(['a', 'b', 'c'], 'sv')).toBe('a, b och c');
    expect(joinList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
  });

  it('joins two items without a comma', () => {
    expect(joinList(['a', 'b'], 'fi')).toBe('a ja b');
    expect(joinList(['a', 'b'], 'en')).toBe('a and b');
  });

  it('gives one item as it is and nothing for none', () => {
    expect(joinList(['a'], 'sv')).toBe('a');
    expect(joinList([], 'en')).toBe('');
  });
});

describe('formatMessage', () => {
  it('fills string and number placeholders', () => {
    expect(formatMessage('{n} päivää, alue {name}', { n: 14, name: 'Kymenlaakso' }, 'fi')).toBe(
      '14 päivää, alue Kymenlaakso',
    );
  });

  it('fills a placeholder used twice', () => {
    expect(formatMessage('{x} + {x}', { x: 0 }, 'en')).toBe('0 + 0');
  });

  it('shows a LocalizedText in the reader’s language', () => {
    for (const l of LOCALES) expect(formatMessage('<{group}>', { group: A }, l)).toBe(`<${A[l]}>`);
  });

  it('joins a list of LocalizedText as prose in the reader’s language', () => {
    expect(formatMessage('Ryhmät: {groups}.', { groups: [A, B, C] }, 'fi')).toBe(
      'Ryhmät: asukkaat, potilaat ja henkilöstö.',
    );
    expect(formatMessage('Grupper: {groups}.', { groups: [A, B, C] }, 'sv')).toBe(
      'Grupper: invånarna, patienterna och personalen.',
    );
    expect(formatMessage('Groups: {groups}.', { groups: [A, B, C] }, 'en')).toBe(
      'Groups: residents, patients and staff.',
    );
    expect(formatMessage('{groups}', { groups: [] }, 'en')).toBe('');
  });

  it('leaves an unknown placeholder visible', () => {
    expect(formatMessage('Hei {nimi}!', {}, 'fi')).toBe('Hei {nimi}!');
    expect(formatMessage('{a} {b}', { a: 'x' }, 'en')).toBe('x {b}');
  });

  it('does not re-expand placeholders inside values', () => {
    expect(formatMessage('{a}', { a: '{b}', b: 'no' }, 'en')).toBe('{b}');
  });

  it('leaves braces that are not placeholders alone', () => {
    expect(formatMessage('{ a } {} {a-b}', { a: 'x' }, 'en')).toBe('{ a } {} {a-b}');
  });

  it('keeps replacement patterns in values literal', () => {
    expect(formatMessage('{a}', { a: '$& $1 $$' }, 'en')).toBe('$& $1 $$');
  });

  it('gives the template unchanged when it has no placeholders', () => {
    expect(formatMessage('Ei mitään.', { a: 'x' }, 'fi')).toBe('Ei mitään.');
  });
});

describe('formatLocalized', () => {
  it('formats every language with the same params', () => {
    const template: LocalizedText = { fi: '{group}: {days} pv', sv: '{group}: {days} d', en: '{group}: {days} days' };
    expect(formatLocalized(template, { group: B, days: 3 })).toEqual({
      fi: 'potilaat: 3 pv',
      sv: 'patienterna: 3 d',
      en: 'patients: 3 days',
    });
  });

  it('joins lists per language', () => {
    expect(formatLocalized({ fi: '{g}', sv: '{g}', en: '{g}' }, { g: [A, B] })).toEqual({
      fi: 'asukkaat ja potilaat',
      sv: 'invånarna och patienterna',
      en: 'residents and patients',
    });
  });

  it('leaves missing params visible in every language', () => {
    expect(formatLocalized({ fi: '{x}', sv: '{x}!', en: 'x={x}' }, {})).toEqual({ fi: '{x}', sv: '{x}!', en: 'x={x}' });
  });
});
