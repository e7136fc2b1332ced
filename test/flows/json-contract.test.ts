import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  EXAMPLES,
  EXAMPLE_NAMES,
  MAX_ROWS,
  MAX_SHORT_TEXT_LENGTH,
  SCHEMA_VERSION,
  evaluate,
  findRegion,
  parseAssessment,
} from '@osallisuusarvio/core';
import { run } from '@osallisuusarvio/cli';

// The JSON contract as a host in another language meets it: the published schemas, read by two validators
// that share no code with zod (ajv, and Python's jsonschema from Debian), against real documents and output.

const schemaFile = (pkg: string, name: string) =>
  JSON.parse(readFileSync(new URL(`../../packages/${pkg}/schema/${name}`, import.meta.url), 'utf8')) as object;
const assessmentSchemas = Object.fromEntries(
  Array.from({ length: SCHEMA_VERSION }, (_, i) => [i + 1, schemaFile('core', `assessment-v${i + 1}.schema.json`)]),
) as Record<number, object>;
const evaluationSchema = schemaFile('core', 'evaluation.schema.json');
const checkReportSchema = schemaFile('cli', 'check-report.schema.json');

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictTuples: false });
addFormats.default(ajv);
const validators = Object.fromEntries(Object.entries(assessmentSchemas).map(([v, s]) => [v, ajv.compile(s)]));
const ajvValid = (version: number, doc: unknown) => validators[version]!(doc) === true;

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
const examples = EXAMPLE_NAMES.map((name) => [name, json(EXAMPLES[name].assessment)] as const);

// Documents of schemaVersion 1, as the Word-template era wrote them.
const V1_DOCUMENTS: unknown[] = [
  {
    schemaVersion: 1,
    case: { title: 'Vanha arvio', meetingDate: '2025-05-05' },
    answers: { affected: 'Asukkaat', invited: 'Järjestöt', timing: 'Toukokuu', testing: 'Ei' },
    affected: { groups: ['residents'] },
    methods: ['opinionSurvey', 'coDesign'],
    noParticipationReason: '',
  },
  { schemaVersion: 1, noParticipationReason: 'Sisäinen asia.' },
  { schemaVersion: 1, answers: { influence: 'Aukioloajat' }, methods: [{ method: 'coDesign', what: 'Työpaja' }] },
];

const long = (n: number) => 'x'.repeat(n + 1);
/** Documents parseAssessment refuses; each must be refused by the schema of its version too. */
const BAD: [string, number, unknown][] = [
  ['a list instead of an object', SCHEMA_VERSION, []],
  ['text instead of an object', SCHEMA_VERSION, 'assessment'],
  ['a newer schemaVersion', SCHEMA_VERSION, { schemaVersion: SCHEMA_VERSION + 1 }],
  ['schemaVersion as text', SCHEMA_VERSION, { schemaVersion: String(SCHEMA_VERSION) }],
  ['a date in Finnish notation', SCHEMA_VERSION, { case: { meetingDate: '14.12.2026' } }],
  ['a date that does not exist', SCHEMA_VERSION, { timing: { closesOn: '2026-02-30' } }],
  ['an unknown method', SCHEMA_VERSION, { methods: [{ method: 'carrierPigeon' }] }],
  ['a method row without its method', SCHEMA_VERSION, { methods: [{ what: 'x' }] }],
  ['an unknown group', SCHEMA_VERSION, { affected: { groups: ['martians'] } }],
  ['an unknown language', SCHEMA_VERSION, { case: { language: 'de' } }],
  ['a number for a text', SCHEMA_VERSION, { case: { title: 42 } }],
  ['a title too long', SCHEMA_VERSION, { case: { title: long(MAX_SHORT_TEXT_LENGTH) } }],
  ['too many rows', SCHEMA_VERSION, { methods: Array.from({ length: MAX_ROWS + 1 }, () => ({ method: 'coDesign' })) }],
  ['an unknown consultation status', SCHEMA_VERSION, { consultations: [{ body: 'youthCouncil', status: 'maybe' }] }],
  ['null for a list', SCHEMA_VERSION, { invited: { groups: null } }],
  ['a v1 document with an unknown method id', 1, { schemaVersion: 1, methods: ['opinionSurvey', 'telepathy'] }],
  ['a v1 document with an answer that is no text', 1, { schemaVersion: 1, answers: { affected: 7 } }],
  ['a v1 document with a bad date', 1, { schemaVersion: 1, case: { meetingDate: 'tomorrow' } }],
];

describe('the published assessment schemas, read by ajv', () => {
  it.each(examples)('accept the example %s', (_name, doc) => {
    expect(ajvValid(SCHEMA_VERSION, doc), ajv.errorsText(validators[SCHEMA_VERSION]!.errors)).toBe(true);
    expect(parseAssessment(doc).ok).toBe(true);
  });

  it('accept every v1 document that parseAssessment migrates', () => {
    for (const doc of V1_DOCUMENTS) {
      expect(parseAssessment(doc)).toMatchObject({ ok: true, migratedFrom: 1 });
      expect(ajvValid(1, doc), ajv.errorsText(validators[1]!.errors)).toBe(true);
    }
  });

  it.each(BAD)('reject what parseAssessment rejects: %s', (_, version, doc) => {
    expect(parseAssessment(doc).ok).toBe(false);
    expect(ajvValid(version, doc)).toBe(false);
  });
});

describe('the evaluation and check --json schemas, read by ajv', () => {
  const validateEvaluation = ajv.compile(evaluationSchema);
  const validateReport = ajv.compile(checkReportSchema);

  it.each(examples)('describe the evaluation of the example %s', (name, doc) => {
    const parsed = parseAssessment(doc);
    if (!parsed.ok) throw new Error(`${name} does not parse`);
    const result = json(
      evaluate(parsed.assessment, { region: findRegion(EXAMPLES[name].region)!, today: '2026-11-23' }),
    );
    expect(validateEvaluation(result), ajv.errorsText(validateEvaluation.errors)).toBe(true);
  });

  it('describe what check --json prints for good, failing and unreadable files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-contract-'));
    try {
      for (const [name, doc] of examples) writeFileSync(join(dir, `${name}.json`), JSON.stringify(doc));
      writeFileSync(join(dir, 'broken.json'), '{"case": }');
      writeFileSync(join(dir, 'wrong.json'), JSON.stringify({ methods: [{ method: 'carrierPigeon' }] }));
      writeFileSync(join(dir, 'latin1.json'), Buffer.from([0x7b, 0xe4, 0x7d]));
      const out: string[] = [];
      await run(['check', '--json', dir, join(dir, 'missing.json')], {
        stdout: { write: (c: string | Uint8Array) => out.push(String(c)) },
        stderr: { write: () => undefined },
        env: { SOURCE_DATE_EPOCH: '1795392000' },
      });
      const reports = JSON.parse(out.join('')) as { status: string }[];
      expect(reports.filter((r) => r.status === 'invalid')).toHaveLength(4);
      expect(validateReport(reports), ajv.errorsText(validateReport.errors)).toBe(true);
      expect(validateReport([{ file: 'x.json', status: 'invalid', errors: [{ code: 'x', message: 'text' }] }])).toBe(
        false,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Debian's python3-jsonschema is a validator written independently of ajv and zod.
const PYTHON = '/usr/bin/python3';
const hasJsonschema =
  existsSync(PYTHON) &&
  (() => {
    try {
      execFileSync(PYTHON, ['-c', 'import jsonschema'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
if (!hasJsonschema && process.env.CI) throw new Error(`${PYTHON} with jsonschema (python3-jsonschema) is needed in CI`);

describe.skipIf(!hasJsonschema)("the published schemas, read by Python's jsonschema", () => {
  const dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-python-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Validates each [schema version, document] with Draft 2020-12 and format checks; true per valid one. */
  function pythonValid(cases: readonly (readonly [number, unknown])[]): boolean[] {
    const input = join(dir, 'cases.json');
    writeFileSync(
      input,
      JSON.stringify({ schemas: assessmentSchemas, cases: cases.map(([v, doc]) => ({ version: v, doc })) }),
    );
    const script = `
import json, sys
from jsonschema import Draft202012Validator
data = json.load(open(sys.argv[1], encoding="utf-8"))
validators = {int(v): Draft202012Validator(s, format_checker=Draft202012Validator.FORMAT_CHECKER)
              for v, s in data["schemas"].items()}
for s in data["schemas"].values():
    Draft202012Validator.check_schema(s)
print(json.dumps([validators[c["version"]].is_valid(c["doc"]) for c in data["cases"]]))
`;
    return JSON.parse(execFileSync(PYTHON, ['-c', script, input], { encoding: 'utf8' })) as boolean[];
  }

  it('accept every example and every v1 document', () => {
    const cases = [
      ...examples.map(([, doc]) => [SCHEMA_VERSION, doc] as const),
      ...V1_DOCUMENTS.map((doc) => [1, doc] as const),
    ];
    expect(pythonValid(cases)).toEqual(cases.map(() => true));
  });

  it('reject every document that parseAssessment rejects', () => {
    const cases = BAD.map(([, v, doc]) => [v, doc] as const);
    expect(pythonValid(cases)).toEqual(cases.map(() => false));
  });
});
