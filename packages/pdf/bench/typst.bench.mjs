// Render time of the appendix side by side with Typst 0.14 (typst.ts's Node compiler), the same content and
// fonts, interleaved runs in one process, at typical, ×50 and ×200 answer lengths; then the cold start of
// `osallisuusarvio render` to its first PDF against a Node process that loads Typst and writes one PDF.
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
// PDF_DIST=/path/to/dist/index.js measures another build of this package (e.g. before a change) against Typst.
const { renderAppendix } = await import(process.env.PDF_DIST ?? '../dist/index.js');

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

console.log(
  `load average ${os.loadavg()[0].toFixed(2)} on ${os.availableParallelism()} cores, ${runs} interleaved runs`,
);
for (const [name, times, n] of [
  ['typical', 1, runs],
  ['×50 answers', 50, Math.max(5, Math.round(runs / 4))],
  ['×200 answers', 200, Math.max(3, Math.round(runs / 10))],
]) {
  const assessment = lengthen(parsed.assessment, times);
  const data = JSON.stringify(content(assessment, region, 'fi'));
  const ours = () => renderAppendix(assessment, { region, generatedAt: GENERATED_AT, locale: 'fi' });
  for (let i = 0; i < 3; i++) {
    ours();
    typst(data);
  }
  // Wall time, and CPU time of the process (Typst's own threads included), which suffers less from other load.
  const t = { ours: [], typst: [], oursCpu: [], typstCpu: [] };
  const bytes = { ours: 0, typst: 0 };
  const cpuMs = (c) => (c.user + c.system) / 1000;
  for (let i = 0; i < n; i++) {
    let c0 = process.cpuUsage();
    let t0 = performance.now();
    bytes.ours = ours().length;
    t.ours.push(performance.now() - t0);
    t.oursCpu.push(cpuMs(process.cpuUsage(c0)));
    c0 = process.cpuUsage();
    t0 = performance.now();
    bytes.typst = typst(data).length;
    t.typst.push(performance.now() - t0);
    t.typstCpu.push(cpuMs(process.cpuUsage(c0)));
  }
  const [o, y, oc, yc] = [median(t.ours), median(t.typst), median(t.oursCpu), median(t.typstCpu)];
  console.log(
    `${name.padEnd(13)} ours ${o.toFixed(1)} ms wall ${oc.toFixed(1)} ms CPU (${(bytes.ours / 1024).toFixed(0)} KB) · Typst ${y.toFixed(1)} ms wall ${yc.toFixed(1)} ms CPU (${(bytes.typst / 1024).toFixed(0)} KB) · Typst needs ${(y / o).toFixed(2)}× our wall time, ${(yc / oc).toFixed(2)}× our CPU time`,
  );
}

// Cold start: a fresh process until the first PDF is written, as a user of each tool sees it.
const dir = mkdtempSync(join(os.tmpdir(), 'osallisuusarvio-typst-'));
const input = join(dir, 'assessment.json');
writeFileSync(input, JSON.stringify(example.assessment));
writeFileSync(join(dir, 'data.json'), JSON.stringify(content(parsed.assessment, region, 'fi')));
writeFileSync(join(dir, 'main.typ'), TEMPLATE);
const cli = fileURLToPath(new URL('../../cli/dist/cli.js', import.meta.url));
const typstScript = `
const { NodeCompiler } = require(${JSON.stringify(requireTypst.resolve('@myriaddreamin/typst-ts-node-compiler'))});
const fs = require('node:fs');
const fontDir = ${JSON.stringify(fontDir)};
const c = NodeCompiler.create({ fontArgs: [{ fontBlobs: [fs.readFileSync(fontDir + '/400Regular/NotoSans_400Regular.ttf'), fs.readFileSync(fontDir + '/700Bold/NotoSans_700Bold.ttf')] }] });
fs.writeFileSync(${JSON.stringify(join(dir, 'typst.pdf'))}, c.pdf({ mainFileContent: fs.readFileSync(${JSON.stringify(join(dir, 'main.typ'))}, 'utf8'), inputs: { data: fs.readFileSync(${JSON.stringify(join(dir, 'data.json'))}, 'utf8') } }, { pdfStandard: 'ua-1' }));
`;
const cold = { ours: [], typst: [] };
for (let i = 0; i < 7; i++) {
  let t0 = performance.now();
  const p = spawnSync(
    process.execPath,
    [cli, 'render', input, '-o', join(dir, 'ours.pdf'), '--region', example.region],
    {
      env: { ...process.env, SOURCE_DATE_EPOCH: '1795392000' },
    },
  );
  if (p.status !== 0) throw new Error(`render failed: ${p.stderr}`);
  cold.ours.push(performance.now() - t0);
  t0 = performance.now();
  const q = spawnSync(process.execPath, ['-e', typstScript]);
  if (q.status !== 0) throw new Error(`typst failed: ${q.stderr}`);
  cold.typst.push(performance.now() - t0);
}
console.log(
  `cold start to the first PDF: osallisuusarvio render ${median(cold.ours).toFixed(0)} ms, Typst in Node ${median(cold.typst).toFixed(0)} ms (median of 7)`,
);
