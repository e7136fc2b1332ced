import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n.js';
import type { LocalizedText } from '../i18n.js';
import { LEGAL } from '../legal.js';
import { isRoleCitation, LEGAL_ROLES, resolveLegalBasis } from '../legal-roles.js';
import { GENERIC_MUNICIPALITY, GENERIC_WELFARE_REGION } from '../organisers/data.js';
import { RULE_KINDS, SEVERITIES } from './types.js';
import { RULES } from './index.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const testSources = readdirSync(dir)
  .filter((f) => f.endsWith('.test.ts') && f !== 'index.test.ts')
  .map((f) => readFileSync(`${dir}/${f}`, 'utf8'));

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

const expectLocalized = (text: LocalizedText | undefined, what: string) => {
  expect(text, what).toBeDefined();
  for (const l of LOCALES) expect(text![l].trim().length, `${what}.${l}`).toBeGreaterThan(0);
};

describe('RULES', () => {
  it('has the 43 built-in rules', () => {
    expect(RULES).toHaveLength(43);
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s says whether it is law, good practice, advice or consistency',
    (_id, rule) => {
      expect(RULE_KINDS).toContain(rule.kind);
    },
  );

  it('has unique ids in kebab-case', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s has a severity, fi/sv/en title, message and description',
    (_id, rule) => {
      expect(SEVERITIES).toContain(rule.severity);
      expectLocalized(rule.title, 'title');
      expectLocalized(rule.message, 'message');
      expectLocalized(rule.description, 'description');
      expect(typeof rule.when).toBe('function');
    },
  );

  it.each(RULES.map((r) => [r.id, r] as const))('%s uses the same {placeholders} in fi, sv and en', (_id, rule) => {
    const fi = placeholders(rule.message.fi);
    expect(placeholders(rule.message.sv)).toEqual(fi);
    expect(placeholders(rule.message.en)).toEqual(fi);
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s cites provisions from LEGAL or legal roles; a legal duty cites one, a consistency check none',
    (_id, rule) => {
      const known = new Set(Object.values(LEGAL).map((l) => l.id));
      for (const ref of rule.legalBasis) {
        if (isRoleCitation(ref)) expect(LEGAL_ROLES).toContain(ref.role);
        else expect(known).toContain(ref.id);
      }
      if (rule.kind === 'consistency') expect(rule.legalBasis).toHaveLength(0);
      if (rule.kind === 'legalDuty')
        expect(resolveLegalBasis(rule.legalBasis, GENERIC_WELFARE_REGION).length).toBeGreaterThan(0);
    },
  );

  it('cites the municipal statute, with its own point numbers, for a municipality', () => {
    const budget = RULES.find((r) => r.id === 'money-without-budget-participation')!;
    expect(resolveLegalBasis(budget.legalBasis, GENERIC_WELFARE_REGION).map((r) => r.id)).toEqual(['hval-29-2-5']);
    expect(resolveLegalBasis(budget.legalBasis, GENERIC_MUNICIPALITY).map((r) => r.id)).toEqual(['kuntalaki-22-2-4']);
  });

  it.each(RULES.map((r) => r.id))('%s is named in a rules test file', (id) => {
    expect(testSources.some((src) => src.includes(`'${id}'`))).toBe(true);
  });

  it('recommends only catalogue methods and bodies', async () => {
    const { METHODS } = await import('../catalogues/methods.js');
    const { BODIES } = await import('../catalogues/bodies.js');
    for (const rule of RULES) {
      for (const m of rule.recommends?.methods ?? []) expect(METHODS.map((x) => x.id)).toContain(m);
      for (const b of rule.recommends?.consultations ?? []) expect(BODIES.map((x) => x.id)).toContain(b);
    }
  });
});
