// Line breaking for the appendix. jsPDF's splitTextToSize breaks a word that does not fit anywhere, without a
// hyphen ("Kokemusasiantun|tijat"), and draws every soft hyphen, mid-line too. Here a line breaks at a space,
// after a hard hyphen inside a word, at a soft hyphen the official typed, or at a hyphenation point of the
// text's language, and only where the line is full; a hyphenated break draws a hyphen, and nothing else does.
import { hyphenationPoints } from './hyphenate.js';
import type { HyphenationLanguage } from './hyphenate.js';

export interface WrappedLine {
  /** Offsets into the text without soft hyphens; trailing spaces are outside [start, end). */
  readonly start: number;
  readonly end: number;
  /** The word breaks here with a drawn hyphen (a soft hyphen in the file, so that the word extracts whole). */
  readonly hyphen: boolean;
  /** The text had a space at the break: extracted text keeps it. */
  readonly space: boolean;
}

export const SOFT_HYPHEN = '\u00ad';

/** The text without soft hyphens, and the offsets in it where the official allowed a break. */
export function stripSoftHyphens(text: string): { text: string; soft: Set<number> } {
  if (!text.includes(SOFT_HYPHEN)) return { text, soft: new Set() };
  const soft = new Set<number>();
  let out = '';
  for (const ch of text) {
    if (ch === SOFT_HYPHEN) soft.add(out.length);
    else out += ch;
  }
  return { text: out, soft };
}

/**
 * Breaks one line of text (no newlines) into lines no wider than `width`. `widthOf(a, b)` is the width of
 * `text.slice(a, b)`; `hyphenWidth` that of the drawn hyphen.
 */
export function wrapLine(
  text: string,
  width: number,
  widthOf: (start: number, end: number) => number,
  hyphenWidth: number,
  language: HyphenationLanguage | null,
  soft: ReadonlySet<number> = new Set(),
  minHyphenated = 5,
): WrappedLine[] {
  const lines: WrappedLine[] = [];
  const n = text.length;
  let start = 0;
  while (start < n && text[start] === ' ') start++;
  if (start >= n) return [{ start: 0, end: 0, hyphen: false, space: false }];
  while (start < n) {
    // The longest run of whole words from `start` that fits.
    let end = start;
    let i = start;
    let overflow = -1;
    while (i < n) {
      let j = i;
      while (j < n && text[j] !== ' ') j++;
      if (widthOf(start, j) <= width) {
        end = j;
        while (j < n && text[j] === ' ') j++;
        i = j;
      } else {
        overflow = i;
        break;
      }
    }
    if (overflow < 0) {
      lines.push({ start, end, hyphen: false, space: false });
      break;
    }
    // The word at `overflow` does not fit: break inside it if a break point leaves a part that fits.
    let wordEnd = overflow;
    while (wordEnd < n && text[wordEnd] !== ' ') wordEnd++;
    const inside = breakInside(
      text,
      overflow,
      wordEnd,
      start,
      width,
      widthOf,
      hyphenWidth,
      language,
      soft,
      minHyphenated,
    );
    if (inside) {
      lines.push({ start, end: inside.at, hyphen: inside.hyphen, space: false });
      start = inside.at;
      continue;
    }
    if (end > start) {
      lines.push({ start, end, hyphen: false, space: true });
      start = overflow;
      continue;
    }
    // A single word wider than the column with no break point that fits: break it where the column ends.
    let at = start + 1;
    while (at < wordEnd && widthOf(start, at + 1) <= width) at++;
    lines.push({ start, end: at, hyphen: false, space: false });
    start = at;
  }
  return lines;
}

/** The last break point inside the word [from, to) that keeps `text.slice(lineStart, point)` within `width`. */
function breakInside(
  text: string,
  from: number,
  to: number,
  lineStart: number,
  width: number,
  widthOf: (start: number, end: number) => number,
  hyphenWidth: number,
  language: HyphenationLanguage | null,
  soft: ReadonlySet<number>,
  minHyphenated: number,
): { at: number; hyphen: boolean } | null {
  const points = new Map<number, boolean>();
  for (let k = from + 1; k < to; k++) {
    // After a hard hyphen or a dash joined to the next letter ("sosiaali-ja", "2026–2027"): no hyphen drawn.
    if (/[-\u2010\u2013]/.test(text[k - 1]!) && /\p{L}|\p{N}/u.test(text[k]!)) points.set(k, false);
    if (soft.has(k)) points.set(k, true);
  }
  if (language) {
    // The patterns see letters only: leading and trailing punctuation ("(Kokemusasiantuntijat),") is cut off.
    const word = text.slice(from, to);
    const lead = /^[^\p{L}]*/u.exec(word)![0].length;
    const core = word.slice(lead).replace(/[^\p{L}]+$/u, '');
    if (/^[\p{L}-]+$/u.test(core) && core.length >= minHyphenated) {
      let offset = from + lead;
      for (const part of core.split('-')) {
        for (const p of hyphenationPoints(part, language)) if (!points.has(offset + p)) points.set(offset + p, true);
        offset += part.length + 1;
      }
    }
  }
  let best: { at: number; hyphen: boolean } | null = null;
  for (const [at, hyphen] of points) {
    if (best && at <= best.at) continue;
    if (widthOf(lineStart, at) + (hyphen ? hyphenWidth : 0) <= width) best = { at, hyphen };
  }
  return best;
}
