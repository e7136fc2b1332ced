// Wall time of `osallisuusarvio render <dir> -o <out>` for N files with --jobs 1…cores, the median of
// a few runs, in fresh processes (worker start-up included, as a user sees it).
// Usage: node bench/render.bench.mjs [files=30] [runs=3]   (after `pnpm run build`)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLES, EXAMPLE_NAMES } from '@osallisuusarvio/core';

const files = Number(process.argv[2] ?? 30);
const runs = Number(process.argv[3] ?? 3);
const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-bench-'));
const input = join(dir, 'in');
mkdirSync(input);
for (let i = 0; i < files; i++) {
  const name = EXAMPLE_NAMES[i % EXAMPLE_NAMES.length];
  writeFileSync(join(input, `${String(i).padStart(4, '0')}-${name}.json`), JSON.stringify(EXAMPLES[name].assessment));
}
const cores = availableParallelism();
const jobs = [...new Set([1, 2, cores])].filter((j) => j <= Math.max(2, cores));
const times = new Map(jobs.map((j) => [j, []]));
for (let r = 0; r < runs; r++) {
  for (const j of jobs) {
    const out = join(dir, `out-${j}`);
    rmSync(out, { recursive: true, force: true });
    const t = performance.now();
    const p = spawnSync(process.execPath, [bin, 'render', input, '-o', out, '--jobs', String(j)], {
      env: { ...process.env, SOURCE_DATE_EPOCH: '1795392000' },
    });
    if (p.status !== 0) throw new Error(`render failed: ${p.stderr}`);
    times.get(j).push(performance.now() - t);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `${files} files, ${cores} cores, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}, median of ${runs}:`,
);
for (const [j, xs] of times)
  console.log(
    `  --jobs ${j}: ${(median(xs) / 1000).toFixed(2)} s  (runs: ${xs.map((x) => (x / 1000).toFixed(2)).join(', ')})`,
  );
rmSync(dir, { recursive: true, force: true });
