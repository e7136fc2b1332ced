import { jsPDF } from 'jspdf';
import { zlibSync } from 'fflate';
import {
  APPENDIX_TEXTS,
  CHECKLIST,
  CHECKLIST_TITLE,
  CONSULTATION_STATUSES,
  GENERIC_REGION,
  GROUPS,
  GUIDANCE,
  METHODS,
  METHOD_STATUSES,
  OUTCOME_USES,
  SECTIONS,
  STATUS_TEXTS,
  BILINGUAL_TEXTS,
  LANGUAGE_NAMES,
  bodyName,
  canonicalJson,
  evaluate,
  findOrganiser,
  fieldLabel,
  formatIsoDate as formatDateIn,
  formatMessage,
  joinList,
  labelOf,
  parseAssessment,
  participationOrganised,
  questionFields,
  valueAtPath,
  withOrganiser,
  appendixLanguages,
} from '@osallisuusarvio/core';
import type {
  AnyRule,
  Assessment,
  AssessmentInput,
  ParseError,
  QuestionField,
  CatalogueEntry,
  Evaluation,
  Locale,
  LocalizedText,
  RegionProfile,
} from '@osallisuusarvio/core';
import { NOTO_SANS_BOLD, NOTO_SANS_REGULAR, SYMBOLS_REGULAR } from './assets.generated.js';
import { ATTACHMENT_NAME, installArchive } from './archive.js';
import { COLOR, FONT, Layout, PAGE, SIZE, SYMBOL_FONT } from './layout.js';
import { binaryString, pdfDate } from './pdf-syntax.js';
import { sha256Hex } from './sha256.js';
import { StructureTree } from './tagged.js';
import { cleanText } from './text.js';
import { LANG_TAG, byteArray, drawFooters } from './document.js';
import { answeredCount, writeFindings } from './findings-section.js';
import { withFasterJsPdf } from './jspdf-speed.js';
import { installOutline } from './outline.js';
import { drawTimeline } from './timeline.js';
import { caseRows as caseRowsOf, consultationCells } from './case-table.js';
import { DRAFT_NOTICE_COLOR, drawDraftBand, isDraft } from './draft-mark.js';
import { hasWrittenAnswer } from './written-answers.js';
import { CREATION_DATE_STAND_IN, helsinkiDay, replaceCreationDate, resolveGeneratedAt } from './dates.js';

export interface RenderOptions {
  /** Language of the appendix; defaults to the assessment's `case.language`. */
  readonly locale?: Locale;
  readonly region?: RegionProfile;
  /**
   * The organiser profile, the same as `region` under the name `evaluate` uses. Without either, the profile
   * named by `assessment.organiser.id`, else the generic welfare region.
   */
  readonly organiser?: RegionProfile;
  /**
   * Both national languages in one appendix: a part in the organiser's majority language, then one in the
   * other (Finnish and Swedish; `locale` is not used then). Defaults to the organiser profile's
   * `appendicesInBothLanguages`; `false` gives one language even where the profile asks for both.
   */
  readonly bilingual?: boolean;
  /**
   * The generation time, printed as "Laadittu" (the Helsinki day) and written in the metadata. Defaults to
   * now; pass a fixed time (the CLI passes SOURCE_DATE_EPOCH) for reproducible bytes: the same input with
   * the same `generatedAt` gives the same file. Any time in the years 0000–9999 is accepted.
   */
  readonly generatedAt?: Date | string | number;
  /** Overrides `case.appendixLabel`, e.g. "Liite 3". */
  readonly appendixLabel?: string;
  /** Host rules, as given to `evaluate`. */
  readonly rules?: readonly AnyRule[];
  readonly disabledRules?: readonly string[];
  /**
   * Attach the assessment's JSON (PDF/A-3b). Without it the file is PDF/A-1b, for archives that do not
   * accept attachments; `readAppendix` then cannot re-open it.
   */
  readonly attachJson?: boolean;
}

const PRODUCT = 'osallisuusarvio';

/** The BCP 47 tag of a locale as the appendix writes it (`/Lang`, XMP). */
const langTag = (locale: Locale) => LANG_TAG[locale];

let fonts: { regular: string; bold: string; symbols: string } | undefined;

/** Thrown by `renderAppendix` when the assessment does not validate; `errors` name each path. */
export class InvalidAssessmentError extends Error {
  constructor(readonly errors: readonly ParseError[]) {
    super(`Invalid assessment: ${errors.map((e) => `${e.pathText || '(root)'}: ${e.message.en}`).join('; ')}`);
    this.name = 'InvalidAssessmentError';
  }
}

/** Renders the participation-assessment appendix. Same assessment and options, same bytes, in Node and browsers. */
export function renderAppendix(input: AssessmentInput | Assessment, options: RenderOptions = {}): Uint8Array {
  return withFasterJsPdf(() => render(input, options));
}

function render(input: AssessmentInput | Assessment, options: RenderOptions): Uint8Array {
  // Hosts in plain JS can pass anything; validating here gives them the same path-specific errors as an import.
  const parsed = parseAssessment(input);
  if (!parsed.ok) throw new InvalidAssessmentError(parsed.errors);
  const region =
    options.organiser ??
    options.region ??
    (parsed.assessment.organiser.id ? findOrganiser(parsed.assessment.organiser.id) : undefined) ??
    GENERIC_REGION;
  // The organiser it is checked against is recorded when the assessment names none (core's withOrganiser).
  const assessment = withOrganiser(parsed.assessment, region);
  const locales = appendixLocales(options, region, assessment.case.language);
  // The first part's language is the document's: its /Lang, the Info title, the attachment's description.
  const locale = locales[0]!;
  const generatedAt = resolveGeneratedAt(options.generatedAt);
  const generatedOn = helsinkiDay(generatedAt);
  const date = pdfDate(generatedAt);
  const json = canonicalJson(assessment);
  const sha256 = sha256Hex(new TextEncoder().encode(json));
  const evaluation = evaluate(assessment, {
    region,
    today: generatedOn,
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.disabledRules ? { disabledRules: options.disabledRules } : {}),
  });

  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true, floatPrecision: 2 });
  // Structure trees, /Lang and attachments are PDF 1.4–1.7 features; jsPDF declares 1.3.
  (doc as unknown as { __private__: { setPdfVersion(v: string): void } }).__private__.setPdfVersion('1.7');
  // jsPDF accepts the font already decoded from base64; decoding once per process saves each rendering the work.
  fonts ??= { regular: atob(NOTO_SANS_REGULAR), bold: atob(NOTO_SANS_BOLD), symbols: atob(SYMBOLS_REGULAR) };
  doc.addFileToVFS('NotoSans-Regular.ttf', fonts.regular);
  doc.addFont('NotoSans-Regular.ttf', FONT, 'normal');
  doc.addFileToVFS('NotoSans-Bold.ttf', fonts.bold);
  doc.addFont('NotoSans-Bold.ttf', FONT, 'bold');
  doc.addFileToVFS('DejaVuSans-Symbols.ttf', fonts.symbols);
  doc.addFont('DejaVuSans-Symbols.ttf', SYMBOL_FONT, 'normal');
  const glyphs = (style: string) => {
    doc.setFont(style === 'symbols' ? SYMBOL_FONT : FONT, 'normal');
    return (doc.getFont() as unknown as { metadata: { characterToGlyph(code: number): number } }).metadata;
  };
  const [textGlyphs, symbols] = [glyphs('text'), glyphs('symbols')];
  const covers = (cp: number) =>
    cp <= 0xffff && (textGlyphs.characterToGlyph(cp) !== 0 || (cp > 0x2000 && symbols.characterToGlyph(cp) !== 0));
  const clean = (text: string) => cleanText(text, covers);
  const t = (text: LocalizedText, params: Record<string, string | number> = {}) =>
    formatMessage(text[locale], params, locale);

  const titleIn = (l: Locale) => APPENDIX_TEXTS.documentTitle[l];
  const title = titleIn(locale);
  const decisionTitle = clean(assessment.case.title);
  const appendixLabel = clean(options.appendixLabel ?? assessment.case.appendixLabel);
  const lang = langTag(locale);
  // The decision's title in a part's language: the official's translation where one was given.
  const decisionTitleIn = (l: Locale) =>
    (l === assessment.case.language ? '' : clean(assessment.translations['case.title']?.[l] ?? '').trim()) ||
    decisionTitle;
  const fullTitleIn = (l: Locale) => (decisionTitleIn(l) ? `${titleIn(l)}: ${decisionTitleIn(l)}` : titleIn(l));
  const fullTitle = fullTitleIn(locale);

  const attach = options.attachJson ?? true;
  const catalog = installArchive(doc, {
    title: fullTitle,
    subject: [appendixLabel, clean(assessment.case.diaryNumber)].filter(Boolean).join(', '),
    author: clean(assessment.case.preparer.name) || region.name[locale],
    keywords: `${title}; ${region.name[locale]}; ${t(CHECKLIST_TITLE)}`,
    creator: PRODUCT,
    producer: `jsPDF ${jsPDF.version}`,
    lang,
    date,
    sha256,
    attachment: attach ? { json, description: t(APPENDIX_TEXTS.attachmentDescription) } : null,
    ...(locales.length > 1
      ? { titles: locales.map((l) => ({ lang: langTag(l), title: fullTitleIn(l) })), languages: locales.map(langTag) }
      : {}),
  });
  const tree = new StructureTree(doc, lang, catalog);
  // Title, author and subject go in the Info dictionary only when jsPDF can write them without mangling:
  // it writes literal strings, where a UTF-16 byte 0x0A/0x0D would change meaning. XMP always has them.
  const infoSafe = (s: string) =>
    /^[\u0020-\u007e\u00a0-\u00ff]*$/.test(s) ||
    // jsPDF writes other strings as UTF-16BE; only a 0x0D byte (č is U+010D) would be read back as 0x0A.
    Array.from(s).every((ch) => {
      const c = ch.charCodeAt(0);
      return ch.length === 1 && c >= 0x20 && (c & 0xff) !== 0x0d && c >> 8 !== 0x0d;
    });
  const props: Record<string, string> = { creator: PRODUCT };
  if (infoSafe(fullTitle)) props.title = fullTitle;
  doc.setDocumentProperties(props);
  doc.setCreationDate(CREATION_DATE_STAND_IN);
  doc.setFileId(
    sha256Hex(
      new TextEncoder().encode(`${sha256}|${locales.join('+')}|${region.id}|${date.pdf}|${attach}|${appendixLabel}`),
    )
      .slice(0, 32)
      .toUpperCase(),
  );

  const layout = new Layout(doc, tree);
  installOutline(doc, layout.headings);
  const bilingual = locales.length > 1;
  /** The first page of each language part. */
  const starts: number[] = [];
  for (const partLocale of locales) {
    // Each part starts on a page of its own, so that it can be printed or read alone.
    if (starts.length > 0) layout.newPage();
    starts.push(doc.getNumberOfPages());
    const part: PartContext = {
      assessment,
      region,
      evaluation,
      layout,
      tree,
      clean,
      appendixLabel,
      generatedOn,
      bilingual,
    };
    if (bilingual) tree.part(langTag(partLocale), () => writePart(part, partLocale));
    else writePart(part, partLocale);
  }
  tree.end();

  // Running header and footer, as artifacts, once the page count is known; each page in its part's language.
  // The footer's rule takes the draw colour and width the header sets on each page.
  const pages = doc.getNumberOfPages();
  const draft = isDraft(evaluation.status);
  const footerLeft = [appendixLabel, clean(assessment.case.diaryNumber), `SHA-256 ${sha256.slice(0, 12)}`]
    .filter(Boolean)
    .join(' · ');
  const localeOf = (page: number) => locales[starts.filter((first) => first <= page).length - 1] ?? locale;
  for (let i = 1; i <= pages; i++) {
    doc.setPage(i);
    const pageLocale = localeOf(i);
    const pageTitle = bilingual
      ? `${titleIn(pageLocale)} · ${BILINGUAL_TEXTS.inLanguage[pageLocale]}`
      : titleIn(pageLocale);
    if (draft) drawDraftBand(doc, tree, APPENDIX_TEXTS.draftBand[pageLocale]);
    tree.artifact(() => {
      doc.setFont(FONT, 'normal');
      doc.setFontSize(SIZE.small);
      doc.setTextColor(COLOR.muted);
      doc.text(region.name[pageLocale], PAGE.left, 36);
      doc.text(pageTitle, PAGE.width - PAGE.right, 36, { align: 'right' });
      doc.setDrawColor(COLOR.rule);
      doc.setLineWidth(0.5);
      doc.line(PAGE.left, 42, PAGE.width - PAGE.right, 42);
    }, 'Header');
  }
  drawFooters(doc, tree, (i, n) => ({
    left: footerLeft,
    right: formatMessage(APPENDIX_TEXTS.page[localeOf(i)], { i, n }, localeOf(i)),
    rule: true,
  }));
  const file = withFastFlate(() => (doc as unknown as JsPdfPrivate).__private__.buildDocument());
  return byteArray(replaceCreationDate(file, generatedAt));
}

/** The languages of the appendix's parts: one, or both national languages, the organiser's majority first. */
function appendixLocales(options: RenderOptions, region: RegionProfile, caseLanguage: Locale): readonly Locale[] {
  return appendixLanguages(region, caseLanguage, { bilingual: options.bilingual, locale: options.locale });
}

/** What every language part of one appendix shares. */
interface PartContext {
  readonly assessment: Assessment;
  readonly region: RegionProfile;
  readonly evaluation: Evaluation;
  readonly layout: Layout;
  readonly tree: StructureTree;
  readonly clean: (text: string) => string;
  readonly appendixLabel: string;
  /** The Helsinki day of the generation time, ISO. */
  readonly generatedOn: string;
  /** One of two parts: the part says which language its answers are in. */
  readonly bilingual: boolean;
}

/** The appendix's content in one language, from the title block to the conclusion. */
function writePart(c: PartContext, locale: Locale): void {
  const { layout, tree, region, evaluation, clean, appendixLabel, generatedOn } = c;
  const a = c.assessment;
  // Dates as the appendix's language writes them ("15.3.2027", "15 March 2027"); empty for a date not given.
  const formatIsoDate = (iso: string | null): string => (iso ? formatDateIn(iso, locale) : '');
  const t = (text: LocalizedText, params: Record<string, string | number> = {}) =>
    formatMessage(text[locale], params, locale);
  const label = (entries: readonly CatalogueEntry[], id: string) => labelOf(entries, id)[locale];
  const labels = (entries: readonly CatalogueEntry[], ids: readonly string[]) => ids.map((id) => label(entries, id));
  const field = (path: string) => fieldLabel(path)[locale];
  const title = t(APPENDIX_TEXTS.documentTitle);
  const decisionTitle = clean(a.case.title);
  // What the official typed is in the case language; in an appendix in another language it is tagged so.
  const answerLang = langTag(a.case.language);
  const typed = <T>(body: () => T) => tree.inLanguage(answerLang, body);
  // The official's translation of a typed text into this part's language, where one was given.
  const translationOf = (path: string) =>
    locale === a.case.language ? '' : clean(a.translations[path]?.[locale] ?? '').trim();
  const translation = (path: string) => {
    const text = translationOf(path);
    if (!text) return;
    layout.paragraph(`${t(BILINGUAL_TEXTS.translation)}:`, { size: SIZE.small, color: COLOR.muted, spaceAfter: 2 });
    writeFreeText(layout, text);
  };

  // Title block.
  layout.heading(title, 1);
  if (decisionTitle)
    typed(() => layout.paragraph(decisionTitle, { size: SIZE.h3, bold: true, spaceAfter: 8, typed: true }));
  translation('case.title');
  if (c.bilingual && locale !== a.case.language && hasWrittenAnswer(a))
    layout.paragraph(t(BILINGUAL_TEXTS.answersAsWritten, { language: LANGUAGE_NAMES[a.case.language][locale] }), {
      size: SIZE.small,
      color: COLOR.muted,
      spaceAfter: 8,
    });
  const draft = isDraft(evaluation.status);
  if (draft)
    layout.paragraph(`${t(APPENDIX_TEXTS.draftNotice)} ${t(STATUS_TEXTS[evaluation.status])}`, {
      bold: true,
      color: DRAFT_NOTICE_COLOR,
      spaceAfter: 8,
    });
  const caseTable = { locale, clean };
  const caseRows: [string, string][] = [
    ...caseRowsOf(a, caseTable, appendixLabel),
    [t(APPENDIX_TEXTS.region), region.name[locale]],
    [t(APPENDIX_TEXTS.generatedOn), formatIsoDate(generatedOn)],
    [t(APPENDIX_TEXTS.catalogueVersion), a.catalogueVersion],
  ];
  layout.table(
    [
      { header: '', width: 0.3 },
      { header: '', width: 0.7 },
    ],
    caseRows.map(([k, v]) => [k, v || '–']),
    { rowHeaders: true, header: false },
  );

  // Summary for a reader who was not there.
  layout.heading(t(SECTIONS.summary), 2);
  const methodsSummary = a.methods.map((m) => {
    const name = m.method === 'otherMethod' && m.name ? clean(m.name) : label(METHODS, m.method);
    return `${name} (${label(METHOD_STATUSES, m.status).toLowerCase()})`;
  });
  const consultationSummary = a.consultations.map((c) =>
    c.status
      ? `${bodyName(c.body, region)[locale]} (${label(CONSULTATION_STATUSES, c.status).toLowerCase()})`
      : bodyName(c.body, region)[locale],
  );
  const timing = [a.timing.opensOn, a.timing.closesOn].every(Boolean)
    ? `${formatIsoDate(a.timing.opensOn)} – ${formatIsoDate(a.timing.closesOn)}`
    : a.timing.opensOn
      ? `${formatIsoDate(a.timing.opensOn)} ${t(APPENDIX_TEXTS.from)}`
      : a.timing.closesOn
        ? `${formatIsoDate(a.timing.closesOn)} ${t(APPENDIX_TEXTS.until)}`
        : '';
  const none = t(APPENDIX_TEXTS.none);
  const affected = [...labels(GROUPS, a.affected.groups), clean(a.affected.otherGroups)].filter(Boolean);
  layout.list([
    `${t(APPENDIX_TEXTS.summaryAffected)}: ${joinList(affected, locale) || none}`,
    `${t(APPENDIX_TEXTS.summaryMethods)}: ${joinList(methodsSummary, locale) || none}`,
    `${t(APPENDIX_TEXTS.summaryConsultations)}: ${joinList(consultationSummary, locale) || none}`,
    `${t(APPENDIX_TEXTS.summaryTiming)}: ${timing || none}`,
    `${t(APPENDIX_TEXTS.summaryOutcomes)}: ${joinList(labels(OUTCOME_USES, a.outcomes.usedFor), locale) || none}`,
    `${t(APPENDIX_TEXTS.summaryFindings)}: ${t(APPENDIX_TEXTS.findingCounts, evaluation.counts)}${answeredCount(evaluation, t)}`,
    `${t(APPENDIX_TEXTS.summaryStatus)}: ${t(STATUS_TEXTS[evaluation.status])}`,
  ]);
  if (!participationOrganised(a)) {
    // A reader who was not there learns first that nobody is asked, and why (the reason as the official wrote it).
    const reason = clean(a.conclusion.noParticipationReason).replace(/\s+/g, ' ').trim();
    const head = `${t(APPENDIX_TEXTS.summaryNoParticipation)}: `;
    const body = reason || t(APPENDIX_TEXTS.summaryNoParticipationWithoutReason);
    layout.paragraph(`${head}${body}${/[.!?]$/.test(body) ? '' : '.'}`, {
      spaceAfter: 6,
      spans: reason ? [{ start: head.length, end: head.length + reason.length, lang: answerLang }] : [],
    });
  }

  // The seven questions, in the checklist's order.
  const answer = (path: string, value: string) => {
    if (!value) return false;
    // A label that is a question ("Jätetäänkö joku tahallisesti ulkopuolelle?") reads better without a colon.
    const name = field(path);
    layout.paragraph(`${name}${/[?:]$/.test(name) ? ' ' : ': '}${value}`, { spaceAfter: 4 });
    return true;
  };
  const freeText = (path: string, text: string, withLabel: boolean) => {
    const value = clean(text).trim();
    if (!value) return false;
    // The label of a sub-question is a heading, kept with the first lines of its answer.
    if (withLabel) layout.heading(field(path), 3);
    typed(() => writeFreeText(layout, value));
    translation(path);
    return true;
  };
  const list = (entries: readonly CatalogueEntry[], ids: readonly string[], other = '') =>
    joinList([...labels(entries, ids), clean(other)].filter(Boolean), locale);
  const text = (path: string) => {
    const v = valueAtPath(a, path);
    return typeof v === 'string' ? v : '';
  };
  const ids = (path: string) => {
    const v = valueAtPath(a, path);
    return Array.isArray(v) ? (v as string[]) : [];
  };
  /** One field of a question, in the form its kind gives it; false when there was nothing to print. */
  const printField = (f: QuestionField, before: readonly boolean[]): boolean => {
    switch (f.kind) {
      case 'multiChoice':
        return answer(f.path, list(f.options, ids(f.path), f.other ? text(f.other) : ''));
      case 'choice': {
        const id = text(f.path);
        return answer(f.path, id ? label(f.options, id) : '');
      }
      case 'date':
        return answer(f.path, formatIsoDate(text(f.path) || null));
      case 'shortText':
        // A text that completes a list ("other groups") is printed with the list.
        return f.partOf ? false : answer(f.path, clean(text(f.path)));
      case 'longText':
        return freeText(f.path, text(f.path), f.role === 'answer' || (f.role === 'notes' && before.some(Boolean)));
      case 'table': {
        const rows = valueAtPath(a, f.path);
        if (!Array.isArray(rows) || rows.length === 0) return false;
        layout.table(
          f.columns.map((c) => ({
            header: t(c.header),
            width: c.width,
            ...(c.kind === 'choice' ? {} : { typed: answerLang }),
          })),
          (rows as Record<string, unknown>[]).map((row) =>
            f.columns.map((c) => {
              const v = row[c.key];
              if (typeof v !== 'string' || !v) return '';
              return c.kind === 'choice' && c.options ? label(c.options, v) : clean(v);
            }),
          ),
        );
        return true;
      }
    }
  };

  for (const q of CHECKLIST) {
    layout.heading(`${q.number}. ${q.question[locale]}`, 2);
    if ('prompts' in q) layout.paragraph(q.prompts[locale], { size: SIZE.small, color: COLOR.muted, spaceAfter: 6 });
    // The question's fields as the question model describes them; its closing notes come last.
    const answered: boolean[] = [];
    const fields = questionFields(q.id);
    for (const f of fields) if (!(f.kind === 'longText' && f.role === 'notes')) answered.push(printField(f, answered));
    for (const f of fields) if (f.kind === 'longText' && f.role === 'notes') answered.push(printField(f, answered));
    if (q.id === 'timing') drawTimeline(layout, a, locale, region);
    if (!answered.some(Boolean)) {
      // Timing and outcomes do not apply when no participation is organised and the official has said why.
      const applies =
        evaluation.completeness.parts[q.id].total > 0 || !clean(a.conclusion.noParticipationReason).trim();
      layout.paragraph(t(applies ? APPENDIX_TEXTS.notAnswered : APPENDIX_TEXTS.notApplicable), { color: COLOR.muted });
    }
  }

  // Methods of 29 §.
  layout.heading(t(SECTIONS.methods), 2);
  if (a.methods.length === 0) layout.paragraph(t(APPENDIX_TEXTS.noMethods));
  else
    layout.table(
      [
        { header: t(APPENDIX_TEXTS.columnMethod), width: 0.23 },
        { header: t(APPENDIX_TEXTS.columnWhat), width: 0.31, typed: answerLang },
        { header: t(APPENDIX_TEXTS.columnWhen), width: 0.16 },
        { header: t(APPENDIX_TEXTS.columnWith), width: 0.18 },
        { header: t(APPENDIX_TEXTS.columnStatus), width: 0.12 },
      ],
      a.methods.map((m) => [
        m.method === 'otherMethod' && m.name ? clean(m.name) : label(METHODS, m.method),
        clean(m.what),
        [formatIsoDate(m.start), formatIsoDate(m.end)].filter(Boolean).join(' – '),
        joinList(labels(GROUPS, m.with), locale),
        label(METHOD_STATUSES, m.status),
      ]),
    );
  // The ways to participate that findings suggest are printed with those findings, once.

  // Influence bodies.
  layout.heading(t(SECTIONS.consultations), 2);
  if (a.consultations.length === 0) layout.paragraph(t(APPENDIX_TEXTS.noConsultations));
  else
    layout.table(
      [
        { header: t(APPENDIX_TEXTS.columnBody), width: 0.24 },
        { header: t(APPENDIX_TEXTS.columnStatus), width: 0.18 },
        { header: t(APPENDIX_TEXTS.columnDate), width: 0.22 },
        { header: t(APPENDIX_TEXTS.columnDetails), width: 0.36, typed: answerLang },
      ],
      a.consultations.map((c) => consultationCells(c, bodyName(c.body, region)[locale], caseTable)),
    );

  // Findings.
  layout.heading(t(SECTIONS.findings), 2);
  writeFindings({ layout, locale, clean, answerLang }, evaluation);

  // Closing guidance and conclusion.
  layout.heading(t(SECTIONS.guidance), 2);
  layout.list(
    GUIDANCE.map(
      (g) =>
        `${g.label[locale].replace(/\.$/, '')}: ${a.guidance.acknowledged.includes(g.id) ? t(APPENDIX_TEXTS.acknowledged) : t(APPENDIX_TEXTS.notAcknowledged)}`,
    ),
  );
  layout.heading(t(SECTIONS.conclusion), 2);
  const concluded = [
    freeText('conclusion.summary', a.conclusion.summary, false),
    freeText('conclusion.noParticipationReason', a.conclusion.noParticipationReason, true),
  ];
  if (!concluded.some(Boolean)) layout.paragraph(t(APPENDIX_TEXTS.notAnswered), { color: COLOR.muted });
}

interface JsPdfPrivate {
  __private__: { buildDocument(): string };
}

/** A binary string (one char per byte, as jsPDF builds the file) as bytes. */

type Filters = (data: string, chain: string[] | string) => { data: string; reverseChain: string };

/**
 * jsPDF's FlateEncode turns the compressed bytes back into a string one `+=` at a time, which is a third of
 * the time of a typical appendix. During our own output() call (synchronous, so no other jsPDF code runs)
 * the same fflate compression is done with a linear conversion; other filter chains go to jsPDF's own code.
 * The bytes are identical, which the tests check.
 */
export function withFastFlate<T>(body: () => T): T {
  const api = jsPDF.API as unknown as { processDataByFilters: Filters };
  const original = api.processDataByFilters;
  api.processDataByFilters = (data, chain) => {
    const filters = typeof chain === 'string' ? [chain] : chain;
    if (filters.length !== 1 || (filters[0] !== 'FlateEncode' && filters[0] !== '/FlateEncode'))
      return original(data, chain);
    return { data: binaryString(zlibSync(byteArray(data))), reverseChain: '/FlateDecode' };
  };
  try {
    return body();
  } finally {
    api.processDataByFilters = original;
  }
}

/** Free text keeps its paragraphs (blank lines) and list lines ("- ", "* ", "• ", "1. "). */
function writeFreeText(layout: Layout, text: string): void {
  const blocks = text.split(/\n\s*\n/);
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    const bullet = /^\s*(?:[-*•–]|\d+[.)])\s+/;
    if (lines.every((l) => bullet.test(l))) {
      layout.list(
        lines.map((l) => l.replace(/^\s*[-*•–]\s+/, '').trim()),
        { typed: true },
      );
    } else {
      layout.paragraph(lines.join('\n'), { spaceAfter: 6, typed: true });
    }
  }
}

export { ATTACHMENT_NAME };
