import { evaluationJsonSchema, formatLegalReference } from '@osallisuusarvio/core';
import type { Evaluation, Finding, LegalReference, Locale, LocalizedText } from '@osallisuusarvio/core';

/**
 * One problem of an input file, the same shape whatever went wrong: the file could not be read, is not UTF-8,
 * is broken JSON, or does not match the schema. `message` is always in Finnish, Swedish and English.
 */
export interface CheckError {
  /** Where in the JSON, as keys and array indexes; empty for the whole file. */
  readonly path: readonly (string | number)[];
  /** The same path as text: "methods[0].status"; empty for the whole file. */
  readonly pathText: string;
  /** unreadable, not_utf8, invalid_json, or a parse code of core (invalid_value, too_big, …). */
  readonly code: string;
  readonly message: LocalizedText;
  /** Broken JSON only: where the first syntax error is, 1-based. */
  readonly line?: number;
  readonly column?: number;
}

export type CheckedFinding = Omit<Finding, 'legalBasis'> & {
  readonly legalBasis: readonly (LegalReference & { readonly text: LocalizedText })[];
};

/** The report of one file in `check --json`, which prints an array of them (one per file, in order). */
export type CheckReport =
  | {
      readonly file: string;
      readonly status: Evaluation['status'];
      readonly counts: Evaluation['counts'];
      /** Share of all applicable items answered, 0…1. */
      readonly completeness: number;
      /** Findings answered "considered, not followed" (they have `response` and are not in `counts`). */
      readonly answered: number;
      readonly findings: readonly CheckedFinding[];
    }
  | { readonly file: string; readonly status: 'invalid'; readonly errors: readonly CheckError[] };

const inAllLocales = (text: (locale: Locale) => string): LocalizedText => ({
  fi: text('fi'),
  sv: text('sv'),
  en: text('en'),
});

export function evaluatedReport(file: string, result: Evaluation): CheckReport {
  return {
    file,
    status: result.status,
    counts: result.counts,
    completeness: result.completeness.overall,
    answered: result.findings.filter((f) => f.response).length,
    findings: result.findings.map((f) => ({
      ...f,
      legalBasis: f.legalBasis.map((ref) => ({ ...ref, text: inAllLocales((l) => formatLegalReference(ref, l)) })),
    })),
  };
}

/** A file that cannot be read at all; the system's reason is in English in every language. */
export const unreadableError = (reason: string): CheckError => ({
  path: [],
  pathText: '',
  code: 'unreadable',
  message: {
    fi: `Tiedostoa ei voi lukea: ${reason}`,
    sv: `Filen kan inte läsas: ${reason}`,
    en: `The file cannot be read: ${reason}`,
  },
});

export const notUtf8Error: CheckError = {
  path: [],
  pathText: '',
  code: 'not_utf8',
  message: {
    fi: 'Tiedosto ei ole UTF-8-tekstiä. Tallenna JSON UTF-8-muodossa.',
    sv: 'Filen är inte UTF-8-text. Spara JSON-filen som UTF-8.',
    en: 'The file is not UTF-8 text. Save the JSON as UTF-8.',
  },
};

/** Broken JSON; the syntax detail (from the JSON scanner) is in English in every language. */
export const invalidJsonError = (line: number, column: number, detail: string): CheckError => ({
  path: [],
  pathText: '',
  code: 'invalid_json',
  line,
  column,
  message: {
    fi: `Tiedosto ei ole kelvollista JSON-muotoa (rivi ${line}, sarake ${column}): ${detail}`,
    sv: `Filen är inte giltig JSON (rad ${line}, kolumn ${column}): ${detail}`,
    en: `The file is not valid JSON (line ${line}, column ${column}): ${detail}`,
  },
});

type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of `check --json`'s output. The findings and counts are those of core's
 * evaluation schema, so the two cannot part.
 */
export function checkReportJsonSchema(): JsonSchema {
  const evaluation = evaluationJsonSchema() as { properties: Record<string, JsonSchema> };
  const findings = structuredClone(evaluation.properties.findings!) as {
    items: { properties: { legalBasis: { items: { properties: JsonSchema; required: string[] } } } };
  };
  const reference = findings.items.properties.legalBasis.items;
  const localized = structuredClone(
    (evaluation.properties.findings as { items: { properties: { title: JsonSchema } } }).items.properties.title,
  );
  reference.properties.text = { ...localized, description: 'The reference as text, e.g. "611/2021 29 §".' };
  reference.required = [...reference.required, 'text'];
  const error: JsonSchema = {
    type: 'object',
    description: 'One problem of an input file, the same shape for every kind of problem.',
    properties: {
      path: {
        type: 'array',
        items: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
        description: 'Where in the JSON, as keys and array indexes; empty for the whole file.',
      },
      pathText: { type: 'string', description: 'The same path as text: "methods[0].status".' },
      code: {
        type: 'string',
        description:
          'unreadable, not_utf8, invalid_json, not_an_object, invalid_schema_version, newer_schema_version, or a schema code (invalid_type, invalid_value, invalid_format, too_big, …).',
      },
      message: { ...localized, description: 'What is wrong, in Finnish, Swedish and English.' },
      line: { type: 'integer', minimum: 1, description: 'invalid_json only: line of the first syntax error.' },
      column: { type: 'integer', minimum: 1, description: 'invalid_json only: column of the first syntax error.' },
    },
    required: ['path', 'pathText', 'code', 'message'],
  };
  const file = { type: 'string', description: 'The input as given on the command line; "<stdin>" for -.' };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://osallisuusarvio.fi/schema/check-report.json',
    title: 'osallisuusarvio check --json',
    description: 'The output of `osallisuusarvio check --json`: one report per input file, in order, always an array.',
    type: 'array',
    items: {
      oneOf: [
        {
          type: 'object',
          description: 'A file that was read and evaluated.',
          properties: {
            file,
            status: evaluation.properties.status,
            counts: evaluation.properties.counts,
            completeness: {
              type: 'number',
              minimum: 0,
              maximum: 1,
              description: 'Share of all applicable items answered, 0…1.',
            },
            answered: {
              type: 'integer',
              minimum: 0,
              description:
                'Findings answered "considered, not followed": they carry `response` and are left out of `counts` and `status`.',
            },
            findings,
          },
          required: ['file', 'status', 'counts', 'completeness', 'answered', 'findings'],
        },
        {
          type: 'object',
          description: 'A file that could not be read as an assessment.',
          properties: {
            file,
            status: { const: 'invalid' },
            errors: { type: 'array', minItems: 1, items: error },
          },
          required: ['file', 'status', 'errors'],
        },
      ],
    },
  };
}
