import { describe, expect, it, vi } from 'vitest';
import { evaluate } from './evaluate.js';
import type { AnyRule } from './rules/types.js';
import { defineRule } from './rules/types.js';
import { example, TODAY } from './test-fixtures.js';

const hostRule = (id: string, when: AnyRule['when']): AnyRule =>
  ({
    id,
    severity: 'warning',
    title: { fi: 'a', sv: 'b', en: 'c' },
    legalBasis: [],
    message: { fi: 'a', sv: 'b', en: 'c' },
    when,
  }) as AnyRule;

describe('evaluate with host rules that misbehave', () => {
  const a = example('service-network');
  const builtIn = evaluate(a, { today: TODAY }).findings;

  it('turns a host rule that throws into a finding, tells the logger, and keeps every other finding', () => {
    const logger = { error: vi.fn() };
    const e = evaluate(a, {
      today: TODAY,
      logger,
      rules: [
        hostRule('host-throws', () => {
          throw new Error('boom');
        }),
      ],
    });
    const failed = e.findings.filter((f) => f.ruleId === 'rule-not-evaluated');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.title.en).toBe('Rule host-throws could not be evaluated');
    expect(failed[0]!.severity).toBe('warning');
    expect(e.findings.filter((f) => f.ruleId !== 'rule-not-evaluated')).toEqual(builtIn);
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('host-throws'), expect.any(Error));
  });

  it.each([
    ['not a list', () => 'nope' as never],
    ['a list of garbage', () => [{ fields: 'x', params: null }] as never],
    ['null', () => null as never],
  ])('does the same for a host rule that returns %s', (_what, when) => {
    const e = evaluate(a, { today: TODAY, rules: [hostRule('host-garbage', when)] });
    expect(e.findings.filter((f) => f.ruleId === 'rule-not-evaluated')).toHaveLength(1);
    expect(e.findings.some((f) => f.ruleId === 'host-garbage')).toBe(false);
  });

  it('refuses two host rules with one id, and a host rule with a built-in rule’s id, clearly', () => {
    const ok = defineRule({
      id: 'host-ok',
      severity: 'info',
      title: { fi: 'a', sv: 'b', en: 'c' },
      legalBasis: [],
      message: { fi: 'a', sv: 'b', en: 'c' },
      when: () => [],
    });
    expect(() => evaluate(a, { today: TODAY, rules: [ok, ok] })).toThrow(/two host rules have the id "host-ok"/);
    const clash = { ...ok, id: 'dates-reversed' };
    expect(() => evaluate(a, { today: TODAY, rules: [clash] })).toThrow(/id of a built-in rule/);
    expect(() => evaluate(a, { today: TODAY, rules: [clash], disabledRules: ['dates-reversed'] })).not.toThrow();
  });

  it('gives a host rule without a kind the kind of good practice', () => {
    const e = evaluate(a, {
      today: TODAY,
      rules: [hostRule('host-fires', () => [{ fields: ['case.title'], params: {} }])],
    });
    expect(e.findings.find((f) => f.ruleId === 'host-fires')!.kind).toBe('goodPractice');
  });
});
