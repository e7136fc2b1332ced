import { jsPDF } from 'jspdf';

/**
 * Two costs of jsPDF that an appendix does not need, removed while one rendering runs (synchronously, so no
 * other jsPDF code runs meanwhile; jsPDF is pinned and the tests read every file back):
 *
 * - Parsing the embedded TTFs for every document (8.5 % of a typical rendering). The parse is kept per
 *   process; each document gets its own view of it with its own per-document state (the glyphs used, the
 *   ToUnicode map, the widths written), which is all jsPDF changes on a font.
 * - Writing the font subset into the file with JS arrays (14 %): `encodeSubset` below writes the same bytes.
 * - Turning each font file of the VFS into bytes for every document (3.6 %): `addFontOnce` keeps the bytes
 *   per file.
 * - Turning text into glyph IDs (the UTF-8 plugin, 12 %): it looks each glyph up in the list of widths written,
 *   one linear search per character; `glyphText` below gives the same strings with a set per document.
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
    const font = parsed as ParsedFont;
    return Object.assign(Object.create(parsed) as object, {
      toUnicode: {},
      cmap: font.cmap,
      subset: {
        encode: (glyphIds: number[], indexToLocFormat: number) => encodeSubset(font, glyphIds, indexToLocFormat),
      },
    });
  };
  api.events = events
    .filter(([name, handler]) => !rightToLeftOnly(name, handler))
    // What remains of postProcessText is jsPDF's UTF-8 plugin, which turns text into glyph IDs.
    .map(([name, handler]) => [
      name,
      name === 'postProcessText'
        ? glyphText(handler)
        : name === 'addFont' && handler.toString().includes('getFileFromVFS')
          ? addFontOnce(handler, api.TTFFont)
          : handler,
    ]);
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

interface GlyphFont {
  encoding: string;
  metadata: {
    cmap?: { unicode?: { codeMap: Record<number, number | undefined> } };
    Unicode?: { widths: (number | number[])[] };
    glyIdsUsed: number[];
    toUnicode: Record<number, number>;
    widthOfGlyph(glyph: number): number;
  };
}
interface TextEvent {
  text: unknown;
  mutex: { activeFontKey: string; fonts: Record<string, GlyphFont>; isHex?: boolean };
}

/** Per document (per widths list): the glyphs whose widths are written, and the glyphs used. */
const knownWidths = new WeakMap<object, Set<number>>();
const knownGlyphs = new WeakMap<object, Set<number>>();
const HEX = Array.from({ length: 0x10000 }, (_, i) => i.toString(16).padStart(4, '0'));

/**
 * jsPDF's UTF-8 text handler (utf8EscapeFunction with utf8TextFunction and pdfEscape16) for fonts embedded
 * as Identity-H, with the same result: characters the font has no glyph for are dropped (those below U+0100
 * kept), each is written as its glyph ID in four hex digits, a glyph 0 ends the string, the ToUnicode map
 * takes the last character drawn with each glyph, and the widths list gets each glyph once, in the order first
 * drawn. Only the list of glyphs used is shorter: each glyph once, which is all the subset reads from it.
 */
function glyphText(original: (...args: unknown[]) => void): (...args: unknown[]) => void {
  return (...args) => {
    const event = args[0] as TextEvent;
    const font = event.mutex.fonts[event.mutex.activeFontKey];
    const metadata = font?.metadata;
    const codeMap = metadata?.cmap?.unicode?.codeMap;
    const widths = metadata?.Unicode?.widths;
    if (
      font?.encoding !== 'Identity-H' ||
      !metadata ||
      !codeMap ||
      !widths ||
      !Object.hasOwn(metadata, 'cmap') ||
      !Object.hasOwn(metadata, 'Unicode')
    )
      return original(...args);
    let known = knownWidths.get(widths);
    if (!known) {
      known = new Set(widths.filter((w): w is number => typeof w === 'number'));
      knownWidths.set(widths, known);
    }
    let used = knownGlyphs.get(metadata.glyIdsUsed);
    if (!used) {
      used = new Set(metadata.glyIdsUsed);
      knownGlyphs.set(metadata.glyIdsUsed, used);
    }
    const toUnicode = metadata.toUnicode;
    const glyphIds = (text: unknown): string => {
      const s = typeof text === 'string' ? text : text ? String(text) : '';
      let out = '';
      for (let i = 0; i < s.length; i++) {
        const code = s.charCodeAt(i);
        const glyph = codeMap[code] || 0;
        // The plugin keeps a character the font lacks when it is below U+0100; its glyph 0 then ends the string.
        if (glyph === 0 && code >= 256) continue;
        if (!used.has(glyph)) {
          used.add(glyph);
          metadata.glyIdsUsed.push(glyph);
        }
        toUnicode[glyph] = code;
        if (!known.has(glyph)) {
          known.add(glyph);
          widths.push(glyph, [Number.parseInt(metadata.widthOfGlyph(glyph) as unknown as string, 10)]);
        }
        if (glyph === 0) return out;
        out += HEX[glyph];
      }
      return out;
    };
    const one = (text: unknown) => glyphIds(Array.isArray(text) ? text[0] : text);
    const text = event.text || '';
    event.text = Array.isArray(text)
      ? text.map((t) => (Array.isArray(t) && t.length === 3 ? [one(t[0]), t[1], t[2]] : one(t)))
      : one(text);
    event.mutex.isHex = true;
  };
}

/** The bytes of each font file added, by its binary string (the same few strings in every document). */
const fontBytes = new Map<string, Uint8Array>();

interface AddFontEvent {
  font: { isStandardFont?: boolean; postScriptName: string; metadata?: object };
  instance?: { existsFileInVFS(name: string): boolean; getFileFromVFS(name: string): unknown };
}

/**
 * jsPDF's addFont handler for a font in the VFS (the TTF plugin's), with the file turned into bytes once per
 * process rather than once per document; anything else (a standard font, a file not in the VFS, bad data)
 * goes to jsPDF's own handler, with its own messages.
 */
function addFontOnce(
  original: (...args: unknown[]) => void,
  TTFFont: { open(file: Uint8Array): object },
): (...args: unknown[]) => void {
  return (...args) => {
    const { font, instance } = args[0] as AddFontEvent;
    if (font.isStandardFont || !instance?.existsFileInVFS(font.postScriptName)) return original(...args);
    const file = instance.getFileFromVFS(font.postScriptName);
    if (typeof file !== 'string') return original(...args);
    let bytes = fontBytes.get(file);
    if (!bytes) {
      const binary = /^\x00\x01\x00\x00/.test(file) ? file : atob(file);
      bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
      if (fontBytes.size >= 16) fontBytes.clear();
      fontBytes.set(file, bytes);
    }
    const metadata = TTFFont.open(bytes) as { Unicode?: object; glyIdsUsed?: number[] };
    metadata.Unicode = metadata.Unicode || { encoding: {}, kerning: {}, widths: [] };
    metadata.glyIdsUsed = [0];
    font.metadata = metadata;
  };
}

/** jsPDF's Arabic parser (the only preProcessText handler) and its bidi engine (a postProcessText one). */
function rightToLeftOnly(name: string, handler: (...args: unknown[]) => void): boolean {
  if (name === 'preProcessText') return true;
  return name === 'postProcessText' && handler.toString().includes('doBidiReorder');
}

// ---------------------------------------------------------------------------------------------------------
// The font subset written into each document. jsPDF's own (Subset.encode) builds the file with JS arrays,
// one push and one concat at a time, 14 % of a typical rendering. This one writes the same bytes (the
// tests compare them with jsPDF's) into one typed array: the tables that do not depend on the glyphs used
// are taken from jsPDF once per font, the glyphs are copied, and the directory is jsPDF's, quirks included.

interface ParsedTable {
  exists: boolean;
  offset: number;
  length: number;
}
interface ParsedGlyph {
  compound: boolean;
  glyphIDs: number[];
}
/** The parts of jsPDF's parsed TTF (TTFFont) the subset reads. */
interface ParsedFont {
  rawData: Uint8Array;
  directory: { scalarType: number };
  cmap: ParsedTable;
  hmtx: ParsedTable;
  hhea: ParsedTable;
  maxp: ParsedTable;
  post: ParsedTable;
  name: ParsedTable;
  os2: ParsedTable;
  head: { encode(indexToLocFormat: number): number[] };
  loca: { offsets: number[] };
  glyf: { offset: number; glyphFor(id: number): ParsedGlyph | null };
}

interface SubsetTables {
  /** Per index to loca format, the tables in jsPDF's order, the glyph-dependent ones (glyf, loca) empty. */
  readonly tables: Map<number, { tag: string; bytes: Uint8Array; sum: number }[]>;
}
const subsetTables = new WeakMap<ParsedFont, SubsetTables>();

/** The TrueType checksum: the sum of the big-endian 32-bit words, the last one zero-padded. */
function checksum(bytes: Uint8Array): number {
  let sum = 0;
  const whole = bytes.length & ~3;
  for (let i = 0; i < whole; i += 4)
    sum = (sum + ((bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!)) >>> 0;
  if (whole < bytes.length) {
    let last = 0;
    for (let k = 0; k < 4; k++) last = (last << 8) | (bytes[whole + k] ?? 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

function fixedTables(font: ParsedFont, indexToLocFormat: number): { tag: string; bytes: Uint8Array; sum: number }[] {
  let cached = subsetTables.get(font);
  if (!cached) {
    cached = { tables: new Map() };
    subsetTables.set(font, cached);
  }
  let tables = cached.tables.get(indexToLocFormat);
  if (!tables) {
    const entry = (tag: string, bytes: number[] | Uint8Array) => {
      const b = bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes);
      return { tag, bytes: b, sum: checksum(b) };
    };
    // What jsPDF's table.raw() reads, without its byte-at-a-time copy (30 ms of a cold start).
    const raw = (table: ParsedTable) =>
      table.exists ? font.rawData.subarray(table.offset, table.offset + table.length) : new Uint8Array(0);
    tables = [
      entry('cmap', raw(font.cmap)),
      entry('glyf', []),
      entry('loca', []),
      entry('hmtx', raw(font.hmtx)),
      entry('hhea', raw(font.hhea)),
      entry('maxp', raw(font.maxp)),
      entry('post', raw(font.post)),
      entry('name', raw(font.name)),
      entry('head', font.head.encode(indexToLocFormat)),
    ];
    if (font.os2.exists) tables.push(entry('OS/2', raw(font.os2)));
    cached.tables.set(indexToLocFormat, tables);
  }
  return tables;
}

/** The glyphs used and the components of compound ones, ascending: glyph 0 first, then the others. */
function glyphClosure(font: ParsedFont, used: readonly number[]): number[] {
  const ids = new Set<number>();
  let next = [...used];
  while (next.length > 0) {
    const more: number[] = [];
    for (const id of next) {
      if (ids.has(id)) continue;
      ids.add(id);
      const glyph = font.glyf.glyphFor(id);
      if (glyph?.compound) more.push(...glyph.glyphIDs);
    }
    next = more;
  }
  return [...ids].sort((a, b) => a - b);
}

/** The same bytes as jsPDF's `font.subset.encode(glyphIds, indexToLocFormat)`, as a typed array. */
export function encodeSubset(font: ParsedFont, glyphIds: readonly number[], indexToLocFormat: number): Uint8Array {
  const fixed = fixedTables(font, indexToLocFormat);
  const ids = glyphClosure(font, glyphIds);
  const offsets = font.loca.offsets;
  const source = font.rawData;
  const glyfStart = font.glyf.offset;
  let glyfLength = 0;
  for (const id of ids) glyfLength += Math.max(0, offsets[id + 1]! - offsets[id]!);
  const glyf = new Uint8Array(glyfLength);
  // jsPDF writes a long loca of the full glyph count, unused glyphs empty, whatever format head declares.
  const loca = new Uint8Array(offsets.length * 4);
  const locaView = new DataView(loca.buffer);
  let at = 0;
  let next = 0;
  for (let k = 0; k < offsets.length; k++) {
    locaView.setUint32(k * 4, at);
    if (next < ids.length && ids[next] === k) {
      next++;
      const start = offsets[k]!;
      const length = offsets[k + 1]! - start;
      if (length > 0) {
        glyf.set(source.subarray(glyfStart + start, glyfStart + start + length), at);
        at += length;
      }
    }
  }
  const tables = fixed.map((t) =>
    t.tag === 'glyf'
      ? { tag: t.tag, bytes: glyf, sum: checksum(glyf) }
      : t.tag === 'loca'
        ? { tag: t.tag, bytes: loca, sum: checksum(loca) }
        : t,
  );
  const count = tables.length;
  let size = 12 + 16 * count;
  for (const t of tables) size += (t.bytes.length + 3) & ~3;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  // jsPDF's header values, entrySelector's miscalculation included (readers do not use it).
  const searchRange = Math.floor(Math.log(count) / Math.log(2)) * 16;
  view.setUint32(0, font.directory.scalarType >>> 0);
  view.setUint16(4, count);
  view.setUint16(6, searchRange);
  view.setUint16(8, Math.floor(searchRange / Math.log(2)));
  view.setUint16(10, count * 16 - searchRange);
  let offset = 12 + 16 * count;
  let headOffset = 0;
  tables.forEach((t, i) => {
    const e = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[e + k] = t.tag.charCodeAt(k);
    view.setUint32(e + 4, t.sum);
    view.setUint32(e + 8, offset);
    view.setUint32(e + 12, t.bytes.length);
    out.set(t.bytes, offset);
    if (t.tag === 'head') headOffset = offset;
    offset += (t.bytes.length + 3) & ~3;
  });
  view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
