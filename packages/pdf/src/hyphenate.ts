// Hyphenation points for Finnish, Swedish and English, from the `hyphen` package's TeX patterns. Only a word
// that does not fit its line is looked up (a narrow table column, a long compound), so the patterns cost a
// rendering almost nothing; the hyphenators are built once, on first use.
import createHyphenator from 'hyphen/hyphen.js';
import en from 'hyphen/patterns/en-gb.js';
import fi from 'hyphen/patterns/fi.js';
import sv from 'hyphen/patterns/sv.js';

type Hyphenator = (text: string) => string;
const PATTERNS = { fi, sv, en } as const;
export type HyphenationLanguage = keyof typeof PATTERNS;

const hyphenators = new Map<HyphenationLanguage, Hyphenator>();

/** The hyphenation language of a BCP 47 tag ("fi-FI" → fi), or null for one without patterns here. */
export function hyphenationLanguage(lang: string | undefined): HyphenationLanguage | null {
  const base = lang?.slice(0, 2).toLowerCase();
  return base === 'fi' || base === 'sv' || base === 'en' ? base : null;
}

/**
 * Offsets inside `word` where it may be broken with a hyphen, at least two letters from either end (the
 * Finnish and Swedish rule; English patterns would leave "a-" alone on a line).
 */
export function hyphenationPoints(word: string, language: HyphenationLanguage): number[] {
  if (word.length < 5) return [];
  let hyphenate = hyphenators.get(language);
  if (!hyphenate) {
    hyphenate = createHyphenator(PATTERNS[language] as never) as Hyphenator;
    hyphenators.set(language, hyphenate);
  }
  const marked = hyphenate(word);
  const points: number[] = [];
  let at = 0;
  for (const ch of marked) {
    if (ch === '\u00ad') {
      if (at >= 2 && word.length - at >= 2) points.push(at);
    } else at += ch.length;
  }
  return points;
}
