// Load test of `osallisuusarvio serve` on loopback with autocannon: requests/s, p50 and p99 latency and
// errors for POST /v1/evaluate and POST /v1/render with 1 and 2 render threads, the service's memory (RSS,
// threads included) when idle per thread count, and after 10,000 renders.
// The load generator runs on the same machine and shares its cores with the service: on 2 cores, the
// figures are lower than the service alone would reach.
// Usage: node bench/serve.bench.mjs [seconds=10] [renders=10000]   (after `pnpm run build`)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { EXAMPLES } from '@osallisuusarvio/core';

const seconds = Math.min(60, Number(process.argv[2] ?? 10));
const renders = Math.min(50_000, Number(process.argv[3] ?? 10_000));
const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const assessment = EXAMPLES['service-network'].assessment;
const evaluateBody = JSON.stringify({ assessment, organiser: 'kymenlaakso', today: '2026-11-23' });
const renderBody = JSON.stringify({ assessment, organiser: 'kymenlaakso', generatedAt: '2026-11-23T08:00:00Z' });

async function start(jobs) {
  const child = spawn(process.execPath, [bin, 'serve', '--host', '127.0.0.1', '--port', '0', '--jobs', String(jobs)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  const base = await new Promise((resolve, reject) => {
    child.stderr.on('data', (c) => {
      stderr += c;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`service exited ${code}: ${stderr}`)));
  });
  for (let i = 0; i < 300; i++) {
    const res = await fetch(`${base}/readyz`).catch(() => null);
    if (res?.status === 200 && (await res.json()).workers.ready === jobs) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, base };
}

/** CPU time used so far by the whole service process (all its threads), in ms. */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in ticks of 10 ms (CLK_TCK 100)
}

/** Resident memory of the whole service process (main thread and render threads), in MB. */
function rssMb(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

async function load(pid, base, path, body, options) {
  const cpu = cpuMs(pid);
  const r = await autocannon({
    url: `${base}${path}`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    ...options,
  });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    total: r.requests.total,
    errors: r.errors + r.timeouts + r.non2xx,
    // The service's own CPU per request, whatever else runs on the machine: what one core could serve.
    cpu: (cpuMs(pid) - cpu) / Math.max(1, r.requests.total),
  };
}

const row = (label, r) =>
  console.log(
    `  ${label.padEnd(30)} ${r.rps.toFixed(0).padStart(6)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   errors ${r.errors} of ${r.total}   service CPU ${r.cpu.toFixed(2)} ms/request (${(1000 / r.cpu).toFixed(0)}/s per core)`,
  );

console.log(
  `osallisuusarvio serve on 127.0.0.1, ${availableParallelism()} cores (shared with autocannon), load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; ${seconds} s per run`,
);
const idle = {};
for (const jobs of [1, 2]) {
  const { child, base } = await start(jobs);
  const pid = child.pid;
  const threads = `${jobs} render thread${jobs === 1 ? '' : 's'}`;
  try {
    idle[jobs] = rssMb(pid);
    // A short warm-up, so that the JIT has compiled the hot paths before the measured run.
    await load(pid, base, '/v1/evaluate', evaluateBody, { connections: 10, amount: 2_000 });
    await load(pid, base, '/v1/render', renderBody, { connections: 2 * jobs, amount: 40 * jobs });
    row(
      `evaluate, ${threads}`,
      await load(pid, base, '/v1/evaluate', evaluateBody, { connections: 10, duration: seconds }),
    );
    row(
      `render, ${threads}`,
      await load(pid, base, '/v1/render', renderBody, { connections: 2 * jobs, duration: seconds }),
    );
    if (jobs === 2 && renders > 0) {
      const samples = [rssMb(pid)];
      const cpu = [];
      const chunk = Math.ceil(renders / 4);
      let errors = 0;
      const started = performance.now();
      for (let done = 0; done < renders; done += chunk) {
        const r = await load(pid, base, '/v1/render', renderBody, {
          connections: 4,
          amount: Math.min(chunk, renders - done),
        });
        errors += r.errors;
        cpu.push(r.cpu);
        samples.push(rssMb(pid));
      }
      const s = (performance.now() - started) / 1000;
      console.log(
        `  memory, 2 render threads: idle ${idle[2].toFixed(0)} MB; RSS every ${chunk} renders: ${samples.map((m) => m.toFixed(0)).join(' → ')} MB` +
          ` (${renders} renders in ${s.toFixed(0)} s, ${(renders / s).toFixed(0)}/s, errors ${errors}; service CPU per render ${cpu.map((c) => c.toFixed(1)).join(', ')} ms)`,
      );
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
  }
}
console.log(
  `  idle memory after warm-up: ${idle[1].toFixed(0)} MB with 1 render thread, ${idle[2].toFixed(0)} MB with 2: about ${(idle[2] - idle[1]).toFixed(0)} MB per thread`,
);
