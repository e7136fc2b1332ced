import { APPENDIX_TEXTS, formatDate, formatMessage } from '@osallisuusarvio/core';
import type { Assessment, Locale } from '@osallisuusarvio/core';
import type { Layout } from './layout.js';
import { COLOR, FONT, SIZE } from './layout.js';

const DAY = 86_400_000;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** Days counted inclusively, as a window "1.3.–31.3." is 31 days long. */
const days = (from: string, to: string) => Math.round((time(to) - time(from)) / DAY) + 1;

/**
 * The timing section's timeline: the participation window, the days left to process its results, the
 * meeting. A figure with its Alt text (the same facts in a sentence): a reader sees at a glance what the
 * dates say, and a screen reader hears them. Nothing is drawn with fewer than two of the three dates.
 */
export function drawTimeline(layout: Layout, assessment: Assessment, locale: Locale): void {
  const { opensOn, closesOn } = assessment.timing;
  const meeting = assessment.case.meetingDate;
  const dates = [opensOn, closesOn, meeting].filter((d): d is string => Boolean(d));
  if (dates.length < 2) return;
  const t = (key: keyof typeof APPENDIX_TEXTS, params: Record<string, string | number> = {}) =>
    formatMessage(APPENDIX_TEXTS[key][locale], params, locale);

  const window = opensOn && closesOn && time(closesOn) >= time(opensOn) ? { from: opensOn, to: closesOn } : null;
  const processingFrom = closesOn ?? null;
  const processing =
    processingFrom && meeting && time(meeting) > time(processingFrom) ? days(processingFrom, meeting) - 1 : null;
  const parts = [
    window
      ? t('timelineAltWindow', {
          from: formatDate(window.from),
          to: formatDate(window.to),
          n: days(window.from, window.to),
        })
      : '',
    processing !== null ? t('timelineAltProcessing', { n: processing }) : '',
    meeting ? t('timelineAltMeeting', { date: formatDate(meeting) }) : '',
  ].filter(Boolean);
  if (parts.length === 0) return;

  const min = Math.min(...dates.map(time));
  const max = Math.max(...dates.map(time));
  const height = 62;
  layout.figure(height, t('timelineAlt', { parts: parts.join(', ') }), (doc, x, y, width) => {
    const left = x + 4;
    const right = x + width - 4;
    const at = (iso: string) =>
      max === min ? (left + right) / 2 : left + ((time(iso) - min) / (max - min)) * (right - left);
    const axis = y + 30;
    doc.setDrawColor(COLOR.rule);
    doc.setLineWidth(0.75);
    doc.line(left, axis, right, axis);
    doc.setFont(FONT, 'normal');
    doc.setFontSize(SIZE.small);
    doc.setTextColor(COLOR.text);
    const label = (text: string, cx: number, ty: number) => {
      const w = layout.textWidth(text, SIZE.small);
      const lx = Math.min(Math.max(cx - w / 2, x), x + width - w);
      doc.text(text, lx, ty);
    };
    if (window) {
      const a = at(window.from);
      const b = Math.max(at(window.to), a + 2);
      doc.setFillColor(COLOR.accent);
      doc.rect(a, axis - 5, b - a, 10, 'F');
      label(
        `${t('timelineParticipation')} ${t('timelineDays', { n: days(window.from, window.to) })}`,
        (a + b) / 2,
        axis - 10,
      );
    }
    if (processing !== null && processingFrom && meeting) {
      const a = at(processingFrom);
      const b = at(meeting);
      doc.setFillColor('#9fc3e6');
      doc.rect(a, axis - 3, Math.max(b - a, 1), 6, 'F');
      label(`${t('timelineProcessing')} ${t('timelineDays', { n: processing })}`, (a + b) / 2, axis + 24);
    }
    if (meeting) {
      const m = at(meeting);
      doc.setFillColor(COLOR.text);
      doc.triangle(m - 4, axis - 9, m + 4, axis - 9, m, axis - 1, 'F');
      doc.setLineWidth(1);
      doc.setDrawColor(COLOR.text);
      doc.line(m, axis - 9, m, axis + 6);
      label(`${t('timelineMeeting')} ${formatDate(meeting)}`, m, axis - 12 - (window ? 8 : 0));
    }
    for (const d of [opensOn, closesOn].filter((v): v is string => Boolean(v))) label(formatDate(d), at(d), axis + 14);
  });
}
