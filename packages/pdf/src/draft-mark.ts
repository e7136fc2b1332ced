import type { jsPDF } from 'jspdf';
import type { AssessmentStatus } from '@osallisuusarvio/core';
import { CONTENT_WIDTH, FONT, PAGE, SIZE } from './layout.js';
import type { StructureTree } from './tagged.js';

/** An incomplete assessment, or one with errors, gives a draft: only a complete one may look final. */
export const isDraft = (status: AssessmentStatus): boolean => status !== 'complete';

/** Amber: seen at a glance on screen and in grey print; the text on it keeps a contrast above 7:1. */
const BAND = { fill: '#ffd866', text: '#3b2a00', top: 10, height: 16 } as const;
export const DRAFT_NOTICE_COLOR = '#6b4100';

/**
 * The band across the top of a draft's page, above the running header. It is an artifact: a screen reader
 * hears the draft notice once, in the title block, not on every page.
 */
export function drawDraftBand(doc: jsPDF, tree: StructureTree, text: string): void {
  tree.artifact(() => {
    doc.setFillColor(BAND.fill);
    doc.rect(PAGE.left, BAND.top, CONTENT_WIDTH, BAND.height, 'F');
    doc.setFont(FONT, 'bold');
    doc.setFontSize(SIZE.small);
    doc.setTextColor(BAND.text);
    doc.text(text, PAGE.width / 2, BAND.top + BAND.height / 2 + SIZE.small * 0.35, { align: 'center' });
  });
}
