import { availableParallelism } from 'node:os';
import type { ServiceOptions } from '../serve/app.js';

export const SERVE_OPTIONS = {
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  'max-body': { type: 'string' },
  timeout: { type: 'string' },
  queue: { type: 'string' },
  'cors-origin': { type: 'string', multiple: true },
  'log-level': { type: 'string' },
} as const;

const DEFAULTS = { port: 8080, host: '127.0.0.1', maxBodyMb: 4, timeoutS: 10, queuePerJob: 16 };

export const SERVE_HELP = `Usage: osallisuusarvio serve [options]

Runs the HTTP service for case-management systems in any language: POST /v1/evaluate, /v1/render and
/v1/extract, GET /v1/regions, /v1/schema/assessment, /openapi.json, /healthz and /readyz. Errors are
RFC 9457 problem details (application/problem+json) with fi/sv/en messages. One JSON log line per
request on stdout (id, route, status, times; never an assessment's text).

It has no authentication and binds to 127.0.0.1: put it behind your gateway (TLS, access control).
SIGTERM or SIGINT: stops taking work, finishes what is in flight, exits 0.

  -p, --port <n>           TCP port (default ${DEFAULTS.port}; 0 picks a free one)
  --host <address>         address to bind (default ${DEFAULTS.host}; 0.0.0.0 for every interface)
  -j, --jobs <n>           render threads (default: the number of cores, ${availableParallelism()} here)
  --max-body <MiB>         largest request body in MiB (default ${DEFAULTS.maxBodyMb}); larger ones get 413
  --timeout <seconds>      time limit of a render or extract, queue included (default ${DEFAULTS.timeoutS});
                           past it: 504, and the thread doing the work is replaced
  --queue <n>              renders that may wait for a thread (default ${DEFAULTS.queuePerJob} per thread);
                           beyond it: 503 with Retry-After
  --cors-origin <origin>   allow browser calls from this origin (repeatable); default: no CORS headers
  --log-level <level>      fatal, error, warn, info (default), debug, or silent

Example:
  osallisuusarvio serve --port 8080 --jobs 2
  curl -s http://127.0.0.1:8080/readyz
`;

export interface ServeIo {
  readonly stderr: { write(chunk: string): unknown };
}

type Values = Record<string, string | boolean | string[] | undefined>;

function number(values: Values, key: string, min: number, max: number, fallback: number): number {
  const raw = values[key];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(n) || n < min || n > max)
    throw new RangeError(`--${key} must be a number from ${min} to ${max}, not '${String(raw)}'`);
  return n;
}

/** The options of `serve`, checked; a RangeError names the bad one. */
export function serveConfig(values: Values): ServiceOptions & { port: number; host: string } {
  const jobs = number(values, 'jobs', 1, 256, availableParallelism());
  if (!Number.isInteger(jobs)) throw new RangeError(`--jobs must be a whole number, not '${String(values.jobs)}'`);
  const port = number(values, 'port', 0, 65535, DEFAULTS.port);
  if (!Number.isInteger(port)) throw new RangeError(`--port must be a whole number, not '${String(values.port)}'`);
  const level = values['log-level'];
  const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
  if (level !== undefined && (typeof level !== 'string' || !levels.includes(level)))
    throw new RangeError(`--log-level must be one of ${levels.join(', ')}, not '${String(level)}'`);
  return {
    port,
    host: typeof values.host === 'string' && values.host !== '' ? values.host : DEFAULTS.host,
    jobs,
    maxBody: Math.round(number(values, 'max-body', 0.001, 1024, DEFAULTS.maxBodyMb) * 1024 * 1024),
    timeoutMs: Math.round(number(values, 'timeout', 0.01, 3600, DEFAULTS.timeoutS) * 1000),
    maxQueue: Math.floor(number(values, 'queue', 0, 100_000, DEFAULTS.queuePerJob * jobs)),
    corsOrigins: (values['cors-origin'] as string[] | undefined) ?? [],
    logLevel: (level as string | undefined) ?? 'info',
  };
}

/**
 * Runs the service until SIGTERM or SIGINT. Returns 0 after a clean stop, 2 for a bad option, 4 when the
 * address cannot be bound.
 */
export async function serveCommand(io: ServeIo, values: Values, positionals: readonly string[]): Promise<0 | 2 | 4> {
  let config: ReturnType<typeof serveConfig>;
  try {
    if (positionals.length > 0) throw new RangeError(`unexpected argument '${positionals[0]}'`);
    config = serveConfig(values);
  } catch (e) {
    io.stderr.write(`osallisuusarvio: ${(e as Error).message}\nRun 'osallisuusarvio serve --help' for usage.\n`);
    return 2;
  }
  // Loaded here, not at the top: the other commands should not pay for loading Fastify at start-up.
  const { createService } = await import('../serve/app.js');
  const service = await createService(config);
  try {
    await service.app.listen({ port: config.port, host: config.host });
  } catch (e) {
    io.stderr.write(`osallisuusarvio: cannot listen on ${config.host}:${config.port}: ${(e as Error).message}\n`);
    await service.close();
    return 4;
  }
  const address = service.app.server.address();
  const where =
    typeof address === 'object' && address
      ? `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`
      : String(address);
  io.stderr.write(
    `osallisuusarvio: listening on ${where} (${config.jobs} render thread${config.jobs === 1 ? '' : 's'})\n`,
  );

  // The batch commands' signal handlers (cli.ts) exit at once after removing temporary files; a service must
  // instead finish the requests in flight. They are set aside while serving and put back after.
  const signals = ['SIGTERM', 'SIGINT'] as const;
  const saved = signals.map((s) => [s, process.listeners(s)] as const);
  for (const s of signals) process.removeAllListeners(s);
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) {
        io.stderr.write(`osallisuusarvio: ${signal} again, exiting without waiting\n`);
        process.exit(130);
      }
      stopping = true;
      io.stderr.write(`osallisuusarvio: ${signal}: finishing the requests in flight, taking no new ones\n`);
      void service.close().then(resolve);
    };
    for (const s of signals) process.on(s, stop);
  });
  for (const s of signals) process.removeAllListeners(s);
  for (const [s, listeners] of saved) for (const l of listeners) process.on(s, l as never);
  io.stderr.write('osallisuusarvio: stopped\n');
  return 0;
}
