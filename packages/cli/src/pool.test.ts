import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { EXAMPLES, EXAMPLE_NAMES, GENERIC_REGION } from '@osallisuusarvio/core';
import { RenderPool, findWorker } from './pool.js';
import { renderJob } from './render-job.js';

const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');

beforeAll(() => {
  if (!existsSync(join(PACKAGE, 'dist', 'worker.js')))
    execFileSync('pnpm', ['run', 'build'], { cwd: PACKAGE, stdio: 'ignore' });
});

it('renders in worker threads the same bytes as in the main thread, and reports invalid input', async () => {
  const url = findWorker();
  expect(url).not.toBeNull();
  const pool = new RenderPool(url!, 2);
  try {
    const jobs = EXAMPLE_NAMES.map((name) => ({
      assessment: EXAMPLES[name].assessment,
      region: GENERIC_REGION,
      generatedAt: 1795392000_000,
      attachJson: true,
    }));
    const outcomes = await Promise.all(
      [...jobs, { ...jobs[0]!, assessment: { case: { meetingDate: 'x' } } }].map((job) => pool.render(job)),
    );
    jobs.forEach((job, i) => {
      const here = renderJob(job);
      const there = outcomes[i]!;
      expect(here.ok && there.ok).toBe(true);
      if (here.ok && there.ok) expect(Buffer.from(there.bytes).equals(Buffer.from(here.bytes))).toBe(true);
    });
    const invalid = outcomes[jobs.length]!;
    expect(invalid.ok).toBe(false);
    expect('errors' in invalid && invalid.errors[0]?.pathText).toBe('case.meetingDate');
  } finally {
    await pool.close();
  }
});

it('gives up, answering every job, when its threads cannot start', async () => {
  const { writeFileSync, mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { pathToFileURL } = await import('node:url');
  const dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-pool-'));
  const broken = join(dir, 'broken-worker.mjs');
  writeFileSync(broken, "throw new Error('cannot load');\n");
  const pool = new RenderPool(pathToFileURL(broken), 2);
  try {
    const job = { assessment: EXAMPLES.budget.assessment, region: GENERIC_REGION, generatedAt: 0, attachJson: true };
    const outcomes = await Promise.all([1, 2, 3, 4, 5, 6].map(() => pool.render(job)));
    for (const o of outcomes) expect(!o.ok && 'crash' in o && o.crash).toContain('cannot load');
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
