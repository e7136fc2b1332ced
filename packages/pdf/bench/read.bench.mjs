// Speed of reading the assessment back from an appendix: this package's reader against pdf.js's attachment
// API (the other way considered), warm and cold (a fresh process: load the module, read one file), on the
// appendix as written and re-saved with object streams by qpdf when qpdf is installed.
// Run after `pnpm build`: node bench/read.bench.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const READER = new URL('../dist/read.js', import.meta.url).href;
const PDFJS = import.meta.resolve('pdfjs-dist/legacy/build/pdf.mjs');

/** One way of reading: the attached JSON's text, from the bytes. */
const WAYS = {
  reader: async () => {
    const { readAppendix } = await import(READER);
    return (bytes) => {
      const r = readAppendix(bytes);
      if (!r.ok) throw new Error(r.errors[0].code);
      return r.assessment;
    };
  },
  pdfjs: async () => {
    const { getDocument } = await import(PDFJS);
    const { parseAssessment } = await import('@osallisuusarvio/core');
    return async (bytes) => {
      const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
      const attachments = await doc.getAttachments();
      await doc.destroy();
      const r = parseAssessment(new TextDecoder().decode(attachments['osallisuusarvio.json'].content));
      if (!r.ok) throw new Error('invalid');
      return r.assessment;
    };
  },
};

if (process.argv[2] === '--cold') {
  const start = performance.now();
  const read = await WAYS[process.argv[3]]();
  await read(new Uint8Array(readFileSync(process.argv[4])));
  process.stdout.write(String(performance.now() - start));
  process.exit(0);
}

const { renderAppendix } = await import(new URL('../dist/index.js', import.meta.url).href);
const { EXAMPLES, findRegion } = await import('@osallisuusarvio/core');
const dir = mkdtempSync(join(tmpdir(), 'oa-read-bench-'));
const files = {};
try {
  const example = EXAMPLES['service-network'];
  files['as written'] = join(dir, 'a.pdf');
  writeFileSync(files['as written'], renderAppendix(example.assessment, { region: findRegion(example.region) }));
  try {
    files['qpdf --object-streams=generate'] = join(dir, 'os.pdf');
    execFileSync('qpdf', ['--object-streams=generate', files['as written'], files['qpdf --object-streams=generate']]);
  } catch {
    delete files['qpdf --object-streams=generate'];
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    `Reading the service-network appendix back (Node ${process.version}, load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores); medians`,
  );
  for (const [label, path] of Object.entries(files)) {
    const bytes = new Uint8Array(readFileSync(path));
    const row = [];
    for (const [name, load] of Object.entries(WAYS)) {
      const read = await load();
      for (let i = 0; i < 20; i++) await read(bytes);
      const warm = [];
      // Interleaving would mix the two libraries' garbage; each gets its own run of 100 reads.
      for (let i = 0; i < 100; i++) {
        const t = performance.now();
        await read(bytes);
        warm.push(performance.now() - t);
      }
      const cold = [];
      for (let i = 0; i < 5; i++)
        cold.push(
          Number(
            execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--cold', name, path], {
              encoding: 'utf8',
            }),
          ),
        );
      row.push(`${name} ${median(warm).toFixed(2)} ms warm, ${median(cold).toFixed(0)} ms cold`);
    }
    console.log(`  ${label.padEnd(32)} ${(bytes.length / 1024).toFixed(0).padStart(4)} KB: ${row.join('; ')}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
