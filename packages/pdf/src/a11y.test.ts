// Readers and screen readers: bookmarks, sub-question headings, languages, tagged links, the timeline figure
// and the PDF/A-3a + PDF/UA-1 identification, read back with pdf.js, and with poppler and qpdf where present.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import {
  CHECKLIST,
  EXAMPLES,
  SECTIONS,
  assessmentTimeline,
  createAssessment,
  fieldLabel,
  findRegion,
} from '@osallisuusarvio/core';
import { renderAppendix } from './index.js';
import { has } from './test-tools.js';

interface Node {
  role?: string;
  lang?: string;
  alt?: string;
  type?: string;
  children?: Node[];
}
const GENERATED_AT = '2026-11-23T10:00:00Z';
const example = EXAMPLES['service-network'];
const region = findRegion(example.region)!;
const required = Boolean(process.env.CI);
const dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-a11y-'));

async function open(bytes: Uint8Array) {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const nodes: Node[] = [];
  const annotations: { subtype: string; url?: string; contents: string }[] = [];
  const walk = (n: Node | null) => {
    if (!n) return;
    nodes.push(n);
    n.children?.forEach(walk);
  };
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    walk((await page.getStructTree()) as Node | null);
    for (const a of await page.getAnnotations())
      annotations.push({ subtype: a.subtype, url: a.url, contents: a.contentsObj?.str ?? '' });
  }
  const outline = ((await doc.getOutline()) ?? []) as { title: string; items: { title: string }[] }[];
  const metadata = (await doc.getMetadata()).metadata;
  await doc.destroy();
  return { nodes, annotations, outline, metadata };
}
describe('the outline', () => {
  it('has a bookmark for every section, in order, with the sub-question headings under their question', async () => {
    const { outline } = await open(
      renderAppendix(example.assessment, { region, generatedAt: GENERATED_AT, locale: 'fi' }),
    );
    const titles = outline.map((o) => o.title);
    expect(titles).toEqual([
      SECTIONS.summary.fi,
      ...CHECKLIST.map((q) => `${q.number}. ${q.question.fi}`),
      expect.stringContaining(SECTIONS.methods.fi.slice(0, 20)),
      SECTIONS.consultations.fi,
      SECTIONS.findings.fi,
      SECTIONS.guidance.fi,
      SECTIONS.conclusion.fi,
    ]);
    expect(outline[2]!.items.map((i) => i.title)).toContain(fieldLabel('invited.text').fi);
  });
});

describe('headings', () => {
  it('tags the sub-question labels as H3 under the question’s H2', async () => {
    const { nodes } = await open(
      renderAppendix(example.assessment, { region, generatedAt: GENERATED_AT, locale: 'sv' }),
    );
    const h3 = nodes.filter((n) => n.role === 'H3');
    expect(h3.length).toBeGreaterThan(5);
    const roles = nodes.map((n) => n.role).filter((r) => r && /^H\d$/.test(r));
    // No heading level is skipped: every H3 follows an H2 or another H3.
    roles.forEach((r, i) => {
      if (r === 'H3') expect(['H2', 'H3']).toContain(roles[i - 1]);
    });
  });
});

describe('languages', () => {
  it('tags the answers of a Finnish assessment in an English appendix as Finnish', async () => {
    const { nodes } = await open(
      renderAppendix(example.assessment, { region, generatedAt: GENERATED_AT, locale: 'en' }),
    );
    const finnish = nodes.filter((n) => n.lang === 'fi-FI');
    expect(finnish.length).toBeGreaterThan(10);
    // The headings and labels stay in the document's language.
    expect(nodes.filter((n) => /^H\d$/.test(n.role ?? '')).every((n) => n.lang === undefined)).toBe(true);
  });

  it('leaves answers untagged when the appendix is in the case language', async () => {
    const { nodes } = await open(
      renderAppendix(example.assessment, { region, generatedAt: GENERATED_AT, locale: 'fi' }),
    );
    expect(nodes.filter((n) => n.lang && n.role !== 'Document').map((n) => n.lang)).toEqual(['ru']);
  });

  it('tags a quotation in Russian, a Ukrainian line and Sámi passages with their languages', async () => {
    const text = [
      'Asukkaat kirjoittivat: «Мы против закрытия центра». Palaute käsitellään.',
      'Україна: ґанок і їжа для всіх',
      'Sámegiella: Mii čállit davvisámegillii ja dovddašit ođđa dáluid ja ŋ ŧ.',
      'Nuõrttsääʹmǩiõll: Säʹmmlaž ǩiõll da ǥǥ ǯǯ.',
      'Anarâškielâ: Anarâš kielâ lii čiäppis ja šiev.',
    ].join('\n');
    const bytes = renderAppendix(createAssessment({ affected: { text } }), { locale: 'fi', generatedAt: GENERATED_AT });
    const { nodes } = await open(bytes);
    const spans = nodes.filter((n) => n.role === 'Span').map((n) => n.lang);
    expect(spans).toEqual(['ru', 'uk', 'se', 'sms', 'smn']);
  });
});

describe('links', () => {
  it('makes each Finlex reference a link annotation with /Contents, tagged as Link', async () => {
    const { annotations, nodes } = await open(
      renderAppendix(example.assessment, { region, generatedAt: GENERATED_AT, locale: 'fi' }),
    );
    const links = annotations.filter((a) => a.subtype === 'Link');
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l.url).toMatch(/^https:\/\/www\.finlex\.fi\//);
      // "… 29 §, Finlex", "… 29 §:n 2 momentin 5 kohta, Finlex": the citation as printed, then where it leads.
      expect(l.contents).toMatch(/§.*, Finlex$/);
    }
    const linkNodes = nodes.filter((n) => n.role === 'Link');
    expect(linkNodes.length).toBe(links.length);
    // The Link element holds the drawn text and the annotation itself (an OBJR).
    for (const n of linkNodes) expect(n.children?.map((c) => c.type)).toEqual(['content', 'object']);
  });

  it.skipIf(!has('pdfinfo') && !required)('shows poppler each Link with its object reference', () => {
    const file = join(dir, 'links.pdf');
    writeFileSync(file, renderAppendix(example.assessment, { region, generatedAt: GENERATED_AT }));
    const struct = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    expect(struct).toMatch(
      /Link \(inline\)\n\s+"Laki hyvinvointialueesta \(611\/2021\) 29\u00a0§[^"]*"\n\s+Object \d+ 0/,
    );
    expect(struct).toMatch(/\bH3 \(block\)/);
    expect(struct).toMatch(/Figure:\n\s+\/BBox/);
  });
});

describe('the timeline', () => {
  it('is a Figure with Alt text that says what the dates say', async () => {
    const { nodes } = await open(
      renderAppendix(example.assessment, { region, generatedAt: GENERATED_AT, locale: 'fi' }),
    );
    const figures = nodes.filter((n) => n.role === 'Figure');
    expect(figures.map((f) => f.alt)).toEqual([
      'Aikajana: osallistuminen 11.1.2027–7.2.2027 (28 päivää), tulosten käsittelyyn 36 päivää ennen kokousta, kokous 15.3.2027. Aika riittää järjestäjän vähimmäisaikoihin nähden.',
    ]);
  });

  it('says the words the widget shows: core’s sentence, judged against the region’s minimums', async () => {
    const short = createAssessment({
      case: { meetingDate: '2027-03-15' },
      timing: { opensOn: '2027-03-01', closesOn: '2027-03-07' },
    });
    const { nodes } = await open(renderAppendix(short, { region, generatedAt: GENERATED_AT, locale: 'en' }));
    const expected = assessmentTimeline(short, { locale: 'en', minimums: region });
    expect(expected.status).toBe('short');
    expect(nodes.filter((n) => n.role === 'Figure').map((f) => f.alt)).toEqual([expected.sentence]);
  });

  it('is left out when participation closes before it opens', async () => {
    const reversed = createAssessment({
      case: { meetingDate: '2027-03-15' },
      timing: { opensOn: '2027-03-07', closesOn: '2027-03-01' },
    });
    const { nodes } = await open(renderAppendix(reversed, { region, generatedAt: GENERATED_AT }));
    expect(nodes.some((n) => n.role === 'Figure')).toBe(false);
  });

  it('is left out when fewer than two of the dates are given', async () => {
    const { nodes } = await open(renderAppendix(createAssessment({ case: { meetingDate: '2027-01-01' } })));
    expect(nodes.some((n) => n.role === 'Figure')).toBe(false);
  });
});

describe('identification', () => {
  it('declares PDF/A-3 level A and PDF/UA-1 with the attachment, PDF/A-1b without', async () => {
    const withJson = await open(renderAppendix(example.assessment, { region, generatedAt: GENERATED_AT }));
    expect(withJson.metadata?.get('pdfaid:part')).toBe('3');
    expect(withJson.metadata?.get('pdfaid:conformance')).toBe('A');
    expect(withJson.metadata?.get('pdfuaid:part')).toBe('1');
    const without = await open(
      renderAppendix(example.assessment, { region, generatedAt: GENERATED_AT, attachJson: false }),
    );
    expect(without.metadata?.get('pdfaid:part')).toBe('1');
    expect(without.metadata?.get('pdfaid:conformance')).toBe('B');
  });

  it.skipIf(!has('qpdf') && !required)('shows qpdf the outline, the annotations and the catalog entries', () => {
    const file = join(dir, 'qpdf.pdf');
    writeFileSync(file, renderAppendix(example.assessment, { region, generatedAt: GENERATED_AT }));
    const json = JSON.parse(
      execFileSync('qpdf', ['--json=2', '--json-key=outlines', '--json-key=qpdf', file], { encoding: 'utf8' }),
    );
    expect(json.outlines.length).toBe(13);
    const objects = Object.values(json.qpdf[1] as Record<string, { value: Record<string, unknown> }>)
      .map((o) => o.value)
      .filter((v) => v && typeof v === 'object');
    const catalog = objects.find((o) => o['/Type'] === '/Catalog')!;
    expect(catalog['/PageMode']).toBe('/UseOutlines');
    const links = objects.filter((o) => o['/Subtype'] === '/Link');
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l['/StructParent']).toEqual(expect.any(Number));
      expect(l['/F']).toBe(4);
    }
  });
});
