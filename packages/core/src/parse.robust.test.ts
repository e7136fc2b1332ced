import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './i18n.js';
import { canonicalJson, MAX_INPUT_LENGTH, parseAssessment, pathToText } from './parse.js';
import type { ParseResult } from './parse.js';
import { MAX_ARRAY_LENGTH, MAX_DEPTH } from './plain.js';
import { assessmentSchema, MAX_TEXT_LENGTH } from './schema.js';

const NUM_RUNS = 300;

/** The result is either an assessment the schema accepts or errors that a user can read, each with its path. */
function expectWellFormed(result: ParseResult) {
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) {
    expect(assessmentSchema.safeParse(result.assessment).success).toBe(true);
    expect(typeof canonicalJson(result.assessment)).toBe('string');
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of result.errors) {
    expect(Array.isArray(e.path)).toBe(true);
    for (const k of e.path) expect(['string', 'number']).toContain(typeof k);
    expect(e.pathText).toBe(pathToText(e.path));
    expect(typeof e.code).toBe('string');
    for (const l of LOCALES) {
      expect(typeof e.message[l]).toBe('string');
      expect(e.message[l].trim().length).toBeGreaterThan(0);
    }
    // Translated, not three copies of the library's English.
    expect(e.message.fi).not.toBe(e.message.en);
  }
}

const boom = () => {
  throw new Error('boom');
};
const TRAPS = ['get', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'has'] as const;

/**
 * fast-check itself reads, clones and prints the values it generates, so a hostile value is generated as a
 * plain recipe and built inside the property, fresh for each run (cycles then stay within one input).
 */
type Recipe =
  | { readonly plain: unknown }
  | { readonly bigint: string }
  | { readonly list: readonly Recipe[] }
  | { readonly object: readonly (readonly [string, Recipe])[] }
  | { readonly throwingTrap: (typeof TRAPS)[number]; readonly inner: Recipe }
  | { readonly shapeShifter: true }
  | { readonly revoked: true }
  | { readonly throwingGetter: string; readonly inner: Recipe }
  | { readonly throwingToJSON: Recipe }
  | { readonly toJSON: Recipe }
  | { readonly cycle: Recipe }
  | { readonly cycleThroughList: Recipe };

function build(r: Recipe): unknown {
  if ('plain' in r) return r.plain;
  if ('bigint' in r) return BigInt(r.bigint);
  if ('list' in r) return r.list.map(build);
  if ('object' in r) {
    const o: Record<string, unknown> = {};
    for (const [k, v] of r.object) Object.defineProperty(o, k, { value: build(v), enumerable: true, writable: true });
    return o;
  }
  if ('throwingTrap' in r) {
    const inner = build(r.inner);
    return new Proxy(typeof inner === 'object' && inner !== null ? inner : { inner }, { [r.throwingTrap]: boom });
  }
  if ('shapeShifter' in r) return new Proxy({}, { get: () => ({ again: 1 }), ownKeys: () => ['title', 'case'] });
  if ('revoked' in r) {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  }
  if ('throwingGetter' in r)
    return Object.defineProperty({ inner: build(r.inner) }, r.throwingGetter, { enumerable: true, get: boom });
  if ('throwingToJSON' in r) return { inner: build(r.throwingToJSON), toJSON: boom };
  if ('toJSON' in r) {
    const inner = build(r.toJSON);
    return { toJSON: () => inner };
  }
  if ('cycle' in r) {
    const o: Record<string, unknown> = { inner: build(r.cycle) };
    o.self = o;
    return o;
  }
  const a: unknown[] = [build(r.cycleThroughList)];
  a.push({ back: a });
  return a;
}

const KEYS = [
  'schemaVersion',
  'case',
  'title',
  'language',
  'meetingDate',
  'answers',
  'methods',
  'method',
  'consultations',
  'translations',
  'responses',
  'followUp',
  'toJSON',
  '__proto__',
  'constructor',
];
const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 }));

/** Hostile wrappers around any recipe. */
const hostile = (inner: fc.Arbitrary<Recipe>): fc.Arbitrary<Recipe> =>
  fc.oneof(
    fc.record({ throwingTrap: fc.constantFrom(...TRAPS), inner }),
    fc.constant({ shapeShifter: true as const }),
    fc.constant({ revoked: true as const }),
    fc.record({ throwingGetter: key, inner }),
    inner.map((r) => ({ throwingToJSON: r })),
    inner.map((r) => ({ toJSON: r })),
    inner.map((r) => ({ cycle: r })),
    inner.map((r) => ({ cycleThroughList: r })),
    fc.bigInt().map((b) => ({ bigint: String(b) })),
  );

const { recipe } = fc.letrec<{ recipe: Recipe }>((tie) => ({
  recipe: fc.oneof(
    { maxDepth: 4, depthIdentifier: 'recipe' },
    fc
      .anything({
        key,
        maxDepth: 2,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withBoxedValues: true,
        withObjectString: true,
        withSparseArray: true,
        withTypedArray: true,
        withUnicodeString: true,
      })
      .map((plain) => ({ plain })),
    fc.array(tie('recipe'), { maxLength: 4, depthIdentifier: 'recipe' }).map((list) => ({ list })),
    fc.array(fc.tuple(key, tie('recipe')), { maxLength: 4, depthIdentifier: 'recipe' }).map((object) => ({ object })),
    hostile(tie('recipe')),
  ),
}));

const entry = (k: string, r: fc.Arbitrary<Recipe>) => r.map((v) => [k, v] as const);
const plain = (values: readonly unknown[]) => fc.constantFrom(...values).map((p): Recipe => ({ plain: p }));

/** Shaped like an assessment of any version, with anything at any field, so migration and the schema run. */
const document: fc.Arbitrary<Recipe> = fc
  .tuple(
    fc.option(entry('schemaVersion', fc.oneof(plain([1, 2, 3, 4, 0, '3', null]), recipe)), { nil: undefined }),
    fc.option(
      entry(
        'case',
        fc.oneof(
          fc
            .tuple(entry('title', recipe), entry('language', recipe), entry('meetingDate', recipe))
            .map((object): Recipe => ({ object })),
          recipe,
        ),
      ),
      { nil: undefined },
    ),
    fc.option(
      entry(
        'answers',
        fc.tuple(entry('affected', recipe)).map((object): Recipe => ({ object })),
      ),
      {
        nil: undefined,
      },
    ),
    fc.option(
      entry(
        'methods',
        fc.oneof(
          fc.array(fc.oneof(plain(['coDesign', 'opinionSurvey']), recipe)).map((list): Recipe => ({ list })),
          recipe,
        ),
      ),
      { nil: undefined },
    ),
    ...['consultations', 'translations', 'responses', 'followUp'].map((k) =>
      fc.option(entry(k, recipe), { nil: undefined }),
    ),
  )
  .map((entries): Recipe => ({ object: entries.filter((e) => e !== undefined) }));

describe('parseAssessment cannot be knocked over', () => {
  it('never throws on any JavaScript value, and answers with an assessment or errors with paths', () => {
    fc.assert(
      fc.property(fc.oneof(recipe, document), (r) => {
        const input = build(r);
        let result: ParseResult | undefined;
        expect(() => {
          result = parseAssessment(input);
        }).not.toThrow();
        expectWellFormed(result!);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never throws on any text either, JSON or not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), document), (r) => {
        const text = typeof r === 'string' ? r : safeStringify(build(r));
        expectWellFormed(parseAssessment(text));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('points at the field that cannot be read', () => {
    fc.assert(
      fc.property(
        hostile(fc.constant({ plain: 1 })),
        fc.constantFrom('title', 'diaryNumber', 'meetingDate'),
        (r, field) => {
          const result = parseAssessment({ case: { [field]: build(r) } });
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expectWellFormed(result);
          for (const e of result.errors) expect(e.path.slice(0, 2)).toEqual(['case', field]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

function safeStringify(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? String(x) : x)) ?? 'null';
  } catch {
    return '{}';
  }
}

describe('parseAssessment: values JSON does not have', () => {
  it('a BigInt is a wrong value at its path, not an exception', () => {
    const result = parseAssessment({ case: { language: 10n } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ path: ['case', 'language'], code: 'invalid_value' });
    expect(result.errors[0]!.message.en).toBe('Unknown value "10n". Allowed values: fi, sv, en.');
    expect(parseAssessment({ case: { title: 10n } })).toMatchObject({
      ok: false,
      errors: [{ path: ['case', 'title'], message: { en: 'Wrong type: expected text, got a BigInt.' } }],
    });
  });

  it('a circular value is named at the place it comes back', () => {
    const a: Record<string, unknown> = { case: { title: 'x' } };
    (a.case as Record<string, unknown>).preparer = { name: 'y', back: a };
    const result = parseAssessment(a);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ path: ['case', 'preparer', 'back'], code: 'circular_reference' }],
    });
    // The same object twice, without a cycle, is fine.
    const shared = { groups: ['residents'] };
    expect(parseAssessment({ affected: shared, invited: shared }).ok).toBe(true);
  });

  it('a getter, a Proxy trap or toJSON that throws is named with its message', () => {
    const result = parseAssessment({
      case: Object.defineProperty({}, 'title', {
        enumerable: true,
        get() {
          throw new Error('ei lupaa');
        },
      }),
      affected: new Proxy({}, { ownKeys: boom }),
      invited: { toJSON: boom },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.pathText, e.code])).toEqual([
      ['case.title', 'unreadable_value'],
      ['affected', 'unreadable_value'],
      ['invited', 'unreadable_value'],
    ]);
    expect(result.errors[0]!.message.fi).toBe('Arvoa ei voitu lukea (sen lukeminen aiheutti virheen): ei lupaa');
  });

  it('a value thrown by a getter that itself throws when read still gives a message', () => {
    const evil = new Proxy({}, { get: boom, getPrototypeOf: boom });
    const result = parseAssessment({
      case: Object.defineProperty({}, 'title', {
        enumerable: true,
        get: () => {
          throw evil;
        },
      }),
    });
    expect(result).toMatchObject({ ok: false, errors: [{ pathText: 'case.title', code: 'unreadable_value' }] });
  });

  it('reads a Date through its toJSON and says the date form it needs', () => {
    const result = parseAssessment({ case: { meetingDate: new Date('2027-03-15T00:00:00Z') } });
    expect(result).toMatchObject({ ok: false, errors: [{ pathText: 'case.meetingDate', code: 'invalid_format' }] });
  });

  it('does not give an object a new prototype through a "__proto__" key', () => {
    const input = JSON.parse('{"case": {"__proto__": {"title": "injected"}}}') as unknown;
    const result = parseAssessment(input);
    expect(result.ok && result.assessment.case.title).toBe('');
    expect(result.ok && result.ignored).toEqual(['case.__proto__']);
  });
});

describe('parseAssessment: huge inputs are refused quickly and clearly', () => {
  it('a list of a million rows', () => {
    const result = parseAssessment({ methods: new Array(1_000_000).fill({}) });
    expect(result).toMatchObject({ ok: false, errors: [{ pathText: 'methods', code: 'too_many_items' }] });
    if (!result.ok) expect(result.errors[0]!.message.en).toBe(`Too many items: 1000000, at most ${MAX_ARRAY_LENGTH}.`);
    // The same from a file: the parsed JSON is held to the same limits before the schema sees it.
    const text = `{"methods": [${'{},'.repeat(MAX_ARRAY_LENGTH)}{}]}`;
    expect(parseAssessment(text)).toMatchObject({
      ok: false,
      errors: [{ pathText: 'methods', code: 'too_many_items' }],
    });
  });

  it('an object of 300,000 keys', () => {
    const big = Object.fromEntries(Array.from({ length: 300_000 }, (_, i) => [`k${i}`, i]));
    expect(parseAssessment({ case: big })).toMatchObject({ ok: false, errors: [{ path: [], code: 'too_large' }] });
  });

  it('nesting without end', () => {
    let deep: unknown = {};
    for (let i = 0; i < 10_000; i++) deep = { x: deep };
    const result = parseAssessment({ extra: deep });
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'too_deep' }] });
    if (!result.ok) expect(result.errors[0]!.path).toHaveLength(MAX_DEPTH);
    const text = `${'{"x":'.repeat(100)}1${'}'.repeat(100)}`;
    expect(parseAssessment(text)).toMatchObject({ ok: false, errors: [{ code: 'too_deep' }] });
    // Nested JSON text deeper than the parser's stack is invalid JSON, not a crash.
    expect(parseAssessment(`${'['.repeat(100_000)}${']'.repeat(100_000)}`).ok).toBe(false);
  });

  it('a text field over the limit, and a file over the input limit', () => {
    const result = parseAssessment({ affected: { text: 'a'.repeat(MAX_TEXT_LENGTH + 1) } });
    expect(result).toMatchObject({ ok: false, errors: [{ pathText: 'affected.text', code: 'too_big' }] });
    const file = parseAssessment(' '.repeat(MAX_INPUT_LENGTH + 1));
    expect(file).toMatchObject({ ok: false, errors: [{ code: 'too_large' }] });
  });
});
