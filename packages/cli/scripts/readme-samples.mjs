// The sample outputs in README.md, made by running the command. `pnpm --filter @osallisuusarvio/cli run
// readme` writes them (after a build); src/readme.test.ts fails when the README and the real output part.
// In the README each sample sits between `<!-- sample: name -->` and `<!-- /sample -->`.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES } from '@osallisuusarvio/core';

/** 2026-11-23T00:00:00Z: "today" of the samples. */
const EPOCH = '1795392000';

/** The budget example with participation closing after the meeting: an error-severity finding. */
function lateBudget() {
  const a = structuredClone(EXAMPLES.budget.assessment);
  a.case.meetingDate = '2026-12-14';
  a.timing.closesOn = '2026-12-20';
  return a;
}

/** Runs the command in `cwd` and returns what it printed, as a terminal shows it (or stdout only). */
async function output(run, cwd, args, { stderr = true } = {}) {
  let text = '';
  await run(args, {
    cwd,
    env: { SOURCE_DATE_EPOCH: EPOCH },
    stdout: { write: (c) => (text += String(c)) },
    stderr: { write: (s) => (text += stderr ? s : '') },
  });
  return text.replace(/\n+$/, '\n');
}

/** `run` is the CLI's run(): from src/ in the test, from dist/ in the script. */
export async function readmeSamples(run) {
  const dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-readme-'));
  try {
    writeFileSync(join(dir, 'assessment.json'), JSON.stringify(lateBudget(), null, 2));
    mkdirSync(join(dir, 'assessments'));
    writeFileSync(join(dir, 'assessments/late.json'), '{\n  "case": {\n    "title": "Talousarvio 2027",\n  }\n}\n');
    const wrong = structuredClone(EXAMPLES.budget.assessment);
    wrong.case.meetingDate = '14.12.2026';
    wrong.methods[0].status = 'ok';
    writeFileSync(join(dir, 'assessments/budget.json'), JSON.stringify(wrong, null, 2));
    writeFileSync(join(dir, 'assessments/service.json'), JSON.stringify(EXAMPLES['service-network'].assessment));
    writeFileSync(join(dir, 'broken.json'), '{ "case": { "title": "x", } }\n');
    return {
      check: await output(run, dir, ['check', 'assessment.json']),
      'check-json-invalid': await output(run, dir, ['check', '--json', 'broken.json'], { stderr: false }),
      'render-errors': (await output(run, dir, ['render', 'assessments/', '-o', 'pdf/']))
        .split('\n')
        .filter((line) => !line.startsWith('pdf/'))
        .join('\n'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const MARKED = /(<!-- sample: ([\w-]+) -->\n```[a-z]*\n)([\s\S]*?)(```\n<!-- \/sample -->)/g;

/** The README with each marked sample replaced by `samples[name]`. */
export function withSamples(readme, samples) {
  return readme.replace(MARKED, (_whole, open, name, _old, close) => {
    if (!(name in samples)) throw new Error(`README names an unknown sample '${name}'`);
    return `${open}${samples[name]}${close}`;
  });
}

export function samplesIn(readme) {
  return Object.fromEntries([...readme.matchAll(MARKED)].map((m) => [m[2], m[3]]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { run } = await import('../dist/index.js');
  const file = new URL('../README.md', import.meta.url);
  writeFileSync(file, withSamples(readFileSync(file, 'utf8'), await readmeSamples(run)));
  console.log('README.md: samples written from the real output');
}
