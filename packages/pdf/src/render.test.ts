import { describe, expect, it } from 'vitest';
import {
  EXAMPLES,
  EXAMPLE_NAMES,
  LOCALES,
  canonicalJson,
  createAssessment,
  findRegion,
  parseAssessment,
  withOrganiser,
} from '@osallisuusarvio/core';
import type { Assessment, AssessmentInput, Locale } from '@osallisuusarvio/core';
import { InvalidAssessmentError, readAppendix, renderAppendix, ATTACHMENT_NAME } from './index.js';
import { containsHyphenated, normalise, readBack } from './test-helpers.js';

const parse = (input: AssessmentInput): Assessment => {
  const r = parseAssessment(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.assessment;
};

/** Every answer an official types, with its path: the appendix must print each of them. */
const TEXT_KEYS = new Set([
  'text',
  'otherGroups',
  'constraintDetails',
  'enoughTimeReason',
  'soughtAnswers',
  'reportBackHow',
  'thanks',
  'name',
  'what',
  'who',
  'reason',
  'summary',
  'noParticipationReason',
  'diaryNumber',
  'title',
  'agendaItem',
  'appendixLabel',
  'contact',
]);
function typedTexts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return TEXT_KEYS.has(path.split('.').pop()!) && value.trim() ? [[path, value]] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => typedTexts(v, `${path}.${i}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => typedTexts(v, path ? `${path}.${k}` : k));
  return [];
}
// List lines lose their marker ("- "), which the appendix draws as a bullet artifact.
const asPrinted = (s: string) => normalise(s.replace(/^\s*[-*•–]\s+/gm, ''));

describe.each(EXAMPLE_NAMES)('example %s', (name) => {
  const example = EXAMPLES[name];
  const region = findRegion(example.region)!;
  const assessment = parse(example.assessment);

  it.each(LOCALES)('prints every answer in %s, tagged, with metadata and the attached JSON', async (locale: Locale) => {
    const bytes = renderAppendix(assessment, { locale, region });
    const pdf = await readBack(bytes);
    const text = normalise(pdf.text);
    for (const [path, value] of typedTexts(assessment)) {
      expect(containsHyphenated(text, asPrinted(value)), `answer at ${path}: ${asPrinted(value)}`).toBe(true);
    }
    for (const role of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'LBody', 'Table', 'TR', 'TH', 'TD'])
      expect(pdf.roles).toContain(role);
    expect(pdf.marked).toBe(true);
    expect(pdf.lang).toBe(locale === 'en' ? 'en' : `${locale}-FI`);
    // In another language than the answers', the official's translation of the title when there is one.
    const title =
      (locale !== assessment.case.language && assessment.translations['case.title']?.[locale]) || assessment.case.title;
    expect(pdf.metadataTitle).toContain(title);
    expect(pdf.offPage).toEqual([]);
    const page = { fi: 'Sivu', sv: 'Sida', en: 'Page' }[locale];
    expect(pdf.allText).toContain(`${page} 1/${pdf.pages}`);
    expect(pdf.allText).toContain(region.name[locale]);
    // The attached JSON is the assessment, with the organiser it was checked against recorded.
    const attached = withOrganiser(assessment, region);
    const attachment = pdf.attachments[ATTACHMENT_NAME];
    expect(new TextDecoder().decode(attachment?.content)).toBe(canonicalJson(attached));
    const back = readAppendix(bytes);
    expect(back.ok && back.assessment).toEqual(attached);
  });
});

describe('renderAppendix', () => {
  const example = EXAMPLES['service-network'];
  const options = { region: findRegion(example.region)!, locale: 'fi' as const, generatedAt: '2026-11-23T10:00:00Z' };

  it('gives the same bytes for the same input and options, and different ones for another time', () => {
    const a = renderAppendix(example.assessment, options);
    const b = renderAppendix(structuredClone(example.assessment), options);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = renderAppendix(example.assessment, { ...options, generatedAt: '2027-03-01T08:00:00Z' });
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });

  it('prints Sámi, Cyrillic and typographic characters exactly', async () => {
    const sami = 'Sámegiella: čđŋšŧž ČĐŊŠŦŽ, Anarâškielâ: âäčđšžŋ, Nuõrttsääʹmǩiõll: ǥǧǩǯʒ õ';
    const cyrillic = 'Участники: жители Котки — «центр» № 5, Україна: ґєії';
    const typography = '“Lainaus” ’heittomerkki’ – ajatusviiva — … 10 € ‰';
    const bytes = renderAppendix(createAssessment({ affected: { text: `${sami}\n${cyrillic}\n${typography}` } }), {
      locale: 'fi',
    });
    const text = normalise((await readBack(bytes)).text);
    for (const s of [sami, cyrillic, typography]) expect(text).toContain(normalise(s));
  });

  it('shows the decision title in the viewer in any script', async () => {
    const cyrillic = await readBack(renderAppendix(createAssessment({ case: { title: 'Котка — “x” (a) \\ b' } })));
    expect(cyrillic.info.Title).toBe('Osallisuusarviointi: Котка — “x” (a) \\ b');
    expect(cyrillic.metadataTitle).toBe('Osallisuusarviointi: Котка — “x” (a) \\ b');
    // č is U+010D: jsPDF would write a raw 0x0D byte in the Info string, so only XMP carries this title.
    const sami = await readBack(renderAppendix(createAssessment({ case: { title: 'Sámi čđ' } })));
    expect(sami.metadataTitle).toBe('Osallisuusarviointi: Sámi čđ');
  });

  it('says explicitly which questions are unanswered', async () => {
    const text = (await readBack(renderAppendix(createAssessment(), { locale: 'sv' }))).text;
    // Seven questions and the conclusion.
    expect(text.match(/Inte besvarad\./g)?.length).toBe(8);
  });

  it('says which questions do not apply when no participation is organised, with a reason', async () => {
    const example = EXAMPLES['internal-sv'];
    const text = normalise(
      (await readBack(renderAppendix(example.assessment, { region: findRegion(example.region)! }))).text,
    );
    expect(text).toContain('Gäller inte detta ärende eftersom inget deltagande ordnas');
    expect(text).not.toContain('Inte besvarad.');
  });

  it('breaks long answers across pages and keeps them whole', async () => {
    const base = parse(example.assessment);
    const long = {
      ...base,
      influence: {
        ...base.influence,
        text: Array.from({ length: 50 }, (_, i) => `Kappale ${i}. ${base.influence.text}`).join('\n\n'),
      },
    };
    const short = await readBack(renderAppendix(base, options));
    const pdf = await readBack(renderAppendix(long, options));
    expect(pdf.pages).toBeGreaterThanOrEqual(short.pages + 2);
    expect(pdf.offPage).toEqual([]);
    expect(containsHyphenated(normalise(pdf.text), normalise(long.influence.text))).toBe(true);
  });

  it('renders hostile text as text and leaves a valid file', async () => {
    const hostile = [
      'Loppuu ) Tj ( ja alkaa (( \\ ) BT /F1 99 Tf ET',
      '<script>alert("x")</script> <b>lihava</b> &amp;',
      'endstream endobj %%EOF trailer << /Root 1 0 R >>',
      'ohjausmerkit:\u0000\u0007\u001b[31m\u007f\u0085 loppu',
      'bidi:\u202eesrakäännetty\u202c \u2067isolaatti\u2069',
      'emoji 😀 and CJK 漢字',
    ].join('\n');
    const huge = 'Pitkä vastaus, jossa on paljon sanoja. '.repeat(1_048_576 / 40).slice(0, 1_048_576);
    const input = parse({
      affected: { text: hostile },
      influence: { text: huge },
      case: { title: 'Otsikko ) Tj (\u202e' },
    });
    const bytes = renderAppendix(input, { locale: 'en' });
    const pdf = await readBack(bytes);
    const text = normalise(pdf.text);
    expect(text).toContain('Loppuu ) Tj ( ja alkaa (( \\ ) BT /F1 99 Tf ET');
    expect(text).toContain('<script>alert("x")</script> <b>lihava</b> &amp;');
    expect(text).toContain('endstream endobj %%EOF trailer << /Root 1 0 R >>');
    expect(text).toContain('ohjausmerkit:[31m loppu');
    expect(text).toContain('bidi:esrakäännetty isolaatti');
    expect(text).toContain('emoji \ufffd and CJK \ufffd\ufffd');
    expect(text).toContain(normalise(huge.slice(0, 5000)));
    expect(text).toContain(normalise(huge.slice(-5000)));
    // Nothing is lost: the attached JSON keeps the text exactly as typed.
    const back = readAppendix(bytes);
    expect(back.ok && back.assessment.affected.text).toBe(hostile);
    expect(back.ok && back.assessment.influence.text).toBe(huge);
  });

  it('leaves the JSON out on request (PDF/A-1b)', async () => {
    const bytes = renderAppendix(example.assessment, { ...options, attachJson: false });
    expect(Object.keys((await readBack(bytes)).attachments)).toEqual([]);
    const back = readAppendix(bytes);
    expect(back.ok).toBe(false);
    expect(!back.ok && back.errors[0]?.code).toBe('noAttachment');
  });

  it('rejects an invalid assessment with the paths of the errors', () => {
    expect(() => renderAppendix({ case: { meetingDate: 5 } } as unknown as AssessmentInput)).toThrow(
      InvalidAssessmentError,
    );
    try {
      renderAppendix({ methods: [{ method: 'carrierPigeon' }] } as unknown as AssessmentInput);
    } catch (e) {
      expect((e as InvalidAssessmentError).errors.map((x) => x.pathText)).toContain('methods[0].method');
    }
  });

  it('rejects an invalid generation time', () => {
    expect(() => renderAppendix(example.assessment, { generatedAt: 'not a date' })).toThrow(/generatedAt/);
  });
});

describe('readAppendix', () => {
  it('never throws on bytes that are not an appendix', () => {
    const cases: Uint8Array[] = [
      new Uint8Array(),
      new TextEncoder().encode('hello'),
      new TextEncoder().encode('%PDF-1.4\n%%EOF'),
      new TextEncoder().encode('%PDF-1.7\n1 0 obj <</Type /EmbeddedFile /Length 999>> stream\nxx'),
      // An official's title that looks like an attachment must not fool the reader.
      renderAppendix(createAssessment({ case: { title: '/Type /EmbeddedFile /Length 3 stream\nabc' } }), {
        attachJson: false,
      }),
    ];
    const codes = cases.map((c) => {
      const r = readAppendix(c);
      return r.ok ? 'ok' : r.errors[0]!.code;
    });
    // A header and nothing else has no structure to read: damaged, like any other broken file.
    expect(codes).toEqual(['notPdf', 'notPdf', 'damagedAttachment', 'damagedAttachment', 'noAttachment']);
    const r = readAppendix(new TextEncoder().encode('x'));
    expect(!r.ok && r.errors[0]!.message.fi).toMatch(/PDF/);
  });

  it('reads an appendix whose attachment was truncated as damaged, not as an empty assessment', () => {
    const bytes = renderAppendix(EXAMPLES.budget.assessment);
    const at = Buffer.from(bytes).indexOf('/Type /EmbeddedFile');
    const cut = bytes.slice(0, at + 300);
    const r = readAppendix(cut);
    expect(r.ok).toBe(false);
  });

  it('accepts an ArrayBuffer', () => {
    const bytes = renderAppendix(EXAMPLES.budget.assessment);
    expect(readAppendix(bytes.slice().buffer).ok).toBe(true);
  });
});
