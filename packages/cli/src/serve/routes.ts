import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  STATUS_TEXTS,
  assessmentJsonSchema,
  evaluate,
  formatLegalReference,
  parseAssessment,
  todayIso,
} from '@osallisuusarvio/core';
import type { Locale } from '@osallisuusarvio/core';
import type { RenderOptions } from '@osallisuusarvio/pdf';
import type { RenderJob } from '../render-job.js';
import { openApiDocument } from './openapi.js';
import { builtInOrganisers, resolveOrganiser } from './organiser.js';
import type { Organiser } from './organiser.js';
import type { PoolResult, ServicePool } from './pool.js';
import { HttpProblem, InternalFailure, zodProblems } from './problem.js';
import type { ProblemItem } from './problem.js';
import { evaluateRequest, renderRequest } from './schemas.js';
import type { feedbackRequest } from './schemas.js';
import { registerDocumentRoutes } from './document-routes.js';
import type { z } from 'zod';

/** What the handlers need besides the request; `timings` feeds the access log. */
export interface RouteContext {
  readonly pool: ServicePool;
  readonly timeoutMs: number;
  readonly isDraining: () => boolean;
  readonly timings: WeakMap<FastifyRequest, { queueMs?: number; workMs?: number }>;
}

const JSON_TYPE = 'application/json';
const internal = (reason: string) => new InternalFailure(reason);
const PDF_TYPE = 'application/pdf';

export function jsonBody(request: FastifyRequest): unknown {
  const body = request.body;
  if (body === undefined || Buffer.isBuffer(body))
    throw new HttpProblem('unsupported-media-type', { params: { expected: JSON_TYPE } });
  return body;
}

/** The request envelope, its organiser and its assessment, each checked with path-specific problems. */
export function readEnvelope<S extends typeof evaluateRequest | typeof renderRequest | typeof feedbackRequest>(
  request: FastifyRequest,
  schema: S,
): { envelope: z.output<S>; organiser: Organiser } {
  const body = jsonBody(request);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new HttpProblem('invalid-request', { errors: zodProblems(parsed.error, [], body) });
  const envelope = parsed.data as z.output<S>;
  const missing: ProblemItem[] =
    envelope.assessment === undefined
      ? [
          {
            path: ['assessment'],
            pathText: 'assessment',
            code: 'invalid_type',
            message: {
              fi: 'Pakollinen tieto puuttuu: assessment (osallisuusarvio JSON-objektina).',
              sv: 'Obligatorisk uppgift saknas: assessment (bedömningen som JSON-objekt).',
              en: 'Required value is missing: assessment (the assessment as a JSON object).',
            },
          },
        ]
      : [];
  const organiser = resolveOrganiser(envelope.organiser);
  const errors = [...missing, ...(organiser.ok ? [] : organiser.errors)];
  if (errors.length > 0 || !organiser.ok) throw new HttpProblem('invalid-request', { errors });
  return { envelope, organiser: organiser.organiser };
}

/** A pool result that is not a finished job, as the problem to answer with. */
export function poolProblem(result: Exclude<PoolResult, { kind: 'done' }>, timeoutMs: number): HttpProblem {
  switch (result.kind) {
    case 'queueFull':
      return new HttpProblem('queue-full', { retryAfter: result.retryAfter });
    case 'closing':
      return new HttpProblem('not-ready', { retryAfter: result.retryAfter });
    case 'timeout':
      return new HttpProblem('timeout', { params: { seconds: Math.round(timeoutMs / 100) / 10 } });
    case 'crash':
      return internal(result.reason);
  }
}

export function registerRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const record = (request: FastifyRequest, result: PoolResult) => {
    if ('queueMs' in result)
      ctx.timings.set(request, { queueMs: result.queueMs, ...('workMs' in result ? { workMs: result.workMs } : {}) });
  };

  app.post('/v1/evaluate', async (request, reply: FastifyReply) => {
    const { envelope, organiser } = readEnvelope(request, evaluateRequest);
    const started = performance.now();
    const parsed = parseAssessment(envelope.assessment);
    if (!parsed.ok) throw new HttpProblem('invalid-assessment', { errors: parsed.errors });
    const today = envelope.today ?? todayIso();
    const locale: Locale = envelope.locale ?? 'en';
    const result = evaluate(parsed.assessment, {
      region: organiser,
      today,
      ...(envelope.disabledRules ? { disabledRules: envelope.disabledRules } : {}),
    });
    ctx.timings.set(request, { workMs: performance.now() - started });
    // Spread, not picked field by field: a field core adds reaches the client, and the strict response
    // schema (tested) makes the OpenAPI document follow.
    // The status first, for a reader of the raw JSON; then the rest, spread.
    const { status, ...rest } = result;
    return reply.type(JSON_TYPE).send({
      status,
      statusText: STATUS_TEXTS[status],
      ...rest,
      findings: result.findings.map((f) => ({
        ...f,
        legalBasis: f.legalBasis.map((ref) => ({ ...ref, text: formatLegalReference(ref, locale) })),
      })),
      organiser: organiser.id,
      today,
      ...(parsed.migratedFrom !== undefined ? { migratedFrom: parsed.migratedFrom } : {}),
      ...(parsed.ignored ? { ignored: parsed.ignored } : {}),
    });
  });

  app.post('/v1/render', async (request, reply) => {
    const { envelope, organiser } = readEnvelope(request, renderRequest);
    // The renderer's own options type: a field the renderer renames or drops fails to compile here.
    const options = {
      region: organiser,
      generatedAt: envelope.generatedAt === undefined ? Date.now() : new Date(envelope.generatedAt).getTime(),
      attachJson: envelope.attachJson ?? true,
      ...(envelope.locale ? { locale: envelope.locale } : {}),
      ...(envelope.appendixLabel !== undefined ? { appendixLabel: envelope.appendixLabel } : {}),
      ...(envelope.disabledRules ? { disabledRules: envelope.disabledRules } : {}),
    } satisfies Omit<RenderOptions, 'rules'>;
    const job: RenderJob = { assessment: envelope.assessment, ...options };
    const result = await ctx.pool.run({ kind: 'render', render: job });
    record(request, result);
    if (result.kind !== 'done') throw poolProblem(result, ctx.timeoutMs);
    const outcome = result.outcome;
    if (!outcome.ok) {
      if ('errors' in outcome) throw new HttpProblem('invalid-assessment', { errors: outcome.errors });
      throw internal(outcome.crash);
    }
    if (!('bytes' in outcome)) throw internal('the render thread answered a render job with something else');
    return reply
      .type(PDF_TYPE)
      .send(Buffer.from(outcome.bytes.buffer, outcome.bytes.byteOffset, outcome.bytes.byteLength));
  });

  app.post('/v1/extract', async (request, reply) => {
    const body = request.body;
    if (!Buffer.isBuffer(body)) throw new HttpProblem('unsupported-media-type', { params: { expected: PDF_TYPE } });
    if (body.subarray(0, 5).toString('latin1') !== '%PDF-') {
      throw new HttpProblem('not-a-pdf', {
        errors: [
          {
            path: [],
            pathText: '',
            code: 'notPdf',
            message: {
              fi: 'Tiedosto ei ole PDF-tiedosto.',
              sv: 'Filen är inte en PDF-fil.',
              en: 'The file is not a PDF file.',
            },
          },
        ],
      });
    }
    // A copy, posted to the thread: the body's memory may be shared with other buffers.
    const result = await ctx.pool.run({ kind: 'extract', pdf: new Uint8Array(body) });
    record(request, result);
    if (result.kind !== 'done') throw poolProblem(result, ctx.timeoutMs);
    const outcome = result.outcome;
    if (!outcome.ok) {
      if ('errors' in outcome)
        throw new HttpProblem(outcome.errors.some((e) => e.code === 'notPdf') ? 'not-a-pdf' : 'no-assessment-data', {
          errors: outcome.errors,
        });
      throw internal(outcome.crash);
    }
    if (!('json' in outcome)) throw internal('the render thread answered an extract job with something else');
    return reply.type(JSON_TYPE).send(outcome.json);
  });

  registerDocumentRoutes(app, ctx, record);

  app.get('/v1/regions', async (_request, reply) => reply.type(JSON_TYPE).send({ regions: builtInOrganisers() }));

  const schemaText = JSON.stringify(assessmentJsonSchema());
  app.get('/v1/schema/assessment', async (_request, reply) => reply.type('application/schema+json').send(schemaText));

  const openApiText = JSON.stringify(openApiDocument());
  app.get('/openapi.json', async (_request, reply) => reply.type(JSON_TYPE).send(openApiText));

  app.get('/healthz', async (_request, reply) => reply.type(JSON_TYPE).send({ status: 'ok' }));

  app.get('/readyz', async (_request, reply) => {
    if (ctx.isDraining() || !ctx.pool.isReady) throw new HttpProblem('not-ready', { retryAfter: 5 });
    const s = ctx.pool.stats();
    return reply.type(JSON_TYPE).send({
      status: 'ready',
      workers: { ready: s.ready, total: ctx.pool.size, busy: s.busy },
      queue: { length: s.queued, max: ctx.pool.maxQueue },
    });
  });
}
