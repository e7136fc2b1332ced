import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import {
  EXAMPLES,
  EXAMPLE_NAMES,
  RULE_SET_VERSION,
  SCHEMA_VERSION,
  createAssessment,
  assessmentJsonSchema,
  canonicalJson,
  evaluate,
  findRegion,
  parseAssessment,
  withOrganiser,
} from '@osallisuusarvio/core';
import { readAppendix, renderAppendix } from '@osallisuusarvio/pdf';

const committedSchema = JSON.parse(
  readFileSync(new URL('../../packages/core/schema/assessment.schema.json', import.meta.url), 'utf8'),
) as object;

describe('a host system in another language', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(committedSchema);

  it('validates every example with the committed JSON Schema, the same schema core exports', () => {
    expect(committedSchema).toEqual(JSON.parse(JSON.stringify(assessmentJsonSchema())));
    for (const name of EXAMPLE_NAMES) {
      const json = JSON.parse(JSON.stringify(EXAMPLES[name].assessment));
      expect(validate(json), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it('rejects what parseAssessment rejects, at the same path', () => {
    const bad = { case: { meetingDate: '15.3.2027' }, methods: [{ method: 'carrierPigeon' }] };
    expect(validate(bad)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toContain('/case/meetingDate');
    expect(paths).toContain('/methods/0/method');
    const parsed = parseAssessment(bad);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors.map((e) => e.pathText).sort()).toEqual(['case.meetingDate', 'methods[0].method']);
  });
});

describe.each(EXAMPLE_NAMES)('example %s from JSON text to appendix and back', (name) => {
  const example = EXAMPLES[name];
  const region = findRegion(example.region)!;

  it('keeps the assessment exactly and gives the same findings after the round trip', () => {
    // A host sends JSON text; the official later re-opens the PDF in the widget.
    const parsed = parseAssessment(JSON.stringify(example.assessment));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const pdf = renderAppendix(parsed.assessment, { region, generatedAt: '2026-11-23T10:00:00Z' });
    const back = readAppendix(pdf);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    // Exactly, with the organiser it was checked against recorded (the examples name none).
    expect(canonicalJson(back.assessment)).toBe(canonicalJson(withOrganiser(parsed.assessment, region)));
    // Re-rendering what came back gives the very same file.
    expect(
      Buffer.from(renderAppendix(back.assessment, { region, generatedAt: '2026-11-23T10:00:00Z' })).equals(
        Buffer.from(pdf),
      ),
    ).toBe(true);
    const findings = evaluate(back.assessment, { region, today: '2026-11-23' }).findings;
    expect(findings).toEqual(evaluate(parsed.assessment, { region, today: '2026-11-23' }).findings);
  });
});

describe('an assessment saved by the first version', () => {
  it('is migrated, rendered and re-opened as the current version', () => {
    const v1 = {
      schemaVersion: 1,
      case: { title: 'Kirjaston aukioloajat', diaryNumber: 'HVA/1/2020', language: 'fi' },
      answers: { affected: 'Kirjaston käyttäjät', influence: 'Aukioloajat' },
      methods: ['opinionSurvey'],
    };
    const parsed = parseAssessment(JSON.stringify(v1));
    expect(parsed.ok && parsed.migratedFrom).toBe(1);
    if (!parsed.ok) return;
    const back = readAppendix(renderAppendix(parsed.assessment));
    expect(back.ok && back.assessment.schemaVersion).toBe(SCHEMA_VERSION);
    expect(back.ok && back.assessment.affected.text).toBe('Kirjaston käyttäjät');
    expect(back.ok && back.assessment.methods.map((m) => m.method)).toEqual(['opinionSurvey']);
  });
});

describe('an appendix made by the version 2 toolkit', () => {
  // Rendered from the service-network example by the toolkit at schema version 2 (commit f4f10f9), unchanged.
  const pdf = new Uint8Array(readFileSync(new URL('./fixtures/appendix-v2-service-network.pdf', import.meta.url)));

  it('re-opens as the current version with every answer it held', () => {
    const back = readAppendix(pdf);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.migratedFrom).toBe(2);
    expect(back.assessment.schemaVersion).toBe(SCHEMA_VERSION);
    const { ruleSetVersion, ...rest } = back.assessment;
    // The JSON the v2 appendix carries (taken out with qpdf --show-attachment), migrated as a file would be:
    // the appendix gives back every answer it held, as the same JSON read on its own does.
    const attached = parseAssessment(
      readFileSync(new URL('./fixtures/appendix-v2-service-network.json', import.meta.url), 'utf8'),
    );
    expect(attached.ok).toBe(true);
    if (!attached.ok) return;
    const { ruleSetVersion: migratedRuleSet, ...expected } = attached.assessment;
    expect(rest).toEqual(expected);
    expect(ruleSetVersion).toBe(migratedRuleSet);
    const current = createAssessment(EXAMPLES['service-network'].assessment).ruleSetVersion;
    expect(ruleSetVersion).not.toBe(current);
    expect(current).toBe(RULE_SET_VERSION);
  });

  it('renders again as a current appendix that reads back the same', () => {
    const back = readAppendix(pdf);
    if (!back.ok) throw new Error('the version 2 appendix does not open');
    const kymenlaakso = findRegion('kymenlaakso')!;
    const again = readAppendix(renderAppendix(back.assessment, { region: kymenlaakso }));
    expect(again.ok && again.migratedFrom).toBeUndefined();
    expect(again.ok && canonicalJson(again.assessment)).toBe(
      canonicalJson(withOrganiser(back.assessment, kymenlaakso)),
    );
  });
});
