import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n.js';
import type { Locale } from '../i18n.js';
import { KYMENLAAKSO } from '../regions.js';
import { bodyName } from '../rules/helpers.js';
import { createAssessment } from '../schema.js';
import { FEEDBACK_TEXTS } from '../texts/feedback.js';
import { followedUp } from './feedback-fixtures.js';
import { feedbackHtml } from './html.js';
import { noticeOf } from './notice.js';

/** The visible text of a notice page, one block per line. */
const textOf = (html: string) =>
  html
    .replace(/<head>[\s\S]*<\/head>/, '')
    .replace(/<(br|\/p|\/h[1-3]|\/li)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/** Sentences end in . ! ? or : followed by a space; "15.3.2027" and "§ 45" stay inside their sentence. */
const sentencesOf = (lines: readonly string[]) =>
  lines.flatMap((line) => line.split(/(?<=[.!?])\s+/)).filter((s) => /\p{L}/u.test(s));
const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function readability(sentences: readonly string[]) {
  const counts = sentences.map(words);
  return {
    average: counts.reduce((x, y) => x + y, 0) / counts.length,
    longest: Math.max(...counts),
    sentences: counts.length,
  };
}

describe('the notice to participants, "Mitä osallistumisesta seurasi?"', () => {
  it.each(LOCALES)(
    '%s: says what was decided, heard, changed, not changed and why, thanks and where to read more',
    (locale) => {
      const n = noticeOf(followedUp(), { locale, region: KYMENLAAKSO });
      expect(n.title).toBe(FEEDBACK_TEXTS.title[locale]);
      expect(n.sections.map((s) => s.id)).toEqual(['decided', 'heard', 'changed', 'notChanged', 'thanks']);
      expect(n.intro[0]).toContain('15.3.2027');
      expect(n.readMore.minutesUrl).toBe('https://kymenhva.fi/poytakirjat/2027-03-15');
      const heard = n.sections.find((s) => s.id === 'heard')!;
      expect(heard.items).toHaveLength(3);
      expect(heard.items[0]!.texts[0]!.text).toContain('412');
      expect(heard.items[2]!.label).toContain(bodyName('elderlyCouncil', KYMENLAAKSO)[locale]);
      const notChanged = n.sections.find((s) => s.id === 'notChanged')!;
      expect(notChanged.items[0]!.texts[1]!.text.startsWith(FEEDBACK_TEXTS.why[locale])).toBe(true);
    },
  );

  it('uses the translation for the notice’s language, and marks an answer only in the original language', () => {
    const sv = noticeOf(followedUp(), { locale: 'sv' });
    const heard = sv.sections.find((s) => s.id === 'heard')!.items;
    expect(heard[0]!.texts.at(-1)).toEqual({ text: expect.stringContaining('Många var rädda'), lang: 'sv' });
    expect(heard[1]!.texts.at(-1)).toEqual({ text: 'Asukkaat kysyivät pysäköinnistä.', lang: 'fi' });
    const html = feedbackHtml(followedUp(), { locales: ['sv'] });
    expect(html).toContain(
      '<p lang="fi">Asukkaat kysyivät pysäköinnistä. <span lang="sv" class="note">(texten finns bara på finska)</span></p>',
    );
  });

  it('says so when nothing has been recorded yet, instead of leaving a section empty', () => {
    const n = noticeOf(createAssessment({ case: { meetingDate: '2027-01-10' } }), { locale: 'en' });
    expect(n.intro[0]).toBe('The decision was made on 10.1.2027.');
    expect(n.sections.map((s) => s.items[0]!.texts[0]!.text)).toEqual([
      FEEDBACK_TEXTS.decidedMissing.en,
      FEEDBACK_TEXTS.heardMissing.en,
      FEEDBACK_TEXTS.changedMissing.en,
      FEEDBACK_TEXTS.notChangedMissing.en,
      FEEDBACK_TEXTS.thanksText.en,
    ]);
    expect(n.readMore.minutesUrl).toBeNull();
  });

  it('puts both national languages in one page for a bilingual organiser, each marked with its language', () => {
    const html = feedbackHtml(followedUp(), { locales: ['fi', 'sv'] });
    expect(html).toMatch(/<html lang="fi">/);
    expect(html).toContain('<section class="lang" lang="fi" aria-labelledby="notice-fi-title">');
    expect(html).toContain('<section class="lang" lang="sv" aria-labelledby="notice-sv-title">');
    expect(html).toContain('<title>Mitä osallistumisesta seurasi? – Karhulan');
    expect(html.indexOf('Vad ledde deltagandet till?')).toBeGreaterThan(html.indexOf('Mitä osallistumisesta seurasi?'));
  });

  it('is self-contained, escapes the official’s text and links only web addresses', () => {
    const a = followedUp();
    a.followUp.decision.decided = '<script>alert(1)</script> & "quotes"';
    a.translations = {};
    a.followUp.decision.minutesUrl = 'javascript:alert(1)';
    const html = feedbackHtml(a, { locales: ['fi'] });
    expect(html).not.toMatch(/<script|<link|<img|src=|@import/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).not.toContain('href="javascript');
  });

  describe.each(LOCALES)('readability in %s (average sentence at most 15 words, none over 25)', (locale: Locale) => {
    it('the notice’s own texts', () => {
      const filled = Object.values(FEEDBACK_TEXTS).map((t) =>
        t[locale].replace(/\{body\}/g, 'Aluehallitus').replace(/\{\w+\}/g, '12'),
      );
      const r = readability(sentencesOf(filled));
      expect(r.average).toBeLessThanOrEqual(15);
      expect(r.longest).toBeLessThanOrEqual(25);
    });

    it('the rendered notice, the fixture’s answers included', () => {
      const sentences = sentencesOf(textOf(feedbackHtml(followedUp(), { locales: [locale], region: KYMENLAAKSO })));
      expect(sentences.length).toBeGreaterThan(15);
      const r = readability(sentences);
      expect(r.average).toBeLessThanOrEqual(15);
      expect(sentences.filter((s) => words(s) > 25)).toEqual([]);
    });
  });

  it('the readability check is not vacuous: a long official sentence fails it', () => {
    const long =
      'Tämä on hyvin pitkä virke, jossa on paljon sanoja, koska se kertoo kaiken yhdellä kertaa eikä pysähdy missään kohtaa, vaikka lukija toivoisi taukoa jo ennen puoliväliä ja vielä senkin jälkeen.';
    expect(words(long)).toBeGreaterThan(25);
    expect(readability(sentencesOf([long])).longest).toBeGreaterThan(25);
  });
});
