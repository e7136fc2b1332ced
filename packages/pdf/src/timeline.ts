import { assessmentTimeline } from '@osallisuusarvio/core';
import type { Assessment, Locale, TimelineMinimums } from '@osallisuusarvio/core';
import type { Layout } from './layout.js';
import { COLOR, FONT, SIZE } from './layout.js';

/**
 * The timing section's timeline: the participation window, the days left to process its results, the
 * meeting. Core's assessmentTimeline computes it (the widget draws the same one); here it is a figure
 * whose Alt text is core's sentence, the same words the widget shows. Nothing is drawn with fewer than two
 * of the three dates, or when participation closes before it opens.
 */
export function drawTimeline(
  layout: Layout,
  assessment: Assessment,
  locale: Locale,
  minimums?: TimelineMinimums,
): void {
  const timeline = assessmentTimeline(assessment, { locale, ...(minimums ? { minimums } : {}) });
  if (timeline.segments.length === 0 && timeline.markers.length === 0) return;
  const window = timeline.segments.find((s) => s.kind === 'participation');
  const processing = timeline.segments.find((s) => s.kind === 'processing');
  const meeting = timeline.markers.find((m) => m.kind === 'meeting');
  const height = 62;
  layout.figure(height, timeline.sentence, (doc, x, y, width) => {
    const left = x + 4;
    const right = x + width - 4;
    const at = (fraction: number) => left + fraction * (right - left);
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
      const a = at(window.start);
      const b = Math.max(at(window.end), a + 2);
      doc.setFillColor(COLOR.accent);
      doc.rect(a, axis - 5, b - a, 10, 'F');
      label(window.label, (a + b) / 2, axis - 10);
    }
    if (processing) {
      const a = at(processing.start);
      const b = at(processing.end);
      doc.setFillColor('#9fc3e6');
      doc.rect(a, axis - 3, Math.max(b - a, 1), 6, 'F');
      label(processing.label, (a + b) / 2, axis + 24);
    }
    if (meeting) {
      const m = at(meeting.at);
      doc.setFillColor(COLOR.text);
      doc.triangle(m - 4, axis - 9, m + 4, axis - 9, m, axis - 1, 'F');
      doc.setLineWidth(1);
      doc.setDrawColor(COLOR.text);
      doc.line(m, axis - 9, m, axis + 6);
      label(meeting.label, m, axis - 12 - (window ? 8 : 0));
    }
    for (const d of timeline.markers) if (d.kind !== 'meeting') label(d.label, at(d.at), axis + 14);
  });
}
