import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, RULE_KIND_LABELS, createAssessment, defineRule, findRegion } from '@osallisuusarvio/core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { hyphenationPoints } from './hyphenate.js';
import { renderAppendix } from './index.js';
import { normalise, readBack } from './test-helpers.js';
import { stripSoftHyphens, wrapLine } from './wrap.js';
import { has } from './test-tools.js';

const GENERATED_AT = '2026-11-23T10:00:00Z';
const poppler = has('pdftotext') || Boolean(process.env.CI);
const pdftotext = (bytes: Uint8Array) => execFileSync('pdftotext', ['-', '-'], { input: bytes, encoding: 'utf8' });
/** One unit per character: lines of `width` characters. */
const mono = (width: number, text: string, lang: 'fi' | 'sv' | 'en' | null, soft = new Set<number>()) =>
  wrapLine(text, width, (a, b) => b - a, 1, lang, soft).map((l) => text.slice(l.start, l.end) + (l.hyphen ? '-' : ''));

describe('line breaking', () => {
  it('hyphenates a word that does not fit, in Finnish, Swedish and English', () => {
    expect(mono(16, 'Kokemusasiantuntijat', 'fi')).toEqual(['Kokemusasiantun-', 'tijat']);
    expect(mono(12, 'Erfarenhetsexperter', 'sv')).toEqual(['Erfarenhets-', 'experter']);
    expect(mono(10, 'participation', 'en')).toEqual(['participa-', 'tion']);
    expect(hyphenationPoints('Kokemusasiantuntijat', 'fi')).toContain(7);
  });

  it('breaks at spaces first and never leaves one letter of a hyphenated word on a line', () => {
    expect(mono(20, 'Asukkaat ja kokemusasiantuntijat', 'fi')).toEqual(['Asukkaat ja kokemus-', 'asiantuntijat']);
    for (const line of mono(6, 'participation', 'en')) expect(line.replace('-', '').length).toBeGreaterThan(1);
  });

  it('breaks at a soft hyphen the official typed, and only draws it there', () => {
    const { text, soft } = stripSoftHyphens('Palvelu\u00adverkko\u00adsuunnitelma on valmis');
    expect(text).toBe('Palveluverkkosuunnitelma on valmis');
    expect(mono(40, text, null, soft)).toEqual(['Palveluverkkosuunnitelma on valmis']);
    expect(mono(16, text, null, soft)).toEqual(['Palveluverkko-', 'suunnitelma on', 'valmis']);
  });

  it('breaks after a hard hyphen without adding one', () => {
    expect(mono(10, 'sosiaali-ja terveys', null)).toEqual(['sosiaali-', 'ja terveys']);
  });
});

describe('the appendix', () => {
  const narrow = createAssessment({
    case: { language: 'fi' },
    invited: {
      deliberatelyExcluded: 'yes',
      exclusions: [{ who: 'Kokemusasiantuntijatoimintaryhmät', reason: 'Palveluverkkosuunnitelmaluonnos' }],
    },
    affected: { text: 'Asiak\u00adkaat ja poti\u00adlaat ovat mukana.' },
  });

  it.skipIf(!poppler)('draws a hyphen where a word breaks in a narrow column, and the word extracts whole', () => {
    const text = pdftotext(renderAppendix(narrow, { generatedAt: GENERATED_AT }));
    // The drawn hyphen is a soft hyphen (ISO 32000-1, 14.8.2.2.3): joined at the line end, the word is whole.
    expect(text).toMatch(/Kokemusasiantuntija\S*\u00ad\n/);
    const joined = text.replace(/\u00ad\n/g, '');
    expect(joined).toContain('Kokemusasiantuntijatoimintaryhmät');
    // Soft hyphens the official typed mid-line are not drawn.
    expect(joined).toContain('Asiakkaat ja potilaat ovat mukana.');
    expect(text).not.toMatch(/\u00ad[^\n]/);
  });

  it('prints the narrow no-break space, ± ≥ ≤ →, other symbols and Greek exactly, in text and in tables', async () => {
    const typed =
      'Säästö 10\u202f000 € ± 5 %, vähintään ≥ 30 päivää → kokous, ≤ 2 ⇒ ≠ ≈ ∞ ✓ ✗ ● ■, kerroin α = 0,5, Δ ja Ω.';
    const cell = '≥ 65-vuotiaat → ✓';
    const input = createAssessment({
      affected: { text: typed },
      invited: { deliberatelyExcluded: 'yes', exclusions: [{ who: cell, reason: 'Syy ≤ 2' }] },
    });
    const pdf = await readBack(renderAppendix(input, { generatedAt: GENERATED_AT }));
    expect(normalise(pdf.text)).toContain(normalise(typed));
    expect(normalise(pdf.text)).toContain(cell);
    expect(pdf.text).not.toContain('\ufffd');
  });

  it('never leaves a single word alone on a heading’s last line', async () => {
    // Titles of every length from one line to two: with some of them a greedy break leaves one word below.
    const words =
      'tämä havainto koskee osallistumisen tapoja joita alueella käytetään kun päätös valmistellaan yhdessä asukkaiden kanssa ja hyvissä ajoin ennen kokousta'.split(
        ' ',
      );
    const titles = Array.from({ length: 14 }, (_, k) => `Otsikko ${k}: ${words.slice(0, 8 + k).join(' ')}`);
    const rules = titles.map((fi, k) =>
      defineRule({
        id: `host-title-${k}`,
        severity: 'recommendation',
        title: { fi, sv: fi, en: fi },
        legalBasis: [],
        message: { fi: 'Viesti.', sv: 'Meddelande.', en: 'Message.' },
        when: () => [{ fields: [], params: {} }],
      }),
    );
    const bytes = renderAppendix(EXAMPLES['service-network'].assessment, {
      region: findRegion(EXAMPLES['service-network'].region)!,
      rules,
      generatedAt: GENERATED_AT,
      locale: 'fi',
    });
    const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    const lines: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      for (const item of content.items as { str?: string }[]) if (item.str?.trim()) lines.push(item.str.trim());
    }
    await doc.destroy();
    let wrapped = 0;
    for (const title of titles) {
      // A host rule without a kind counts as good practice, and the heading says so.
      const heading = `Suositus: ${title} (${RULE_KIND_LABELS.goodPractice.fi})`;
      const first = lines.findIndex((l) => heading.startsWith(l) && l.startsWith(`Suositus: ${title.slice(0, 10)}`));
      expect(first, heading).toBeGreaterThanOrEqual(0);
      const headingLines: string[] = [];
      for (let i = first; headingLines.join(' ').length < heading.length; i++) headingLines.push(lines[i]!);
      expect(headingLines.join(' ')).toBe(heading);
      if (headingLines.length > 1) wrapped++;
      expect(headingLines[headingLines.length - 1], heading).toContain(' ');
    }
    expect(wrapped).toBeGreaterThan(3);
  });

  it('says in the summary that no participation is organised, and why', async () => {
    const example = EXAMPLES['internal-sv'];
    const reason = example.assessment.conclusion!.noParticipationReason!;
    const text = normalise(
      (
        await readBack(
          renderAppendix(example.assessment, { region: findRegion(example.region)!, generatedAt: GENERATED_AT }),
        )
      ).text,
    );
    const summary = text.slice(text.indexOf('Sammanfattning'), text.indexOf('1. '));
    expect(summary).toContain(`Inget deltagande ordnas: ${normalise(reason)}`);
    const none = normalise(
      (await readBack(renderAppendix(createAssessment({}), { locale: 'en', generatedAt: GENERATED_AT }))).text,
    );
    expect(none).toContain('No participation is organised: no reason is given.');
  });
});
