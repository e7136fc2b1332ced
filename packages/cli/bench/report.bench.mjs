// The report across decisions at scale: N generated assessments (default 100,000), counted
// 1) by the library, from JSON strings in memory (JSON.parse + parseAssessment + evaluate + counting), and
// 2) by `osallisuusarvio report <dir>` in a fresh process, one file at a time from N files on disk,
// printing assessments/s (by wall time and by CPU time) and memory: the library's heap at checkpoints, and
// the command's peak RSS for N/10 and N files (flat memory: the two should be about the same).
// Usage: node bench/report.bench.mjs [n=100000]   (after `pnpm run build`)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLES, EXAMPLE_NAMES, createAssessment, createReport, parseAssessment } from '@osallisuusarvio/core';

const n = Number(process.argv[2] ?? 100_000);
const bin = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const ORGANISERS = ['kymenlaakso', 'bilingual-example', 'generic', 'helsinki-like', 'pohjanmaa-like'];
const BODIES = [
  { kind: 'regionalCouncil', name: 'Aluevaltuusto' },
  { kind: 'regionalExecutive', name: 'Aluehallitus' },
  { kind: 'committee', name: 'Tulevaisuuslautakunta' },
  { kind: 'officeHolder', name: 'Palvelujohtaja' },
];
const day = (i) => new Date(Date.UTC(2025, 0, 1) + (i % 730) * 86_400_000).toISOString().slice(0, 10);

/** Assessment i: one of the shipped examples, moved to another organiser, body and meeting day. */
function assessment(i) {
  const base = structuredClone(EXAMPLES[EXAMPLE_NAMES[i % EXAMPLE_NAMES.length]].assessment);
  const a = createAssessment(base);
  a.organiser.id = ORGANISERS[i % ORGANISERS.length];
  a.case.decidingBody = BODIES[(i >> 2) % BODIES.length];
  a.case.meetingDate = day(i * 7);
  a.case.title = `${a.case.title} ${i}`;
  if (i % 3 === 0) a.followUp.reportBack.publishedOn = day(i * 7 + 20);
  return JSON.stringify(a);
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(
  `${n.toLocaleString('en')} assessments; load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

// 1) The library, from JSON strings.
const samples = Array.from({ length: 60 }, (_, i) => assessment(i)); // 60 distinct texts, reused
const report = createReport({ period: 'quarter', today: '2026-12-31' });
globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const checkpoints = [];
let cpu = process.cpuUsage();
let t = performance.now();
for (let i = 0; i < n; i++) {
  const parsed = parseAssessment(JSON.parse(samples[i % samples.length]));
  if (!parsed.ok) throw new Error('sample does not validate');
  report.add(parsed.assessment);
  if ((i + 1) % (n / 10) === 0) checkpoints.push(process.memoryUsage().heapUsed - heapBefore);
}
const wall = performance.now() - t;
cpu = process.cpuUsage(cpu);
const cpuMs = (cpu.user + cpu.system) / 1000;
const result = report.result();
if (result.total.assessments !== n) throw new Error('not every assessment was counted');
console.log(
  `library: ${Math.round(n / (wall / 1000)).toLocaleString('en')} assessments/s by wall time, ` +
    `${Math.round(n / (cpuMs / 1000)).toLocaleString('en')}/s by CPU time (${(wall / 1000).toFixed(1)} s wall, ${(cpuMs / 1000).toFixed(1)} s CPU); ` +
    `${result.rows.length} rows; heap growth at each tenth: ${checkpoints.map(mb).join(', ')}` +
    `${globalThis.gc ? '' : ' (run node --expose-gc for a clean baseline)'}`,
);

// 2) The command, from files on disk, in a fresh process (one core: the command reads one file at a time).
const dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-report-bench-'));
try {
  t = performance.now();
  for (const [count, sub] of [
    [n / 10, 'small'],
    [n, 'large'],
  ]) {
    const folder = join(dir, sub);
    for (let i = 0; i < count; i += 1000) {
      const shard = join(folder, String(i / 1000).padStart(4, '0'));
      mkdirSync(shard, { recursive: true });
      for (let j = i; j < Math.min(count, i + 1000); j++)
        writeFileSync(join(shard, `${j}.json`), samples[j % samples.length]);
    }
  }
  console.log(`wrote ${(n + n / 10).toLocaleString('en')} files in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const script = `
    const { run } = await import(${JSON.stringify(bin)});
    const t = performance.now();
    const code = await run(['report', process.argv[1]], { stdout: { write() {} }, stderr: { write() {} }, env: { SOURCE_DATE_EPOCH: '1798675200' } });
    const wall = performance.now() - t;
    const u = process.resourceUsage();
    console.log(JSON.stringify({ code, wall, cpu: (u.userCPUTime + u.systemCPUTime) / 1000, maxRSS: u.maxRSS * 1024 }));`;
  for (const [count, sub] of [
    [n / 10, 'small'],
    [n, 'large'],
  ]) {
    const p = spawnSync(process.execPath, ['--input-type=module', '-e', script, join(dir, sub)], { encoding: 'utf8' });
    if (p.status !== 0) throw new Error(p.stderr);
    const r = JSON.parse(p.stdout.trim().split('\n').pop());
    if (r.code !== 0) throw new Error(`report exited with ${r.code}`);
    console.log(
      `osallisuusarvio report, ${count.toLocaleString('en')} files: ${Math.round(count / (r.wall / 1000)).toLocaleString('en')} assessments/s by wall time, ` +
        `${Math.round(count / (r.cpu / 1000)).toLocaleString('en')}/s by CPU time (process start included); peak RSS ${mb(r.maxRSS)}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
