import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { EXAMPLES, canonicalJson, findOrganiser, parseAssessment, withOrganiser } from '@osallisuusarvio/core';
import { run } from '@osallisuusarvio/cli';
import { readAppendix } from '@osallisuusarvio/pdf';

// A finding answered "considered, not followed" as the widget saves it (the assessment's `responses`), through
// the JSON a host stores, the CLI's check and render, to the text of the appendix as pdftotext reads it.

const dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-answered-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REASON = 'Iltavastaanotto ei muuta talousarviota; budjettiraati ei sovi tähän päätökseen.';
const saved = {
  ...EXAMPLES.initiative.assessment,
  responses: [
    { ruleId: 'money-without-budget-participation', field: 'methods', reason: REASON, respondedOn: '2026-11-20' },
  ],
};

async function cli(args: string[]) {
  const out: Buffer[] = [];
  const code = await run(args, {
    stdout: { write: (c: string | Uint8Array) => out.push(Buffer.from(c)) },
    stderr: { write: () => undefined },
    env: { SOURCE_DATE_EPOCH: '1795392000' },
    cwd: dir,
  });
  return { code, stdout: Buffer.concat(out).toString('utf8') };
}

describe('an answered finding from the saved JSON to the appendix', () => {
  const file = join(dir, 'initiative.json');
  writeFileSync(file, JSON.stringify(saved));
  const region = ['--region', EXAMPLES.initiative.region];

  it('check --json gives it with its response, valid against the published JSON Schema', async () => {
    const { code, stdout } = await cli(['check', '--json', ...region, file]);
    expect(code).toBe(0);
    const reports = JSON.parse(stdout);
    const schema = JSON.parse(
      readFileSync(new URL('../../packages/cli/schema/check-report.schema.json', import.meta.url), 'utf8'),
    );
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(reports), ajv.errorsText(validate.errors)).toBe(true);
    expect(reports[0]).toMatchObject({ answered: 1, counts: { recommendation: 0 }, status: 'complete' });
  });

  it('render prints it once, in the list of considered findings with the reason, and keeps the JSON', async () => {
    const out = join(dir, 'initiative.pdf');
    expect((await cli(['render', ...region, file, '-o', out])).code).toBe(0);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const title = 'Raha rajaa päätöstä, mutta taloussuunnitteluun ei osallisteta';
    expect(text.split(title)).toHaveLength(2);
    expect(text.indexOf('Harkitut havainnot, joita ei noudateta')).toBeLessThan(text.indexOf(title));
    expect(text).toContain(`Perustelu: ${REASON} (merkitty 20.11.2026)`);
    const back = readAppendix(readFileSync(out));
    expect(back.ok && canonicalJson(back.assessment)).toBe(
      // What was attached: the saved assessment with the organiser it was rendered for (`--region`).
      canonicalJson(
        withOrganiser(
          (parseAssessment(saved) as { assessment: never }).assessment,
          findOrganiser(EXAMPLES.initiative.region)!,
        ),
      ),
    );
  });
});
