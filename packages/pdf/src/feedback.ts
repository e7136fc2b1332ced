import { jsPDF } from 'jspdf';
import {
  FEEDBACK_TEXTS,
  feedbackHtml,
  formatDate,
  noticeLocales,
  noticeOf,
  otherLanguageNote,
  parseAssessment,
} from '@osallisuusarvio/core';
import type { Assessment, AssessmentInput, Locale, Notice, RegionProfile } from '@osallisuusarvio/core';
import { LANG_TAG, byteArray, drawFooters, newTextDocument } from './document.js';
import { CREATION_DATE_STAND_IN, replaceCreationDate, resolveGeneratedAt } from './dates.js';
import { installArchive } from './archive.js';
import { Layout, SIZE } from './layout.js';
import { pdfDate } from './pdf-syntax.js';
import { InvalidAssessmentError, withFastFlate } from './render.js';
import { sha256Hex } from './sha256.js';
import { StructureTree } from './tagged.js';

export interface FeedbackOptions {
  /** One language only, the caller's choice over the organiser profile's. */
  readonly locale?: Locale;
  /** Several languages in one notice, in this order. Overrides `locale`. */
  readonly locales?: readonly Locale[];
  /**
   * The organiser profile: the influence bodies' names, and, when no language is asked for, the languages: both
   * national languages, majority first, for a bilingual organiser, else `case.language`. Default the profile
   * the assessment names (`organiser.id`).
   */
  readonly region?: RegionProfile;
  /** PDF only: the time written in the metadata; default the decision day, so the same input gives the same bytes. */
  readonly generatedAt?: Date | string | number;
}

function languagesOf(a: Assessment, options: FeedbackOptions): [Locale, ...Locale[]] {
  const asked = options.locales?.length ? options.locales : options.locale ? [options.locale] : undefined;
  return noticeLocales(a, {
    ...(asked ? { locales: asked } : {}),
    ...(options.region ? { organiser: options.region } : {}),
  });
}

/**
 * The notice to participants, "Mitä osallistumisesta seurasi?": self-contained HTML for the organiser's web
 * pages, or a tagged PDF like the appendix (structure tree, headings, /Lang, bookmarks-free one or two pages).
 */
export function renderFeedback(
  input: AssessmentInput | Assessment,
  options: FeedbackOptions & { format: 'html' },
): string;
export function renderFeedback(
  input: AssessmentInput | Assessment,
  options: FeedbackOptions & { format: 'pdf' },
): Uint8Array;
export function renderFeedback(
  input: AssessmentInput | Assessment,
  options: FeedbackOptions & { format: 'html' | 'pdf' },
): string | Uint8Array {
  const parsed = parseAssessment(input);
  if (!parsed.ok) throw new InvalidAssessmentError(parsed.errors);
  const a = parsed.assessment;
  const locales = languagesOf(a, options);
  if (options.format === 'html')
    return feedbackHtml(a, { locales, ...(options.region ? { region: options.region } : {}) });
  return feedbackPdf(a, locales, options);
}

function feedbackPdf(a: Assessment, locales: [Locale, ...Locale[]], options: FeedbackOptions): Uint8Array {
  const notices = locales.map((locale) =>
    noticeOf(a, { locale, ...(options.region ? { region: options.region } : {}) }),
  );
  const when = options.generatedAt ?? `${a.followUp.decision.date ?? a.case.meetingDate ?? '2000-01-01'}T00:00:00Z`;
  const generatedAt = resolveGeneratedAt(when);
  const date = pdfDate(generatedAt);

  const { doc, clean } = newTextDocument();

  const first = notices[0]!;
  // What the notice is made of, so that the same input gives the same file id and bytes.
  const digest = sha256Hex(new TextEncoder().encode(JSON.stringify([notices, date.pdf])));
  const title = clean(notices.map((n) => (n.caseTitle ? `${n.title} – ${n.caseTitle}` : n.title)).join(' / '));
  const catalog = installArchive(doc, {
    title,
    subject: clean(first.caseTitle),
    author: clean(a.case.decidingBody.name) || clean(a.case.preparer.name) || 'osallisuusarvio',
    keywords: notices.map((n) => n.title).join('; '),
    creator: 'osallisuusarvio',
    producer: `jsPDF ${jsPDF.version}`,
    lang: LANG_TAG[first.locale],
    date,
    sha256: digest,
    attachment: null,
  });
  const tree = new StructureTree(doc, LANG_TAG[first.locale], catalog);
  // jsPDF refuses creation dates outside 1970–2037: it gets a stand-in, replaced in the finished file.
  doc.setCreationDate(CREATION_DATE_STAND_IN);
  doc.setFileId(digest.slice(0, 32).toUpperCase());
  const layout = new Layout(doc, tree);
  notices.forEach((n, i) => {
    if (i > 0) layout.newPage();
    tree.group('Sect', () => writeNotice(layout, n, clean));
  });
  tree.end();

  const decided = a.followUp.decision.date;
  drawFooters(doc, tree, (p, pages) => ({ left: decided ? formatDate(decided) : undefined, right: `${p}/${pages}` }));
  return byteArray(
    replaceCreationDate(
      withFastFlate(() => doc.output()),
      generatedAt,
    ),
  );
}

function writeNotice(layout: Layout, n: Notice, clean: (s: string) => string): void {
  layout.heading(n.title, 1);
  if (n.caseTitle) layout.paragraph(clean(n.caseTitle), { size: SIZE.h3, bold: true, spaceAfter: 8 });
  for (const p of n.intro) layout.paragraph(clean(p));
  for (const s of n.sections) {
    layout.heading(s.heading, 2);
    for (const item of s.items) {
      if (item.label) layout.heading(clean(item.label), 3);
      for (const t of item.texts) {
        const note = otherLanguageNote(t, n.locale);
        const blocks = clean(t.text).split(/\n\s*\n/);
        blocks.forEach((b, k) => {
          layout.paragraph(`${b}${note && k === blocks.length - 1 ? ` ${note}` : ''}`, { spaceAfter: 6 });
        });
      }
    }
  }
  if (n.readMore.minutesUrl || n.readMore.lines.length) {
    layout.heading(FEEDBACK_TEXTS.readMore[n.locale], 2);
    if (n.readMore.minutesUrl) layout.paragraph(`${n.readMore.minutesText}: ${n.readMore.minutesUrl}`);
    for (const line of n.readMore.lines) layout.paragraph(clean(line));
  }
}
