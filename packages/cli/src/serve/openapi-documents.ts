import { EXAMPLES } from '@osallisuusarvio/core';
import { MAX_REPORT_ASSESSMENTS } from './schemas.js';

type Json = Record<string, unknown>;

/** The pieces of openapi.ts the two document routes' entries are made of. */
interface Parts {
  readonly problem: (description: string, headers?: Json) => Json;
  readonly BODY_ERRORS: Json;
  readonly POOL_ERRORS: Json;
  readonly COMMON_ERRORS: Json;
  readonly json: (schema: Json) => Json;
  readonly ref: (name: string) => Json;
}

const binary = (type: string) => ({ schema: { type: 'string', contentMediaType: type } });
const text = (example: string) => ({ schema: { type: 'string' }, example });

/** POST /v1/feedback and POST /v1/report, with examples. */
export function documentPaths({ problem, BODY_ERRORS, POOL_ERRORS, COMMON_ERRORS, ref }: Parts): Json {
  const example = EXAMPLES['service-network'];
  const notAcceptable = (offered: string) => ({
    '406': problem(`The Accept header takes none of ${offered}`),
  });
  const badRequest = { '400': problem('Invalid JSON, request fields or assessment; errors lists each path') };
  return {
    '/v1/feedback': {
      post: {
        operationId: 'feedback',
        summary:
          'The notice to participants, "Mitä osallistumisesta seurasi?" (what came of their participation), as HTML or PDF by Accept',
        description:
          "From the assessment's follow-up. text/html (the default): one self-contained page, no scripts; application/pdf: a tagged PDF. The notice's languages follow the organiser profile (bilingual: both national languages, majority first) unless locale is given; with no organiser, the profile the assessment names (organiser.id).",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: ref('FeedbackRequest'),
              examples: {
                bilingual: {
                  summary: 'In both national languages, as the organiser profile says',
                  value: { assessment: example.assessment, organiser: 'pohjanmaa' },
                },
                oneLanguage: { summary: 'In Finnish only', value: { assessment: example.assessment, locale: 'fi' } },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The notice',
            content: {
              'text/html': text('<!DOCTYPE html><html lang="fi">…</html>'),
              'application/pdf': binary('application/pdf'),
            },
          },
          ...badRequest,
          ...notAcceptable('text/html, application/pdf'),
          ...BODY_ERRORS,
          ...POOL_ERRORS,
          ...COMMON_ERRORS,
        },
      },
    },
    '/v1/report': {
      post: {
        operationId: 'report',
        summary: 'Counts across assessments (as osallisuusarvio report), as JSON, CSV, HTML or PDF by Accept',
        description: `The body is a JSON array of assessments (from, to, region, period, locale, table, today, generatedAt then in the query), or an object with "assessments" and those fields (which win over the query). At most ${MAX_REPORT_ASSESSMENTS} assessments. An assessment that cannot be read is listed in the report's "unreadable" (source "assessments[i]") and the others are still counted.`,
        parameters: ['from', 'to', 'region', 'period', 'locale', 'table', 'today', 'generatedAt'].map((name) => ({
          name,
          in: 'query',
          required: false,
          schema: { type: 'string' },
          description: 'As the same field of the body object',
        })),
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: ref('ReportRequest'),
              examples: {
                array: { summary: 'The assessments alone', value: [example.assessment] },
                withFields: {
                  summary: 'With the period and the organiser',
                  value: { assessments: [example.assessment], from: '2026-01-01', to: '2026-12-31', period: 'year' },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The report',
            content: {
              'application/json': { schema: ref('Report') },
              'text/csv': text('scope,period,organiser,decidingBody,assessments,…\r\n'),
              'text/html': text('<!DOCTYPE html><html lang="fi">…</html>'),
              'application/pdf': binary('application/pdf'),
            },
          },
          ...badRequest,
          ...notAcceptable('application/json, text/csv, text/html, application/pdf'),
          '413': problem(
            `The body is larger than the limit (--max-body), or holds more than ${MAX_REPORT_ASSESSMENTS} assessments`,
          ),
          '415': problem('Wrong Content-Type'),
          ...POOL_ERRORS,
          ...COMMON_ERRORS,
        },
      },
    },
  };
}
