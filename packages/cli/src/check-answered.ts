import { RESPONSE_TEXTS, RULE_KIND_LABELS, fieldLabel, formatIsoDate, formatMessage } from '@osallisuusarvio/core';
import type { Evaluation, Locale } from '@osallisuusarvio/core';

// `check`'s text for findings answered "considered, not followed": after the open findings, in a group of
// their own, with the official's reason, the way the widget and the appendix show them.

/** " Considered, not followed: 1." for the summary line, when a finding is answered. */
export function answeredSummary(result: Evaluation, l: Locale): string {
  const answered = result.findings.filter((f) => f.response).length;
  return answered === 0 ? '' : ` ${formatMessage(RESPONSE_TEXTS.answeredCount[l], { answered }, l)}`;
}

/** The answered group's lines (none when nothing is answered), indented as the other groups. */
export function answeredLines(result: Evaluation, l: Locale): string[] {
  const answered = result.findings.filter((f) => f.response);
  if (answered.length === 0) return [];
  const lines = ['', `  ${RESPONSE_TEXTS.considered[l]} (${answered.length})`];
  for (const f of answered) {
    const { reason, respondedOn } = f.response!;
    const on = respondedOn
      ? ` (${formatMessage(RESPONSE_TEXTS.respondedOn[l], { date: formatIsoDate(respondedOn, l) }, l)})`
      : '';
    lines.push(`  - [${f.ruleId}] ${f.title[l]} (${RULE_KIND_LABELS[f.kind][l]})`);
    lines.push(`      ${RESPONSE_TEXTS.reason[l]}: ${reason.replace(/\s+/g, ' ').trim()}${on}`);
    const field = f.fields[0];
    if (field !== undefined) lines.push(`      ${fieldLabel(field)[l]} (${field})`);
  }
  return lines;
}
