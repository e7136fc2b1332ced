import { METHODS } from '../catalogues/methods.js';
import { labelOf } from '../catalogues/index.js';
import { formatMessage } from '../i18n.js';
import type { Locale } from '../i18n.js';
import { GENERIC_REGION } from '../regions.js';
import type { RegionProfile } from '../regions.js';
import { bodyName, formatDate, isBlank } from '../rules/helpers.js';
import type { Assessment } from '../schema.js';
import { FEEDBACK_TEXTS, LANGUAGE_NAMES } from '../texts/feedback.js';
import { noticeOrganiser } from './languages.js';

/** A piece of text and the language it is in: an official's answer may be only in the assessment's language. */
export interface NoticeText {
  readonly text: string;
  readonly lang: Locale;
}

/** One entry of a section: what it is about (a method, a body) and what was recorded. */
export interface NoticeItem {
  readonly label?: string;
  readonly texts: readonly NoticeText[];
}

/** The notice "Mitä osallistumisesta seurasi?" in one language, as data: the HTML and the PDF lay it out. */
export interface Notice {
  readonly locale: Locale;
  readonly title: string;
  readonly caseTitle: string;
  /** The case title's language: a translation's, or the assessment's own. */
  readonly caseTitleLang: Locale;
  readonly intro: readonly string[];
  readonly sections: readonly {
    readonly id: NoticeSectionId;
    readonly heading: string;
    readonly items: readonly NoticeItem[];
  }[];
  readonly readMore: {
    readonly minutesUrl: string | null;
    readonly minutesText: string;
    readonly lines: readonly string[];
  };
}

export type NoticeSectionId = 'decided' | 'heard' | 'changed' | 'notChanged' | 'thanks';

export interface NoticeOptions {
  readonly locale: Locale;
  /** For the influence bodies' names; default the profile the assessment names, else the generic one. */
  readonly region?: RegionProfile;
}

/** Only web links are made into links: a `javascript:` or other address in the data stays text. */
export function safeUrl(url: string): string | null {
  const u = url.trim();
  return /^https?:\/\/[^\s"<>]+$/i.test(u) ? u : null;
}

/**
 * What the notice says in one language. Free text comes from the official's answers: the translation for this
 * language when there is one (`translations["followUp.methods.0.heard"].sv`), otherwise the answer itself,
 * marked with its own language.
 */
export function noticeOf(a: Assessment, options: NoticeOptions): Notice {
  const l = options.locale;
  const region = noticeOrganiser(a, options.region) ?? GENERIC_REGION;
  const T = (k: keyof typeof FEEDBACK_TEXTS) => FEEDBACK_TEXTS[k][l];
  const original = a.case.language;
  const free = (path: string, text: string): NoticeText[] => {
    const translated = a.translations[path]?.[l];
    if (translated !== undefined && !isBlank(translated)) return [{ text: translated.trim(), lang: l }];
    return isBlank(text) ? [] : [{ text: text.trim(), lang: original }];
  };
  const f = a.followUp;
  const decision = f.decision;
  const date = decision.date ?? a.case.meetingDate;
  const body = a.case.decidingBody.name.trim();
  const intro: string[] = [];
  if (date !== null)
    intro.push(formatMessage(body ? T('decidedBy') : T('decidedOn'), { body, date: formatDate(date) }, l));
  const paragraph = decision.paragraph.trim() || a.case.agendaItem.trim();
  if (paragraph) intro.push(formatMessage(T('paragraph'), { paragraph }, l));
  intro.push(T('intro'));

  const methodLabel = (row: number) => {
    const m = a.methods[row];
    if (!m) return undefined;
    return m.method === 'otherMethod' && !isBlank(m.name) ? m.name.trim() : labelOf(METHODS, m.method)[l];
  };
  const heard: NoticeItem[] = [];
  const changed: NoticeItem[] = [];
  const notChanged: NoticeItem[] = [];
  f.methods.forEach((m, i) => {
    const label = methodLabel(m.row);
    const base = `followUp.methods.${i}`;
    const texts: NoticeText[] = [];
    if (m.done === 'no') texts.push({ text: T('notHeld'), lang: l });
    if (m.participants !== null)
      texts.push({ text: formatMessage(T('participants'), { n: m.participants }, l), lang: l });
    texts.push(...free(`${base}.heard`, m.heard));
    if (texts.length) heard.push({ ...(label ? { label } : {}), texts });
    const c = free(`${base}.changed`, m.changed);
    if (c.length) changed.push({ ...(label ? { label } : {}), texts: c });
    const nc = free(`${base}.notChanged`, m.notChanged);
    const why = free(`${base}.why`, m.why);
    if (nc.length || why.length)
      notChanged.push({
        ...(label ? { label } : {}),
        texts: [...nc, ...why.map((w, k) => (k === 0 ? { ...w, text: `${T('why')} ${w.text}` } : w))],
      });
  });
  f.consultations.forEach((c, i) => {
    const row = a.consultations[c.row];
    const label = formatMessage(T('statementOf'), { body: row ? bodyName(row.body, region) : '–' }, l);
    const base = `followUp.consultations.${i}`;
    const s = free(`${base}.statement`, c.statement);
    if (s.length) heard.push({ label, texts: s });
    const t = free(`${base}.takenIntoAccount`, c.takenIntoAccount);
    if (t.length) changed.push({ label, texts: t });
  });
  const missing = (items: NoticeItem[], key: keyof typeof FEEDBACK_TEXTS): NoticeItem[] =>
    items.length ? items : [{ texts: [{ text: T(key), lang: l }] }];
  const decided = free('followUp.decision.decided', decision.decided);
  // communication.thanks is the plan for thanking people, written before the decision: not for the notice.
  const thanks = [{ text: T('thanksText'), lang: l }];

  const [caseTitle] = free('case.title', a.case.title);
  const lines: string[] = [];
  const where = a.followUp.reportBack.where.trim();
  if (where) lines.push(formatMessage(T('publishedAt'), { where }, l));
  const { name, contact } = a.case.preparer;
  if (!isBlank(name) && !isBlank(contact))
    lines.push(formatMessage(T('contact'), { name: name.trim(), contact: contact.trim() }, l));
  return {
    locale: l,
    title: T('title'),
    caseTitle: caseTitle?.text ?? '',
    caseTitleLang: caseTitle?.lang ?? l,
    intro,
    sections: [
      {
        id: 'decided',
        heading: T('decided'),
        items: [{ texts: decided.length ? decided : [{ text: T('decidedMissing'), lang: l }] }],
      },
      { id: 'heard', heading: T('heard'), items: missing(heard, 'heardMissing') },
      { id: 'changed', heading: T('changed'), items: missing(changed, 'changedMissing') },
      { id: 'notChanged', heading: T('notChanged'), items: missing(notChanged, 'notChangedMissing') },
      { id: 'thanks', heading: T('thanks'), items: [{ texts: thanks }] },
    ],
    readMore: { minutesUrl: safeUrl(decision.minutesUrl), minutesText: T('minutes'), lines },
  };
}

/** "(text only in Finnish)" for a text shown in a notice of another language. */
export function otherLanguageNote(text: NoticeText, locale: Locale): string | null {
  return text.lang === locale
    ? null
    : formatMessage(FEEDBACK_TEXTS.otherLanguage[locale], { language: LANGUAGE_NAMES[text.lang][locale] }, locale);
}
