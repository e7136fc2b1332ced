import { z } from 'zod';
import { CHECKLIST, SECTIONS } from './catalogues/checklist.js';
import { FIELD_TEXTS } from './catalogues/fields.js';
import type { FieldText } from './catalogues/fields.js';
import type { LocalizedText } from './i18n.js';
import { assessmentSchema, SCHEMA_VERSION } from './schema.js';

type JsonSchema = Record<string, unknown>;

/** Where the published schemas live; `$id`s are names, not necessarily fetchable. */
export const SCHEMA_BASE_URL = 'https://osallisuusarvio.fi/schema/';

/**
 * Words for the parts of the document that are no field the official fills in (versions, groups of fields,
 * table rows). Every field the official sees takes its description from FIELD_TEXTS, a checklist question
 * or a section heading instead, so the JSON Schema and the form say the same.
 */
const CONTRACT_TEXTS: Readonly<Record<string, string>> = {
  schemaVersion:
    'Version of this JSON shape. Older versions are migrated by parseAssessment; a newer one is refused with a message to update the toolkit. See docs/versioning.md.',
  catalogueVersion:
    'Version of the catalogues (groups, methods, bodies, options) the ids were chosen from, e.g. "2026.1".',
  'case.decidingBody': 'Who decides the matter.',
  'case.preparer': 'The official who prepared the matter and this assessment.',
  'invited.exclusions.*': 'One group deliberately left out, and why.',
  'methods.*': 'One way to participate: a method of Laki hyvinvointialueesta 29 § or one of the host’s own.',
  'consultations.*': 'One influence body or language committee and whether it is consulted.',
  guidance: 'Guidance the official has taken into account.',
};

/** The key of a path in the schema: "methods.*.what". */
const keyOf = (path: readonly string[]) => path.join('.');

function textOf(key: string): FieldText | undefined {
  const field = (FIELD_TEXTS as Readonly<Record<string, FieldText>>)[key];
  if (field) return field;
  const question = CHECKLIST.find((q) => q.id === key);
  if (question) return { label: question.question, help: question.help };
  const section = (SECTIONS as Readonly<Record<string, LocalizedText>>)[key];
  return section ? { label: section } : undefined;
}

/** "Meeting or decision date. The day … (fi: Kokous- tai päätöspäivä; sv: Sammanträdes- eller beslutsdag)" */
export function fieldDescription(key: string): string | undefined {
  const text = textOf(key);
  if (text) {
    const sentence = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);
    return `${sentence(text.label.en)}${text.help ? ` ${text.help.en}` : ''} (fi: ${text.label.fi}; sv: ${text.label.sv})`;
  }
  return CONTRACT_TEXTS[key];
}

/**
 * Puts a description on every property and every table row of a JSON Schema made by zod, found by its field
 * path ("case.meetingDate", "methods.*.what"). Driven by paths only, so it follows whatever the zod schema
 * holds; a path without a text is returned, so that a test names it.
 */
export function describeFields(schema: JsonSchema, describe: (key: string) => string | undefined): string[] {
  const missing: string[] = [];
  const visit = (node: unknown, path: string[], isField: boolean) => {
    if (node === null || typeof node !== 'object') return;
    const n = node as JsonSchema;
    if (isField && path.length > 0 && n.description === undefined) {
      const text = describe(keyOf(path));
      if (text === undefined) missing.push(keyOf(path));
      else n.description = text;
    }
    // Nullable and union branches describe the same field: their objects' properties are this path's.
    for (const branch of [...((n.anyOf as unknown[]) ?? []), ...((n.oneOf as unknown[]) ?? [])])
      visit(branch, path, false);
    const properties = n.properties as Record<string, unknown> | undefined;
    if (properties) for (const [key, child] of Object.entries(properties)) visit(child, [...path, key], true);
    const items = n.items as JsonSchema | undefined;
    // A row of a table is described; an item of a list of ids is not a field of its own.
    if (items && typeof items === 'object') visit(items, [...path, '*'], items.type === 'object');
  };
  visit(schema, [], false);
  return missing;
}

function generate(): { schema: JsonSchema; missing: string[] } {
  const schema = z.toJSONSchema(assessmentSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  const missing = describeFields(schema, fieldDescription);
  return {
    schema: {
      ...schema,
      $id: `${SCHEMA_BASE_URL}assessment-v${SCHEMA_VERSION}.json`,
      title: 'Osallisuusarvio – participation assessment',
      description: `Participation assessment of a decision of a Finnish welfare region (Laki hyvinvointialueesta 611/2021 29 §), following the checklist "Kysymyksiä osallisuutta edistävän päätöksenteon tueksi". schemaVersion ${SCHEMA_VERSION}.`,
    },
    missing,
  };
}

/**
 * The assessment's JSON Schema (draft 2020-12) for hosts on .NET, Java and others. It describes what a host
 * may send (`io: 'input'`): fields with defaults may be left out. Every field has a description taken from
 * the form's own labels and help.
 */
export function assessmentJsonSchema(): Record<string, unknown> {
  return generate().schema;
}

/** Field paths of the schema that have no description yet (add them to FIELD_TEXTS). For tests. */
export function undescribedFields(): string[] {
  return generate().missing;
}
