import type { InlineSpan } from './layout.js';

export interface Reference {
  /** "Laki hyvinvointialueesta (611/2021) 29 §" */
  readonly text: string;
  /** Printed after the link, e.g. " (section number not yet verified)". */
  readonly note: string;
  readonly url: string;
}

/**
 * The legal-basis line of a finding with each reference as a link to Finlex: the text, and the spans the
 * layout tags as Link elements with their annotations. The annotation's /Contents names the provision,
 * which is what a screen reader announces for the link.
 */
export function legalBasisText(label: string, refs: readonly Reference[]): { text: string; spans: InlineSpan[] } {
  let text = label;
  const spans: InlineSpan[] = [];
  refs.forEach((r, i) => {
    if (i > 0) text += '; ';
    spans.push({
      start: text.length,
      end: text.length + r.text.length,
      link: { url: r.url, contents: `${r.text}, Finlex` },
    });
    text += r.text + r.note;
  });
  return { text, spans };
}
