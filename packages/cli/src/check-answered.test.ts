import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES, evaluationSchema } from '@osallisuusarvio/core';
import { runCli } from './test-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-check-answered-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const check = (args: string[]) =>
  runCli(['check', '--region', EXAMPLES.initiative.region, ...args], {
    cwd: dir,
    env: { SOURCE_DATE_EPOCH: '1795392000' },
  });

const REASON = 'The evening clinic does not change the budget.';
writeFileSync(
  join(dir, 'answered.json'),
  JSON.stringify({
    ...EXAMPLES.initiative.assessment,
    responses: [
      { ruleId: 'money-without-budget-participation', field: 'methods', reason: REASON, respondedOn: '2026-11-20' },
    ],
  }),
);

describe('check of an assessment with an answered finding', () => {
  it('prints it under "Considered, not followed" with the reason, not among the recommendations', async () => {
    const { code, text } = await check(['answered.json']);
    expect(code).toBe(0);
    expect(text).toContain(
      'Errors 0, warnings 0, recommendations 0, for information 2. Answered 100%. Considered, not followed: 1.',
    );
    expect(text).not.toContain('Recommendation (1)');
    expect(text).toContain(
      [
        '  Considered, not followed (1)',
        '  - [money-without-budget-participation] Money constrains the decision but no one takes part in financial planning (Advice)',
        `      Reason: ${REASON} (marked on 20 November 2026)`,
        '      Ways to participate (methods)',
      ].join('\n'),
    );
  });

  it('in Finnish too', async () => {
    const { text } = await check(['--lang', 'fi', 'answered.json']);
    expect(text).toContain('  Harkittu, ei noudateta (1)');
    expect(text).toContain(`      Perustelu: ${REASON} (merkitty 20.11.2026)`);
  });

  it('--json: the finding keeps its response, the counts leave it out, and `answered` counts it', async () => {
    const [report] = JSON.parse((await check(['--json', 'answered.json'])).text);
    expect(report.answered).toBe(1);
    expect(report.counts.recommendation).toBe(0);
    const finding = report.findings.find((f: { ruleId: string }) => f.ruleId === 'money-without-budget-participation');
    expect(finding.response).toEqual({ reason: REASON, respondedOn: '2026-11-20' });
    // The finding as core's evaluation schema describes it (the CLI adds only the references' text).
    expect(() => evaluationSchema.shape.findings.parse([finding])).not.toThrow();
  });
});
