import { randomUUID } from 'node:crypto';
import Fastify, { LogController } from 'fastify';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isLocale } from '@osallisuusarvio/core';
import type { Locale } from '@osallisuusarvio/core';
import { parseJson } from '../json.js';
import { ServicePool, findServiceWorker } from './pool.js';
import { HttpProblem, InternalFailure, acceptedLocale, problemBody } from './problem.js';
import { registerRoutes } from './routes.js';

export interface ServiceOptions {
  /** Render threads. */
  readonly jobs: number;
  /** Largest request body, in bytes. */
  readonly maxBody: number;
  /** Time limit of a render or extract, waiting in the queue included, in milliseconds. */
  readonly timeoutMs: number;
  /** Jobs that may wait for a render thread; more get 503 with Retry-After. */
  readonly maxQueue: number;
  /** Origins allowed to call the service from a browser; none (the default) sends no CORS headers. */
  readonly corsOrigins?: readonly string[];
  /** pino's level, or false for no log. */
  readonly logLevel?: string | false;
  /** Where the JSON log lines go; default stdout. */
  readonly logStream?: { write(line: string): unknown };
  /** Memory limits of each render thread. */
  readonly workerMemoryMb?: number;
}

export interface Service {
  readonly app: FastifyInstance;
  readonly pool: ServicePool;
  /** Refuse new work from now on (GET /readyz says 503); the work in flight finishes. */
  drain(): void;
  /** Stops listening, lets the requests in flight finish, then stops the render threads. */
  close(): Promise<void>;
}

const REQUEST_ID = /^[\w.:@/-]{1,128}$/;

/** The service, not yet listening: `app.listen()` it, or `app.inject()` requests in tests. */
export async function createService(options: ServiceOptions): Promise<Service> {
  const url = findServiceWorker();
  if (!url) throw new Error('the service worker (dist/serve/worker.js) is missing: build the package first');
  const pool = new ServicePool({
    size: options.jobs,
    maxQueue: options.maxQueue,
    timeoutMs: options.timeoutMs,
    url,
    ...(options.workerMemoryMb ? { resourceLimits: { maxOldGenerationSizeMb: options.workerMemoryMb } } : {}),
  });
  let draining = false;
  const timings = new WeakMap<FastifyRequest, { queueMs?: number; workMs?: number; problem?: string }>();

  const app = Fastify({
    bodyLimit: options.maxBody,
    // A gateway's request id is kept (when it looks like one), so one id follows a request through the logs.
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    requestTimeout: 60_000,
    // Fastify's own two lines per request are replaced by one of ours (onResponse below).
    logController: new LogController({ disableRequestLogging: true }),
    logger:
      options.logLevel === false
        ? false
        : { level: options.logLevel ?? 'info', ...(options.logStream ? { stream: options.logStream } : {}) },
  });

  // Only the two body types the service reads; any other gets 415.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, text, done) => {
    const parsed = parseJson(text as string);
    if (parsed.ok) return done(null, parsed.value);
    const { line, column, message } = parsed.error;
    done(
      new HttpProblem('invalid-json', {
        errors: [
          {
            path: [],
            pathText: '',
            code: 'invalid_json',
            line,
            column,
            message: {
              fi: `Pyyntö ei ole kelvollista JSON-muotoa (rivi ${line}, sarake ${column}): ${message}`,
              sv: `Begäran är inte giltig JSON (rad ${line}, kolumn ${column}): ${message}`,
              en: `The request is not valid JSON (line ${line}, column ${column}): ${message}`,
            },
          },
        ],
      }),
    );
  });
  app.addContentTypeParser('application/pdf', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  if (options.corsOrigins && options.corsOrigins.length > 0) {
    const { default: cors } = await import('@fastify/cors');
    await app.register(cors, {
      origin: [...options.corsOrigins],
      methods: ['GET', 'POST'],
      allowedHeaders: ['Content-Type', 'Accept-Language', 'X-Request-Id'],
      exposedHeaders: ['Retry-After', 'X-Request-Id', 'Content-Disposition'],
    });
  }

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (draining && request.method === 'POST') throw new HttpProblem('not-ready', { retryAfter: 5 });
  });

  // While stopping, each response closes its connection: a client's idle keep-alive connection would
  // otherwise hold the shutdown until the keep-alive timeout.
  app.addHook('onSend', async (_request, reply) => {
    if (draining) reply.header('connection', 'close');
  });

  const localeOf = (request: FastifyRequest): Locale => {
    const fromHeader = acceptedLocale(request.headers['accept-language']);
    if (fromHeader) return fromHeader;
    const body = request.body as { locale?: unknown } | undefined;
    return body &&
      typeof body === 'object' &&
      !Buffer.isBuffer(body) &&
      typeof body.locale === 'string' &&
      isLocale(body.locale)
      ? body.locale
      : 'en';
  };
  const send = (request: FastifyRequest, reply: FastifyReply, problem: HttpProblem) => {
    const timing = timings.get(request) ?? {};
    timings.set(request, { ...timing, problem: problem.kind });
    if (problem.options.retryAfter !== undefined) reply.header('retry-after', String(problem.options.retryAfter));
    const path = request.url.split('?')[0]!;
    return reply
      .code(problem.status)
      .type('application/problem+json')
      .send(problemBody(problem, localeOf(request), path, request.id));
  };

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof InternalFailure) {
      request.log.error({ reason: error.reason }, 'internal error');
      return send(request, reply, error);
    }
    if (error instanceof HttpProblem) return send(request, reply, error);
    const onExtract = request.url.startsWith('/v1/extract');
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return send(request, reply, new HttpProblem('body-too-large', { params: { limit: options.maxBody } }));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return send(
          request,
          reply,
          new HttpProblem('unsupported-media-type', {
            params: { expected: onExtract ? 'application/pdf' : 'application/json' },
          }),
        );
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own refusals (a bad Content-Length, say): their messages name no request content.
      request.log.info({ code: error.code }, error.message);
      return send(request, reply, new HttpProblem('invalid-request'));
    }
    // Only the name and the stack: an error message could quote the assessment.
    request.log.error({ error: error.name, stack: error.stack?.split('\n').slice(1).join('\n') }, 'internal error');
    return send(request, reply, new HttpProblem('internal'));
  });
  app.setNotFoundHandler((request, reply) => send(request, reply, new HttpProblem('not-found')));

  // One line per request: id, method, route, status, times. Never a body.
  app.addHook('onResponse', async (request, reply) => {
    const timing = timings.get(request);
    request.log.info(
      {
        method: request.method,
        url: request.routeOptions.url ?? 'unknown',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        ...(timing?.queueMs !== undefined ? { queueMs: Math.round(timing.queueMs * 10) / 10 } : {}),
        ...(timing?.workMs !== undefined ? { workMs: Math.round(timing.workMs * 10) / 10 } : {}),
        ...(timing?.problem ? { problem: timing.problem } : {}),
        bytesIn: Number(request.headers['content-length'] ?? 0),
      },
      'request',
    );
  });

  registerRoutes(app, { pool, timeoutMs: options.timeoutMs, isDraining: () => draining, timings });
  app.addHook('onClose', async () => {
    draining = true;
    await pool.close();
  });

  return {
    app,
    pool,
    drain: () => {
      draining = true;
    },
    close: async () => {
      draining = true;
      await app.close();
    },
  };
}
