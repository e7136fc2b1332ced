import type { Locale } from '../i18n.js';
import { escapeHtml, htmlDocument } from '../html/document.js';
import type { Assessment } from '../schema.js';
import type { RegionProfile } from '../regions.js';
import { FEEDBACK_TEXTS } from '../texts/feedback.js';
import { noticeLocales } from './languages.js';
import { noticeOf, otherLanguageNote } from './notice.js';
import type { Notice, NoticeText } from './notice.js';

export interface FeedbackHtmlOptions {
  /**
   * One language, or several (the first is the page's language). Left out: both national languages, majority
   * first, for a bilingual organiser, else the assessment's language (`noticeLocales`).
   */
  readonly locales?: readonly Locale[];
  readonly region?: RegionProfile;
}

const paragraphs = (t: NoticeText, locale: Locale): string => {
  const lang = t.lang === locale ? '' : ` lang="${t.lang}"`;
  const note = otherLanguageNote(t, locale);
  const parts = t.text.split(/\n\s*\n/).map((p) => escapeHtml(p.trim()).replace(/\n/g, '<br>'));
  return parts
    .map(
      (p, i) =>
        `<p${lang}>${p}${note && i === parts.length - 1 ? ` <span lang="${locale}" class="note">${escapeHtml(note)}</span>` : ''}</p>`,
    )
    .join('\n');
};

function section(notice: Notice, idPrefix: string): string {
  const l = notice.locale;
  const out: string[] = [];
  const headingId = `${idPrefix}-title`;
  out.push(`<section class="lang" lang="${l}" aria-labelledby="${headingId}">`);
  out.push(`<h1 id="${headingId}">${escapeHtml(notice.title)}</h1>`);
  const titleLang = notice.caseTitleLang === l ? '' : ` lang="${notice.caseTitleLang}"`;
  if (notice.caseTitle) out.push(`<p class="case"${titleLang}>${escapeHtml(notice.caseTitle)}</p>`);
  for (const p of notice.intro) out.push(`<p>${escapeHtml(p)}</p>`);
  for (const s of notice.sections) {
    out.push(`<h2 id="${idPrefix}-${s.id}">${escapeHtml(s.heading)}</h2>`);
    for (const item of s.items) {
      if (item.label) out.push(`<h3>${escapeHtml(item.label)}</h3>`);
      for (const t of item.texts) out.push(paragraphs(t, l));
    }
  }
  const more = notice.readMore;
  if (more.minutesUrl || more.lines.length) {
    out.push(`<h2 id="${idPrefix}-more">${escapeHtml(FEEDBACK_TEXTS.readMore[l])}</h2>`);
    if (more.minutesUrl)
      out.push(`<p><a href="${escapeHtml(more.minutesUrl)}">${escapeHtml(more.minutesText)}</a></p>`);
    for (const line of more.lines) out.push(`<p>${escapeHtml(line)}</p>`);
  }
  out.push('</section>');
  return out.join('\n');
}

const CSS = `
.case { font-size: 1.15rem; font-weight: 600; margin-top: 0; }
section.lang h1 { margin-top: 0; }
h3 { font-size: 1.05rem; }
p { max-width: 40rem; }
`;

/**
 * The notice to participants as one self-contained, accessible HTML page (no scripts, nothing loaded from
 * elsewhere) for the organiser's web pages; with two languages, both in one page, each marked with its `lang`.
 */
export function feedbackHtml(a: Assessment, options: FeedbackHtmlOptions = {}): string {
  const notices = noticeLocales(a, {
    ...(options.locales ? { locales: options.locales } : {}),
    ...(options.region ? { organiser: options.region } : {}),
  }).map((locale) => noticeOf(a, { locale, ...(options.region ? { region: options.region } : {}) }));
  const title = notices.map((n) => (n.caseTitle ? `${n.title} – ${n.caseTitle}` : n.title)).join(' / ');
  return htmlDocument({
    lang: notices[0]!.locale,
    title,
    body: notices.map((n) => section(n, `notice-${n.locale}`)).join('\n'),
    extraCss: CSS,
  });
}
