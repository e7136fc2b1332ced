import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '@osallisuusarvio/core';
import { run } from '../run.js';
import { PACKAGE, ensureBuilt, longer } from './test-helpers.js';

const ROOT = join(PACKAGE, '..', '..');
const BIN = join(PACKAGE, 'dist', 'cli.js');
const example = EXAMPLES['service-network'].assessment;

let dir: string;
beforeAll(() => {
  ensureBuilt(BIN);
  dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-serve-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Running {
  readonly child: ChildProcessWithoutNullStreams;
  readonly base: string;
  readonly stderr: () => string;
  readonly exited: Promise<number | null>;
}

/** `osallisuusarvio serve` in a process of its own, on a free loopback port. */
async function serve(args: string[] = []): Promise<Running> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--jobs', '1', ...args], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listen line: ${stderr}`)), 30_000);
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      const m = /listening on (http:\/\/\S+)/.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
  // Ready once the render thread has warmed up.
  for (let i = 0; i < 300; i++) {
    const res = await fetch(`${base}/readyz`).catch(() => null);
    if (res?.status === 200) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, base, stderr: () => stderr, exited };
}

const post = (base: string, path: string, body: unknown) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('osallisuusarvio serve', () => {
  it('binds to the loopback address unless told otherwise', async () => {
    const s = await serve();
    try {
      expect(s.base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${s.base}/healthz`);
      expect(await res.json()).toEqual({ status: 'ok' });
    } finally {
      s.child.kill('SIGTERM');
      expect(await s.exited).toBe(0);
    }
  });

  it('on SIGTERM finishes the renders in flight, takes no new work and exits 0', async () => {
    const s = await serve();
    const body = { assessment: longer(example, 50), generatedAt: '2026-11-23T08:00:00Z' };
    const inFlight = [1, 2, 3].map(() => post(s.base, '/v1/render', body));
    // Wait until the service holds all three: one rendering, two queued.
    for (let i = 0; i < 200; i++) {
      const ready = (await (await fetch(`${s.base}/readyz`)).json()) as {
        workers: { busy: number };
        queue: { length: number };
      };
      if (ready.workers.busy + ready.queue.length === 3) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    s.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 50));
    const late = await post(s.base, '/v1/evaluate', { assessment: example }).then(
      (r) => r.status,
      () => 'refused',
    );
    expect([503, 'refused']).toContain(late);
    const responses = await Promise.all(inFlight);
    for (const res of responses) {
      expect(res.status).toBe(200);
      expect(
        Buffer.from(await res.arrayBuffer())
          .subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-');
    }
    expect(await s.exited).toBe(0);
    expect(s.stderr()).toContain('SIGTERM: finishing the requests in flight');
    expect(s.stderr()).toContain('stopped');
  });

  it('reports a bad option as a usage error', async () => {
    const err: string[] = [];
    const status = await run(['serve', '--port', 'eighty'], { stderr: { write: (s: string) => err.push(s) } });
    expect(status).toBe(2);
    expect(err.join('')).toContain("--port must be a number from 0 to 65535, not 'eighty'");
    expect(await run(['serve', '--jobs', '0'], { stderr: { write: () => undefined } })).toBe(2);
  });

  it('cannot listen on an address in use: exit 4', async () => {
    const s = await serve();
    try {
      const port = new URL(s.base).port;
      const second = spawnSync(process.execPath, [BIN, 'serve', '--port', port, '--jobs', '1'], {
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(second.status).toBe(4);
      expect(second.stderr).toContain('cannot listen');
    } finally {
      s.child.kill('SIGTERM');
      await s.exited;
    }
  });
});

// CI sets CI=1: there a missing JDK fails the test instead of skipping it (the bootstrap installs one).
const hasJavac = spawnSync('javac', ['-version']).status === 0;
describe.skipIf(!hasJavac && !process.env.CI)('the Java 17 client in examples/java', () => {
  it('compiles with javac and evaluates, renders, extracts, reads a problem, gets the notice and a report against a started service', async () => {
    const source = join(ROOT, 'examples', 'java', 'OsallisuusarvioClient.java');
    const classes = join(dir, 'classes');
    const javac = spawnSync('javac', ['--release', '17', '-d', classes, source], { encoding: 'utf8' });
    expect(javac.stderr).toBe('');
    expect(javac.status).toBe(0);
    const s = await serve();
    try {
      const input = join(dir, 'assessment.json');
      const pdf = join(dir, 'appendix.pdf');
      writeFileSync(input, JSON.stringify(example));
      const java = spawn('java', ['-cp', classes, 'OsallisuusarvioClient', s.base, input, pdf], { stdio: 'pipe' });
      let out = '';
      let err = '';
      java.stdout.on('data', (c: Buffer) => {
        out += c.toString('utf8');
      });
      java.stderr.on('data', (c: Buffer) => {
        err += c.toString('utf8');
      });
      const code = await new Promise<number | null>((resolve) => java.on('exit', resolve));
      expect(err).toBe('');
      expect(code).toBe(0);
      const lines = out.trim().split('\n');
      expect(lines[0]).toBe('readyz: 200');
      expect(lines[1]).toMatch(/^evaluate: 200 status=(hasErrors|incomplete|complete) errors=\d+$/);
      expect(lines[2]).toMatch(/^render: 200 application\/pdf \d+ bytes$/);
      expect(lines[3]).toBe(`extract: 200 diaryNumber=${example.case?.diaryNumber}`);
      expect(lines[4]).toMatch(/^problem: 400 application\/problem\+json path=case\.meetingDate detail=Datumet /);
      expect(lines[5]).toBe('feedback: 200 text/html lang=fi');
      expect(lines[6]).toBe('report: 200 assessments=2');
      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      s.child.kill('SIGTERM');
      await s.exited;
    }
  });
});
