import * as z from 'zod';
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
  ruleSetVersion:
    'Version of the built-in rules the assessment was made under, e.g. "2026.2"; an older file keeps its own.',
  organiser: 'The organiser profile the assessment was made for.',
  'organiser.id': 'Id of the organiser profile (see `osallisuusarvio regions`), e.g. "kymenlaakso".',
  'organiser.profileVersion': 'Version of that profile when the assessment was made.',
  'case.initiative':
    'Whether the matter comes from an initiative (Laki hyvinvointialueesta 30 §, Kuntalaki 23 §), and how the initiators were heard and told.',
  responses:
    '"Considered, not followed": the official’s answers to good-practice and advice findings, one per rule and field.',
  'responses.*': 'One answer to a finding.',
  'responses.*.ruleId': 'Id of the rule whose finding is answered (see docs/rules.md).',
  'responses.*.field': 'The field the finding points at, as a dotted path: "methods.0.status".',
  'responses.*.reason': 'Why the finding was considered and not followed.',
  'responses.*.respondedOn': 'The day of the answer (ISO date).',
  translations:
    'Translations of free-text answers, keyed by the answer’s field path; the answer itself stays in its field.',
  followUp: 'After the decision: what came of participation. Not part of what was attached to the agenda.',
  'followUp.attachedChecksum': 'SHA-256 (hex) of the canonical JSON of the assessment as attached to the agenda.',
  'followUp.decision': 'The decision itself.',
  'followUp.decision.date': 'The day of the decision (ISO date).',
  'followUp.decision.paragraph': 'The paragraph (pykälä) of the minutes, e.g. "§ 45".',
  'followUp.decision.decided': 'What was decided, in plain words.',
  'followUp.decision.minutesUrl': 'Where the minutes can be read (a web address).',
  'followUp.methods': 'What came of each way to participate.',
  'followUp.methods.*': 'What came of one method; `row` is its index in `methods`.',
  'followUp.methods.*.row': 'Index of the method in `methods`, from 0.',
  'followUp.methods.*.done': 'Whether the method was carried out: yes or no.',
  'followUp.methods.*.doneOn': 'When it was carried out (ISO date).',
  'followUp.methods.*.participants': 'How many took part, when known.',
  'followUp.methods.*.heard': 'What was heard.',
  'followUp.methods.*.changed': 'How it changed the proposal.',
  'followUp.methods.*.notChanged': 'What it did not change.',
  'followUp.methods.*.why': 'Why not.',
  'followUp.consultations': 'What came of each consultation of an influence body.',
  'followUp.consultations.*': 'What came of one consultation; `row` is its index in `consultations`.',
  'followUp.consultations.*.row': 'Index of the consultation in `consultations`, from 0.',
  'followUp.consultations.*.statement': 'The body’s statement or view, in short.',
  'followUp.consultations.*.takenIntoAccount': 'How it was taken into account.',
  'followUp.reportBack': 'How participants were told what came of their views (Laki hyvinvointialueesta 34 § 1 mom.).',
  'followUp.reportBack.publishedOn': 'When it was published (ISO date).',
  'followUp.reportBack.how': 'How participants were told.',
  'followUp.reportBack.where': 'Where it was published (a web address or place).',
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
