import { describe, expect, it } from 'vitest';
import {
  EXAMPLES,
  RULE_SET_VERSION,
  SCHEMA_VERSION,
  canonicalJson,
  createAssessment,
  parseAssessment,
} from '@osallisuusarvio/core';
import { loadDraft, saveDraft } from './draft.js';

/** Browser storage as a map: what an earlier widget left behind is whatever string it wrote. */
function memoryStorage(entries: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

/** What the version 2 widget saved: the canonical JSON of a version 2 assessment, without version 3's parts. */
function v2DraftText(): string {
  const current = createAssessment(EXAMPLES['service-network'].assessment) as Record<string, unknown>;
  const { ruleSetVersion, organiser, responses, translations, followUp, ...v2 } = current;
  return canonicalJson({ ...v2, schemaVersion: 2 } as never);
}

describe('a draft stored by an earlier version of the widget', () => {
  it('a version 2 draft opens as the current version with every answer in it', () => {
    const storage = memoryStorage({ 'osallisuusarvio:draft:KYMHVA/2145': v2DraftText() });
    const draft = loadDraft('KYMHVA/2145', parseAssessment, storage);
    expect(draft).toBeDefined();
    expect(draft!.schemaVersion).toBe(SCHEMA_VERSION);
    const expected = createAssessment(EXAMPLES['service-network'].assessment);
    const { ruleSetVersion, ...rest } = draft!;
    const { ruleSetVersion: _current, ...expectedRest } = expected;
    expect(rest).toEqual(expectedRest);
    expect(ruleSetVersion).not.toBe(RULE_SET_VERSION);
  });

  it('a version 1 draft opens with its free-text answers in the questions', () => {
    const v1 = JSON.stringify({
      schemaVersion: 1,
      case: { title: 'Kirjaston aukioloajat' },
      answers: { affected: 'Kirjaston käyttäjät' },
      methods: ['opinionSurvey'],
    });
    const draft = loadDraft('k', parseAssessment, memoryStorage({ 'osallisuusarvio:draft:k': v1 }));
    expect(draft).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      case: { title: 'Kirjaston aukioloajat' },
      affected: { text: 'Kirjaston käyttäjät' },
      methods: [{ method: 'opinionSurvey' }],
    });
  });

  it('is saved back as the current version at the next save', () => {
    const storage = memoryStorage({ 'osallisuusarvio:draft:k': v2DraftText() });
    const draft = loadDraft('k', parseAssessment, storage)!;
    saveDraft('k', draft, storage);
    const saved = JSON.parse(storage.getItem('osallisuusarvio:draft:k')!) as Record<string, unknown>;
    expect(saved.schemaVersion).toBe(SCHEMA_VERSION);
    expect(loadDraft('k', parseAssessment, storage)).toEqual(draft);
  });
});
