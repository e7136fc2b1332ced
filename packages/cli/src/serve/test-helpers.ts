import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';
import { parseAssessment } from '@osallisuusarvio/core';
import { createService } from './app.js';
import type { Service, ServiceOptions } from './app.js';
import { problemResponse } from './schemas.js';

/** packages/cli. */
export const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Builds the package when its output is missing: the service's render threads run dist/serve/worker.js. */
export function ensureBuilt(...files: string[]): void {
  const needed = [join(PACKAGE, 'dist', 'serve', 'worker.js'), ...files];
  if (!needed.every((f) => existsSync(f))) execFileSync('pnpm', ['run', 'build'], { cwd: PACKAGE, stdio: 'ignore' });
}

/**
 * What a test file starts services with: one render thread, small limits, the log in `logs` (or none), and
 * every service closed after the file's tests. Call it at the top of the file (it registers the afterAll).
 */
export function serviceStarter(): (options?: Partial<ServiceOptions>, logs?: string[]) => Promise<Service> {
  const services: Service[] = [];
  afterAll(async () => {
    await Promise.all(services.map((s) => s.close()));
  });
  return async (options = {}, logs) => {
    const service = await createService({
      jobs: 1,
      maxBody: 1024 * 1024,
      timeoutMs: 20_000,
      maxQueue: 8,
      ...(logs ? { logStream: { write: (line: string) => logs.push(line) } } : { logLevel: false }),
      ...options,
    });
    services.push(service);
    await service.pool.whenReady();
    return service;
  };
}

/** An inject() request posting `body` as JSON (a string as it is, for broken JSON). */
export const jsonRequest = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST' as const,
  headers: { 'content-type': 'application/json', ...headers },
  payload: typeof body === 'string' ? body : JSON.stringify(body),
});

/** That a response is the service's problem document (RFC 9457) of this status and type; the document. */
export function expectProblem(
  res: { statusCode: number; headers: Record<string, unknown>; body: string },
  status: number,
  type: string,
) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = problemResponse.parse(JSON.parse(res.body));
  expect(body.status).toBe(status);
  expect(body.type).toBe(`https://osallisuusarvio.fi/problems/${type}`);
  expect(body.requestId).toBe(res.headers['x-request-id']);
  return body;
}

/**
 * The answers made `times` times longer (the short fields, which have a length limit, as they were): an
 * appendix of many pages, which takes far longer than a typical one.
 */
export function longer(value: unknown, times: number): unknown {
  const repeat = (v: unknown): unknown => {
    if (typeof v === 'string') return v.length > 40 ? v.repeat(times) : v;
    if (Array.isArray(v)) return v.map(repeat);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, repeat(x)]));
    return v;
  };
  const long = repeat(value) as Record<string | number, unknown>;
  const parsed = parseAssessment(long);
  for (const e of parsed.ok ? [] : parsed.errors) {
    let from = value as Record<string | number, unknown>;
    let to = long;
    for (const key of e.path.slice(0, -1)) {
      from = from[key] as Record<string | number, unknown>;
      to = to[key] as Record<string | number, unknown>;
    }
    const last = e.path[e.path.length - 1]!;
    to[last] = from[last];
  }
  return long;
}

/**
 * A PDF with a catalog that points, through /AF and a file specification, at an embedded file whose
 * Flate stream is `stream`: the way an appendix holds its JSON, with any content.
 */
export function pdfWithAttachment(stream: Uint8Array): Buffer {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const add = (chunk: Buffer | string) => {
    const b = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    parts.push(b);
    length += b.length;
  };
  add('%PDF-1.7\n');
  const object = (n: number, body: string | Buffer[]) => {
    offsets[n] = length;
    add(`${n} 0 obj\n`);
    if (typeof body === 'string') add(body);
    else for (const b of body) add(b);
    add('\nendobj\n');
  };
  object(1, '<< /Type /Catalog /AF [2 0 R] >>');
  object(2, '<< /Type /Filespec /F (assessment.json) /EF <</F 3 0 R>> /AFRelationship /Data >>');
  object(3, [
    Buffer.from(`<< /Type /EmbeddedFile /Filter /FlateDecode /Length ${stream.length} >>\nstream\n`, 'latin1'),
    Buffer.from(stream),
    Buffer.from('\nendstream', 'latin1'),
  ]);
  const xref = length;
  add(`xref\n0 4\n0000000000 65535 f \n`);
  for (let n = 1; n <= 3; n++) add(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  add(`trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}
