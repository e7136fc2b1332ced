import * as z from 'zod';
import { BODY_IDS, METHOD_IDS } from './schema.js';
import { RULE_KINDS, SEVERITIES } from './rules/types.js';
import { PART_IDS } from './completeness.js';
import type { PartId } from './completeness.js';
import { SCHEMA_BASE_URL } from './json-schema.js';

// The JSON that `evaluate` returns, described for hosts that read it from another language (the CLI's
// `check --json`, a service). The TypeScript types in evaluate.ts stay the source; evaluation-schema.test-d.ts
// fails when the two part, and a test parses real evaluations with it.

const localized = z
  .object({ fi: z.string(), sv: z.string(), en: z.string() })
  .describe('A text in Finnish, Swedish and English.');

const fieldPath = z
  .string()
  .describe('A field of the assessment as a dotted path with array indexes: "methods.0.status".');

export const legalReferenceSchema = z
  .object({
    id: z.string().describe('Stable id of the reference, e.g. "participationMethods".'),
    statute: z.string().describe('Statute number, e.g. "611/2021".'),
    statuteName: localized.describe('Name of the statute.'),
    section: z.string().describe('Section, e.g. "29 §".'),
    subsection: z.string().optional().describe('Subsection (momentti), e.g. "3 mom.", when that precise.'),
    point: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Point (kohta) of the subsection: "29 §:n 2 momentin 5 kohta".'),
    url: z.string().describe('The statute on Finlex.'),
    verified: z.boolean().describe('Whether the reference has been checked against Finlex.'),
  })
  .describe('A legal basis: statute and section.');

export const findingSchema = z
  .object({
    ruleId: z.string().describe('Stable id of the rule (see docs/rules.md); hosts filter findings by it.'),
    severity: z
      .enum(SEVERITIES)
      .describe('error, warning, recommendation, info; whether an error breaks the law is its kind.'),
    kind: z
      .enum(RULE_KINDS)
      .describe(
        'legalDuty: the law requires it; goodPractice: the checklist or the organiser’s own rules; advice; consistency: the data contradicts itself.',
      ),
    title: localized.describe('Short name of the rule.'),
    message: localized.describe('What is wrong or worth knowing, with the assessment’s own values filled in.'),
    legalBasis: z.array(legalReferenceSchema).readonly(),
    fields: z.array(fieldPath).readonly().describe('The fields the finding is about, first the one to fix.'),
    answers: z
      .array(
        z
          .object({ field: fieldPath, value: z.string().describe('The answer, as an id or text.') })
          .describe('An answer that made the rule fire.'),
      )
      .readonly(),
    response: z
      .object({
        reason: z.string().describe('Why the official considered the finding and does not follow it.'),
        respondedOn: z.string().nullable().describe('The day of the answer (ISO date), when recorded.'),
      })
      .optional()
      .describe(
        'Present when the finding (goodPractice or advice only) is answered "considered, not followed" with a reason: it is then left out of counts, status and recommendations.',
      ),
  })
  .describe('One finding of a rule.');

const recommendation = <const T extends readonly [string, ...string[]]>(ids: T) =>
  z.object({
    id: z.enum(ids),
    reasons: z
      .array(z.object({ ruleId: z.string(), message: localized }).describe('A finding that suggests it.'))
      .readonly(),
  });

export const partCompletenessSchema = z
  .object({
    answered: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    ratio: z.number().min(0).max(1).describe('0…1; a part with nothing to answer counts as complete.'),
    missing: z.array(fieldPath).readonly().describe('Fields still to answer, in order.'),
  })
  .describe('How much of one part of the assessment is answered.');

const parts = Object.fromEntries(PART_IDS.map((p) => [p, partCompletenessSchema])) as Record<
  PartId,
  typeof partCompletenessSchema
>;

export const evaluationSchema = z
  .object({
    findings: z.array(findingSchema).readonly().describe('Most severe first, then in the order of the checklist.'),
    counts: z
      .object(
        Object.fromEntries(SEVERITIES.map((s) => [s, z.number().int().nonnegative()])) as Record<
          (typeof SEVERITIES)[number],
          z.ZodNumber
        >,
      )
      .describe('Number of open findings of each severity; answered findings are not counted.'),
    recommendedMethods: z
      .array(recommendation(METHOD_IDS))
      .readonly()
      .describe('Ways to participate that findings suggest and the assessment does not use yet.'),
    recommendedConsultations: z
      .array(recommendation(BODY_IDS))
      .readonly()
      .describe('Influence bodies that findings suggest consulting.'),
    completeness: z.object({
      parts: z.object(parts).describe('Per part of the assessment.'),
      overall: z.number().min(0).max(1).describe('Share of all applicable items answered, 0…1.'),
    }),
    status: z
      .enum(['breaksLegalDuty', 'hasErrors', 'incomplete', 'complete'])
      .describe(
        'breaksLegalDuty: an error of kind legalDuty; hasErrors: other errors, fix before attaching; incomplete: no errors, questions unanswered; complete: all answered, no errors.',
      ),
  })
  .describe('The result of evaluate(): the findings of the rules over one assessment.');

/** The JSON Schema (draft 2020-12) of what `evaluate` returns, as JSON. */
export function evaluationJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(evaluationSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: `${SCHEMA_BASE_URL}evaluation.json`,
    title: 'Osallisuusarvio – evaluation of a participation assessment',
  };
}
