import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, EXAMPLE_NAMES, canonicalJson, findRegion, parseAssessment } from '@osallisuusarvio/core';
import type { AssessmentInput } from '@osallisuusarvio/core';
import { readAppendix } from '@osallisuusarvio/pdf';
import { EXIT } from './index.js';
import { FILES_PER_WORKER } from './run.js';
import { runCli } from './test-cli.js';
import type { CliResult } from './test-cli.js';

const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(PACKAGE, 'dist', 'cli.js');
/** 2026-11-23T00:00:00Z */
const EPOCH = '1795392000';

let dir: string;

beforeAll(() => {
  // The binary tests and the render threads use the build.
  if (!existsSync(BIN) || !existsSync(join(PACKAGE, 'dist', 'worker.js'))) {
    execFileSync('pnpm', ['run', 'build'], { cwd: PACKAGE, stdio: 'ignore' });
  }
  dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function cli(
  args: string[],
  options: { env?: Record<string, string>; stdin?: string | Buffer; cwd?: string } = {},
): Promise<CliResult> {
  return runCli(args, {
    cwd: options.cwd ?? dir,
    env: { SOURCE_DATE_EPOCH: EPOCH, ...options.env },
    ...(options.stdin !== undefined && { stdin: Buffer.from(options.stdin) }),
  });
}

/** A fresh directory under the test directory. */
function folder(name: string): string {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  return path;
}

function writeJson(path: string, value: unknown) {
  writeFileSync(path, JSON.stringify(value, null, 2));
}

const canonical = (input: unknown) => {
  const parsed = parseAssessment(input);
  if (!parsed.ok) throw new Error('invalid test input');
  return canonicalJson(parsed.assessment);
};

function expectAppendixOf(pdfPath: string, input: AssessmentInput) {
  const bytes = readFileSync(pdfPath);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const read = readAppendix(new Uint8Array(bytes));
  expect(read.ok).toBe(true);
  if (read.ok) expect(canonicalJson(read.assessment)).toBe(canonical(input));
}

/** The budget example, changed so that participation closes after the meeting: an error-severity finding. */
function lateAssessment(): AssessmentInput {
  const a = structuredClone(EXAMPLES.budget.assessment) as {
    case: { meetingDate: string };
    timing: { closesOn: string };
  };
  a.case.meetingDate = '2026-12-14';
  a.timing.closesOn = '2026-12-20';
  return a as unknown as AssessmentInput;
}

describe('general', () => {
  it('prints help and version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(EXIT.ok);
    expect(help.text).toContain('Exit status:');
    expect(help.text).toContain('SOURCE_DATE_EPOCH');
    for (const c of ['render', 'check', 'schema', 'example', 'extract']) {
      const h = await cli([c, '--help']);
      expect(h.code).toBe(0);
      expect(h.text).toContain(`osallisuusarvio ${c}`);
    }
    const version = await cli(['--version']);
    expect(version.text).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('exits 2 with usage on an unknown command, an unknown option, a bad value or no arguments', async () => {
    const unknown = await cli(['rendr', 'a.json']);
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.stderr).toContain("unknown command 'rendr'");
    expect(unknown.stderr).toContain('Usage: osallisuusarvio <command>');
    const option = await cli(['render', '--colour', 'a.json']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('--colour');
    expect((await cli(['render', '--locale', 'de', 'a.json'])).code).toBe(2);
    expect((await cli(['render', '--jobs', '0', 'a.json'])).code).toBe(2);
    expect((await cli(['check', '--region', 'lapland', 'a.json'])).code).toBe(2);
    expect((await cli(['render'])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
    expect((await cli(['render', 'a.json'], { env: { SOURCE_DATE_EPOCH: 'yesterday' } })).code).toBe(2);
  });
});

describe('schema and example', () => {
  it('prints the JSON Schema', async () => {
    const r = await cli(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.text);
    expect(schema.$schema).toContain('2020-12');
    expect(schema.properties.case).toBeDefined();
  });

  it('lists the examples and prints one that validates', async () => {
    const list = await cli(['example']);
    expect(list.code).toBe(0);
    for (const name of EXAMPLE_NAMES) expect(list.text).toContain(name);
    const one = await cli(['example', 'service-network']);
    expect(one.code).toBe(0);
    expect(canonical(JSON.parse(one.text))).toBe(canonical(EXAMPLES['service-network'].assessment));
    const bad = await cli(['example', 'nope']);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toContain('service-network');
  });

  it('writes to -o', async () => {
    const target = join(folder('schema-out'), 'schema.json');
    expect((await cli(['schema', '-o', target])).code).toBe(0);
    expect(JSON.parse(readFileSync(target, 'utf8')).$id).toContain('assessment');
  });
});

describe('check', () => {
  it.each(EXAMPLE_NAMES)('exits 0 on the example %s', async (name) => {
    const file = join(folder('check'), `${name}.json`);
    writeJson(file, EXAMPLES[name].assessment);
    const r = await cli(['check', '--region', EXAMPLES[name].region, file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.ok);
    expect(r.text).toContain(file);
  });

  it('exits 1 and prints the error with its rule, message and legal basis', async () => {
    const file = join(folder('check'), 'late.json');
    writeJson(file, lateAssessment());
    const r = await cli(['check', file]);
    expect(r.code).toBe(EXIT.findings);
    expect(r.text).toContain('hasErrors');
    expect(r.text).toContain('[participation-closes-after-meeting]');
    expect(r.text).toContain('Participation closes on 20.12.2026');
    expect(r.text).toContain('Legal basis:');
    expect(r.text).toContain('611/2021');
    const fi = await cli(['check', '--lang', 'fi', file]);
    expect(fi.text).toContain('Virhe');
    const json = await cli(['check', '--json', file]);
    expect(json.code).toBe(1);
    const [report, ...others] = JSON.parse(json.text);
    expect(others).toEqual([]);
    expect(report.file).toBe(file);
    expect(report.status).toBe('hasErrors');
    expect(report.counts.error).toBeGreaterThan(0);
    expect(report.findings.some((f: { ruleId: string }) => f.ruleId === 'participation-closes-after-meeting')).toBe(
      true,
    );
  });

  it('reads stdin', async () => {
    const r = await cli(['check', '-'], { stdin: JSON.stringify(lateAssessment()) });
    expect(r.code).toBe(EXIT.findings);
    expect(r.text).toContain('<stdin>: hasErrors');
  });

  it('reports an invalid file with exit 3, also in --json', async () => {
    const file = join(folder('check'), 'invalid.json');
    writeJson(file, { case: { meetingDate: 'tomorrow' } });
    const r = await cli(['check', '--json', file]);
    expect(r.code).toBe(EXIT.input);
    expect(r.stderr).toContain(`${file}: case.meetingDate:`);
    expect(JSON.parse(r.text)).toMatchObject([{ file, status: 'invalid', errors: [{ pathText: 'case.meetingDate' }] }]);
  });
});

describe('render', () => {
  it('renders one file next to it, and to -o', async () => {
    const d = folder('one');
    const file = join(d, 'service.json');
    writeJson(file, EXAMPLES['service-network'].assessment);
    const r = await cli(['render', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.text.trim()).toBe(join(d, 'service.pdf'));
    expectAppendixOf(join(d, 'service.pdf'), EXAMPLES['service-network'].assessment);

    const o = await cli(['render', '--locale', 'sv', '--region', 'kymenlaakso', '-o', 'named.pdf', 'service.json'], {
      cwd: d,
    });
    expect(o.code).toBe(0);
    // --region records the organiser in an assessment that names none.
    expectAppendixOf(join(d, 'named.pdf'), {
      ...EXAMPLES['service-network'].assessment,
      organiser: { id: 'kymenlaakso', profileVersion: findRegion('kymenlaakso')!.version },
    });

    const label = await cli(['render', '--appendix-label', 'Liite 9', '-o', 'labelled.pdf', 'service.json'], {
      cwd: d,
    });
    expect(label.code).toBe(0);
    expect(readFileSync(join(d, 'labelled.pdf')).includes('Liite 9')).toBe(true);
    expect(readFileSync(join(d, 'service.pdf')).includes('Liite 9')).toBe(false);
  });

  it('renders both national languages where the profile asks for them, or as the flags say', async () => {
    const d = folder('languages');
    writeJson(join(d, 'a.json'), EXAMPLES['bilingual-municipality'].assessment);
    const profile = {
      id: 'kaksikielinen',
      kind: 'municipality',
      name: { fi: 'Kaksikielinen kunta', sv: 'Tvåspråkig kommun', en: 'Bilingual municipality' },
      bilingual: true,
      majorityLanguage: 'fi',
      appendicesInBothLanguages: true,
    };
    writeJson(join(d, 'profile.json'), profile);
    const parts = (file: string) =>
      readFileSync(join(d, file))
        .toString('latin1')
        .match(/\/S \/Part/g)?.length ?? 0;
    const both = await cli(['render', '--region-file', 'profile.json', '-o', 'both.pdf', 'a.json'], { cwd: d });
    expect(both.code).toBe(0);
    expect(parts('both.pdf')).toBe(2);
    expectAppendixOf(join(d, 'both.pdf'), EXAMPLES['bilingual-municipality'].assessment);
    const one = await cli(['render', '--region-file', 'profile.json', '--one-language', '-o', 'one.pdf', 'a.json'], {
      cwd: d,
    });
    expect(one.code).toBe(0);
    expect(parts('one.pdf')).toBe(0);
    expect((await cli(['render', '--both-languages', '-o', 'forced.pdf', 'a.json'], { cwd: d })).code).toBe(0);
    expect(parts('forced.pdf')).toBe(2);
    const clash = await cli(['render', '--both-languages', '--one-language', 'a.json'], { cwd: d });
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('either --both-languages or --one-language');
  });

  it('renders several files and a folder into -o', async () => {
    const d = folder('many');
    const files = EXAMPLE_NAMES.map((name) => {
      const file = join(d, `${name}.json`);
      writeJson(file, EXAMPLES[name].assessment);
      return file;
    });
    const out = join(dir, 'many-out');
    const r = await cli(['render', '--jobs', '2', '-o', out, ...files]);
    expect(r.stderr).toContain(`rendered ${EXAMPLE_NAMES.length} of ${EXAMPLE_NAMES.length} files`);
    expect(r.code).toBe(0);
    for (const name of EXAMPLE_NAMES) expectAppendixOf(join(out, `${name}.pdf`), EXAMPLES[name].assessment);

    const folderOut = join(dir, 'folder-out');
    const f = await cli(['render', '-j', '2', d, '-o', folderOut]);
    expect(f.code).toBe(0);
    expect(readdirSync(folderOut).sort()).toEqual(EXAMPLE_NAMES.map((n) => `${n}.pdf`).sort());
    for (const name of EXAMPLE_NAMES) expectAppendixOf(join(folderOut, `${name}.pdf`), EXAMPLES[name].assessment);
  });

  it('gives the same bytes for the same SOURCE_DATE_EPOCH and different bytes for another', async () => {
    const d = folder('epoch');
    writeJson(join(d, 'a.json'), EXAMPLES.budget.assessment);
    const bytes = async (epoch: string, name: string) => {
      const r = await cli(['render', 'a.json', '-o', name], { cwd: d, env: { SOURCE_DATE_EPOCH: epoch } });
      expect(r.code).toBe(0);
      return readFileSync(join(d, name));
    };
    const first = await bytes(EPOCH, '1.pdf');
    const second = await bytes(EPOCH, '2.pdf');
    const other = await bytes('1800000000', '3.pdf');
    expect(first.equals(second)).toBe(true);
    expect(first.equals(other)).toBe(false);
  });

  it('refuses to overwrite an input appendix with its own output', async () => {
    const d = folder('overwrite');
    writeJson(join(d, 'a.json'), EXAMPLES.budget.assessment);
    expect((await cli(['render', 'a.json'], { cwd: d })).code).toBe(0);
    const before = readFileSync(join(d, 'a.pdf'));
    const r = await cli(['render', 'a.pdf'], { cwd: d, env: { SOURCE_DATE_EPOCH: '1800000000' } });
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain('a.pdf would be overwritten');
    expect(readFileSync(join(d, 'a.pdf')).equals(before)).toBe(true);
    // re-rendering an appendix in another language, to another file, works
    const sv = await cli(['render', '--locale', 'sv', 'a.pdf', '-o', 'a-sv.pdf'], { cwd: d });
    expect(sv.code).toBe(0);
    expectAppendixOf(join(d, 'a-sv.pdf'), EXAMPLES.budget.assessment);
  });

  it('reads stdin and writes the PDF to stdout', async () => {
    const r = await cli(['render', '-'], { stdin: JSON.stringify(EXAMPLES.budget.assessment) });
    expect(r.code).toBe(0);
    expect(r.stdout.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const read = readAppendix(new Uint8Array(r.stdout));
    expect(read.ok && canonicalJson(read.assessment)).toBe(canonical(EXAMPLES.budget.assessment));
  });

  it('names the file and the line and column of broken JSON, exit 3', async () => {
    const d = folder('broken');
    writeFileSync(join(d, 'bad.json'), '{\n  "case": {\n    "title": "x",\n  }\n}\n');
    const r = await cli(['render', 'bad.json'], { cwd: d });
    expect(r.code).toBe(EXIT.input);
    expect(r.stderr).toContain('bad.json:4:3: invalid JSON');
    expect(existsSync(join(d, 'bad.pdf'))).toBe(false);
  });

  it('names the file and the JSON path of a schema error, exit 3', async () => {
    const d = folder('schema-error');
    const a = structuredClone(EXAMPLES.budget.assessment) as unknown as { case: Record<string, unknown> };
    a.case.meetingDate = '14.12.2026';
    writeJson(join(d, 'wrong.json'), a);
    const r = await cli(['render', 'wrong.json'], { cwd: d });
    expect(r.code).toBe(EXIT.input);
    expect(r.stderr).toContain('wrong.json: case.meetingDate: Date "14.12.2026" is not valid');
    const fi = await cli(['render', '--lang', 'fi', 'wrong.json'], { cwd: d });
    expect(fi.stderr).toContain('wrong.json: case.meetingDate: Päivämäärä');
    expect(readdirSync(d)).toEqual(['wrong.json']);
  });

  it('renders the good files when one is bad, reports the bad one and leaves no temporary files', async () => {
    // Enough files for a worker thread (FILES_PER_WORKER), so that the threads are part of the test.
    const d = folder('mixed');
    const good: string[] = [];
    for (let i = 0; i < FILES_PER_WORKER + 2; i++) {
      const name = EXAMPLE_NAMES[i % EXAMPLE_NAMES.length]!;
      writeJson(join(d, `good-${String(i).padStart(2, '0')}.json`), EXAMPLES[name].assessment);
      good.push(`good-${String(i).padStart(2, '0')}.pdf`);
    }
    writeJson(join(d, 'b.json'), { ...EXAMPLES.budget.assessment, methods: [{ method: 'telepathy', status: 'done' }] });
    writeFileSync(join(d, 'd.json'), '{"schemaVersion": 2,');
    const out = join(dir, 'mixed-out');
    const r = await cli(['render', '--jobs', '2', d, '-o', out]);
    expect(r.code).toBe(EXIT.input);
    expect(r.stderr).toContain(`${join(d, 'b.json')}: methods[0].method:`);
    expect(r.stderr).toMatch(/d\.json:1:21: invalid JSON/);
    expect(r.stderr).toContain(`rendered ${good.length} of ${good.length + 2} files; 2 failed`);
    expect(readdirSync(out).sort()).toEqual(good);
    expect(r.text.trim().split('\n').sort()).toEqual(good.map((g) => join(out, g)));
    good.forEach((g, i) =>
      expectAppendixOf(join(out, g), EXAMPLES[EXAMPLE_NAMES[i % EXAMPLE_NAMES.length]!].assessment),
    );
  });

  it('exits 4 when the output cannot be written, leaving nothing behind', async () => {
    const d = folder('unwritable');
    writeJson(join(d, 'a.json'), EXAMPLES.budget.assessment);
    const r = await cli(['render', 'a.json', '-o', 'a.json/x.pdf'], { cwd: d });
    expect(r.code).toBe(EXIT.output);
    expect(r.stderr).toContain('a.json/x.pdf: cannot write');
    expect(readdirSync(d)).toEqual(['a.json']);
  });

  it('validates --region-file and uses a valid one', async () => {
    const d = folder('region');
    writeJson(join(d, 'a.json'), EXAMPLES.budget.assessment);
    writeJson(join(d, 'bad-region.json'), { id: 'x', name: { fi: 'X' }, bilingual: 'no' });
    const bad = await cli(['render', '--region-file', 'bad-region.json', 'a.json'], { cwd: d });
    expect(bad.code).toBe(EXIT.input);
    expect(bad.stderr).toContain('bad-region.json: name.sv:');
    expect(bad.stderr).toContain(
      'bad-region.json: bilingual: Wrong type: expected true/false, got text. (organiser profile)',
    );
    expect(existsSync(join(d, 'a.pdf'))).toBe(false);
    writeJson(join(d, 'region.json'), {
      id: 'own',
      name: { fi: 'Oma hyvinvointialue', sv: 'Eget välfärdsområde', en: 'Own county' },
      bilingual: false,
      majorityLanguage: 'fi',
      samiLanguageCommittee: false,
      minimumParticipationDays: 21,
      minimumDaysBeforeMeeting: 10,
    });
    const good = await cli(['render', '--region-file', 'region.json', 'a.json'], { cwd: d });
    expect(good.code).toBe(0);
    expect(existsSync(join(d, 'a.pdf'))).toBe(true);
  });
});

describe('extract', () => {
  it('prints the JSON of an appendix (round trip)', async () => {
    const d = folder('extract');
    const input = lateAssessment();
    writeJson(join(d, 'a.json'), input);
    expect((await cli(['render', 'a.json'], { cwd: d })).code).toBe(0);
    const r = await cli(['extract', 'a.pdf'], { cwd: d });
    expect(r.code).toBe(0);
    expect(r.text).toBe(`${canonical(input)}\n`);
    const o = await cli(['extract', '--pretty', 'a.pdf', '-o', 'back.json'], { cwd: d });
    expect(o.code).toBe(0);
    expect(canonical(JSON.parse(readFileSync(join(d, 'back.json'), 'utf8')))).toBe(canonical(input));
    // check reads an appendix as well
    expect((await cli(['check', 'a.pdf'], { cwd: d })).code).toBe(EXIT.findings);
  });

  it('exits 3 on a PDF without the attachment and on a file that is not a PDF', async () => {
    const d = folder('extract-bad');
    writeJson(join(d, 'a.json'), EXAMPLES.budget.assessment);
    expect((await cli(['render', '--no-attachment', 'a.json'], { cwd: d })).code).toBe(0);
    const noAttachment = await cli(['extract', 'a.pdf'], { cwd: d });
    expect(noAttachment.code).toBe(EXIT.input);
    expect(noAttachment.stderr).toContain('a.pdf: The PDF file holds no assessment data');
    const notPdf = await cli(['extract', 'a.json'], { cwd: d });
    expect(notPdf.code).toBe(EXIT.input);
    expect(notPdf.stderr).toContain('a.json: The file is not a PDF file.');
    const missing = await cli(['extract', 'missing.pdf'], { cwd: d });
    expect(missing.code).toBe(EXIT.input);
    expect(missing.stderr).toContain('missing.pdf: cannot read: no such file or directory');
  });
});

describe('the binary', () => {
  const node = (args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) =>
    spawnSync(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? dir,
      env: { PATH: process.env.PATH ?? '', ...options.env },
      encoding: 'utf8',
    });

  it('runs commands with their exit statuses', () => {
    const version = node(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const unknown = node(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    const d = folder('bin');
    writeJson(join(d, 'late.json'), lateAssessment());
    const check = node(['check', 'late.json'], { cwd: d, env: { SOURCE_DATE_EPOCH: EPOCH } });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('participation-closes-after-meeting');
    const schema = node(['schema']);
    expect(schema.status).toBe(0);
    expect(JSON.parse(schema.stdout).$id).toBeTruthy();
  });

  it('removes its temporary files when interrupted', async () => {
    const d = folder('interrupt');
    for (let i = 0; i < 120; i++)
      writeJson(join(d, `a${String(i).padStart(3, '0')}.json`), EXAMPLES['service-network'].assessment);
    const out = join(dir, 'interrupt-out');
    const child = spawn(process.execPath, [BIN, 'render', '-j', '2', d, '-o', out], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Interrupt once a few files are done, in the middle of the batch.
    for (
      let i = 0;
      i < 600 && (!existsSync(out) || readdirSync(out).filter((f) => f.endsWith('.pdf')).length < 3);
      i++
    ) {
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const left = readdirSync(out);
    expect(left.filter((f) => !/^a\d{3}\.pdf$/.test(f))).toEqual([]);
    expect(left.length).toBeLessThan(120);
    for (const f of left) expect(readFileSync(join(out, f)).subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('works from CommonJS as well', () => {
    const script = `require(${JSON.stringify(join(PACKAGE, 'dist', 'index.cjs'))}).run(['example']).then((c) => { process.exitCode = c; });`;
    const p = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(p.status).toBe(0);
    expect(p.stdout).toContain('service-network');
  });

  it('renders reproducibly with SOURCE_DATE_EPOCH across processes, with and without threads', () => {
    const d = folder('bin-render');
    const names: string[] = [];
    for (let i = 0; i < FILES_PER_WORKER; i++) {
      const name = EXAMPLE_NAMES[i % EXAMPLE_NAMES.length]!;
      writeJson(join(d, `${name}-${i}.json`), EXAMPLES[name].assessment);
      names.push(`${name}-${i}`);
    }
    const first = node(['render', '-j', '2', '.', '-o', 'out1'], { cwd: d, env: { SOURCE_DATE_EPOCH: EPOCH } });
    expect(first.stderr).toContain(`rendered ${names.length} of ${names.length} files`);
    expect(first.status).toBe(0);
    const second = node(['render', '-j', '1', '.', '-o', 'out2'], { cwd: d, env: { SOURCE_DATE_EPOCH: EPOCH } });
    expect(second.status).toBe(0);
    for (const name of names) {
      expect(readFileSync(join(d, 'out1', `${name}.pdf`)).equals(readFileSync(join(d, 'out2', `${name}.pdf`)))).toBe(
        true,
      );
    }
    const extract = node(['extract', join('out1', 'budget-1.pdf')], { cwd: d });
    expect(extract.status).toBe(0);
    expect(extract.stdout).toBe(`${canonical(EXAMPLES.budget.assessment)}\n`);
  });
});

describe('regions', () => {
  /** regions.md: the 21 welfare regions, Helsinki and the generic profiles, with their languages. */
  const BILINGUAL = [
    'ita-uusimaa',
    'lansi-uusimaa',
    'vantaa-kerava',
    'varsinais-suomi',
    'kymenlaakso',
    'pohjanmaa',
    'keski-pohjanmaa',
  ];

  it('lists every organiser that --region accepts, as JSON', async () => {
    const r = await cli(['regions', '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.text) as {
      id: string;
      kind: string;
      bilingual: boolean;
      majorityLanguage: string;
      samiLanguageCommittee: boolean;
      name: { sv: string };
      bodies: { id: string }[];
    }[];
    expect(list).toHaveLength(25);
    expect(list.filter((o) => o.kind === 'welfareRegion' && o.id !== 'generic')).toHaveLength(21);
    expect(list.filter((o) => o.kind === 'welfareRegion' && o.bilingual).map((o) => o.id)).toEqual(BILINGUAL);
    expect(list.find((o) => o.id === 'pohjanmaa')).toMatchObject({
      majorityLanguage: 'sv',
      name: { sv: 'Österbottens välfärdsområde' },
    });
    expect(list.filter((o) => o.samiLanguageCommittee).map((o) => o.id)).toEqual(['lappi']);
    expect(list.find((o) => o.id === 'helsinki')).toMatchObject({ kind: 'city', bilingual: true });
    expect(list.find((o) => o.id === 'lappi')!.bodies.map((b) => b.id)).toContain('samiLanguageCommittee');
    const d = folder('every-region');
    writeJson(join(d, 'a.json'), EXAMPLES.budget.assessment);
    for (const o of list)
      expect((await cli(['check', '--region', o.id, 'a.json'], { cwd: d })).code, o.id).not.toBe(EXIT.usage);
  });

  it('lists them as text, marking unverified English names', async () => {
    const r = await cli(['regions']);
    expect(r.code).toBe(0);
    expect(r.text).toContain('kymenlaakso');
    expect(r.text).toContain('Wellbeing Services County of Lapland (unverified)');
    expect(r.text).toContain('bilingual, fi majority');
  });

  it('cites Kuntalaki with its own point numbers for a municipality', async () => {
    const d = folder('municipal');
    writeJson(join(d, 'a.json'), { ...EXAMPLES.budget.assessment, methods: [] });
    const r = await cli(['check', '--json', '--region', 'generic-municipality', 'a.json'], { cwd: d });
    const [report] = JSON.parse(r.text) as {
      findings: { ruleId: string; kind: string; legalBasis: { text: { en: string } }[] }[];
    }[];
    const budget = report!.findings.find((f) => f.ruleId === 'money-without-budget-participation')!;
    expect(budget.kind).toBe('advice');
    expect(budget.legalBasis[0]!.text.en.replace(/\u00a0/g, ' ')).toBe(
      'section 22(2)(4) of the Local Government Act (410/2015)',
    );
  });
});
