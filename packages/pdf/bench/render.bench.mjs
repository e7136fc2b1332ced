// Milliseconds per appendix and bytes, for a typical example and for one whose answers are 50× longer.
// Runs in one Node thread (one core). Usage: pnpm --filter @osallisuusarvio/pdf run bench
import { EXAMPLES, findRegion, parseAssessment } from '@osallisuusarvio/core';
import os from 'node:os';
import { renderAppendix } from '../dist/index.js';

const example = EXAMPLES['service-network'];
const region = findRegion(example.region);
const typical = parseAssessment(example.assessment);
if (!typical.ok) throw new Error('example does not parse');

const TEXT_KEYS = new Set([
  'text',
  'constraintDetails',
  'enoughTimeReason',
  'soughtAnswers',
  'reportBackHow',
  'thanks',
  'what',
  'reason',
  'summary',
]);
function lengthen(value, key = '') {
  if (typeof value === 'string')
    return TEXT_KEYS.has(key) && value ? Array.from({ length: 50 }, () => value).join('\n\n') : value;
  if (Array.isArray(value)) return value.map((v) => lengthen(v));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, lengthen(v, k)]));
  return value;
}
const long = lengthen(typical.assessment);

function measure(label, assessment, runs) {
  for (let i = 0; i < 5; i++) renderAppendix(assessment, { region });
  const times = [];
  let bytes = 0;
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    bytes = renderAppendix(assessment, { region }).length;
    times.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000 / runs;
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p90 = times[Math.floor(times.length * 0.9)];
  console.log(
    `${label.padEnd(28)} median ${median.toFixed(1)} ms  p90 ${p90.toFixed(1)} ms  cpu ${cpuMs.toFixed(1)} ms  ${(bytes / 1024).toFixed(1)} KB  (${runs} runs)`,
  );
}

// Wall time suffers when other processes share the cores; the CPU time of this thread (incl. GC helpers) less so.
console.log(`load average ${os.loadavg()[0].toFixed(2)} on ${os.availableParallelism()} cores`);
measure('typical (service-network)', typical.assessment, 60);
measure('50× longer answers', long, 20);
