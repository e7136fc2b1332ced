import { RULE_KINDS } from '../rules/types.js';
import * as z from 'zod';
import { BODY_IDS, GROUP_IDS, METHOD_IDS } from '../schema.js';
import { DECIDING_BODY_KINDS } from '../catalogues/options.js';
import type { DecidingBodyKind } from '../catalogues/options.js';
import { idsOf } from '../catalogues/types.js';
import { SEVERITIES } from '../rules/types.js';

/** The version of the report's JSON shape; `reportJsonSchema()` describes it. */
export const REPORT_VERSION = 1;

export const REPORT_PERIODS = ['month', 'quarter', 'year'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

/** How an influence body was given its chance to influence (611/2021 32 § sets no form). */
export const INFLUENCE_FORMS = ['statement', 'preparation', 'meeting'] as const;
export type InfluenceForm = (typeof INFLUENCE_FORMS)[number];

/** Participation stayed open this many days (first and last day included); the last bucket is open-ended. */
export const OPEN_DAYS_BUCKETS = [
  { id: '1-6', min: 1, max: 6 },
  { id: '7-13', min: 7, max: 13 },
  { id: '14-29', min: 14, max: 29 },
  { id: '30-59', min: 30, max: 59 },
  { id: '60+', min: 60, max: null },
] as const;

const count = () => z.int().min(0).describe('a count');
const decidingBodyKinds = idsOf(DECIDING_BODY_KINDS) as unknown as [DecidingBodyKind, ...DecidingBodyKind[]];

/**
 * Built on first use: zod schemas are made by function calls, which a bundler cannot drop, and a form that
 * only evaluates assessments should not carry the report's schema.
 */
function buildReportSchema() {
  const reportCountsSchema = z.object({
    assessments: count().describe('assessments counted'),
    fromAppendix: count().describe(
      'of them read from appendix PDFs, which hold what was attached to the agenda and no follow-up',
    ),
    participation: z.object({
      organised: count().describe('a method chosen or an influence body consulted'),
      notOrganised: count().describe('no method and no consultation'),
      notOrganisedWithReason: count().describe(
        'no participation, with a reason written (conclusion.noParticipationReason)',
      ),
    }),
    methods: z
      .array(
        z.object({
          method: z.enum(METHOD_IDS),
          point: z
            .int()
            .min(1)
            .max(6)
            .nullable()
            .describe('point of 611/2021 29 § 2 mom.; null: a method outside the list'),
          assessments: count().describe('assessments using the method at least once'),
          uses: count().describe('rows of the method'),
          done: count().describe('rows marked done'),
        }),
      )
      .describe('every method of the catalogue, in its order'),
    bodies: z
      .array(
        z.object({
          body: z.enum(BODY_IDS),
          chance: count().describe('assessments in which the body was given a chance to influence'),
          statement: count().describe('… by asking for a statement (requested or received)'),
          preparation: count().describe('… by taking part in the preparation'),
          meeting: count().describe('… by being heard at the meeting'),
          inTime: count().describe(
            'chances dated no later than the meeting date less the organiser’s days before the meeting',
          ),
          late: count().describe('chances dated later than that'),
          undated: count().describe('chances without a date to compare, or in an assessment without a meeting date'),
          statementsReceived: count().describe('statements received'),
          notNeeded: count().describe('judged not needed'),
        }),
      )
      .describe('every influence body of the catalogue'),
    statementsReceived: count().describe('statements received from all bodies'),
    reportsBack: z.object({
      promised: count().describe('communication.reportsBack is "yes"'),
      done: count().describe('followUp.reportBack.publishedOn is recorded'),
    }),
    openDays: z.object({
      count: count().describe('assessments with both timing.opensOn and timing.closesOn'),
      min: z.int().nullable(),
      max: z.int().nullable(),
      mean: z.number().nullable().describe('rounded to one decimal'),
      median: z.number().nullable(),
      buckets: z.array(z.object({ bucket: z.enum(['1-6', '7-13', '14-29', '30-59', '60+']), count: count() })),
    }),
    groups: z
      .array(
        z.object({
          group: z.enum(GROUP_IDS),
          affected: count().describe('assessments naming the group as affected'),
          invited: count().describe('assessments inviting the group'),
        }),
      )
      .describe('every group of the catalogue'),
    findings: z
      .array(
        z.object({
          ruleId: z.string(),
          kind: z
            .enum(RULE_KINDS)
            .nullable()
            .describe('legal duty, good practice, advice or consistency; null when unknown'),
          severity: z.enum(SEVERITIES),
          findings: count(),
          assessments: count().describe('assessments with at least one finding of the rule'),
        }),
      )
      .describe('rules that fired, by rule id'),
  });

  const reportRowSchema = reportCountsSchema.extend({
    period: z.string().nullable().describe('"2026", "2026-Q1" or "2026-03" by the meeting date; null: no meeting date'),
    organiser: z.string().nullable().describe('organiser.id of the assessments; null: not recorded'),
    decidingBody: z.object({
      kind: z.enum(decidingBodyKinds).nullable(),
      name: z.string().describe('as written in case.decidingBody.name, trimmed'),
    }),
  });

  return z.object({
    reportVersion: z.literal(REPORT_VERSION),
    today: z.iso.date().describe('the day findings were evaluated for'),
    period: z.enum(REPORT_PERIODS),
    from: z.iso.date().nullable().describe('first meeting date counted'),
    to: z.iso.date().nullable().describe('last meeting date counted'),
    organiser: z.string().nullable().describe('only this organiser, when set'),
    files: z.object({
      read: count().describe('assessments given to the report'),
      unreadable: count(),
      undated: count().describe('left out: no meeting date while --from or --to is set'),
      outsideRange: count().describe('left out: meeting date outside from–to'),
      otherOrganiser: count().describe('left out: another organiser'),
    }),
    total: reportCountsSchema,
    rows: z.array(reportRowSchema).describe('one row per period, organiser and deciding body, sorted'),
    unreadable: z
      .array(z.object({ source: z.string(), message: z.string() }))
      .describe('files that could not be read, and why'),
  });
}

let built: ReturnType<typeof buildReportSchema> | undefined;

/** The zod schema of the report's JSON (what `createReport().result()` returns). */
export function reportSchema(): ReturnType<typeof buildReportSchema> {
  built ??= buildReportSchema();
  return built;
}

export type Report = z.output<ReturnType<typeof reportSchema>>;
export type ReportCounts = Report['total'];
export type ReportRow = Report['rows'][number];

/** The report's JSON Schema (draft 2020-12), for hosts that read the JSON output. */
export function reportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(reportSchema(), { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' });
  return {
    ...schema,
    $id: `https://osallisuusarvio.fi/schema/report-v${REPORT_VERSION}.json`,
    title: 'Osallisuusarvio – report across assessments',
    description:
      'Counts across participation assessments per period (by meeting date), organiser and deciding body: methods by their point in 611/2021 29 § 2 mom., influence bodies, statements, no-participation, reports back, open days, groups and findings.',
  };
}
