import { z } from 'zod';
import {
  LOCALES,
  MAX_SHORT_TEXT_LENGTH,
  PART_IDS,
  SEVERITIES,
  STATUS_TEXTS,
  assessmentSchema,
  organiserProfileInputSchema,
  RULE_KINDS,
  reportSchema,
  REPORT_CSV_TABLES,
  REPORT_PERIODS,
} from '@osallisuusarvio/core';
import type { AssessmentStatus, PartId, ReportCsvTable } from '@osallisuusarvio/core';

// The service's requests and responses, described once: the handlers validate with these schemas, and
// GET /openapi.json is generated from them (z.toJSONSchema), so the document cannot drift from the code.

const nonEmpty = z.string().trim().min(1);
export const localizedTextSchema = z.strictObject({ fi: z.string(), sv: z.string(), en: z.string() });
const REPORT_CSV_TABLE_NAMES = REPORT_CSV_TABLES.map((t) => t.name) as unknown as [ReportCsvTable, ...ReportCsvTable[]];
const STATUSES = Object.keys(STATUS_TEXTS) as [AssessmentStatus, ...AssessmentStatus[]];

/** A host's own organiser profile, as core reads a profile file (fields left out get their kind's defaults). */
// Core's profile schema is zod/mini, which has no .meta(): a copy registered with its description instead.
export const organiserProfileSchema = organiserProfileInputSchema.clone().register(z.globalRegistry, {
  description:
    "The organiser's profile (a welfare region's, a municipality's or a city's): kind, names, languages, bodies, the law that fills each legal role, its own policies.",
});

const organiser = z.union([nonEmpty, organiserProfileSchema]).optional().meta({
  description: 'A built-in profile by id (see GET /v1/regions) or a whole profile of your own. Default: "generic".',
});
const locale = z.enum(LOCALES);
const disabledRules = z
  .array(z.string().max(200))
  .max(200)
  .optional()
  .meta({ description: 'Built-in rule ids to switch off (see docs/rules.md).' });

const evaluateFields = {
  organiser,
  locale: locale
    .optional()
    .meta({ description: 'Language of each legal reference\'s "text" and of problem details. Default: en.' }),
  today: z.iso
    .date()
    .optional()
    .meta({ description: 'The day the date rules count from (YYYY-MM-DD). Default: the current day.' }),
  disabledRules,
};
const renderFields = {
  organiser,
  locale: locale.optional().meta({ description: "Language of the appendix. Default: the assessment's case.language." }),
  generatedAt: z
    .union([z.iso.datetime({ offset: true }), z.int().min(0).max(253_402_300_799_999)])
    .optional()
    .meta({
      description:
        'Generation time printed in the appendix and written in its metadata: an ISO date-time or milliseconds since 1970. Default: now. The same input with the same generatedAt gives the same bytes.',
    }),
  appendixLabel: z
    .string()
    .max(MAX_SHORT_TEXT_LENGTH)
    .optional()
    .meta({ description: 'Overrides case.appendixLabel, e.g. "Liite 3".' }),
  attachJson: z.boolean().optional().meta({
    description:
      "Attach the assessment's JSON (PDF/A-3b; default true). false gives PDF/A-1b, which /v1/extract cannot read.",
  }),
  disabledRules,
};

// The assessment is read by core's parseAssessment (migration from older versions, fi/sv/en messages), so
// the envelope takes it as any value; the documents show it with the assessment's own schema.
export const evaluateRequest = z.strictObject({ assessment: z.unknown(), ...evaluateFields });
export const renderRequest = z.strictObject({ assessment: z.unknown(), ...renderFields });
const evaluateRequestDoc = z.strictObject({ assessment: assessmentSchema, ...evaluateFields });
const renderRequestDoc = z.strictObject({ assessment: assessmentSchema, ...renderFields });

const generatedAt = z
  .union([z.iso.datetime({ offset: true }), z.int().min(0).max(253_402_300_799_999)])
  .optional()
  .meta({ description: 'PDF only: the time written in its metadata, an ISO date-time or milliseconds since 1970.' });
const feedbackFields = {
  organiser,
  locale: z
    .union([locale, z.array(locale).min(1).max(3)])
    .optional()
    .meta({
      description:
        'The notice\'s language, or several in one notice in this order (e.g. ["sv", "fi"]). Default: both national languages, majority first, for a bilingual organiser, else the assessment\'s case.language.',
    }),
  generatedAt,
};
export const feedbackRequest = z.strictObject({ assessment: z.unknown(), ...feedbackFields });
const feedbackRequestDoc = z.strictObject({ assessment: assessmentSchema, ...feedbackFields });

/** Most assessments one POST /v1/report counts: past this, a host runs the `report` command on its files. */
export const MAX_REPORT_ASSESSMENTS = 5000;

const isoDay = z.iso.date();
const reportFields = {
  from: isoDay.optional().meta({ description: 'First meeting date counted (then undated assessments are left out).' }),
  to: isoDay.optional().meta({ description: 'Last meeting date counted.' }),
  region: nonEmpty.optional().meta({ description: 'Only the assessments of this organiser (organiser.id).' }),
  period: z.enum(REPORT_PERIODS).optional().meta({ description: 'How meeting dates are grouped. Default: quarter.' }),
  locale: locale.optional().meta({ description: 'Language of the HTML and PDF. Default: fi.' }),
  table: z
    .enum(REPORT_CSV_TABLE_NAMES)
    .optional()
    .meta({ description: 'CSV: which table (docs/report-csv.md). Default: summary.' }),
  today: isoDay.optional().meta({ description: 'The day the date rules count from. Default: the current day.' }),
  generatedAt,
};
/** A report's body: the assessments alone (the fields then in the query), or with the fields. */
export const reportRequest = z.union([
  z.array(z.unknown()),
  z.strictObject({ assessments: z.array(z.unknown()), ...reportFields }),
]);
export const reportQuery = z.strictObject(reportFields);
const reportRequestDoc = z.union([
  z.array(assessmentSchema),
  z.strictObject({ assessments: z.array(assessmentSchema), ...reportFields }),
]);

const legalReference = z.strictObject({
  id: z.string(),
  statute: z.string(),
  statuteName: localizedTextSchema,
  section: z.string(),
  subsection: z.string().optional(),
  point: z.int().optional(),
  url: z.string(),
  verified: z.boolean(),
  text: z.string().meta({ description: 'The reference as text in the requested locale.' }),
});
const reason = z.strictObject({ ruleId: z.string(), message: localizedTextSchema });
const finding = z.strictObject({
  ruleId: z.string(),
  severity: z.enum(SEVERITIES),
  kind: z.enum(RULE_KINDS).meta({ description: 'legalDuty, goodPractice, advice or consistency.' }),
  title: localizedTextSchema,
  message: localizedTextSchema,
  legalBasis: z.array(legalReference),
  fields: z.array(z.string()).meta({ description: 'Paths of the fields concerned, e.g. "timing.closesOn".' }),
  answers: z.array(z.strictObject({ field: z.string(), value: z.string() })),
  response: z
    .strictObject({ reason: z.string(), respondedOn: z.iso.date().nullable() })
    .optional()
    .meta({ description: 'Answered "considered, not followed": left out of counts and status.' }),
});
const partCompleteness = z.strictObject({
  answered: z.int(),
  total: z.int(),
  ratio: z.number(),
  missing: z.array(z.string()),
});
export const evaluationResponse = z.strictObject({
  status: z.enum(STATUSES),
  statusText: localizedTextSchema,
  counts: z.strictObject(
    Object.fromEntries(SEVERITIES.map((s) => [s, z.int()])) as Record<(typeof SEVERITIES)[number], z.ZodInt>,
  ),
  completeness: z.strictObject({
    parts: z.strictObject(
      Object.fromEntries(PART_IDS.map((p) => [p, partCompleteness])) as Record<PartId, typeof partCompleteness>,
    ),
    overall: z.number().meta({ description: 'Share of applicable items answered, 0…1.' }),
  }),
  findings: z.array(finding),
  recommendedMethods: z.array(z.strictObject({ id: z.string(), reasons: z.array(reason) })),
  recommendedConsultations: z.array(z.strictObject({ id: z.string(), reasons: z.array(reason) })),
  organiser: z.string().meta({ description: 'Id of the organiser profile used.' }),
  today: z.iso.date(),
  migratedFrom: z.int().optional().meta({ description: 'The schemaVersion of the input, when it was migrated.' }),
  ignored: z
    .array(z.string())
    .optional()
    .meta({ description: 'Paths of input fields the schema does not know, left out (e.g. a misspelt key).' }),
});

export const problemError = z
  .object({
    path: z.array(z.union([z.string(), z.int()])),
    pathText: z.string(),
    code: z.string(),
    message: localizedTextSchema,
    line: z.int().optional(),
    column: z.int().optional(),
  })
  .meta({ description: "One problem, as core's parseAssessment reports it: where, a code, and fi/sv/en texts." });
export const problemResponse = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(problemError).optional(),
  })
  .meta({ description: 'RFC 9457 problem details; title and detail in the Accept-Language (fi, sv, en).' });

export const regionsResponse = z.strictObject({ regions: z.array(organiserProfileSchema) });
export const healthResponse = z.strictObject({ status: z.literal('ok') });
export const readyResponse = z.strictObject({
  status: z.literal('ready'),
  workers: z.strictObject({ ready: z.int(), total: z.int(), busy: z.int() }),
  queue: z.strictObject({ length: z.int(), max: z.int() }),
});

/** The named schemas of the OpenAPI document: requests as clients may send them, responses as sent. */
export const REQUEST_SCHEMAS = {
  AssessmentInput: assessmentSchema,
  OrganiserProfileInput: organiserProfileSchema,
  EvaluateRequest: evaluateRequestDoc,
  RenderRequest: renderRequestDoc,
  FeedbackRequest: feedbackRequestDoc,
  ReportRequest: reportRequestDoc,
};
export const RESPONSE_SCHEMAS = {
  Assessment: assessmentSchema,
  OrganiserProfile: organiserProfileSchema,
  Evaluation: evaluationResponse,
  Problem: problemResponse,
  Report: reportSchema(),
  Regions: regionsResponse,
  Health: healthResponse,
  Ready: readyResponse,
};
