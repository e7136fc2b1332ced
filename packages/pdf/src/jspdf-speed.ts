import { jsPDF } from 'jspdf';

/**
 * Two costs of jsPDF that an appendix does not need, removed while one rendering runs (synchronously, so no
 * other jsPDF code runs meanwhile; jsPDF is pinned and the tests read every file back):
 *
 * - Parsing the embedded TTFs for every document (8.5 % of a typical rendering). The parse is kept per
 *   process; each document gets its own view of it with its own per-document state (the glyphs used, the
 *   ToUnicode map, the widths written), which is all jsPDF changes on a font.
 * - The Arabic shaping and bidi reordering passes of every text() call (about 10 %). The appendix draws no
 *   right-to-left letters: its fonts have none (they print as U+FFFD) and text.ts removes the bidi controls.
 */
export function withFasterJsPdf<T>(body: () => T): T {
  const api = jsPDF.API as unknown as {
    TTFFont: { open(file: Uint8Array): object };
    events: [string, (...args: unknown[]) => void][];
  };
  const open = api.TTFFont.open;
  const events = api.events;
  api.TTFFont.open = (file) => {
    const key = fontKey(file);
    let parsed = parsedFonts.get(key);
    if (!parsed) {
      parsed = open(file);
      parsedFonts.set(key, parsed);
    }
    // The view shares the parsed tables; jsPDF sets `Unicode` and `glyIdsUsed` on it when the font is added,
    // and looks for `cmap` as an own property before it draws a character above U+00FF.
    return Object.assign(Object.create(parsed) as object, { toUnicode: {}, cmap: (parsed as { cmap: unknown }).cmap });
  };
  api.events = events.filter(([name, handler]) => !rightToLeftOnly(name, handler));
  try {
    return body();
  } finally {
    api.TTFFont.open = open;
    api.events = events;
  }
}

const parsedFonts = new Map<string, object>();

/** Identifies a font file cheaply: its length and a sample of its bytes (the tables' checksums among them). */
function fontKey(file: Uint8Array): string {
  let h = 0;
  for (let i = 0; i < Math.min(file.length, 512); i++) h = (Math.imul(h, 31) + file[i]!) | 0;
  for (let i = 512; i < file.length; i += 251) h = (Math.imul(h, 31) + file[i]!) | 0;
  return `${file.length}:${h}`;
}

/** jsPDF's Arabic parser (the only preProcessText handler) and its bidi engine (a postProcessText one). */
function rightToLeftOnly(name: string, handler: (...args: unknown[]) => void): boolean {
  if (name === 'preProcessText') return true;
  return name === 'postProcessText' && handler.toString().includes('doBidiReorder');
}
