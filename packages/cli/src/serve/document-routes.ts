import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  createReport,
  feedbackHtml,
  parseAssessment,
  reportToCsv,
  reportToHtml,
  todayIso,
} from '@osallisuusarvio/core';
import type { Locale, ReportCsvTable } from '@osallisuusarvio/core';
import { parseReportFilter } from '../commands/report-filter.js';
import { negotiate } from './accept.js';
import type { FeedbackJob } from './documents.js';
import type { PoolResult } from './pool.js';
import { HttpProblem, InternalFailure, acceptedLocale, zodProblems } from './problem.js';
import type { ProblemItem } from './problem.js';
import type { RouteContext } from './routes.js';
import { jsonBody, poolProblem, readEnvelope } from './routes.js';
import { MAX_REPORT_ASSESSMENTS, feedbackRequest, reportQuery, reportRequest } from './schemas.js';

const FEEDBACK_TYPES = ['text/html', 'application/pdf'] as const;
const REPORT_TYPES = ['application/json', 'text/csv', 'text/html', 'application/pdf'] as const;

function accepted<T extends string>(request: FastifyRequest, offered: readonly [T, ...T[]]): T {
  const type = negotiate(request.headers.accept, offered);
  if (type === undefined) throw new HttpProblem('not-acceptable', { params: { offered: offered.join(', ') } });
  return type;
}

const millis = (value: string | number | undefined) =>
  value === undefined ? undefined : typeof value === 'number' ? value : new Date(value).getTime();

/** The notice to participants (POST /v1/feedback) and the report across assessments (POST /v1/report). */
export function registerDocumentRoutes(
  app: FastifyInstance,
  ctx: RouteContext,
  record: (request: FastifyRequest, result: PoolResult) => void,
): void {
  const pdfOf = async (request: FastifyRequest, job: Parameters<RouteContext['pool']['run']>[0]) => {
    const result = await ctx.pool.run(job);
    record(request, result);
    if (result.kind !== 'done') throw poolProblem(result, ctx.timeoutMs);
    const outcome = result.outcome;
    if (!outcome.ok) {
      if ('errors' in outcome) throw new HttpProblem('invalid-assessment', { errors: outcome.errors });
      throw new InternalFailure(outcome.crash);
    }
    if (!('bytes' in outcome)) throw new InternalFailure('the render thread answered with something else');
    return Buffer.from(outcome.bytes.buffer, outcome.bytes.byteOffset, outcome.bytes.byteLength);
  };

  app.post('/v1/feedback', async (request, reply) => {
    // Before the body is read further: a client that takes neither HTML nor PDF gets 406 for any body.
    const type = accepted(request, FEEDBACK_TYPES);
    const { envelope, organiser } = readEnvelope(request, feedbackRequest);
    const locales = envelope.locale === undefined ? undefined : [envelope.locale].flat();
    // No organiser given: the profile the assessment names decides the languages, as on the command line.
    const region = envelope.organiser === undefined ? undefined : organiser;
    if (type === 'application/pdf') {
      const generatedAt = millis(envelope.generatedAt);
      const job: FeedbackJob = {
        assessment: envelope.assessment,
        ...(region ? { region } : {}),
        ...(locales ? { locales } : {}),
        ...(generatedAt !== undefined ? { generatedAt } : {}),
      };
      const pdf = await pdfOf(request, { kind: 'feedback', feedback: job });
      return reply.type(type).header('content-disposition', 'inline; filename="feedback.pdf"').send(pdf);
    }
    const started = performance.now();
    const parsed = parseAssessment(envelope.assessment);
    if (!parsed.ok) throw new HttpProblem('invalid-assessment', { errors: parsed.errors });
    const html = feedbackHtml(parsed.assessment, { ...(locales ? { locales } : {}), ...(region ? { region } : {}) });
    ctx.timings.set(request, { workMs: performance.now() - started });
    return reply.type('text/html; charset=utf-8').send(html);
  });

  app.post('/v1/report', async (request, reply) => {
    const type = accepted(request, REPORT_TYPES);
    const body = jsonBody(request);
    const parsedBody = reportRequest.safeParse(body);
    if (!parsedBody.success)
      throw new HttpProblem('invalid-request', { errors: zodProblems(parsedBody.error, [], body) });
    const query = reportQuery.safeParse(request.query ?? {});
    if (!query.success)
      throw new HttpProblem('invalid-request', { errors: zodProblems(query.error, [], request.query) });
    const { assessments, ...bodyFields } = Array.isArray(parsedBody.data)
      ? { assessments: parsedBody.data }
      : parsedBody.data;
    // A field in the body wins over the same field in the query.
    const fields = { ...query.data, ...bodyFields };
    if (assessments.length > MAX_REPORT_ASSESSMENTS)
      throw new HttpProblem('too-many-assessments', {
        params: { limit: MAX_REPORT_ASSESSMENTS, count: assessments.length },
      });
    const filter = parseReportFilter(fields);
    if (!filter.ok) {
      const item: ProblemItem = {
        path: [filter.field],
        pathText: filter.field,
        code: 'invalid_value',
        message: filter.message,
      };
      throw new HttpProblem('invalid-request', { errors: [item] });
    }
    const started = performance.now();
    const lang: Locale = acceptedLocale(request.headers['accept-language']) ?? fields.locale ?? 'en';
    const report = createReport({ ...filter.filter, today: fields.today ?? todayIso() });
    assessments.forEach((value, i) => {
      const parsed = parseAssessment(value);
      if (parsed.ok) report.add(parsed.assessment);
      else
        report.addUnreadable(
          `assessments[${i}]`,
          parsed.errors.map((e) => `${e.pathText ? `${e.pathText}: ` : ''}${e.message[lang]}`).join('; '),
        );
    });
    const result = report.result();
    ctx.timings.set(request, { workMs: performance.now() - started });
    const locale: Locale = fields.locale ?? 'fi';
    switch (type) {
      case 'application/json':
        return reply.type(type).send(result);
      case 'text/csv':
        return reply
          .type('text/csv; charset=utf-8')
          .send(reportToCsv(result, (fields.table ?? 'summary') as ReportCsvTable));
      case 'text/html':
        return reply.type('text/html; charset=utf-8').send(reportToHtml(result, { locale }));
      case 'application/pdf': {
        const generatedAt = millis(fields.generatedAt) ?? Date.now();
        const pdf = await pdfOf(request, { kind: 'report', report: { report: result, locale, generatedAt } });
        return reply.type(type).header('content-disposition', 'inline; filename="report.pdf"').send(pdf);
      }
    }
  });
}
