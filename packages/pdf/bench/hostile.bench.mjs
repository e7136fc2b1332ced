// Time and peak memory of reading each hostile file (bench/hostile-files.mjs), each in a process of its own
// so that one file's memory does not hide in another's. Aim: under a second and 200 MB each.
// Run after `pnpm build`: node bench/hostile.bench.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const READER = new URL('../dist/read.js', import.meta.url);

if (process.argv[2] === '--child') {
  const { readAppendix, readAppendixAsync } = await import(READER);
  const bytes = new Uint8Array(readFileSync(process.argv[3]));
  const async = process.argv[4] === 'async';
  // Warm the code on a file without data, so that the figure is the file's work, not the loading.
  readAppendix(new TextEncoder().encode('%PDF-1.7\n'));
  const before = process.memoryUsage().rss;
  const cpuStart = process.cpuUsage();
  // The longest the event loop waits for its turn while the asynchronous reader works: what a page would
  // feel as a pause.
  let longest = 0;
  let last = performance.now();
  let ticking = async;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (ticking) setImmediate(tick);
  };
  if (async) setImmediate(tick);
  const start = performance.now();
  const r = async ? await readAppendixAsync(bytes) : readAppendix(bytes);
  const ms = performance.now() - start;
  ticking = false;
  // The last slice (or the only one) ends with the read.
  longest = Math.max(longest, performance.now() - last);
  const cpu = process.cpuUsage(cpuStart);
  // VmHWM is this process's own peak; maxRSS would include the parent's memory at fork time (Linux keeps it
  // across exec). Other systems have only maxRSS.
  const hwm = (() => {
    try {
      return /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    } catch {
      return undefined;
    }
  })();
  const peak = (hwm ? Number(hwm) : process.resourceUsage().maxRSS) * 1024;
  const e = r.ok ? { code: 'ok' } : r.errors[0];
  process.stdout.write(
    JSON.stringify({
      ms,
      longest: async ? longest : ms,
      cpu: (cpu.user + cpu.system) / 1000,
      peak,
      before,
      code: e.code,
      limit: e.limit ?? '',
    }),
  );
  process.exit(0);
}

const { hostileFiles } = await import('./hostile-files.mjs');
const dir = mkdtempSync(join(tmpdir(), 'oa-hostile-'));
const files = hostileFiles();
const MB = 1e6;
const rows = [];
try {
  for (const [i, f] of files.entries()) {
    const path = join(dir, `${i}.pdf`);
    writeFileSync(path, f.bytes);
    for (const mode of ['sync', 'async']) {
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', path, mode], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      const r = JSON.parse(out);
      const expected = r.code === f.code && r.limit === (f.limit ?? '');
      rows.push({ name: f.name, size: f.bytes.length, mode, ...r, expected });
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(
  `Reading hostile files (Node ${process.version}, load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores); time = wall clock, pause = the longest the event loop waited (async: between slices; sync: all of it), cpu = user + system; peak = the process's peak RSS (VmHWM), Node itself included, +file = above the RSS before the read`,
);
console.log(
  `${pad('file', 42)} ${lpad('bytes', 10)} ${pad('mode', 5)} ${lpad('time', 9)} ${lpad('pause', 9)} ${lpad('cpu', 9)} ${lpad('peak', 8)} ${lpad('+file', 8)}  stopped by`,
);
for (const r of rows)
  console.log(
    `${pad(r.name, 42)} ${lpad(r.size, 10)} ${pad(r.mode, 5)} ${lpad(`${r.ms.toFixed(1)} ms`, 9)} ${lpad(`${r.longest.toFixed(0)} ms`, 9)} ${lpad(`${r.cpu.toFixed(0)} ms`, 9)} ${lpad(`${(r.peak / MB).toFixed(0)} MB`, 8)} ${lpad(`${((r.peak - r.before) / MB).toFixed(0)} MB`, 8)}  ${r.code}${r.limit ? ` (${r.limit})` : ''}${r.expected ? '' : '  UNEXPECTED'}`,
  );
const slowest = Math.max(...rows.map((r) => r.ms));
const slowestCpu = Math.max(...rows.map((r) => r.cpu));
const longestPause = Math.max(...rows.filter((r) => r.mode === 'async').map((r) => r.longest));
const biggest = Math.max(...rows.map((r) => r.peak));
console.log(
  `slowest ${slowest.toFixed(0)} ms (cpu ${slowestCpu.toFixed(0)} ms), longest pause of the async reader ${longestPause.toFixed(0)} ms, largest peak ${(biggest / MB).toFixed(0)} MB (aim: < 1000 ms, < 200 MB)`,
);
if (rows.some((r) => !r.expected)) process.exitCode = 1;
