// Render time of the appendix side by side with Typst 0.14 (typst.ts's Node compiler), the same content and
// fonts, interleaved runs in one process, at typical, ×50 and ×200 answer lengths; then the cold start of
// `osallisuusarvio render` to its first PDF against a Node process that loads Typst and writes one PDF, in CPU
// time (all threads) and wall time. CPU time is the figure to compare on a shared machine: wall time there is
// mostly waiting for a core.
// Typst is installed on demand into bench-typst/ (not a workspace package: its native binary stays out of
// everyone's install). Usage: pnpm --filter @osallisuusarvio/pdf run bench:typst [runs=20]  (after a build)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  APPENDIX_TEXTS,
  CHECKLIST,
  EXAMPLES,
  SECTIONS,
  evaluate,
  fieldLabel,
  findRegion,
  formatLegalReference,
  labelOf,
  METHODS,
  METHOD_STATUSES,
  parseAssessment,
} from '@osallisuusarvio/core';
// PDF_DIST=/path/to/dist/index.js measures another build of this package against Typst. BEFORE_PDF_DIST=… (and
// BEFORE_CLI=/path/to/cli.js for the cold start) adds an older build to the same interleaved runs, so that
// before and after are measured under the same load.
const { renderAppendix } = await import(process.env.PDF_DIST ?? '../dist/index.js');
const before = process.env.BEFORE_PDF_DIST ? await import(process.env.BEFORE_PDF_DIST) : null;

const here = dirname(fileURLToPath(import.meta.url));
const typstDir = join(here, '..', 'bench-typst');
const runs = Number(process.argv[2] ?? 20);
const GENERATED_AT = '2026-11-23T10:00:00Z';

if (!existsSync(join(typstDir, 'node_modules/@myriaddreamin/typst-ts-node-compiler'))) {
  console.log('installing @myriaddreamin/typst-ts-node-compiler into bench-typst/ …');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: typstDir, stdio: 'inherit' });
}
const requireTypst = createRequire(join(typstDir, 'package.json'));
const { NodeCompiler } = requireTypst('@myriaddreamin/typst-ts-node-compiler');
const requireHere = createRequire(import.meta.url);
const fontDir = dirname(requireHere.resolve('@expo-google-fonts/noto-sans/package.json'));
const FONTS = [
  readFileSync(join(fontDir, '400Regular/NotoSans_400Regular.ttf')),
  readFileSync(join(fontDir, '700Bold/NotoSans_700Bold.ttf')),
];

// The appendix's content as data for the Typst template: the same sections, labels, answers and tables.
function content(assessment, region, locale) {
  const a = assessment;
  const ev = evaluate(a, { region, today: GENERATED_AT.slice(0, 10) });
  const label = (entries, id) => labelOf(entries, id)[locale];
  const blocks = (pairs) =>
    pairs
      .filter(([, text]) => text?.trim())
      .flatMap(([path, text]) => [
        { kind: 'h3', text: fieldLabel(path)[locale] },
        ...text.split(/\n\s*\n/).map((p) => ({ kind: 'p', text: p })),
      ]);
  const parts = {
    affected: [['affected.text', a.affected.text]],
    invited: [['invited.text', a.invited.text]],
    influence: [
      ['influence.text', a.influence.text],
      ['influence.constraintDetails', a.influence.constraintDetails],
    ],
    timing: [
      ['timing.enoughTimeReason', a.timing.enoughTimeReason],
      ['timing.text', a.timing.text],
    ],
    outcomes: [
      ['outcomes.soughtAnswers', a.outcomes.soughtAnswers],
      ['outcomes.text', a.outcomes.text],
    ],
    communication: [
      ['communication.reportBackHow', a.communication.reportBackHow],
      ['communication.thanks', a.communication.thanks],
      ['communication.text', a.communication.text],
    ],
    testing: [['testing.text', a.testing.text]],
  };
  const sections = CHECKLIST.map((q) => ({
    title: `${q.number}. ${q.question[locale]}`,
    prompt: q.prompts?.[locale] ?? '',
    blocks: blocks(parts[q.id]),
  }));
  sections.push({
    title: SECTIONS.methods[locale],
    prompt: '',
    blocks: [
      {
        kind: 'table',
        widths: [0.23, 0.31, 0.16, 0.18, 0.12],
        header: ['Tapa', 'Mitä', 'Milloin', 'Kenen kanssa', 'Tila'],
        rows: a.methods.map((m) => [
          label(METHODS, m.method),
          m.what,
          [m.start, m.end].filter(Boolean).join(' – '),
          m.with.join(', '),
          label(METHOD_STATUSES, m.status),
        ]),
      },
    ],
  });
  sections.push({
    title: SECTIONS.findings[locale],
    prompt: '',
    blocks: ev.findings.flatMap((f) => [
      { kind: 'h3', text: f.title[locale] },
      { kind: 'p', text: f.message[locale] },
      { kind: 'p', text: f.legalBasis.map((r) => formatLegalReference(r, locale)).join('; ') },
    ]),
  });
  sections.push({
    title: SECTIONS.conclusion[locale],
    prompt: '',
    blocks: blocks([['conclusion.summary', a.conclusion.summary]]),
  });
  return {
    lang: locale,
    doctitle: APPENDIX_TEXTS.documentTitle[locale],
    title: `${APPENDIX_TEXTS.documentTitle[locale]}: ${a.case.title}`,
    author: a.case.preparer.name || region.name[locale],
    decision: a.case.title,
    region: region.name[locale],
    footer: [a.case.appendixLabel, a.case.diaryNumber].filter(Boolean).join(' · '),
    caserows: [
      [fieldLabel('case.diaryNumber')[locale], a.case.diaryNumber],
      [fieldLabel('case.meetingDate')[locale], a.case.meetingDate ?? ''],
      [fieldLabel('case.agendaItem')[locale], a.case.agendaItem],
      [fieldLabel('case.preparer.name')[locale], a.case.preparer.name],
    ],
    summarytitle: SECTIONS.summary[locale],
    summary: [a.affected.groups.join(', '), a.methods.map((m) => label(METHODS, m.method)).join(', ')],
    sections,
  };
}

const TEMPLATE = `
#let d = json(bytes(sys.inputs.data))
#set document(title: d.title, author: d.author)
#set text(font: "Noto Sans", size: 10pt, lang: d.lang, hyphenate: true)
#set page(paper: "a4", margin: (x: 20mm, top: 24mm, bottom: 22mm),
  header: [#set text(8.5pt); #d.region #h(1fr) #d.doctitle],
  footer: context [#set text(8.5pt); #d.footer #h(1fr) #counter(page).display("1/1", both: true)])
#show heading.where(level: 2): set text(13pt, fill: rgb("#0b4f8a"))
= #d.doctitle
#text(11pt, weight: "bold", d.decision)
#table(columns: (30%, 70%), ..d.caserows.map(r => (strong(r.at(0)), r.at(1))).flatten())
== #d.summarytitle
#list(..d.summary)
#for s in d.sections [
  == #s.title
  #text(8.5pt, s.prompt)
  #for b in s.blocks {
    if b.kind == "h3" { heading(level: 3, b.text) }
    else if b.kind == "table" { table(columns: b.widths.map(w => w * 1fr), table.header(..b.header.map(h => strong(h))), ..b.rows.flatten()) }
    else { par(b.text) }
  }
]
`;

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
function lengthen(value, times, key = '') {
  if (typeof value === 'string')
    return TEXT_KEYS.has(key) && value ? Array.from({ length: times }, () => value).join('\n\n') : value;
  if (Array.isArray(value)) return value.map((v) => lengthen(v, times));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, lengthen(v, times, k)]));
  return value;
}

const example = EXAMPLES['service-network'];
const region = findRegion(example.region);
const parsed = parseAssessment(example.assessment);
if (!parsed.ok) throw new Error('example does not parse');
const compiler = NodeCompiler.create({ fontArgs: [{ fontBlobs: FONTS }] });
const typst = (data) => {
  const pdf = compiler.pdf(
    { mainFileContent: TEMPLATE, inputs: { data } },
    { pdfStandard: 'ua-1', creationTimestamp: Date.parse(GENERATED_AT) / 1000 },
  );
  // Typst memoizes layout across compilations (comemo): without eviction the same document again costs
  // nearly nothing, which no appendix of a real decision gets. Each run starts from an empty cache, fonts loaded.
  compiler.evictCache(0);
  return pdf;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpuMs = (c) => (c.user + c.system) / 1000;
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

console.log(
  `load average ${os.loadavg()[0].toFixed(2)} on ${os.availableParallelism()} cores, ${runs} interleaved runs`,
);
const summary = [];
for (const [name, times, n] of [
  ['typical', 1, runs],
  ['×50 answers', 50, Math.max(5, Math.round(runs / 4))],
  ['×200 answers', 200, Math.max(3, Math.round(runs / 10))],
]) {
  const assessment = lengthen(parsed.assessment, times);
  const data = JSON.stringify(content(assessment, region, 'fi'));
  const options = { region, generatedAt: GENERATED_AT, locale: 'fi' };
  const tools = {
    ours: () => renderAppendix(assessment, options),
    ...(before ? { before: () => before.renderAppendix(assessment, options) } : {}),
    typst: () => typst(data),
  };
  for (let i = 0; i < 3; i++) for (const run of Object.values(tools)) run();
  // Wall time, and CPU time of the process (Typst's own threads included), which suffers less from other load.
  const t = Object.fromEntries(Object.keys(tools).map((k) => [k, { wall: [], cpu: [], bytes: 0 }]));
  for (let i = 0; i < n; i++) {
    for (const [k, run] of Object.entries(tools)) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      t[k].bytes = run().length;
      t[k].wall.push(performance.now() - t0);
      t[k].cpu.push(cpuMs(process.cpuUsage(c0)));
    }
  }
  const m = Object.fromEntries(
    Object.entries(t).map(([k, v]) => [k, { wall: median(v.wall), cpu: median(v.cpu), kb: v.bytes / 1024 }]),
  );
  const line = (k, label) => `${label} ${fmt(m[k].wall)} ms wall ${fmt(m[k].cpu)} ms CPU (${m[k].kb.toFixed(0)} KB)`;
  console.log(
    `${name.padEnd(13)} ${line('ours', 'ours')}${before ? ` · ${line('before', 'before')}` : ''} · ${line('typst', 'Typst')} · Typst needs ${(m.typst.wall / m.ours.wall).toFixed(2)}× our wall time, ${(m.typst.cpu / m.ours.cpu).toFixed(2)}× our CPU time`,
  );
  summary.push({ name, m });
}

// Cold start: a fresh process until the first PDF is written, as a user of each tool sees it. Each child
// reports its own CPU time (process.cpuUsage at exit, all threads) through a preloaded script.
const dir = mkdtempSync(join(os.tmpdir(), 'osallisuusarvio-typst-'));
const input = join(dir, 'assessment.json');
writeFileSync(input, JSON.stringify(example.assessment));
writeFileSync(join(dir, 'data.json'), JSON.stringify(content(parsed.assessment, region, 'fi')));
writeFileSync(join(dir, 'main.typ'), TEMPLATE);
const reportCpu = join(dir, 'report-cpu.cjs');
writeFileSync(
  reportCpu,
  "process.on('exit', () => { const c = process.cpuUsage(); require('node:fs').writeSync(2, '\\ncpu-ms ' + (c.user + c.system) / 1000 + '\\n'); });\n",
);
const cli = process.env.CLI ?? fileURLToPath(new URL('../../cli/dist/cli.js', import.meta.url));
const typstScript = `
const { NodeCompiler } = require(${JSON.stringify(requireTypst.resolve('@myriaddreamin/typst-ts-node-compiler'))});
const fs = require('node:fs');
const fontDir = ${JSON.stringify(fontDir)};
const c = NodeCompiler.create({ fontArgs: [{ fontBlobs: [fs.readFileSync(fontDir + '/400Regular/NotoSans_400Regular.ttf'), fs.readFileSync(fontDir + '/700Bold/NotoSans_700Bold.ttf')] }] });
fs.writeFileSync(${JSON.stringify(join(dir, 'typst.pdf'))}, c.pdf({ mainFileContent: fs.readFileSync(${JSON.stringify(join(dir, 'main.typ'))}, 'utf8'), inputs: { data: fs.readFileSync(${JSON.stringify(join(dir, 'data.json'))}, 'utf8') } }, { pdfStandard: 'ua-1' }));
`;
const render = (cliPath, out) => [cliPath, 'render', input, '-o', join(dir, out), '--region', example.region];
const starts = {
  ours: render(cli, 'ours.pdf'),
  ...(process.env.BEFORE_CLI ? { before: render(process.env.BEFORE_CLI, 'before.pdf') } : {}),
  typst: ['-e', typstScript],
};
const cold = Object.fromEntries(Object.keys(starts).map((k) => [k, { wall: [], cpu: [] }]));
const coldRuns = 7;
for (let i = 0; i < coldRuns; i++) {
  for (const [k, args] of Object.entries(starts)) {
    const t0 = performance.now();
    const p = spawnSync(process.execPath, ['--require', reportCpu, ...args], {
      env: { ...process.env, SOURCE_DATE_EPOCH: '1795392000' },
      encoding: 'utf8',
    });
    if (p.status !== 0) throw new Error(`${k} failed: ${p.stderr}`);
    cold[k].wall.push(performance.now() - t0);
    cold[k].cpu.push(Number(/cpu-ms ([\d.]+)/.exec(p.stderr)?.[1]));
  }
}
const c = Object.fromEntries(Object.entries(cold).map(([k, v]) => [k, { wall: median(v.wall), cpu: median(v.cpu) }]));
console.log(
  `cold start to the first PDF (median of ${coldRuns}): osallisuusarvio render ${fmt(c.ours.cpu)} ms CPU ${fmt(c.ours.wall)} ms wall${c.before ? ` · before ${fmt(c.before.cpu)} ms CPU ${fmt(c.before.wall)} ms wall` : ''} · Typst in Node ${fmt(c.typst.cpu)} ms CPU ${fmt(c.typst.wall)} ms wall`,
);

// Side by side: Typst's time over ours (above 1: we are faster).
console.log('\nTypst time / our time (CPU, wall):');
for (const { name, m } of summary)
  console.log(
    `  ${name.padEnd(13)} ${(m.typst.cpu / m.ours.cpu).toFixed(2)}  ${(m.typst.wall / m.ours.wall).toFixed(2)}${m.before ? `   before: ${(m.typst.cpu / m.before.cpu).toFixed(2)}  ${(m.typst.wall / m.before.wall).toFixed(2)}` : ''}`,
  );
console.log(
  `  ${'cold start'.padEnd(13)} ${(c.typst.cpu / c.ours.cpu).toFixed(2)}  ${(c.typst.wall / c.ours.wall).toFixed(2)}${c.before ? `   before: ${(c.typst.cpu / c.before.cpu).toFixed(2)}  ${(c.typst.wall / c.before.wall).toFixed(2)}` : ''}`,
);
