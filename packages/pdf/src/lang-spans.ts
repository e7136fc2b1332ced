// Passages of typed text in another language than the text around them, for `/Lang` on a Span: a screen
// reader switches its voice there. Only what can be told from the letters themselves is tagged: Cyrillic
// (Russian, or Ukrainian by its own letters), Greek, and Sámi by the letters Finnish and Swedish do not use
// (Northern đ ŋ ŧ, Inari â with č đ š ž, Skolt ʹ ǩ ǥ ǯ ʒ). A whole line, a quotation, or a run of Cyrillic
// words inside Finnish text; Finnish, Swedish and English are not told apart (the case language covers them).
import type { InlineSpan } from './layout.js';

const CYRILLIC = /[\u0400-\u04ff]/gu;
const GREEK = /[\u0370-\u03ff]/gu;
const LETTER = /\p{L}/gu;
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** The language a passage is written in, when its letters tell it; null otherwise. */
export function detectLanguage(text: string): string | null {
  const letters = count(text, LETTER);
  if (letters === 0) return null;
  if (count(text, CYRILLIC) * 2 > letters) return /[ґєіїҐЄІЇ]/u.test(text) ? 'uk' : 'ru';
  if (count(text, GREEK) * 2 > letters) return 'el';
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const share = (re: RegExp) => words.filter((w) => re.test(w)).length / words.length;
  // A word or two of Sámi in a Finnish sentence (a place name) does not make the passage Sámi.
  if (share(/[ʹǩǥǯʒǨǤǮƷ]/u) >= 0.25) return 'sms';
  if (share(/â/iu) >= 0.25 && /[čđšž]/iu.test(text)) return 'smn';
  if (share(/[đŋŧĐŊŦ]/u) >= 0.25) return 'se';
  return null;
}

const primary = (lang: string) => lang.split('-')[0]!.toLowerCase();
const QUOTES = /“([^”\n]+)”|«([^»\n]+)»|„([^“”\n]+)[“”]|”([^”\n]+)”|"([^"\n]+)"/gu;
const CYRILLIC_RUN = /[\u0400-\u04ff][\u0400-\u04ff\d\s,.;:!?'’«»-]*[\u0400-\u04ff.!?]|[\u0400-\u04ff]/gu;

/** Spans of `text` (sorted, not overlapping) whose language differs from `base`, each with its `lang`. */
export function languageSpans(text: string, base: string): InlineSpan[] {
  // Most answers have no letter outside Latin-1 and no quotation mark: nothing to look for.
  if (!/[^\u0000-\u00ff]|"/u.test(text)) return [];
  const spans: InlineSpan[] = [];
  const other = (lang: string | null): lang is string => lang !== null && primary(lang) !== primary(base);
  let offset = 0;
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const whole = detectLanguage(line);
    if (other(whole)) {
      spans.push({ start: offset + lead, end: offset + line.trimEnd().length, lang: whole });
    } else {
      const taken: [number, number][] = [];
      for (const m of line.matchAll(QUOTES)) {
        const inner = m.slice(1).find((g) => g !== undefined)!;
        const start = m.index! + m[0].indexOf(inner);
        const lang = detectLanguage(inner);
        if (other(lang)) spans.push({ start: offset + start, end: offset + start + inner.length, lang });
        taken.push([m.index!, m.index! + m[0].length]);
      }
      for (const m of line.matchAll(CYRILLIC_RUN)) {
        const start = m.index!;
        if (taken.some(([a, b]) => start >= a && start < b)) continue;
        const lang = detectLanguage(m[0]);
        if (other(lang)) spans.push({ start: offset + start, end: offset + start + m[0].trimEnd().length, lang });
      }
    }
    offset += line.length + 1;
  }
  return spans.sort((a, b) => a.start - b.start);
}
