import type { z } from 'zod';
import { assessmentSchema, SCHEMA_VERSION } from './schema.js';
import type { Assessment } from './schema.js';
import type { LocalizedText } from './i18n.js';
import { migrate } from './migrate.js';
import { pathToText } from './canonical.js';
import { checkJsonLimits, describeThrown, MAX_ARRAY_LENGTH, MAX_DEPTH, MAX_VALUES, toPlainData } from './plain.js';
import type { PlainProblem } from './plain.js';

/**
 * A JSON text longer than this is refused before it is parsed: 64 Mi characters is far more than any real
 * assessment (each free-text answer is at most 1 MiB), and parsing more would stall the host.
 */
export const MAX_INPUT_LENGTH = 64 * 1_048_576;

export interface ParseError {
  /** Where in the input, as keys and array indexes: ["methods", 0, "status"]. Empty for the whole document. */
  readonly path: readonly (string | number)[];
  /** The same path as text: "methods[0].status". */
  readonly pathText: string;
  readonly code: string;
  readonly message: LocalizedText;
}

export type ParseResult =
  | {
      readonly ok: true;
      readonly assessment: Assessment;
      readonly migratedFrom?: number;
      /**
       * Fields of the input that the schema does not know and that were left out ("meetingdate" for
       * "meetingDate", or a field of a host's own). The widget shows them, so that nothing typed is lost unseen.
       */
      readonly ignored?: readonly string[];
    }
  | { readonly ok: false; readonly errors: readonly ParseError[] };

function error(path: readonly (string | number)[], code: string, message: LocalizedText): ParseError {
  return { path, pathText: pathToText(path), code, message };
}

function typeName(value: unknown): LocalizedText {
  if (value === undefined) return { fi: 'puuttuu', sv: 'saknas', en: 'missing' };
  if (value === null) return { fi: 'tyhjä (null)', sv: 'tomt (null)', en: 'null' };
  if (Array.isArray(value)) return { fi: 'lista', sv: 'lista', en: 'a list' };
  switch (typeof value) {
    case 'string':
      return { fi: 'teksti', sv: 'text', en: 'text' };
    case 'number':
      return { fi: 'numero', sv: 'tal', en: 'a number' };
    case 'boolean':
      return { fi: 'totuusarvo', sv: 'sanningsvärde', en: 'true/false' };
    case 'object':
      return { fi: 'objekti', sv: 'objekt', en: 'an object' };
    case 'bigint':
      return { fi: 'BigInt-kokonaisluku', sv: 'BigInt-heltal', en: 'a BigInt' };
    case 'symbol':
      return { fi: 'symboli', sv: 'symbol', en: 'a symbol' };
    case 'function':
      return { fi: 'funktio', sv: 'funktion', en: 'a function' };
    default:
      return { fi: typeof value, sv: typeof value, en: typeof value };
  }
}

const EXPECTED: Record<string, LocalizedText> = {
  string: { fi: 'teksti', sv: 'text', en: 'text' },
  number: { fi: 'numero', sv: 'tal', en: 'a number' },
  boolean: { fi: 'totuusarvo', sv: 'sanningsvärde', en: 'true/false' },
  array: { fi: 'lista', sv: 'lista', en: 'a list' },
  object: { fi: 'objekti', sv: 'objekt', en: 'an object' },
  null: { fi: 'tyhjä (null)', sv: 'tomt (null)', en: 'null' },
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** A short form of a value for a message; the value is plain data here, but a BigInt or a symbol has no JSON. */
const preview = (value: unknown): string => {
  let s: string;
  if (typeof value === 'string') s = value;
  else if (typeof value === 'bigint') s = `${value}n`;
  else if (typeof value === 'symbol' || typeof value === 'function') s = typeName(value).en;
  else {
    try {
      s = JSON.stringify(value) ?? String(value);
    } catch {
      s = typeName(value).en;
    }
  }
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

function describeProblem(p: PlainProblem): ParseError {
  switch (p.code) {
    case 'unreadable_value': {
      const detail = p.detail ? `: ${p.detail}` : '.';
      return error(p.path, p.code, {
        fi: `Arvoa ei voitu lukea (sen lukeminen aiheutti virheen)${detail}`,
        sv: `Värdet kunde inte läsas (läsningen gav ett fel)${detail}`,
        en: `The value could not be read (reading it threw an error)${detail}`,
      });
    }
    case 'circular_reference':
      return error(p.path, p.code, {
        fi: 'Arvo viittaa itseensä (kehäviittaus). Arvion pitää olla tallennettavissa JSON-muotoon.',
        sv: 'Värdet hänvisar till sig självt (cirkulär referens). Bedömningen ska kunna sparas som JSON.',
        en: 'The value refers to itself (a circular reference). An assessment must be storable as JSON.',
      });
    case 'too_deep':
      return error(p.path, p.code, {
        fi: `Tiedot ovat sisäkkäin liian monella tasolla (yli ${MAX_DEPTH}).`,
        sv: `Uppgifterna är kapslade i för många nivåer (över ${MAX_DEPTH}).`,
        en: `The data is nested too deeply (more than ${MAX_DEPTH} levels).`,
      });
    case 'too_many_items':
      return error(p.path, p.code, {
        fi: `Liian monta kohtaa: ${p.length}, enintään ${MAX_ARRAY_LENGTH}.`,
        sv: `För många poster: ${p.length}, högst ${MAX_ARRAY_LENGTH}.`,
        en: `Too many items: ${p.length}, at most ${MAX_ARRAY_LENGTH}.`,
      });
    case 'too_large':
      return error(p.path, p.code, {
        fi: `Arvio on liian suuri: yli ${MAX_VALUES} arvoa.`,
        sv: `Bedömningen är för stor: över ${MAX_VALUES} värden.`,
        en: `The assessment is too large: more than ${MAX_VALUES} values.`,
      });
  }
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): LocalizedText {
  const actual = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const exp = EXPECTED[issue.expected] ?? { fi: issue.expected, sv: issue.expected, en: issue.expected };
      const got = typeName(actual);
      if (actual === undefined) {
        return {
          fi: `Pakollinen tieto puuttuu (odotettiin: ${exp.fi}).`,
          sv: `Obligatorisk uppgift saknas (förväntat: ${exp.sv}).`,
          en: `Required value is missing (expected ${exp.en}).`,
        };
      }
      return {
        fi: `Väärä tyyppi: odotettiin ${exp.fi}, saatiin ${got.fi}.`,
        sv: `Fel typ: förväntat ${exp.sv}, fick ${got.sv}.`,
        en: `Wrong type: expected ${exp.en}, got ${got.en}.`,
      };
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') {
        const len = typeof actual === 'string' ? actual.length : '?';
        return {
          fi: `Teksti on liian pitkä: ${len} merkkiä, enintään ${max}. Lyhennä tekstiä tai liitä pitkä aineisto erikseen.`,
          sv: `Texten är för lång: ${len} tecken, högst ${max}. Förkorta texten eller bifoga långt material separat.`,
          en: `Text is too long: ${len} characters, at most ${max}. Shorten it or attach long material separately.`,
        };
      }
      if (issue.origin === 'number' || issue.origin === 'int') {
        return {
          fi: `Luku on liian suuri: enintään ${max}.`,
          sv: `Talet är för stort: högst ${max}.`,
          en: `The number is too large: at most ${max}.`,
        };
      }
      return {
        fi: `Liian monta kohtaa: enintään ${max}.`,
        sv: `För många poster: högst ${max}.`,
        en: `Too many items: at most ${max}.`,
      };
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') {
        return {
          fi: 'Tieto ei saa olla tyhjä.',
          sv: 'Uppgiften får inte vara tom.',
          en: 'The value must not be empty.',
        };
      }
      return {
        fi: `Luku on liian pieni: vähintään ${min}.`,
        sv: `Talet är för litet: minst ${min}.`,
        en: `The number is too small: at least ${min}.`,
      };
    }
    case 'invalid_format':
      if (issue.format === 'regex' && issue.path.at(-1) === 'attachedChecksum') {
        return {
          fi: `Tarkistussumma "${preview(actual)}" ei kelpaa: SHA-256 64 heksadesimaalinumerona (0–9, a–f).`,
          sv: `Kontrollsumman "${preview(actual)}" är ogiltig: SHA-256 som 64 hexadecimala siffror (0–9, a–f).`,
          en: `Checksum "${preview(actual)}" is not valid: SHA-256 as 64 hexadecimal digits (0–9, a–f).`,
        };
      }
      if (issue.format === 'regex') return notAFieldPath(actual);
      if (issue.format === 'date') {
        return {
          fi: `Päivämäärä "${preview(actual)}" ei kelpaa: muoto on VVVV-KK-PP, esim. 2026-03-17.`,
          sv: `Datumet "${preview(actual)}" är ogiltigt: formatet är ÅÅÅÅ-MM-DD, t.ex. 2026-03-17.`,
          en: `Date "${preview(actual)}" is not valid: the format is YYYY-MM-DD, e.g. 2026-03-17.`,
        };
      }
      return {
        fi: `Muoto ei kelpaa (${issue.format}).`,
        sv: `Ogiltigt format (${issue.format}).`,
        en: `Invalid format (${issue.format}).`,
      };
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const list = allowed.length > 12 ? `${allowed.slice(0, 12).join(', ')}, …` : allowed.join(', ');
      if (actual === undefined) {
        return {
          fi: `Pakollinen tieto puuttuu. Sallitut arvot: ${list}.`,
          sv: `Obligatorisk uppgift saknas. Tillåtna värden: ${list}.`,
          en: `Required value is missing. Allowed values: ${list}.`,
        };
      }
      return {
        fi: `Tuntematon arvo "${preview(actual)}". Sallitut arvot: ${list}.`,
        sv: `Okänt värde "${preview(actual)}". Tillåtna värden: ${list}.`,
        en: `Unknown value "${preview(actual)}". Allowed values: ${list}.`,
      };
    }
    case 'invalid_key':
      return notAFieldPath(issue.path.at(-1));
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, unknown>;
      if (params.code === 'duplicate_response') {
        const rule = preview(params.ruleId);
        const field = preview(params.field);
        return {
          fi: `Havaintoon (sääntö ${rule}, kenttä ${field}) on jo vastattu: yksi vastaus kuhunkin havaintoon.`,
          sv: `Iakttagelsen (regel ${rule}, fält ${field}) har redan ett svar: ett svar per iakttagelse.`,
          en: `The finding (rule ${rule}, field ${field}) already has a response: one response per finding.`,
        };
      }
      if (params.code === 'too_many_translations') {
        const max = String(params.maximum);
        return {
          fi: `Liian monta käännöstä: enintään ${max}.`,
          sv: `För många översättningar: högst ${max}.`,
          en: `Too many translations: at most ${max}.`,
        };
      }
      return { fi: issue.message, sv: issue.message, en: issue.message };
    }
    default:
      return { fi: issue.message, sv: issue.message, en: issue.message };
  }
}

function notAFieldPath(value: unknown): LocalizedText {
  return {
    fi: `"${preview(value)}" ei ole kentän polku (esimerkiksi methods.0.what).`,
    sv: `"${preview(value)}" är ingen fältsökväg (till exempel methods.0.what).`,
    en: `"${preview(value)}" is not a field path (for example methods.0.what).`,
  };
}

/**
 * Reads an assessment from anything a host or a file may hand over: a JSON string, a parsed object of this or
 * an older schema version. Never throws; on failure every problem is listed with its path.
 */
/** Paths of keys present in the input but not in the parsed output, as text ("case.meetingdate"). */
function ignoredPaths(input: unknown, output: unknown, path: (string | number)[], found: string[]): string[] {
  // One shared path and result array: this runs on every parse, over every value of the input.
  if (input === null || typeof input !== 'object' || output === null || typeof output !== 'object') return found;
  if (Array.isArray(input)) {
    if (!Array.isArray(output)) return found;
    const n = Math.min(input.length, output.length);
    for (let i = 0; i < n; i++) {
      const item = input[i];
      if (item !== null && typeof item === 'object') {
        path.push(i);
        ignoredPaths(item, output[i], path, found);
        path.pop();
      }
    }
    return found;
  }
  const out = output as Record<string, unknown>;
  const record = input as Record<string, unknown>;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    path.push(key);
    if (!Object.hasOwn(out, key)) found.push(pathToText(path));
    else {
      const value = record[key];
      if (value !== null && typeof value === 'object') ignoredPaths(value, out[key], path, found);
    }
    path.pop();
  }
  return found;
}

export function parseAssessment(input: unknown): ParseResult {
  try {
    return parse(input);
  } catch (e) {
    // Nothing above should throw on plain data; if something still does (a stack overflow in a library),
    // the host gets an error result, as promised, rather than an exception.
    const detail = describeThrown(e);
    return {
      ok: false,
      errors: [
        error([], 'internal_error', {
          fi: `Arviota ei voitu lukea: ${detail}`,
          sv: `Bedömningen kunde inte läsas: ${detail}`,
          en: `The assessment could not be read: ${detail}`,
        }),
      ],
    };
  }
}

function parse(input: unknown): ParseResult {
  let data = input;
  if (typeof input === 'string' && input.length > MAX_INPUT_LENGTH) {
    return {
      ok: false,
      errors: [
        error([], 'too_large', {
          fi: `Tiedosto on liian suuri: ${input.length} merkkiä, enintään ${MAX_INPUT_LENGTH}.`,
          sv: `Filen är för stor: ${input.length} tecken, högst ${MAX_INPUT_LENGTH}.`,
          en: `The file is too large: ${input.length} characters, at most ${MAX_INPUT_LENGTH}.`,
        }),
      ],
    };
  }
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return {
        ok: false,
        errors: [
          error([], 'invalid_json', {
            fi: `Tiedosto ei ole kelvollista JSON-muotoa: ${detail}`,
            sv: `Filen är inte giltig JSON: ${detail}`,
            en: `The file is not valid JSON: ${detail}`,
          }),
        ],
      };
    }
  }
  const plain = typeof input === 'string' ? checkJsonLimits(data) : toPlainData(data);
  if (!plain.ok) return { ok: false, errors: plain.problems.map(describeProblem) };
  data = plain.value;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const got = typeName(data);
    return {
      ok: false,
      errors: [
        error([], 'not_an_object', {
          fi: `Osallisuusarvion pitää olla JSON-objekti, saatiin ${got.fi}.`,
          sv: `En delaktighetsbedömning ska vara ett JSON-objekt, fick ${got.sv}.`,
          en: `A participation assessment must be a JSON object, got ${got.en}.`,
        }),
      ],
    };
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion ?? SCHEMA_VERSION;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      errors: [
        error(['schemaVersion'], 'invalid_schema_version', {
          fi: `schemaVersion "${preview(version)}" ei ole tunnettu versio.`,
          sv: `schemaVersion "${preview(version)}" är ingen känd version.`,
          en: `schemaVersion "${preview(version)}" is not a known version.`,
        }),
      ],
    };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [
        error(['schemaVersion'], 'newer_schema_version', {
          fi: `Arvio on tehty uudemmalla ohjelmaversiolla (schemaVersion ${version}, tämä versio tuntee ${SCHEMA_VERSION}). Päivitä osallisuusarvio-työkalu.`,
          sv: `Bedömningen är gjord med en nyare version (schemaVersion ${version}, denna version känner till ${SCHEMA_VERSION}). Uppdatera verktyget.`,
          en: `The assessment was made with a newer version (schemaVersion ${version}; this version knows ${SCHEMA_VERSION}). Update the osallisuusarvio toolkit.`,
        }),
      ],
    };
  }
  const migrated = version < SCHEMA_VERSION ? migrate(data as Record<string, unknown>, version) : data;
  const result = assessmentSchema.safeParse(migrated);
  if (result.success) {
    const ignored = ignoredPaths(migrated, result.data, [], []);
    return {
      ok: true,
      assessment: result.data,
      ...(version < SCHEMA_VERSION ? { migratedFrom: version } : {}),
      ...(ignored.length > 0 ? { ignored } : {}),
    };
  }
  return {
    ok: false,
    errors: result.error.issues.map((issue) =>
      error(
        issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k)),
        issue.code,
        describeIssue(issue, migrated),
      ),
    ),
  };
}

/** The fi/sv/en message of one zod issue; organiser profiles are described the same way. */
export { describeIssue as describeZodIssue };

// Here before they moved to canonical.ts (without zod, for the widget's first paint); kept for importers.
export { canonicalJson, pathToText } from './canonical.js';
