import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, createAssessment, findRegion, parseAssessment } from '@osallisuusarvio/core';
import { helsinkiDay, resolveGeneratedAt } from './dates.js';
import { renderAppendix } from './index.js';
import { assessmentArb } from './test-arbitrary.js';
import { normalise, readBack } from './test-helpers.js';

const infoCreationDate = (bytes: Uint8Array) =>
  /\/CreationDate \((D:[^)]*)\)/.exec(Buffer.from(bytes).toString('latin1'))?.[1];

describe('the generation date', () => {
  it('is the Helsinki day, also just after local midnight', () => {
    expect(helsinkiDay(new Date('2026-12-01T22:30:00Z'))).toBe('2026-12-02');
    expect(helsinkiDay(new Date('2026-07-01T20:59:59Z'))).toBe('2026-07-01');
    expect(helsinkiDay(new Date('2026-07-01T21:00:00Z'))).toBe('2026-07-02');
    expect(helsinkiDay(new Date('0001-03-01T12:00:00Z'))).toBe('0001-03-01');
  });

  it('prints "Laadittu" with the day the appendix was made, not the meeting day', async () => {
    const a = createAssessment({ case: { meetingDate: '2027-03-15', language: 'fi' } });
    const text = normalise((await readBack(renderAppendix(a, { generatedAt: '2026-12-01T22:30:00Z' }))).text);
    expect(text).toContain('Laadittu 2.12.2026');
    expect(text).not.toContain('Laadittu 15.3.2027');
  });

  it('defaults to now when a library caller leaves it out', async () => {
    const before = new Date();
    const bytes = renderAppendix(createAssessment({ case: { meetingDate: '2040-05-05' } }));
    const after = new Date();
    const text = normalise((await readBack(bytes)).text);
    const days = new Set([helsinkiDay(before), helsinkiDay(after)].map((d) => d.split('-').map(Number)));
    expect([...days].some(([y, m, d]) => text.includes(`Laadittu ${d}.${m}.${y}`))).toBe(true);
    const created = infoCreationDate(bytes)!;
    expect(created.slice(2, 6)).toBe(String(before.getUTCFullYear()));
  });

  it('gives the same bytes for the same input and generation time', () => {
    const example = EXAMPLES['service-network'];
    const options = { region: findRegion(example.region)!, generatedAt: new Date('2026-11-23T10:00:00.250Z') };
    const a = renderAppendix(example.assessment, options);
    const b = renderAppendix(structuredClone(example.assessment), { ...options, generatedAt: '2026-11-23T10:00:00Z' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it.each([
    ['1969-12-31T23:59:59Z', "D:19691231235959+00'00'"],
    ['2040-05-05T08:00:00Z', "D:20400505080000+00'00'"],
    ['0000-01-01T00:00:00Z', "D:00000101000000+00'00'"],
    ['9999-12-31T12:00:00Z', "D:99991231120000+00'00'"],
  ])('writes a generation time of %s in the Info dictionary and the XMP alike', async (iso, pdf) => {
    const bytes = renderAppendix(createAssessment({ case: { meetingDate: iso.slice(0, 10) } }), { generatedAt: iso });
    expect(infoCreationDate(bytes)).toBe(pdf);
    expect(Buffer.from(bytes).toString('latin1')).toContain(`<xmp:CreateDate>${iso}</xmp:CreateDate>`);
    expect((await readBack(bytes)).pages).toBeGreaterThan(0);
  });

  it('refuses a generation time no PDF date can hold, naming the option', () => {
    expect(() => resolveGeneratedAt(new Date('+010000-01-01T00:00:00Z'))).toThrow(/generatedAt/);
    expect(() => resolveGeneratedAt(Date.parse('-000001-01-01T00:00:00Z'))).toThrow(/generatedAt/);
  });
});

describe('any valid assessment', () => {
  it('renders with the default options: 1,000 generated assessments, all of them', () => {
    let rendered = 0;
    fc.assert(
      fc.property(assessmentArb, (input) => {
        const parsed = parseAssessment(input);
        expect(parsed.ok).toBe(true);
        const bytes = renderAppendix(input);
        expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
        expect(Buffer.from(bytes.subarray(-5)).toString('latin1')).toBe('%%EOF');
        rendered++;
      }),
      { numRuns: 1000 },
    );
    expect(rendered).toBe(1000);
  }, 600_000);
});
