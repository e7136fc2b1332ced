import { describe, expect, it } from 'vitest';
import { locateJsonError, parseJson } from './json.js';
import { validateRegionProfile } from './region.js';

describe('parseJson', () => {
  it('parses valid JSON, also with a byte-order mark', () => {
    expect(parseJson('{"a":[1,2,{"b":null}]}')).toEqual({ ok: true, value: { a: [1, 2, { b: null }] } });
    expect(parseJson('\ufeff{"a":true}')).toEqual({ ok: true, value: { a: true } });
  });

  it.each([
    ['{"a":1,}', 1, 8, 'trailing comma'],
    ['{\n  "a" 1\n}', 2, 7, "expected ':'"],
    ['{\n  "a": tru\n}', 2, 8, 'expected a value'],
    ['', 1, 1, 'unexpected end of input'],
    ['{"a":1', 1, 7, "expected ',' or '}'"],
    ['[1,2]x', 1, 6, 'after the end'],
    ['{"a":"line\nbreak"}', 1, 11, 'control character'],
    ["{'a':1}", 1, 2, 'double quotes'],
  ])('locates the error in %j', (text, line, column, message) => {
    const r = parseJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect([r.error.line, r.error.column]).toEqual([line, column]);
      expect(r.error.message).toContain(message);
    }
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['0', '-1.5e3', '"\\u00e4\\n"', '[]', '{}', ' [ true , false , null ] ', '{"a":{"b":[{}]}}']) {
      expect(locateJsonError(text)).toBeNull();
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });
});

describe('validateRegionProfile', () => {
  it('accepts a full profile and names each bad field', () => {
    const good = {
      id: 'own',
      name: { fi: 'Oma', sv: 'Egen', en: 'Own' },
      bilingual: true,
      majorityLanguage: 'sv',
      samiLanguageCommittee: false,
      bodyNames: { youthCouncil: { fi: 'Nuva', sv: 'Ungdomsfullmäktige', en: 'Youth council' } },
      minimumParticipationDays: 14,
      minimumDaysBeforeMeeting: 7,
    };
    expect(validateRegionProfile(good).ok).toBe(true);
    const bad = validateRegionProfile({
      ...good,
      majorityLanguage: 'en',
      minimumParticipationDays: -1,
      bodyNames: { choir: {} },
      colour: 'red',
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.problems.map((p) => [p.path, p.message])).toEqual([
        ['majorityLanguage', 'Unknown value "en". Allowed values: fi, sv.'],
        ['bodyNames', 'Unknown field: choir. Check the spelling.'],
        ['minimumParticipationDays', 'The value is too small: at least 0.'],
        ['', 'Unknown field: colour. Check the spelling.'],
      ]);
    // The same problems in Finnish for --lang fi: core's schema words them in three languages.
    const fi = validateRegionProfile({ ...good, bilingual: 'kyllä' }, 'fi');
    expect(fi.ok || fi.problems[0]!.message).toBe('Väärä tyyppi: odotettiin totuusarvo, saatiin teksti.');
    expect(validateRegionProfile([]).ok).toBe(false);
  });
});
