// Reads produced PDFs back with pdf.js, as a viewer or a screen reader would.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface StructNode {
  role?: string;
  children?: StructNode[];
  type?: string;
}

export interface ReadBack {
  pages: number;
  /** Text in reading order without artifacts. */
  text: string;
  /** Everything, running headers and footers included. */
  allText: string;
  /** The text items drawn as artifacts (running header and footer, page numbers), where they stand. */
  artifacts: { page: number; str: string; left: number; right: number; y: number }[];
  /** Text items that reach outside the page. */
  offPage: string[];
  roles: Set<string>;
  info: Record<string, unknown>;
  metadataTitle: string | null;
  lang: string | null;
  attachments: Record<string, { filename: string; content: Uint8Array }>;
  marked: boolean;
}

export const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Whether `text` (normalised) holds `expected` as printed, where a word may be hyphenated at a line end. pdf.js
 * drops the soft hyphen drawn there (U+00AD, ISO 32000-1 14.8.2.2.3) and reports a line break: a space
 * between two letters is allowed; every letter, and every space of `expected`, must be there.
 */
export function containsHyphenated(text: string, expected: string): boolean {
  if (text.includes(expected)) return true;
  const letter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  const matchesAt = (start: number) => {
    let k = start;
    for (let j = 0; j < expected.length; j++, k++) {
      if (text[k] === expected[j]) continue;
      // A line break inside a hyphenated word: letters on both sides, in the text and in what was typed.
      if (
        text[k] === ' ' &&
        letter(text[k - 1]) &&
        letter(expected[j - 1]) &&
        letter(expected[j]) &&
        text[k + 1] === expected[j]
      ) {
        k++;
        continue;
      }
      return false;
    }
    return true;
  };
  for (let at = text.indexOf(expected[0]!); at >= 0; at = text.indexOf(expected[0]!, at + 1))
    if (matchesAt(at)) return true;
  return false;
}

export async function readBack(bytes: Uint8Array): Promise<ReadBack> {
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 })
    .promise;
  let text = '';
  let allText = '';
  const offPage: string[] = [];
  const artifacts: ReadBack['artifacts'] = [];
  const roles = new Set<string>();
  const walk = (n: StructNode | null) => {
    if (!n) return;
    if (n.role) roles.add(n.role);
    n.children?.forEach(walk);
  };
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [, , width, height] = page.view as [number, number, number, number];
    // With marked content, artifacts (running header, footer, bullets) can be left out as a screen reader does.
    const content = await page.getTextContent({ includeMarkedContent: true });
    let artifactDepth = 0;
    for (const item of content.items as {
      type?: string;
      tag?: string;
      str?: string;
      hasEOL?: boolean;
      transform?: number[];
      width?: number;
    }[]) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
        if (item.tag === 'Artifact' || artifactDepth > 0) artifactDepth++;
        continue;
      }
      if (item.type === 'endMarkedContent') {
        if (artifactDepth > 0) artifactDepth--;
        continue;
      }
      if (typeof item.str !== 'string') continue;
      const piece = item.str + (item.hasEOL ? '\n' : '');
      allText += piece;
      if (artifactDepth === 0) text += piece;
      const [x, y] = [item.transform![4]!, item.transform![5]!];
      if (artifactDepth > 0 && item.str.trim())
        artifacts.push({ page: i, str: item.str, left: x, right: x + item.width!, y });
      if (item.str.trim() && (x < 0 || y < 0 || x + item.width! > width + 0.5 || y > height)) offPage.push(item.str);
    }
    text += '\n';
    allText += '\n';
    walk((await page.getStructTree()) as StructNode | null);
  }
  const meta = await doc.getMetadata();
  const attachments = ((await doc.getAttachments()) ?? {}) as ReadBack['attachments'];
  const markInfo = (await doc.getMarkInfo()) as { Marked?: boolean } | null;
  const info = meta.info as Record<string, unknown>;
  const result: ReadBack = {
    pages: doc.numPages,
    text,
    allText,
    artifacts,
    offPage,
    roles,
    info,
    metadataTitle: meta.metadata?.get('dc:title') ?? null,
    lang: typeof info.Language === 'string' ? info.Language : null,
    attachments,
    marked: markInfo?.Marked === true,
  };
  await doc.destroy();
  return result;
}
