import type { jsPDF } from 'jspdf';
import { hyphenationLanguage } from './hyphenate.js';
import { languageSpans } from './lang-spans.js';
import type { StructElement, StructRole, StructureTree } from './tagged.js';
import { SOFT_HYPHEN, stripSoftHyphens, wrapLine } from './wrap.js';
import type { WrappedLine } from './wrap.js';

/** A4 in points, with 20 mm side margins. */
export const PAGE = { width: 595.28, height: 841.89, left: 56.7, right: 56.7, top: 68, bottom: 62 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const BOTTOM = PAGE.height - PAGE.bottom;
/** Table rows of at most this many lines are kept on one page; longer ones may break across pages. */
const KEEP_ROW_LINES = 12;

export const FONT = 'NotoSans';
/** Arrows, ≤ ≥ and other symbols Noto Sans lacks, drawn from a DejaVu Sans subset (one weight). */
export const SYMBOL_FONT = 'DejaVuSansSymbols';
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
  /**
   * Text an official typed: its quotations and passages in another script or in Sámi get a Span with their
   * own `/Lang`.
   */
  readonly typed?: boolean;
  /** Parts of the text (offsets without soft hyphens) tagged on their own: a language, or a link. */
  readonly spans?: readonly InlineSpan[];
}

export interface InlineSpan {
  readonly start: number;
  readonly end: number;
  readonly lang?: string;
  readonly link?: { readonly url: string; readonly contents: string };
}

export interface TableColumn {
  readonly header: string;
  /** Share of the content width. */
  readonly width: number;
  /** The column holds text an official typed, in this language (see `TextStyle.typed`). */
  readonly typed?: string;
}

/** A heading, where it was drawn: the outline's bookmarks point there. */
export interface DrawnHeading {
  readonly text: string;
  readonly level: 1 | 2 | 3;
  readonly page: number;
  /** Top of the heading, from the top of the page. */
  readonly y: number;
}

/** Lines of a block of text: each line is a range of one hard line of the text without soft hyphens. */
interface Block {
  readonly text: string;
  readonly lines: readonly (WrappedLine & { readonly hardEnd: boolean })[];
}

// Advance widths per character, per face: the same fonts in every document, so measured once per process.
const advanceCache = new Map<string, Map<number, number>>();
/** Characters drawn with the symbol font, per process (the fonts are the same in every document). */
const symbolCache = new Map<number, boolean>();
const MAY_BE_SYMBOL = /[\u2100-\u27ff]/;

interface FontMetadata {
  characterToGlyph(code: number): number;
}

const lineHeight = (size: number) => size * LEADING;

/**
 * Draws flowing content top-down and breaks pages itself (jsPDF does not). Every drawn line belongs to a
 * structure element; everything else is drawn as an artifact.
 */
export class Layout {
  y: number = PAGE.top;
  readonly headings: DrawnHeading[] = [];

  constructor(
    readonly doc: jsPDF,
    readonly tree: StructureTree,
  ) {}

  /** Whether the character is drawn with the symbol font: Noto Sans has no glyph for it, DejaVu Sans has. */
  private isSymbol(code: number): boolean {
    if (code < 0x2100 || code > 0x27ff) return false;
    let is = symbolCache.get(code);
    if (is === undefined) {
      const glyph = (name: string) =>
        (this.fontObject(name) as { metadata: FontMetadata }).metadata.characterToGlyph(code);
      is = glyph(FONT) === 0 && glyph(SYMBOL_FONT) !== 0;
      symbolCache.set(code, is);
    }
    return is;
  }

  /** jsPDF's font object of a face (its typings know only the current font's). */
  private fontObject(name: string): unknown {
    return (this.doc.getFont as unknown as (name: string, style: string) => unknown).call(this.doc, name, 'normal');
  }

  private hasSymbols(text: string): boolean {
    if (!MAY_BE_SYMBOL.test(text)) return false;
    for (let i = 0; i < text.length; i++) if (this.isSymbol(text.charCodeAt(i))) return true;
    return false;
  }

  /** Unit widths (per 1 pt of font size) of each character of `text`, as jsPDF measures them without kerning. */
  private advances(text: string, bold: boolean): Float64Array {
    const key = bold ? 'bold' : 'normal';
    let cache = advanceCache.get(key);
    if (!cache) {
      cache = new Map();
      advanceCache.set(key, cache);
    }
    this.doc.setFont(FONT, key);
    const sums = new Float64Array(text.length + 1);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let w = cache.get(c);
      if (w === undefined) {
        w = this.isSymbol(c)
          ? this.doc.getStringUnitWidth(text[i]!, { font: this.fontObject(SYMBOL_FONT) } as never)
          : this.doc.getStringUnitWidth(text[i]!);
        cache.set(c, w);
      }
      sums[i + 1] = sums[i]! + w;
    }
    return sums;
  }

  /** Width in points of `text` in one style. */
  textWidth(text: string, size: number, bold = false): number {
    return this.advances(text, bold)[text.length]! * size;
  }

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

  /** Wraps a text into lines that fit `width`, hyphenated in `lang`: the lines as drawn. */
  wrap(text: string, width: number, size: number, bold = false, lang = this.tree.currentLanguage()): string[] {
    const block = this.wrapBlock(text, width, size, bold, lang);
    return block.lines.map((l) => block.text.slice(l.start, l.end) + (l.hyphen ? SOFT_HYPHEN : ''));
  }

  /** Lines of a text with hard line breaks, as ranges of the text without soft hyphens. */
  private wrapBlock(text: string, width: number, size: number, bold: boolean, lang: string): Block {
    const stripped = stripSoftHyphens(text);
    const language = hyphenationLanguage(lang);
    // Full-width text breaks only long words (compounds); a narrow column hyphenates any word that needs it.
    const minHyphenated = width > CONTENT_WIDTH * 0.6 ? 12 : 5;
    const hyphenWidth = this.textWidth(SOFT_HYPHEN, size, bold);
    const lines: (WrappedLine & { hardEnd: boolean })[] = [];
    let base = 0;
    const hardLines = stripped.text.split('\n');
    hardLines.forEach((hard, h) => {
      const sums = this.advances(hard, bold);
      const soft = new Set<number>();
      for (const at of stripped.soft) if (at >= base && at <= base + hard.length) soft.add(at - base);
      const wrapped = wrapLine(
        hard,
        width,
        (a, b) => (sums[b]! - sums[a]!) * size,
        hyphenWidth,
        language,
        soft,
        minHyphenated,
      );
      wrapped.forEach((l, i) => {
        const last = i === wrapped.length - 1;
        // A hard break stays a line break in extracted text; a soft break where the text had a space keeps it.
        lines.push({
          start: base + l.start,
          end: base + l.end,
          hyphen: l.hyphen,
          space: last ? h < hardLines.length - 1 : l.space,
          hardEnd: last,
        });
      });
      base += hard.length + 1;
    });
    return { text: stripped.text, lines };
  }

  /** A line as drawn: a hyphenated break ends in a soft hyphen, a soft break in a space. */
  private static drawn(block: Block, i: number): string {
    const l = block.lines[i]!;
    return block.text.slice(l.start, l.end) + (l.hyphen ? SOFT_HYPHEN : l.space ? ' ' : '');
  }

  /**
   * Draws the lines of `block` as the content of `element`. Lines that wrap end in a space (or a soft hyphen),
   * so that text extracted from the file has a space where the line broke and whole hyphenated words.
   */
  private drawLines(
    element: StructElement,
    block: Block,
    x: number,
    size: number,
    bold: boolean,
    color: string,
    spans: readonly InlineSpan[] = [],
  ): void {
    const lh = lineHeight(size);
    const lines = block.lines;
    let i = 0;
    const spanElements = new Map<InlineSpan, StructElement>();
    while (i < lines.length) {
      if (this.y + lh > BOTTOM) this.newPage();
      // All the lines that fit on this page go in one text() call: jsPDF's per-call work dominates otherwise.
      const n = Math.max(1, Math.min(lines.length - i, Math.floor((BOTTOM - this.y) / lh)));
      this.style(size, bold, color);
      if (spans.length === 0 && !this.hasSymbols(block.text)) {
        const chunk = Array.from({ length: n }, (_, k) => Layout.drawn(block, i + k));
        this.tree.begin(element);
        this.doc.text(chunk, x, this.y + size, { lineHeightFactor: LEADING });
        this.y += n * lh;
      } else {
        for (let k = 0; k < n; k++) {
          this.drawRuns(element, block, i + k, x, size, bold, spans, spanElements, color);
          this.y += lh;
        }
      }
      i += n;
    }
    this.tree.end();
  }

  /** One line whose parts belong to different elements: each part is drawn where the line puts it. */
  private drawRuns(
    element: StructElement,
    block: Block,
    index: number,
    x: number,
    size: number,
    bold: boolean,
    spans: readonly InlineSpan[],
    spanElements: Map<InlineSpan, StructElement>,
    color: string,
    top = this.y,
  ): void {
    const line = block.lines[index]!;
    const cuts = new Set([line.start, line.end]);
    for (const s of spans) {
      if (s.start > line.start && s.start < line.end) cuts.add(s.start);
      if (s.end > line.start && s.end < line.end) cuts.add(s.end);
    }
    // A run of symbols is drawn with the symbol font.
    for (let k = line.start + 1; k < line.end; k++)
      if (this.isSymbol(block.text.charCodeAt(k)) !== this.isSymbol(block.text.charCodeAt(k - 1))) cuts.add(k);
    const points = [...cuts].sort((a, b) => a - b);
    const lineText = block.text.slice(line.start, line.end);
    const sums = this.advances(lineText, bold);
    const baseline = top + size;
    for (let p = 0; p < points.length - 1 || (p === 0 && points.length === 1); p++) {
      const a = points[p]!;
      const b = points[p + 1] ?? a;
      const span = spans.find((s) => s.start <= a && a < s.end && b <= s.end);
      let target = element;
      if (span) {
        target =
          spanElements.get(span) ?? this.tree.childOf(element, span.link ? 'Link' : 'Span', undefined, span.lang);
        spanElements.set(span, target);
      }
      const last = b === line.end;
      const text = block.text.slice(a, b) + (last ? (line.hyphen ? SOFT_HYPHEN : line.space ? ' ' : '') : '');
      const left = x + sums[a - line.start]! * size;
      this.tree.begin(target);
      // A link is told apart from the text around it by colour too (WCAG 1.4.1 asks for more than position).
      if (span?.link) this.doc.setTextColor(COLOR.accent);
      const symbols = a < b && this.isSymbol(block.text.charCodeAt(a));
      if (symbols) this.doc.setFont(SYMBOL_FONT, 'normal');
      this.doc.text(text, left, baseline);
      if (symbols) this.doc.setFont(FONT, bold ? 'bold' : 'normal');
      if (span?.link) this.doc.setTextColor(color);
      if (span?.link) {
        const right = x + sums[b - line.start]! * size;
        const top = PAGE.height - (baseline - size * 0.9);
        this.tree.linkAnnotation(target, {
          rect: [left, PAGE.height - (baseline + size * 0.3), right, top],
          url: span.link.url,
          contents: span.link.contents,
        });
      }
    }
  }

  /** A paragraph of one or more lines (`\n` keeps a line break). */
  paragraph(text: string, style: TextStyle = {}, role: StructRole = 'P'): StructElement {
    const size = style.size ?? SIZE.body;
    const bold = style.bold ?? false;
    const indent = style.indent ?? 0;
    this.y += style.spaceBefore ?? 0;
    const element = this.tree.element(role);
    const block = this.wrapBlock(text, CONTENT_WIDTH - indent, size, bold, this.tree.currentLanguage());
    const spans = style.spans ?? (style.typed ? languageSpans(block.text, this.tree.currentLanguage()) : []);
    this.drawLines(element, block, PAGE.left + indent, size, bold, style.color ?? COLOR.text, spans);
    this.y += style.spaceAfter ?? size * 0.5;
    return element;
  }

  heading(text: string, level: 1 | 2 | 3): void {
    const size = level === 1 ? SIZE.h1 : level === 2 ? SIZE.h2 : SIZE.h3;
    const before = level === 1 ? 0 : level === 2 ? 14 : 6;
    // Keep a heading with at least three lines of what follows it.
    this.ensure(before + lineHeight(size) * 2 + lineHeight(SIZE.body) * 3);
    if (this.y > PAGE.top) this.y += before;
    this.headings.push({ text, level, page: this.page(), y: this.y });
    const element = this.tree.element(`H${level}`);
    const block = this.balancedHeading(text, size);
    this.drawLines(
      element,
      block,
      PAGE.left,
      size,
      true,
      level === 3 ? COLOR.text : level === 1 ? COLOR.text : COLOR.accent,
    );
    this.y += level === 3 ? 2 : 4;
  }

  private page(): number {
    return (this.doc.internal as unknown as { getCurrentPageInfo(): { pageNumber: number } }).getCurrentPageInfo()
      .pageNumber;
  }

  /**
   * A heading's lines, narrowed until its last line holds more than one word: a word alone under a heading
   * reads as a heading of its own.
   */
  private balancedHeading(text: string, size: number): Block {
    // Headings are not hyphenated: a heading is read at a glance.
    const lang = '';
    const full = this.wrapBlock(text, CONTENT_WIDTH, size, true, lang);
    const lonely = (b: Block) => {
      const last = b.lines[b.lines.length - 1]!;
      return b.lines.length > 1 && !b.text.slice(last.start, last.end).includes(' ');
    };
    if (!lonely(full)) return full;
    for (let width = CONTENT_WIDTH * 0.95; width > CONTENT_WIDTH * 0.5; width -= CONTENT_WIDTH * 0.05) {
      const narrower = this.wrapBlock(text, width, size, true, lang);
      if (narrower.lines.length > full.lines.length) break;
      if (!lonely(narrower)) return narrower;
    }
    return full;
  }

  /**
   * A figure `height` points tall across the content width, drawn by `draw` (at the figure's top left) and
   * tagged as a Figure with `alt` and its bounding box; everything drawn inside is the figure's content.
   */
  figure(height: number, alt: string, draw: (doc: jsPDF, x: number, y: number, width: number) => void): void {
    this.ensure(height + 4);
    const element = this.tree.element('Figure');
    element.alt = alt;
    const top = this.y;
    element.bbox = [PAGE.left, PAGE.height - (top + height), PAGE.left + CONTENT_WIDTH, PAGE.height - top];
    this.tree.begin(element);
    draw(this.doc, PAGE.left, top, CONTENT_WIDTH);
    this.tree.end();
    this.y = top + height + 4;
  }

  /** A bulleted list; each item may wrap and carry hard line breaks. */
  list(items: readonly string[], style: TextStyle = {}): void {
    const size = style.size ?? SIZE.body;
    const indent = (style.indent ?? 0) + 12;
    this.tree.group('L', () => {
      for (const item of items) {
        this.tree.group('LI', () => {
          const block = this.wrapBlock(item, CONTENT_WIDTH - indent, size, false, this.tree.currentLanguage());
          if (this.y + lineHeight(size) > BOTTOM) this.newPage();
          const bulletY = this.y + size;
          this.tree.artifact(() => {
            this.style(size, false, COLOR.text);
            this.doc.text('•', PAGE.left + indent - 10, bulletY);
          });
          const spans = style.typed ? languageSpans(block.text, this.tree.currentLanguage()) : [];
          this.drawLines(
            this.tree.element('LBody'),
            block,
            PAGE.left + indent,
            size,
            false,
            style.color ?? COLOR.text,
            spans,
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
            this.doc.text(
              k < lines.length - 1 && !line.endsWith(SOFT_HYPHEN) ? `${line} ` : line,
              xs[i]! + pad,
              top + pad + k * lh + size,
            );
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
          this.tree.group('TR', (tr) => {
            // A typed cell that is all in another language (a Sámi or Russian answer) is tagged with it.
            const cellLang = (text: string, i: number) => {
              const base = columns[i]!.typed ?? this.tree.currentLanguage();
              if (!columns[i]!.typed) return base;
              const spans = languageSpans(text, base);
              return spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end >= text.trimEnd().length
                ? spans[0]!.lang!
                : base;
            };
            const langs = row.map((text, i) => cellLang(text, i));
            const cellLines = row.map((text, i) =>
              this.wrapBlock(text, widths[i]! - 2 * pad, size, options.rowHeaders === true && i === 0, langs[i]!),
            );
            const cells = row.map((_, i) =>
              this.tree.childOf(
                tr,
                options.rowHeaders && i === 0 ? 'TH' : 'TD',
                options.rowHeaders && i === 0 ? 'Row' : undefined,
                langs[i],
              ),
            );
            const total = Math.max(1, ...cellLines.map((c) => c.lines.length));
            // A row that fits on a fresh page is not split: a reader would otherwise find the end of a
            // statement alone at the top of the next page. Only a row taller than that breaks across pages.
            const freshRoom = Math.floor((BOTTOM - PAGE.top - (showHeader ? headerHeight : 0) - 2 * pad) / lh);
            const keepTogether = total <= Math.min(freshRoom, KEEP_ROW_LINES);
            let done = 0;
            while (done < total) {
              let room = Math.floor((BOTTOM - this.y - 2 * pad) / lh);
              // Do not leave a lone line of a row at the foot of a page, nor split a row that fits on one.
              if (room < Math.min(total - done, 2) || (keepTogether && done === 0 && room < total)) {
                this.newPage();
                if (showHeader) drawHeader(null);
                room = Math.floor((BOTTOM - this.y - 2 * pad) / lh);
              }
              let n = Math.min(room, total - done);
              // Nor a lone line of it at the top of the next one.
              if (total - done - n === 1 && n > 2) n -= 1;
              const top = this.y;
              const height = n * lh + 2 * pad;
              drawRowBox(top, height, false);
              cellLines.forEach((cell, i) => {
                const count = Math.min(n, cell.lines.length - done);
                if (count <= 0) return;
                const bold = options.rowHeaders === true && i === 0;
                this.tree.begin(cells[i]!);
                this.style(size, bold, COLOR.text);
                if (this.hasSymbols(cell.text)) {
                  for (let k = 0; k < count; k++)
                    this.drawRuns(
                      cells[i]!,
                      cell,
                      done + k,
                      xs[i]! + pad,
                      size,
                      bold,
                      [],
                      new Map(),
                      COLOR.text,
                      top + pad + k * lh,
                    );
                  this.tree.end();
                  return;
                }
                const text = Array.from({ length: count }, (_, k) => Layout.drawn(cell, done + k));
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
