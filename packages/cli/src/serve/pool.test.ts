import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServicePool } from './pool.js';
import type { WorkerJob } from './worker.js';

// Small stand-in threads that speak the service worker's protocol, so that crashes and slow jobs can be
// made on purpose; the real worker is exercised by app.test.ts.
let dir: string;
const script = (name: string, body: string) => {
  const path = join(dir, name);
  writeFileSync(path, `import { parentPort } from 'node:worker_threads';\n${body}`);
  return pathToFileURL(path);
};
let echo: URL;
let broken: URL;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-pool-'));
  echo = script(
    'echo.mjs',
    `parentPort.postMessage({ ready: true });
parentPort.on('message', ({ id, job }) => {
  const text = new TextDecoder().decode(job.pdf);
  if (text === 'crash') process.exit(3);
  if (text.startsWith('sleep ')) { const until = Date.now() + Number(text.slice(6)); while (Date.now() < until); }
  parentPort.postMessage({ id, outcome: { ok: true, json: text } });
});`,
  );
  broken = script('broken.mjs', `throw new Error('cannot load');`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const job = (text: string): WorkerJob => ({ kind: 'extract', pdf: new TextEncoder().encode(text) });

describe('the service pool', () => {
  it('answers each job, and a crashed thread is replaced without losing the next job', async () => {
    const pool = new ServicePool({ size: 1, maxQueue: 4, timeoutMs: 5_000, url: echo });
    await pool.whenReady();
    const [crash, after] = await Promise.all([pool.run(job('crash')), pool.run(job('next'))]);
    expect(crash.kind).toBe('crash');
    expect(after).toMatchObject({ kind: 'done', outcome: { ok: true, json: 'next' } });
    await pool.close();
  });

  it('drops a job whose time runs out in the queue, and stops the thread of one that overruns', async () => {
    const pool = new ServicePool({ size: 1, maxQueue: 4, timeoutMs: 300, url: echo });
    await pool.whenReady();
    const [stuck, waiting] = await Promise.all([pool.run(job('sleep 5000')), pool.run(job('quick'))]);
    expect(stuck).toMatchObject({ kind: 'timeout', stage: 'working' });
    expect(waiting).toMatchObject({ kind: 'timeout', stage: 'queued' });
    await pool.whenReady();
    expect(await pool.run(job('again'))).toMatchObject({ kind: 'done', outcome: { json: 'again' } });
    await pool.close();
  });

  it('refuses beyond the queue with a Retry-After, and finishes queued work on close', async () => {
    const pool = new ServicePool({ size: 1, maxQueue: 2, timeoutMs: 5_000, url: echo });
    await pool.whenReady();
    const results = [pool.run(job('sleep 100')), pool.run(job('a')), pool.run(job('b')), pool.run(job('c'))];
    const closed = pool.close();
    expect(await pool.run(job('late'))).toMatchObject({ kind: 'closing' });
    const [first, a, b, c] = await Promise.all(results);
    expect([first?.kind, a?.kind, b?.kind]).toEqual(['done', 'done', 'done']);
    expect(c).toMatchObject({ kind: 'queueFull' });
    expect((c as { retryAfter: number }).retryAfter).toBeGreaterThanOrEqual(1);
    await closed;
  });

  it('with no queue at all, still gives a job to an idle thread', async () => {
    const pool = new ServicePool({ size: 1, maxQueue: 0, timeoutMs: 5_000, url: echo });
    await pool.whenReady();
    const [first, second] = await Promise.all([pool.run(job('sleep 50')), pool.run(job('b'))]);
    expect(first).toMatchObject({ kind: 'done' });
    expect(second).toMatchObject({ kind: 'queueFull' });
    expect(await pool.run(job('c'))).toMatchObject({ kind: 'done', outcome: { json: 'c' } });
    await pool.close();
  });

  it('gives up on threads that cannot start, and says why', async () => {
    const pool = new ServicePool({ size: 1, maxQueue: 4, timeoutMs: 5_000, url: broken });
    const result = await pool.run(job('x'));
    expect(result.kind).toBe('crash');
    expect((result as { reason: string }).reason).toContain('cannot load');
    expect(pool.isReady).toBe(false);
    await pool.close();
  });
});
