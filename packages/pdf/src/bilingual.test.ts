// An appendix in both national languages, for an organiser whose rules require it: a part per language,
// each with its /Lang, its bookmarks and its headings; answers as written and the official's translations;
// one attachment; the XMP in both languages. Read back with pdf.js, qpdf and PDFBox Preflight.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import {
  APPENDIX_TEXTS,
  BILINGUAL_TEXTS,
  CHECKLIST,
  EXAMPLES,
  SECTIONS,
  canonicalJson,
  findRegion,
  parseAssessment,
} from '@osallisuusarvio/core';
import type { AssessmentInput, OrganiserProfile } from '@osallisuusarvio/core';
import { readAppendix, renderAppendix } from './index.js';
import { normalise, readBack } from './test-helpers.js';
import { PREFLIGHT_JARS, has, hasPreflight, run } from './test-tools.js';

interface Node {
  role?: string;
  lang?: string;
  children?: Node[];
}

const GENERATED_AT = '2027-03-01T10:00:00Z';
const example = EXAMPLES['bilingual-municipality'];
/** The generic bilingual municipality, with the flag a host sets for an organiser whose rules ask for both. */
const organiser: OrganiserProfile = { ...findRegion(example.region)!, appendicesInBothLanguages: true };
const bilingual = renderAppendix(example.assessment, { organiser, generatedAt: GENERATED_AT });
const translations = example.assessment.translations!;

async function pages(bytes: Uint8Array) {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const trees: Node[] = [];
  for (let i = 1; i <= doc.numPages; i++) trees.push((await (await doc.getPage(i)).getStructTree()) as Node);
  const outline = ((await doc.getOutline()) ?? []) as { title: string; items: { title: string; items: unknown[] }[] }[];
  const metadata = (await doc.getMetadata()).metadata;
  await doc.destroy();
  return { trees, outline, metadata };
}
const all = (n: Node | undefined, out: Node[] = []): Node[] => {
  if (!n) return out;
  out.push(n);
  for (const k of n.children ?? []) all(k, out);
  return out;
};
/** The text of the first and the second part, running headers and footers left out. */
async function partTexts(bytes: Uint8Array): Promise<[string, string]> {
  const { text } = await readBack(bytes);
  const at = text.indexOf(APPENDIX_TEXTS.documentTitle.sv);
  return [normalise(text.slice(0, at)), normalise(text.slice(at))];
}

describe('an appendix in both national languages', () => {
  it('has a Finnish part and then a Swedish part, each a Part element with its own /Lang and its own H1', async () => {
    const { trees } = await pages(bilingual);
    const parts = trees.map((t) => all(t).find((n) => n.role === 'Part'));
    expect(parts[0]?.lang).toBe('fi-FI');
    expect(parts[parts.length - 1]?.lang).toBe('sv-FI');
    // Each part starts on a page of its own: every page holds one part only.
    for (const tree of trees)
      expect(
        new Set(
          all(tree)
            .filter((n) => n.role === 'Part')
            .map((n) => n.lang),
        ).size,
      ).toBe(1);
    const langs = parts.map((p) => p?.lang);
    expect(langs).toEqual([...langs].sort((a, b) => (a === b ? 0 : a === 'fi-FI' ? -1 : 1)));
    const h1 = trees.flatMap((t) => all(t).filter((n) => n.role === 'H1'));
    expect(h1).toHaveLength(2);
  });

  it('tags the answers as written in Finnish inside the Swedish part', async () => {
    const { trees } = await pages(bilingual);
    const swedish = trees.flatMap((t) => all(t).filter((n) => n.role === 'Part' && n.lang === 'sv-FI'));
    const tagged = swedish.flatMap((p) => all(p).filter((n) => n.lang === 'fi-FI'));
    expect(tagged.length).toBeGreaterThan(5);
  });

  it('has a bookmark per part, each with the part’s sections in its language', async () => {
    const { outline } = await pages(bilingual);
    expect(outline.map((o) => o.title)).toEqual([APPENDIX_TEXTS.documentTitle.fi, APPENDIX_TEXTS.documentTitle.sv]);
    for (const [i, locale] of (['fi', 'sv'] as const).entries()) {
      const sections = outline[i]!.items.map((s) => s.title);
      expect(sections[0]).toBe(SECTIONS.summary[locale]);
      expect(sections).toContain(`${CHECKLIST[0]!.number}. ${CHECKLIST[0]!.question[locale]}`);
      expect(sections[sections.length - 1]).toBe(SECTIONS.conclusion[locale]);
    }
  });

  it('prints the official’s translations, labelled, in the Swedish part only, after the answer as written', async () => {
    const [fi, sv] = await partTexts(bilingual);
    const label = `${BILINGUAL_TEXTS.translation.sv}:`;
    for (const path of ['affected.text', 'conclusion.summary', 'case.title'] as const) {
      const translated = normalise(translations[path]!.sv!);
      expect(sv).toContain(`${label} ${translated}`);
      expect(fi).not.toContain(translated);
    }
    const written = normalise(example.assessment.conclusion!.summary!);
    expect(sv.indexOf(written)).toBeGreaterThan(-1);
    expect(sv.indexOf(written)).toBeLessThan(sv.indexOf(normalise(translations['conclusion.summary']!.sv!)));
    expect(fi).not.toContain(BILINGUAL_TEXTS.translation.fi);
    expect(sv).toContain(BILINGUAL_TEXTS.answersAsWritten.sv.slice(0, 30));
  });

  it('names the part’s language in every running header', async () => {
    const { allText } = await readBack(bilingual);
    expect(allText).toContain(`${APPENDIX_TEXTS.documentTitle.fi} · ${BILINGUAL_TEXTS.inLanguage.fi}`);
    expect(allText).toContain(`${APPENDIX_TEXTS.documentTitle.sv} · ${BILINGUAL_TEXTS.inLanguage.sv}`);
  });

  it('keeps one attachment, the same assessment, which reads back as checked', async () => {
    const { attachments } = await readBack(bilingual);
    expect(Object.keys(attachments)).toEqual(['osallisuusarvio.json']);
    const r = readAppendix(bilingual);
    const parsed = parseAssessment(example.assessment);
    expect(r.ok && canonicalJson(r.assessment)).toBe(parsed.ok && canonicalJson(parsed.assessment));
    expect(r.ok && r.verified).toBe(true);
  });

  it('gives the XMP title in both languages and both languages, and the Info title in the majority one', async () => {
    const xmp = /<dc:title>[\s\S]*?<\/dc:language>/.exec(Buffer.from(bilingual).toString('utf8'))![0];
    const fi = `${APPENDIX_TEXTS.documentTitle.fi}: ${example.assessment.case!.title}`;
    const sv = `${APPENDIX_TEXTS.documentTitle.sv}: ${translations['case.title']!.sv}`;
    expect(xmp).toContain(
      `<rdf:Alt><rdf:li xml:lang="x-default">${fi}</rdf:li><rdf:li xml:lang="fi-FI">${fi}</rdf:li><rdf:li xml:lang="sv-FI">${sv}</rdf:li></rdf:Alt>`,
    );
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>fi-FI</rdf:li><rdf:li>sv-FI</rdf:li></rdf:Bag>');
    const { info } = await readBack(bilingual);
    expect(info.Title).toBe(fi);
  });

  it('gives the same bytes for the same input and generation time, and other bytes than one language', () => {
    const again = renderAppendix(example.assessment, { organiser, generatedAt: GENERATED_AT });
    expect(Buffer.from(again).equals(Buffer.from(bilingual))).toBe(true);
    const one = renderAppendix(example.assessment, { organiser, generatedAt: GENERATED_AT, bilingual: false });
    expect(Buffer.from(one).equals(Buffer.from(bilingual))).toBe(false);
    expect(one.length).toBeLessThan(bilingual.length);
  });
});

describe('which languages an appendix has', () => {
  const parts = async (bytes: Uint8Array) =>
    (await pages(bytes)).trees.flatMap((t) =>
      all(t)
        .filter((n) => n.role === 'Part')
        .map((n) => n.lang),
    );
  const unique = (xs: (string | undefined)[]) => xs.filter((x, i) => xs.indexOf(x) === i);

  it('follows the profile, and `bilingual: false` forces one language', async () => {
    expect(unique(await parts(bilingual))).toEqual(['fi-FI', 'sv-FI']);
    const one = renderAppendix(example.assessment, { organiser, generatedAt: GENERATED_AT, bilingual: false });
    expect(await parts(one)).toEqual([]);
    const { lang } = await readBack(one);
    expect(lang).toBe('fi-FI');
    const generic = renderAppendix(example.assessment, {
      region: findRegion(example.region)!,
      generatedAt: GENERATED_AT,
    });
    expect(await parts(generic)).toEqual([]);
  });

  it('puts a Swedish-majority organiser’s part first, the organiser found from the assessment’s organiser.id', async () => {
    const ostrobothnia = renderAppendix(
      { ...example.assessment, organiser: { id: 'pohjanmaa', profileVersion: null } },
      { bilingual: true, generatedAt: GENERATED_AT },
    );
    expect(unique(await parts(ostrobothnia))).toEqual(['sv-FI', 'fi-FI']);
    const { allText, lang } = await readBack(ostrobothnia);
    expect(lang).toBe('sv-FI');
    expect(allText).toContain(findRegion('pohjanmaa')!.name.sv);
  });

  it('marks a draft in both parts: the sentence in each language and the band on every page', async () => {
    const draft = renderAppendix({ case: { title: 'Luonnos' } }, { organiser, generatedAt: GENERATED_AT });
    const [fi, sv] = await partTexts(draft);
    expect(fi).toContain(APPENDIX_TEXTS.draftNotice.fi);
    expect(sv).toContain(APPENDIX_TEXTS.draftNotice.sv);
    const { allText, pages: n } = await readBack(draft);
    expect(allText.split(APPENDIX_TEXTS.draftBand.fi).length - 1).toBe(n);
    const complete = await readBack(bilingual);
    expect(complete.allText).not.toContain(APPENDIX_TEXTS.draftBand.fi);
  });

  it('says which language the answers are in only when some answer is written in words', async () => {
    const note = BILINGUAL_TEXTS.answersAsWritten.sv.slice(0, 30);
    const blank = renderAppendix(
      { case: { title: 'Luonnos', diaryNumber: 'HVA/1/2027' } },
      { organiser, generatedAt: GENERATED_AT },
    );
    const [, blankSv] = await partTexts(blank);
    expect(blankSv).toContain(APPENDIX_TEXTS.documentTitle.sv);
    expect(blankSv).not.toContain(note);
    for (const input of [
      { affected: { text: 'Asukkaat' } },
      {
        invited: {
          deliberatelyExcluded: 'yes',
          exclusions: [{ group: null, who: '', reason: 'Eivät käytä palvelua' }],
        },
      },
      { methods: [{ method: 'opinionSurvey', what: 'Kysely verkossa' }] },
    ] satisfies AssessmentInput[]) {
      const [, sv] = await partTexts(
        renderAppendix({ case: { title: 'Luonnos' }, ...input }, { organiser, generatedAt: GENERATED_AT }),
      );
      expect(sv, Object.keys(input)[0]).toContain(note);
    }
  });
});

const required = Boolean(process.env.CI);
const dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-bilingual-'));

describe('the bilingual appendix in other tools', () => {
  it.skipIf(!has('qpdf') && !required)('passes qpdf --check and shows qpdf both parts’ bookmarks', () => {
    const file = join(dir, 'bilingual.pdf');
    writeFileSync(file, bilingual);
    const out = run('qpdf', ['--check', file]);
    expect(out).toContain('No syntax or stream encoding errors found');
    expect(out).not.toMatch(/WARNING|exit [1-9]/);
    const json = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', file])) as {
      outlines: { title: string; kids: unknown[] }[];
    };
    expect(json.outlines.map((o) => o.title)).toEqual([
      APPENDIX_TEXTS.documentTitle.fi,
      APPENDIX_TEXTS.documentTitle.sv,
    ]);
    expect(json.outlines[1]!.kids.length).toBe(json.outlines[0]!.kids.length);
  });

  it.skipIf(!hasPreflight() && !required)('passes PDFBox Preflight without the attachment', () => {
    const file = join(dir, 'bilingual-a1b.pdf');
    writeFileSync(
      file,
      renderAppendix(example.assessment, { organiser, generatedAt: GENERATED_AT, attachJson: false }),
    );
    const out = run('java', ['-cp', PREFLIGHT_JARS.join(':'), 'org.apache.pdfbox.preflight.Validator_A1b', file]);
    expect(out).toContain('is a valid PDF/A-1b file');
  });
});
