import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '@osallisuusarvio/core';
import { checkReportJsonSchema } from './check-report.js';
import { runCli } from './test-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-check-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const check = (args: string[]) => runCli(['check', ...args], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1795392000' } });

describe('check --json', () => {
  it('the committed JSON Schema of the output matches the code (run `pnpm gen`)', () => {
    const committed = readFileSync(new URL('../schema/check-report.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(`${JSON.stringify(checkReportJsonSchema(), null, 2)}\n`);
  });

  it('prints an array for one file as for several, and every problem in one shape with fi, sv and en', async () => {
    writeFileSync(join(dir, 'good.json'), JSON.stringify(EXAMPLES.budget.assessment));
    writeFileSync(join(dir, 'broken.json'), '{"case": {"title": "x",}}');
    writeFileSync(join(dir, 'latin1.json'), Buffer.from([0x7b, 0x22, 0xe4, 0x22, 0x3a, 0x31, 0x7d]));
    writeFileSync(join(dir, 'wrong.json'), JSON.stringify({ case: { meetingDate: '14.12.2026' } }));
    const one = JSON.parse((await check(['--json', 'good.json'])).text);
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({ file: 'good.json', status: expect.any(String) });

    const files = ['broken.json', 'latin1.json', 'wrong.json', 'missing.json'];
    const r = await check(['--json', ...files]);
    expect(r.code).toBe(3);
    const reports = JSON.parse(r.text) as { file: string; status: string; errors: Record<string, unknown>[] }[];
    expect(reports.map((x) => [x.file, x.status])).toEqual(files.map((f) => [f, 'invalid']));
    const codes = reports.map((x) => x.errors[0]!.code);
    expect(codes).toEqual(['invalid_json', 'not_utf8', 'invalid_format', 'unreadable']);
    for (const { errors } of reports) {
      for (const e of errors) {
        expect(Object.keys(e.message as object).sort()).toEqual(['en', 'fi', 'sv']);
        expect(e).toMatchObject({ path: expect.any(Array), pathText: expect.any(String), code: expect.any(String) });
      }
    }
    expect(reports[0]!.errors[0]).toMatchObject({ line: 1, column: 24 });
    expect((reports[0]!.errors[0]!.message as { fi: string }).fi).toContain('rivi 1, sarake 24');
  });

  it('gives each legal reference as text in the three languages', async () => {
    writeFileSync(join(dir, 'blank.json'), '{}');
    const [report] = JSON.parse((await check(['--json', 'blank.json'])).text);
    const ref = report.findings.flatMap((f: { legalBasis: unknown[] }) => f.legalBasis)[0];
    expect(Object.keys(ref.text).sort()).toEqual(['en', 'fi', 'sv']);
  });
});

describe('check, the summary line', () => {
  it.each([
    ['en', /^ {2}Errors \d+, warnings \d+, recommendations \d+, for information \d+\. Answered \d+%\.$/m],
    ['fi', /^ {2}Virheitä \d+, varoituksia \d+, suosituksia \d+, tiedoksi \d+\. Vastattu \d+ %\.$/m],
    ['sv', /^ {2}Fel \d+, varningar \d+, rekommendationer \d+, för kännedom \d+\. Besvarat \d+ %\.$/m],
  ])('reads as one sentence of counts and one of the share answered (%s)', async (lang, line) => {
    writeFileSync(join(dir, 'summary.json'), JSON.stringify(EXAMPLES['service-network'].assessment));
    const { text } = await check(['--lang', lang, 'summary.json']);
    expect(text).toMatch(line);
    expect(text).not.toMatch(/\.,/);
  });
});
