import type { jsPDF } from 'jspdf';
import type { StructElement, StructRole, StructureTree } from './tagged.js';

/** A4 in points, with 20 mm side margins. */
export const PAGE = { width: 595.28, height: 841.89, left: 56.7, right: 56.7, top: 68, bottom: 62 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const BOTTOM = PAGE.height - PAGE.bottom;

export const FONT = 'NotoSans';
export const SIZE = { h1: 18, h2: 13, h3: 11, body: 10, small: 8.5 } as const;
const LEADING = 1.38;
export const COLOR = {
  text: '#1a1a1a',
  muted: '#4d4d4d',
  rule: '#9a9a9a',
  fill: '#eeeeee',
  accent: '#0b4f8a',
} as const;

export interface TextStyle {
  readonly size?: number;
  readonly bold?: boolean;
  readonly color?: string;
  readonly indent?: number;
  readonly spaceBefore?: number;
  readonly spaceAfter?: number;
}

export interface TableColumn {
  readonly header: string;
  /** Share of the content width. */
  readonly width: number;
}

const lineHeight = (size: number) => size * LEADING;

/**
 * Draws flowing content top-down and breaks pages itself (jsPDF does not). Every drawn line belongs to a
 * structure element; everything else is drawn as an artifact.
 */
export class Layout {
  y: number = PAGE.top;

  constructor(
    readonly doc: jsPDF,
    readonly tree: StructureTree,
  ) {}

  private style(size: number, bold: boolean, color: string): void {
    this.doc.setFont(FONT, bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.setTextColor(color);
  }

  newPage(): void {
    this.tree.end();
    this.doc.addPage();
    this.y = PAGE.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM && this.y > PAGE.top) this.newPage();
  }

  /** Wraps one paragraph (no newlines) into lines that fit `width`. */
  wrap(text: string, width: number, size: number, bold = false): string[] {
    this.doc.setFont(FONT, bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    return (this.doc.splitTextToSize(text, width) as string[]).map((l) => l.replace(/\s+$/, ''));
  }

  /**
   * Draws `lines` as the content of `element`. Lines that wrap end in a space, so that text extracted from
   * the file has a space where the line broke.
   */
  private drawLines(
    element: StructElement,
    lines: readonly string[],
    x: number,
    size: number,
    bold: boolean,
    color: string,
    joinWithSpace: readonly boolean[],
  ): void {
    const lh = lineHeight(size);
    let i = 0;
    while (i < lines.length) {
      if (this.y + lh > BOTTOM) this.newPage();
      // All the lines that fit on this page go in one text() call: jsPDF's per-call work dominates otherwise.
      const n = Math.max(1, Math.min(lines.length - i, Math.floor((BOTTOM - this.y) / lh)));
      const chunk = lines.slice(i, i + n).map((line, k) => (joinWithSpace[i + k] ? `${line} ` : line));
      this.style(size, bold, color);
      this.tree.begin(element);
      this.doc.text(chunk, x, this.y + size, { lineHeightFactor: LEADING });
      this.y += n * lh;
      i += n;
    }
    this.tree.end();
  }

  /** A paragraph of one or more lines (`\n` keeps a line break). */
  paragraph(text: string, style: TextStyle = {}, role: StructRole = 'P'): StructElement {
    const size = style.size ?? SIZE.body;
    const bold = style.bold ?? false;
    const indent = style.indent ?? 0;
    this.y += style.spaceBefore ?? 0;
    const element = this.tree.element(role);
    const { lines, spaces } = this.wrapBlock(text, CONTENT_WIDTH - indent, size, bold);
    this.drawLines(element, lines, PAGE.left + indent, size, bold, style.color ?? COLOR.text, spaces);
    this.y += style.spaceAfter ?? size * 0.5;
    return element;
  }

  private wrapBlock(text: string, width: number, size: number, bold: boolean): { lines: string[]; spaces: boolean[] } {
    const lines: string[] = [];
    const spaces: boolean[] = [];
    const hardLines = text.split('\n');
    hardLines.forEach((hard, h) => {
      const wrapped = hard === '' ? [''] : this.wrap(hard, width, size, bold);
      let offset = 0;
      wrapped.forEach((l, i) => {
        lines.push(l);
        const at = hard.indexOf(l, offset);
        if (at >= 0) offset = at + l.length;
        // A soft break where the text had a space keeps the space in extracted text; a word broken because
        // it is wider than the column does not get one. A hard break stays a line break.
        spaces.push(i < wrapped.length - 1 ? /\s/.test(hard.charAt(offset)) : h < hardLines.length - 1);
      });
    });
    return { lines, spaces };
  }

  heading(text: string, level: 1 | 2 | 3): void {
    const size = level === 1 ? SIZE.h1 : level === 2 ? SIZE.h2 : SIZE.h3;
    const before = level === 1 ? 0 : level === 2 ? 14 : 8;
    // Keep a heading with at least three lines of what follows it.
    this.ensure(before + lineHeight(size) * 2 + lineHeight(SIZE.body) * 3);
    if (this.y > PAGE.top) this.y += before;
    this.paragraph(
      text,
      { size, bold: true, color: level === 1 ? COLOR.text : COLOR.accent, spaceAfter: 4 },
      `H${level}`,
    );
  }

  /** A bulleted list; each item may wrap and carry hard line breaks. */
  list(items: readonly string[], style: TextStyle = {}): void {
    const size = style.size ?? SIZE.body;
    const indent = (style.indent ?? 0) + 12;
    this.tree.group('L', () => {
      for (const item of items) {
        this.tree.group('LI', () => {
          const { lines, spaces } = this.wrapBlock(item, CONTENT_WIDTH - indent, size, false);
          if (this.y + lineHeight(size) > BOTTOM) this.newPage();
          const bulletY = this.y + size;
          this.tree.artifact(() => {
            this.style(size, false, COLOR.text);
            this.doc.text('•', PAGE.left + indent - 10, bulletY);
          });
          this.drawLines(
            this.tree.element('LBody'),
            lines,
            PAGE.left + indent,
            size,
            false,
            style.color ?? COLOR.text,
            spaces,
          );
          this.y += 2;
        });
      }
    });
    this.y += style.spaceAfter ?? 4;
  }

  /** A table with a header row (repeated on each page as an artifact) and cells that may break across pages. */
  table(
    columns: readonly TableColumn[],
    rows: readonly (readonly string[])[],
    options: { rowHeaders?: boolean; header?: boolean } = {},
  ): void {
    const size = SIZE.small + 0.5;
    const lh = lineHeight(size);
    const pad = 4;
    const widths = columns.map((c) => c.width * CONTENT_WIDTH);
    const xs = widths.map((_, i) => PAGE.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const showHeader = options.header ?? true;

    const drawRowBox = (top: number, height: number, fill: boolean) =>
      this.tree.artifact(() => {
        this.doc.setDrawColor(COLOR.rule);
        this.doc.setLineWidth(0.5);
        if (fill) {
          this.doc.setFillColor(COLOR.fill);
          this.doc.rect(PAGE.left, top, CONTENT_WIDTH, height, 'FD');
        } else {
          this.doc.rect(PAGE.left, top, CONTENT_WIDTH, height, 'S');
        }
        for (let i = 1; i < xs.length; i++) this.doc.line(xs[i]!, top, xs[i]!, top + height);
      });

    const headerLines = columns.map((c, i) => this.wrap(c.header, widths[i]! - 2 * pad, size, true));
    const headerHeight = Math.max(...headerLines.map((l) => l.length)) * lh + 2 * pad;
    const drawHeader = (cells: StructElement[] | null) => {
      const top = this.y;
      drawRowBox(top, headerHeight, true);
      headerLines.forEach((lines, i) => {
        const draw = () =>
          lines.forEach((line, k) => {
            this.style(size, true, COLOR.text);
            this.doc.text(k < lines.length - 1 ? `${line} ` : line, xs[i]! + pad, top + pad + k * lh + size);
          });
        if (cells) {
          this.tree.begin(cells[i]!);
          draw();
          this.tree.end();
        } else {
          this.tree.artifact(draw);
        }
      });
      this.y = top + headerHeight;
    };

    this.tree.group('Table', () => {
      if (showHeader) {
        this.ensure(headerHeight + lh + 2 * pad);
        const cells = this.tree.group('THead', () =>
          this.tree.group('TR', () => columns.map(() => this.tree.element('TH', 'Column'))),
        );
        drawHeader(cells);
      }
      this.tree.group('TBody', () => {
        for (const row of rows) {
          this.tree.group('TR', () => {
            const cellLines = row.map((text, i) =>
              this.wrapBlock(text, widths[i]! - 2 * pad, size, options.rowHeaders === true && i === 0),
            );
            const cells = row.map((_, i) =>
              this.tree.element(
                options.rowHeaders && i === 0 ? 'TH' : 'TD',
                options.rowHeaders && i === 0 ? 'Row' : undefined,
              ),
            );
            const total = Math.max(1, ...cellLines.map((c) => c.lines.length));
            let done = 0;
            while (done < total) {
              let room = Math.floor((BOTTOM - this.y - 2 * pad) / lh);
              // Do not leave a lone line of a row at the foot of a page.
              if (room < Math.min(total - done, 2)) {
                this.newPage();
                if (showHeader) drawHeader(null);
                room = Math.floor((BOTTOM - this.y - 2 * pad) / lh);
              }
              const n = Math.min(room, total - done);
              const top = this.y;
              const height = n * lh + 2 * pad;
              drawRowBox(top, height, false);
              cellLines.forEach((cell, i) => {
                const slice = cell.lines.slice(done, done + n);
                if (slice.length === 0) return;
                this.tree.begin(cells[i]!);
                this.style(size, options.rowHeaders === true && i === 0, COLOR.text);
                const text = slice.map((line, k) => (cell.spaces[done + k] ? `${line} ` : line));
                this.doc.text(text, xs[i]! + pad, top + pad + size, { lineHeightFactor: LEADING });
                this.tree.end();
              });
              this.y = top + height;
              done += n;
            }
          });
        }
      });
    });
    this.y += 8;
  }
}
