import {
  APPENDIX_TEXTS,
  METHODS,
  RESPONSE_TEXTS,
  RULE_KIND_LABELS,
  SEVERITY_LABELS,
  formatIsoDate,
  formatLegalReference,
  formatMessage,
  joinList,
  labelOf,
} from '@osallisuusarvio/core';
import type { Evaluation, Finding, Locale, LocalizedText } from '@osallisuusarvio/core';
import { COLOR, SIZE } from './layout.js';
import type { Layout } from './layout.js';
import { legalBasisText } from './links.js';

export interface FindingsSectionContext {
  readonly layout: Layout;
  readonly locale: Locale;
  /** The appendix's cleaner: what the fonts cannot draw is replaced, as everywhere else. */
  readonly clean: (text: string) => string;
  /** The language tag of what the official typed (the reasons), for the spans that mark it. */
  readonly answerLang: string;
}

/**
 * The findings of the appendix: the open ones, each with the ways to participate it suggests (printed here
 * only, not again as a list under the methods), then the findings answered "considered, not followed", once,
 * in a short list of their own with the official's reason. Info findings are left to the widget.
 */
export function writeFindings(ctx: FindingsSectionContext, evaluation: Evaluation): void {
  const { layout, locale, clean, answerLang } = ctx;
  const t = (text: LocalizedText, params: Record<string, string | number> = {}) =>
    formatMessage(text[locale], params, locale);
  const open = evaluation.findings.filter((f) => f.severity !== 'info' && !f.response);
  const answered = evaluation.findings.filter((f) => f.response);
  if (open.length === 0) layout.paragraph(t(APPENDIX_TEXTS.noFindings));
  for (const f of open) {
    layout.heading(
      `${SEVERITY_LABELS[f.severity][locale]}: ${f.title[locale]} (${RULE_KIND_LABELS[f.kind][locale]})`,
      3,
    );
    layout.paragraph(clean(f.message[locale]), { spaceAfter: 2 });
    const methods = evaluation.recommendedMethods
      .filter((r) => r.reasons.some((why) => why.ruleId === f.ruleId))
      .map((r) => labelOf(METHODS, r.id)[locale]);
    if (methods.length > 0)
      layout.paragraph(`${t(APPENDIX_TEXTS.recommendedMethods)}: ${joinList(methods, locale)}`, { spaceAfter: 2 });
    legalBasis(ctx, f);
  }
  if (answered.length === 0) return;
  layout.heading(t(RESPONSE_TEXTS.appendixHeading), 3);
  for (const f of answered) {
    const response = f.response!;
    layout.paragraph(`${f.title[locale]} (${RULE_KIND_LABELS[f.kind][locale]})`, { bold: true, spaceAfter: 2 });
    const head = `${t(RESPONSE_TEXTS.reason)}: `;
    const reason = clean(response.reason).replace(/\s+/g, ' ').trim();
    const on = response.respondedOn
      ? ` (${t(RESPONSE_TEXTS.respondedOn, { date: formatIsoDate(response.respondedOn, locale) })})`
      : '';
    layout.paragraph(`${head}${reason}${on}`, {
      spaceAfter: 2,
      spans: [{ start: head.length, end: head.length + reason.length, lang: answerLang }],
    });
    legalBasis(ctx, f);
  }
}

function legalBasis({ layout, locale }: FindingsSectionContext, f: Finding): void {
  if (f.legalBasis.length === 0) return;
  const { text, spans } = legalBasisText(
    `${APPENDIX_TEXTS.legalBasis[locale]}: `,
    f.legalBasis.map((r) => ({
      text: formatLegalReference(r, locale),
      note: r.verified ? '' : ` (${APPENDIX_TEXTS.unverifiedReference[locale]})`,
      url: r.url,
    })),
  );
  layout.paragraph(text, { size: SIZE.small, color: COLOR.muted, spaceAfter: 6, spans });
}

/** " Considered, not followed: 1." after the counts of the open findings, when any is answered. */
export function answeredCount(
  evaluation: Evaluation,
  t: (text: LocalizedText, params: Record<string, string | number>) => string,
): string {
  const answered = evaluation.findings.filter((f) => f.response).length;
  return answered === 0 ? '' : ` ${t(RESPONSE_TEXTS.answeredCount, { answered })}`;
}
