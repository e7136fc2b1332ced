import { describe, expect, it } from 'vitest';
import { CATALOGUES, labelOf } from './index.js';
import type { CatalogueName } from './index.js';
import { CATALOGUE_EFFECTIVE_DATE, CATALOGUE_VERSION } from './types.js';
import type { CatalogueEntry } from './types.js';
import { CHECKLIST, CHECKLIST_TITLE, SECTIONS } from './checklist.js';
import { METHODS } from './methods.js';
import { BODIES } from './bodies.js';
import { GROUPS } from './groups.js';
import type { GroupEntry } from './groups.js';
import { FIELD_TEXTS, fieldKey, fieldLabel } from './fields.js';
import { LOCALES } from '../i18n.js';
import { STATUS_TEXTS } from '../texts/appendix.js';
import type { AssessmentStatus } from '../evaluate.js';
import { evaluate } from '../evaluate.js';
import { EXAMPLES } from '../examples.js';
import { FOLLOW_UP_FIELDS } from '../follow-up-model.js';
import { createAssessment } from '../schema.js';
import type { LocalizedText } from '../i18n.js';

const NAMES = Object.keys(CATALOGUES).filter((k) => k !== 'version' && k !== 'effectiveDate') as CatalogueName[];

const expectLocalized = (text: LocalizedText, what: string) => {
  for (const l of LOCALES) {
    expect(typeof text[l], `${what}.${l}`).toBe('string');
    expect(text[l].trim().length, `${what}.${l}`).toBeGreaterThan(0);
  }
};

describe('CATALOGUES', () => {
  it('has every option list', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(15);
    for (const n of NAMES) expect(CATALOGUES[n].length, n).toBeGreaterThan(0);
  });

  it.each(NAMES)('%s has unique, stable camelCase ids and fi/sv/en labels', (name) => {
    const entries = CATALOGUES[name] as readonly CatalogueEntry[];
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of entries) {
      expect(e.id).toMatch(/^[a-z][a-zA-Z]*$/);
      expectLocalized(e.label, `${name}.${e.id}.label`);
      if (e.help) expectLocalized(e.help, `${name}.${e.id}.help`);
    }
  });

  it('has a valid version and effective date', () => {
    expect(CATALOGUES.version).toBe(CATALOGUE_VERSION);
    expect(CATALOGUES.effectiveDate).toBe(CATALOGUE_EFFECTIVE_DATE);
    expect(CATALOGUE_VERSION).toMatch(/^\d{4}\.\d+$/);
    expect(CATALOGUE_EFFECTIVE_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${CATALOGUE_EFFECTIVE_DATE}T00:00:00Z`).toISOString().slice(0, 10)).toBe(CATALOGUE_EFFECTIVE_DATE);
    expect(CATALOGUE_EFFECTIVE_DATE.slice(0, 4)).toBe(CATALOGUE_VERSION.slice(0, 4));
  });
});

describe('labelOf', () => {
  it('gives the label of a known id', () => {
    expect(labelOf(METHODS, 'coDesign')).toEqual(METHODS.find((m) => m.id === 'coDesign')!.label);
    expect(labelOf(CATALOGUES.yesNoUnsure, 'no').sv).toBe('Nej');
  });

  it('gives an unknown id back as it is in every language', () => {
    expect(labelOf(GROUPS, 'aliens')).toEqual({ fi: 'aliens', sv: 'aliens', en: 'aliens' });
  });
});

describe('CHECKLIST', () => {
  it('has 7 questions numbered 1..7 in order', () => {
    expect(CHECKLIST).toHaveLength(7);
    expect(CHECKLIST.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(CHECKLIST.map((q) => q.id)).toEqual([
      'affected',
      'invited',
      'influence',
      'timing',
      'outcomes',
      'communication',
      'testing',
    ]);
  });

  it.each(CHECKLIST.map((q) => [q.number, q] as const))('question %i has fi/sv/en texts', (_n, q) => {
    expectLocalized(q.question, `${q.id}.question`);
    if (q.id === 'affected') expect('prompts' in q, 'the checklist prints no sub-prompts under question 1').toBe(false);
    else expectLocalized(q.prompts, `${q.id}.prompts`);
    expectLocalized(q.help, `${q.id}.help`);
    expectLocalized(q.example, `${q.id}.example`);
    expect(q.question.fi.trim().endsWith('?')).toBe(true);
  });

  it('has a title and section headings in three languages', () => {
    expectLocalized(CHECKLIST_TITLE, 'title');
    for (const [k, v] of Object.entries(SECTIONS)) expectLocalized(v, k);
  });
});

describe('METHODS', () => {
  it('cover the points 1–6 of 29 § in order, plus an other method', () => {
    expect(METHODS.map((m) => m.point)).toEqual([1, 2, 3, 4, 5, 6, null]);
    expect(METHODS.at(-1)!.id).toBe('otherMethod');
    for (const m of METHODS) expect(m.legal?.id).toBe('hval-29-2');
  });

  it('tag methods with known participation forms', () => {
    const forms = new Set(CATALOGUES.participationForms.map((f) => f.id));
    for (const m of METHODS) for (const f of m.forms) expect(forms).toContain(f);
  });
});

describe('BODIES', () => {
  it('include the statutory councils and the language committees', () => {
    const ids = BODIES.map((b) => b.id);
    for (const id of [
      'youthCouncil',
      'elderlyCouncil',
      'disabilityCouncil',
      'nationalLanguageCommittee',
      'samiLanguageCommittee',
    ])
      expect(ids).toContain(id);
  });

  it('apply the councils everywhere and the committees only where they exist', () => {
    const appliesTo = Object.fromEntries(BODIES.map((b) => [b.id, b.appliesTo]));
    expect(appliesTo).toMatchObject({
      youthCouncil: 'all',
      elderlyCouncil: 'all',
      disabilityCouncil: 'all',
      nationalLanguageCommittee: 'bilingual',
      samiLanguageCommittee: 'sami',
    });
  });
});

describe('GROUPS', () => {
  it('link the groups of the influence bodies to bodies that exist', () => {
    const bodies = new Set(BODIES.map((b) => b.id));
    for (const g of GROUPS) if ('body' in g) expect(bodies).toContain(g.body);
    expect(
      GROUPS.filter((g) => 'body' in g)
        .map((g) => g.id)
        .sort(),
    ).toEqual(['childrenAndYoung', 'olderPeople', 'personsWithDisabilities', 'otherNationalLanguage', 'sami'].sort());
  });
});

describe('common choices', () => {
  it('show every group whose influence body must be heard (32 §), and the groups the checklist names first', () => {
    const groups: readonly GroupEntry[] = GROUPS;
    const common = new Set<string>(groups.filter((g) => g.common === true).map((g) => g.id));
    for (const g of groups)
      if (g.body !== undefined && g.body !== 'nationalLanguageCommittee' && g.body !== 'samiLanguageCommittee')
        expect(common.has(g.id), g.id).toBe(true);
    // Question 2's prompt: "Asukkaat, asiakkaat, potilaat, järjestöt, henkilöstö, …".
    for (const id of ['residents', 'clients', 'patients', 'organisations', 'staff'])
      expect(common.has(id), id).toBe(true);
  });

  it('fold a long list to well under half of it, and never mark a whole list common', () => {
    for (const n of NAMES) {
      const list: readonly CatalogueEntry[] = CATALOGUES[n];
      const common = list.filter((o) => o.common === true).length;
      expect(common, n).toBeLessThan(list.length);
      if (list.length > 10) expect(common, n).toBeLessThanOrEqual(Math.ceil(list.length / 2.5));
    }
  });
});

describe('FIELD_TEXTS', () => {
  it('label every field in three languages', () => {
    for (const [k, v] of Object.entries(FIELD_TEXTS)) expectLocalized(v.label, k);
  });

  it('find the label of a concrete path through its starred key', () => {
    expect(fieldKey('methods.2.what')).toBe('methods.*.what');
    expect(fieldKey('invited.exclusions.10.reason')).toBe('invited.exclusions.*.reason');
    expect(fieldKey('case.title')).toBe('case.title');
    expect(fieldLabel('methods.2.what')).toEqual(FIELD_TEXTS['methods.*.what'].label);
    expect(fieldLabel('host.own')).toEqual({ fi: 'host.own', sv: 'host.own', en: 'host.own' });
  });

  it('name the follow-up’s fields too, so that a finding about the report back does not show its path', () => {
    expect(fieldLabel('followUp.reportBack.publishedOn')).toEqual(
      FOLLOW_UP_FIELDS['followUp.reportBack.publishedOn'].label,
    );
    expect(fieldLabel('followUp.methods.3.heard')).toEqual(FOLLOW_UP_FIELDS['followUp.methods.*.heard'].label);
    // A meeting that is over and nothing reported back: every field a finding names has a label.
    const a = createAssessment({
      ...EXAMPLES['service-network'].assessment,
      case: { ...EXAMPLES['service-network'].assessment.case, meetingDate: '2026-11-20' },
    });
    const paths = evaluate(a, { today: '2026-12-01' }).findings.flatMap((f) => f.fields);
    expect(paths.some((p) => p.startsWith('followUp.'))).toBe(true);
    for (const p of paths) expect(fieldLabel(p).fi, p).not.toBe(p);
  });
});

describe('STATUS_TEXTS', () => {
  it('words every status of evaluate in fi, sv and en, for the widget, the appendix and the CLI alike', () => {
    const statuses: AssessmentStatus[] = ['breaksLegalDuty', 'hasErrors', 'incomplete', 'complete'];
    expect(Object.keys(STATUS_TEXTS).sort()).toEqual([...statuses].sort());
    for (const s of statuses) for (const l of LOCALES) expect(STATUS_TEXTS[s][l].trim()).not.toBe('');
  });
});

describe('the checklist as printed', () => {
  it('quotes the seed’s typo "tahoisesti" in question 2 with the correction marked', () => {
    const q2 = CHECKLIST.find((q) => q.id === 'invited')!;
    expect(q2.prompts.fi).toContain('tahoisesti [pro tahallisesti]');
  });

  it('cites each numbered method as "29 §:n 2 momentin N kohta", with the municipal point beside it', () => {
    for (const m of METHODS.filter((x) => x.point !== null))
      expect(m.help.fi).toContain(`29 §:n 2 momentin ${m.point} kohta`);
    const coDesign = METHODS.find((m) => m.id === 'coDesign')!;
    expect(coDesign.help.fi).toContain('kuntalain 22 §:n 2 momentin 5 kohta');
  });
});
