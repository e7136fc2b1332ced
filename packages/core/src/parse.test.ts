import { describe, expect, it } from 'vitest';
import { canonicalJson, parseAssessment, pathToText } from './parse.js';
import type { ParseError, ParseResult } from './parse.js';
import { createAssessment, MAX_ROWS, MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH, SCHEMA_VERSION } from './schema.js';
import { EXAMPLE_NAMES, EXAMPLES } from './examples.js';
import { LOCALES } from './i18n.js';
import { example } from './test-fixtures.js';

function errorsOf(result: ParseResult): readonly ParseError[] {
  if (result.ok) throw new Error(`expected a failure, got ok`);
  return result.errors;
}

/** Every message is written in fi, sv and en, and the three differ (they are translated, not copied). */
function expectTranslated(e: ParseError) {
  for (const l of LOCALES) expect(e.message[l].trim().length).toBeGreaterThan(0);
  expect(e.pathText).toBe(pathToText(e.path));
}

describe('parseAssessment: whole-document problems', () => {
  it('reports invalid JSON without throwing, in three languages', () => {
    let result: ParseResult | undefined;
    expect(() => {
      result = parseAssessment('{"case": ');
    }).not.toThrow();
    const [e, ...rest] = errorsOf(result!);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ path: [], pathText: '', code: 'invalid_json' });
    expect(e!.message.fi).toContain('JSON');
    expect(e!.message.sv).toContain('JSON');
    expect(e!.message.en).toContain('JSON');
    expectTranslated(e!);
    expect(e!.message.fi).not.toBe(e!.message.en);
  });

  it('treats a non-JSON string as invalid JSON', () => {
    expect(errorsOf(parseAssessment('osallisuusarvio'))[0]!.code).toBe('invalid_json');
    expect(errorsOf(parseAssessment(''))[0]!.code).toBe('invalid_json');
  });

  it.each([
    ['null', null, 'null'],
    ['a number', 42, 'a number'],
    ['an array', [], 'a list'],
    ['a boolean', true, 'true/false'],
    ['undefined', undefined, 'missing'],
    ['a JSON string of a number', '7', 'a number'],
    ['a JSON string of a string', '"hei"', 'text'],
    ['a JSON string of an array', '[{}]', 'a list'],
  ])('rejects %s as not an object and says what it got', (_what, input, got) => {
    const [e, ...rest] = errorsOf(parseAssessment(input));
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ path: [], code: 'not_an_object' });
    expect(e!.message.en).toBe(`A participation assessment must be a JSON object, got ${got}.`);
    expect(e!.message.fi).toContain('JSON-objekti');
    expect(e!.message.sv).toContain('JSON-objekt');
  });
});

describe('parseAssessment: field problems have paths', () => {
  it('names a wrong type at a nested path', () => {
    const errors = errorsOf(parseAssessment({ case: { meetingDate: 5 } }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      path: ['case', 'meetingDate'],
      pathText: 'case.meetingDate',
      code: 'invalid_type',
    });
    expect(errors[0]!.message).toEqual({
      fi: 'Väärä tyyppi: odotettiin teksti, saatiin numero.',
      sv: 'Fel typ: förväntat text, fick tal.',
      en: 'Wrong type: expected text, got a number.',
    });
  });

  it('names a wrong type of a whole section', () => {
    const [e] = errorsOf(parseAssessment({ case: 'x' }));
    expect(e).toMatchObject({ path: ['case'], code: 'invalid_type' });
    expect(e!.message.en).toBe('Wrong type: expected an object, got text.');
  });

  it('explains a badly formatted date with the expected format', () => {
    const [e] = errorsOf(parseAssessment({ timing: { opensOn: '17.3.2026' } }));
    expect(e).toMatchObject({ path: ['timing', 'opensOn'], code: 'invalid_format' });
    expect(e!.message.fi).toContain('VVVV-KK-PP');
    expect(e!.message.sv).toContain('ÅÅÅÅ-MM-DD');
    expect(e!.message.en).toContain('YYYY-MM-DD');
    expect(e!.message.en).toContain('"17.3.2026"');
  });

  it('rejects an impossible calendar date', () => {
    expect(errorsOf(parseAssessment({ case: { meetingDate: '2026-02-30' } }))[0]!.path).toEqual([
      'case',
      'meetingDate',
    ]);
  });

  it('names an unknown catalogue id with its index and lists allowed values', () => {
    const errors = errorsOf(parseAssessment({ affected: { groups: ['residents', 'aliens'] } }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      path: ['affected', 'groups', 1],
      pathText: 'affected.groups[1]',
      code: 'invalid_value',
    });
    expect(errors[0]!.message.en).toContain('Unknown value "aliens"');
    expect(errors[0]!.message.en).toContain('residents');
    expect(errors[0]!.message.fi).toContain('Tuntematon arvo "aliens"');
    expect(errors[0]!.message.sv).toContain('Okänt värde "aliens"');
    expectTranslated(errors[0]!);
  });

  it('names every problem, each at its own path', () => {
    const errors = errorsOf(
      parseAssessment({
        case: { language: 'de' },
        methods: [{ method: 'coDesign' }, { method: 'x', status: 'maybe' }],
        consultations: [{ body: 'youthCouncil', requestedOn: 'eilen' }],
      }),
    );
    expect(errors.map((e) => e.pathText).sort()).toEqual(
      ['case.language', 'consultations[0].requestedOn', 'methods[1].method', 'methods[1].status'].sort(),
    );
    errors.forEach(expectTranslated);
  });

  it('says a required value is missing rather than showing "undefined"', () => {
    const [e] = errorsOf(parseAssessment({ methods: [{ what: 'x' }] }));
    expect(e).toMatchObject({ path: ['methods', 0, 'method'], pathText: 'methods[0].method' });
    expect(e!.message.en).toContain('Required value is missing');
    expect(e!.message.fi).toContain('Pakollinen tieto puuttuu');
    expect(e!.message.sv).toContain('Obligatorisk uppgift saknas');
    for (const l of LOCALES) expect(e!.message[l]).not.toContain('undefined');
  });

  it('rejects a long text beyond MAX_TEXT_LENGTH and says how long it is', () => {
    const [e] = errorsOf(parseAssessment({ affected: { text: 'a'.repeat(MAX_TEXT_LENGTH + 1) } }));
    expect(e).toMatchObject({ path: ['affected', 'text'], code: 'too_big' });
    expect(e!.message.en).toBe(
      `Text is too long: ${MAX_TEXT_LENGTH + 1} characters, at most ${MAX_TEXT_LENGTH}. Shorten it or attach long material separately.`,
    );
    expectTranslated(e!);
  });

  it('rejects a short text beyond MAX_SHORT_TEXT_LENGTH', () => {
    const [e] = errorsOf(parseAssessment({ case: { title: 'x'.repeat(MAX_SHORT_TEXT_LENGTH + 1) } }));
    expect(e).toMatchObject({ path: ['case', 'title'], code: 'too_big' });
    expect(e!.message.fi).toContain(`${MAX_SHORT_TEXT_LENGTH + 1} merkkiä, enintään ${MAX_SHORT_TEXT_LENGTH}`);
  });

  it.each(['methods', 'consultations'] as const)('rejects more than MAX_ROWS %s', (key) => {
    const row = key === 'methods' ? { method: 'coDesign' } : { body: 'youthCouncil' };
    expect(parseAssessment({ [key]: Array.from({ length: MAX_ROWS }, () => row) }).ok).toBe(true);
    const [e] = errorsOf(parseAssessment({ [key]: Array.from({ length: MAX_ROWS + 1 }, () => row) }));
    expect(e).toMatchObject({ path: [key], code: 'too_big' });
    expect(e!.message.en).toBe(`Too many items: at most ${MAX_ROWS}.`);
    expectTranslated(e!);
  });

  it('rejects too many exclusions', () => {
    const [e] = errorsOf(
      parseAssessment({ invited: { exclusions: Array.from({ length: MAX_ROWS + 1 }, () => ({})) } }),
    );
    expect(e!.path).toEqual(['invited', 'exclusions']);
  });

  it('parses a 1 MiB text at the limit, also from a JSON string', () => {
    const text = 'ä'.repeat(MAX_TEXT_LENGTH);
    const result = parseAssessment(JSON.stringify({ affected: { text } }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.assessment.affected.text).toHaveLength(MAX_TEXT_LENGTH);
  });
});

describe('parseAssessment: schema versions', () => {
  it('refuses a newer schema version with a clear message that asks to update', () => {
    const errors = errorsOf(parseAssessment({ schemaVersion: SCHEMA_VERSION + 1, case: { title: 'Tulevaisuus' } }));
    expect(errors).toHaveLength(1);
    const [e] = errors;
    expect(e).toMatchObject({ path: ['schemaVersion'], code: 'newer_schema_version' });
    expect(e!.message.en).toContain(`schemaVersion ${SCHEMA_VERSION + 1}`);
    expect(e!.message.en).toContain(`knows ${SCHEMA_VERSION}`);
    expect(e!.message.en).toContain('Update');
    expect(e!.message.fi).toContain('Päivitä');
    expect(e!.message.sv).toContain('Uppdatera');
    for (const l of LOCALES) expect(e!.message[l]).not.toMatch(/lost|menet|förlor/i);
  });

  it('refuses a null schema version at its path', () => {
    const [e] = errorsOf(parseAssessment({ schemaVersion: null }));
    expect(e!.path).toEqual(['schemaVersion']);
    expectTranslated(e!);
  });

  it.each([0, -1, 1.5, '2', 'v2', {}])('refuses the schema version %j', (schemaVersion) => {
    const [e] = errorsOf(parseAssessment({ schemaVersion }));
    expect(e).toMatchObject({ path: ['schemaVersion'], code: 'invalid_schema_version' });
    expectTranslated(e!);
  });

  it('accepts a document without schemaVersion as the current version', () => {
    const result = parseAssessment({ case: { title: 'x' } });
    expect(result).toMatchObject({ ok: true, assessment: { schemaVersion: SCHEMA_VERSION, case: { title: 'x' } } });
    expect(result.ok && result.migratedFrom).toBeUndefined();
  });

  it('migrates a v1 document: answers become question texts, method ids become rows', () => {
    const v1 = {
      schemaVersion: 1,
      case: { title: 'Vanha arvio', meetingDate: '2025-05-05' },
      answers: {
        affected: 'Asukkaat',
        invited: 'Järjestöt',
        influence: 'Aukioloajat',
        timing: 'Toukokuu',
        outcomes: 'Esitys',
        communication: 'Verkko',
        testing: 'Ei',
      },
      affected: { groups: ['residents'] },
      methods: ['opinionSurvey', 'coDesign'],
      noParticipationReason: '',
    };
    const result = parseAssessment(JSON.stringify(v1));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    const a = result.assessment;
    expect(a.schemaVersion).toBe(SCHEMA_VERSION);
    expect(a.case.title).toBe('Vanha arvio');
    expect(a.affected).toMatchObject({ text: 'Asukkaat', groups: ['residents'] });
    expect(a.invited.text).toBe('Järjestöt');
    expect(a.influence.text).toBe('Aukioloajat');
    expect(a.timing.text).toBe('Toukokuu');
    expect(a.outcomes.text).toBe('Esitys');
    expect(a.communication.text).toBe('Verkko');
    expect(a.testing.text).toBe('Ei');
    expect(a.methods.map((m) => [m.method, m.status])).toEqual([
      ['opinionSurvey', 'planned'],
      ['coDesign', 'planned'],
    ]);
    expect(a).toEqual(createAssessment(a));
  });

  it('migrates a v1 no-participation reason into the conclusion', () => {
    const result = parseAssessment({ schemaVersion: 1, noParticipationReason: 'Sisäinen asia.' });
    expect(result.ok && result.assessment.conclusion.noParticipationReason).toBe('Sisäinen asia.');
  });

  it('reports v1 problems at their migrated path', () => {
    const [e] = errorsOf(parseAssessment({ schemaVersion: 1, methods: ['opinionSurvey', 'telepathy'] }));
    expect(e).toMatchObject({ path: ['methods', 1, 'method'], code: 'invalid_value' });
    expect(e!.message.en).toContain('"telepathy"');
  });

  it('does not mutate its input while migrating', () => {
    const v1 = { schemaVersion: 1, answers: { affected: 'x' }, methods: ['coDesign'] };
    const copy = structuredClone(v1);
    parseAssessment(v1);
    expect(v1).toEqual(copy);
  });
});

describe('parseAssessment: valid documents', () => {
  it.each(EXAMPLE_NAMES)('parses example %s and survives a JSON round trip', (name) => {
    const result = parseAssessment(EXAMPLES[name].assessment);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.assessment).toEqual(example(name));
    expect(parseAssessment(JSON.stringify(result.assessment))).toEqual(result);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and has no whitespace', () => {
    const a = createAssessment({ case: { title: 'x' } });
    const json = canonicalJson(a);
    expect(json).not.toMatch(/\n|": /);
    const keys = Object.keys(JSON.parse(json) as object);
    expect(keys).toEqual([...keys].sort());
    expect(json.indexOf('"affected"')).toBeLessThan(json.indexOf('"case"'));
    expect(json).toContain('"decidingBody":{"kind":null,"name":""}');
  });

  it('keeps array order (order of rows is meaningful)', () => {
    const a = example('service-network');
    const reversed = { ...a, methods: [...a.methods].reverse() };
    expect(canonicalJson(reversed)).not.toBe(canonicalJson(a));
  });
});

describe('pathToText', () => {
  it.each([
    [[], ''],
    [['case'], 'case'],
    [['case', 'meetingDate'], 'case.meetingDate'],
    [['methods', 0, 'status'], 'methods[0].status'],
    [['invited', 'exclusions', 12, 'reason'], 'invited.exclusions[12].reason'],
    [['affected', 'groups', 1], 'affected.groups[1]'],
    [[0, 'x'], '[0].x'],
    [['a', 1, 2], 'a[1][2]'],
  ] as const)('%j → %s', (path, text) => {
    expect(pathToText(path)).toBe(text);
  });

  it('writes symbols as text', () => {
    expect(pathToText(['a', Symbol('b')])).toBe('a.Symbol(b)');
  });
});

describe('fields the schema does not know', () => {
  it('are listed as ignored, so that a host or the widget can show what was left out', () => {
    const r = parseAssessment({
      case: { meetingdate: '2027-01-01', title: 'x' },
      extra: 1,
      methods: [{ method: 'coDesign', note: 'n' }],
    });
    expect(r.ok).toBe(true);
    expect(r.ok && r.ignored).toEqual(['case.meetingdate', 'extra', 'methods[0].note']);
  });

  it('are not reported for a complete, known assessment', () => {
    const r = parseAssessment(JSON.stringify(createAssessment({ case: { title: 'x' } })));
    expect(r.ok && r.ignored).toBeUndefined();
  });
});

describe('parseAssessment: the parts version 3 added', () => {
  const checksum = 'a'.repeat(64);

  it('keeps responses, translations, the organiser and the follow-up', () => {
    const input = {
      organiser: { id: 'kymenlaakso', profileVersion: '2026.2' },
      responses: [
        { ruleId: 'money-without-budget-participation', field: 'influence.constraints', reason: 'Ei koske.' },
      ],
      translations: { 'affected.text': { sv: 'Invånarna' }, 'methods.0.what': { en: 'A survey' } },
      followUp: {
        attachedChecksum: checksum,
        decision: { date: '2027-03-15', paragraph: '§ 42', decided: 'Hyväksyttiin.' },
        methods: [{ row: 0, done: 'yes', participants: 212, heard: 'Kulkuyhteydet' }],
        consultations: [{ row: 1, statement: 'Puoltaa.' }],
        reportBack: { publishedOn: '2027-04-01', where: 'kymenhva.fi' },
      },
    };
    const result = parseAssessment(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ignored).toBeUndefined();
    expect(result.assessment).toMatchObject(input);
    expect(result.assessment.responses[0]!.respondedOn).toBeNull();
    expect(result.assessment.followUp.methods[0]).toMatchObject({ done: 'yes', doneOn: null, why: '' });
  });

  it('refuses a second response to the same finding, at its row', () => {
    const row = { ruleId: 'constraints-not-defined', field: 'influence.constraints', reason: 'x' };
    const [e, ...rest] = errorsOf(parseAssessment({ responses: [row, { ...row, reason: 'y' }] }));
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ path: ['responses', 1], code: 'custom' });
    expect(e!.message.en).toBe(
      'The finding (rule constraints-not-defined, field influence.constraints) already has a response: one response per finding.',
    );
    expectTranslated(e!);
  });

  it('names a translation key that is not a field path, quoted in the path text when it has a dot', () => {
    const errors = errorsOf(parseAssessment({ translations: { __proto__x: { fi: 'a' }, 'a.b': { fi: 1 } } }));
    expect(errors.map((e) => e.pathText)).toEqual(['translations.__proto__x', 'translations["a.b"].fi']);
    expect(errors[0]!.message.en).toBe('"__proto__x" is not a field path (for example methods.0.what).');
    for (const e of errors) expectTranslated(e);
  });

  it('bounds the number of translations', () => {
    const many = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`methods.${i}.what`, { fi: 'x' }]));
    const [e] = errorsOf(parseAssessment({ translations: many }));
    expect(e).toMatchObject({ path: ['translations'] });
    expect(e!.message.en).toBe('Too many translations: at most 500.');
  });

  it('says what a checksum must look like', () => {
    const [e] = errorsOf(parseAssessment({ followUp: { attachedChecksum: 'ABC' } }));
    expect(e).toMatchObject({ path: ['followUp', 'attachedChecksum'], code: 'invalid_format' });
    expect(e!.message.en).toContain('64 hexadecimal digits');
  });

  it('refuses a follow-up row that is not a row index', () => {
    const [e] = errorsOf(parseAssessment({ followUp: { methods: [{ row: -1 }] } }));
    expect(e!.pathText).toBe('followUp.methods[0].row');
    expect(e!.message.en).toBe('The number is too small: at least 0.');
    const [big] = errorsOf(parseAssessment({ followUp: { consultations: [{ row: 100 }] } }));
    expect(big!.message.en).toBe('The number is too large: at most 99.');
    const [empty] = errorsOf(parseAssessment({ responses: [{ ruleId: '', field: 'case.title' }] }));
    expect(empty!.message.en).toBe('The value must not be empty.');
  });
});
