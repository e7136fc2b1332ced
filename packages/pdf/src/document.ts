import { jsPDF } from 'jspdf';
import type { Locale } from '@osallisuusarvio/core';
import { NOTO_SANS_BOLD, NOTO_SANS_REGULAR } from './assets.generated.js';
import { COLOR, FONT, PAGE, SIZE } from './layout.js';
import type { StructureTree } from './tagged.js';
import { cleanText } from './text.js';

// What the notice to participants and the committee's report share: an A4 jsPDF document in PDF 1.7 with
// Noto Sans embedded, a cleaner that keeps only what the font can draw, and the document language tags; the
// running page footer they share with the appendix.

/** The BCP 47 tag a document in each locale declares. */
export const LANG_TAG: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en' };

// Decoded once per process: jsPDF accepts the font already decoded from base64.
let fonts: { regular: string; bold: string } | undefined;

interface NodeBuffer {
  write(text: string, offset: number, length: number, encoding: 'latin1'): number;
}
// Node's Buffer converts binary strings natively, several times faster than a loop, to the same bytes (each
// character's low byte), so a file stays the same in Node and in browsers. Looked up, not imported: bundlers
// for the browser then add no Buffer of their own.
const NodeBuffer = (globalThis as { Buffer?: { from(b: ArrayBuffer, offset: number, length: number): NodeBuffer } })
  .Buffer;

/** A binary string as jsPDF builds the file, as bytes. */
export function byteArray(file: string): Uint8Array {
  const bytes = new Uint8Array(file.length);
  if (NodeBuffer && file.length > 64)
    NodeBuffer.from(bytes.buffer, 0, bytes.length).write(file, 0, file.length, 'latin1');
  else for (let i = 0; i < file.length; i++) bytes[i] = file.charCodeAt(i);
  return bytes;
}

/** A new document with the text fonts, and `clean` for text drawn in it. */
export function newTextDocument(): { doc: jsPDF; clean: (text: string) => string } {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true, floatPrecision: 2 });
  // Structure trees, /Lang and attachments are PDF 1.4–1.7 features; jsPDF declares 1.3.
  (doc as unknown as { __private__: { setPdfVersion(v: string): void } }).__private__.setPdfVersion('1.7');
  fonts ??= { regular: atob(NOTO_SANS_REGULAR), bold: atob(NOTO_SANS_BOLD) };
  doc.addFileToVFS('NotoSans-Regular.ttf', fonts.regular);
  doc.addFont('NotoSans-Regular.ttf', FONT, 'normal');
  doc.addFileToVFS('NotoSans-Bold.ttf', fonts.bold);
  doc.addFont('NotoSans-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
  const metadata = (doc.getFont() as unknown as { metadata: { characterToGlyph(code: number): number } }).metadata;
  const clean = (text: string) => cleanText(text, (cp) => cp <= 0xffff && metadata.characterToGlyph(cp) !== 0);
  return { doc, clean };
}

/** One page's running footer: a text at the left margin, one at the right (the page number). */
export interface PageFooter {
  readonly left?: string;
  readonly right: string;
  /** A rule above the footer, in the draw colour and line width the page already has (the appendix's header sets them). */
  readonly rule?: boolean;
}

/**
 * Draws every page's footer as a pagination artifact, so that screen readers and text extraction of the
 * content skip it; called once the content is written, since the footer counts the pages.
 */
export function drawFooters(
  doc: jsPDF,
  tree: StructureTree,
  footerOf: (page: number, pages: number) => PageFooter,
): void {
  const pages = doc.getNumberOfPages();
  for (let p = 1; p <= pages; p++) {
    doc.setPage(p);
    const footer = footerOf(p, pages);
    tree.artifact(() => {
      doc.setFont(FONT, 'normal');
      doc.setFontSize(SIZE.small);
      doc.setTextColor(COLOR.muted);
      const y = PAGE.height - 32;
      if (footer.rule) doc.line(PAGE.left, y - 12, PAGE.width - PAGE.right, y - 12);
      if (footer.left) doc.text(footer.left, PAGE.left, y);
      doc.text(footer.right, PAGE.width - PAGE.right, y, { align: 'right' });
    }, 'Footer');
  }
}
