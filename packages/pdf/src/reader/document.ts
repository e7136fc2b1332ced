// The object layer of a PDF (ISO 32000-1, 7.5): cross-reference tables and streams over every section of
// incremental updates (/Prev, /XRefStm), objects in object streams, streams with indirect /Length.
import { decode } from './filters.js';
import type { OutputCap } from './filters.js';
import { Damaged, Encrypted } from './limits.js';
import type { Budget } from './limits.js';
import { Lexer, Name, Ref, Stream, indexOf, isWhite, lastIndexOf, latin1 } from './syntax.js';
import type { Dict, PdfObject } from './syntax.js';

/**
 * Where an object is, as one number so that a table of a million entries stays small: a byte offset
 * (≥ 0), FREE, or the index-th object of object stream s as -(2 + s · 2²⁰ + index).
 */
type Entry = number;
const FREE = -1;
const IN_STREAM = 2 ** 20;
const inStream = (stream: number, index: number): Entry => {
  if (index >= IN_STREAM || stream >= 2 ** 31) throw new Damaged('object stream entry out of range');
  return -(2 + stream * IN_STREAM + index);
};
const streamOf = (e: Entry) => Math.floor((-e - 2) / IN_STREAM);

/** The last startxref is looked for this far from the end: blank lines, padding, a second %%EOF. */
const TAIL = 1024 * 1024;

/** Entries read between two yields. */
const YIELD_EVERY = 20_000;

export class PdfDocument {
  /** Newest definition of each object; null = free (deleted by a later section). */
  private readonly entries = new Map<number, Entry>();
  private readonly cache = new Map<number, PdfObject>();
  private readonly resolving = new Set<number>();
  private readonly objectStreams = new Map<number, { data: Uint8Array; offsets: Map<number, number> }>();
  /** The newest trailer; older sections' trailers only contribute /Prev. */
  trailer: Dict = new Map();
  /**
   * Objects the last table read listed as free. In a hybrid file (/XRefStm) the table lists the objects of
   * object streams as free for readers of PDF 1.4, and the stream of the same update then defines them.
   */
  private freedByTable = new Set<number>();

  private constructor(
    readonly bytes: Uint8Array,
    readonly budget: Budget,
    /** Cap of the streams the structure needs (cross-reference and object streams). */
    private readonly structureCap: OutputCap,
  ) {}

  static *open(bytes: Uint8Array, budget: Budget): Generator<void, PdfDocument> {
    const doc = new PdfDocument(bytes, budget, {
      bytes: budget.limits.maxInflatedBytes,
      limit: 'maxInflatedBytes',
    });
    yield* doc.readCrossReferences();
    if (doc.trailer.has('Encrypt')) throw new Encrypted('encrypted');
    return doc;
  }

  private *readCrossReferences(): Generator<void, void> {
    const b = this.bytes;
    // The last startxref: tools append blank lines, a second %%EOF, or other bytes.
    const at = lastIndexOf(b, 'startxref', b.length, Math.max(0, b.length - TAIL));
    if (at < 0) throw new Damaged('no startxref');
    const lexer = this.lexer(b, at + 'startxref'.length);
    let offset = lexer.integer();
    if (offset === null) throw new Damaged('startxref without an offset');
    const seen = new Set<number>();
    let first = true;
    const pending: number[] = [];
    while (offset !== null || pending.length > 0) {
      if (offset === null) offset = pending.shift()!;
      // A /Prev chain that loops back (or points at itself) is followed once.
      if (seen.has(offset)) {
        offset = null;
        continue;
      }
      seen.add(offset);
      this.budget.object();
      if (offset < 0 || offset >= b.length) throw new Damaged(`cross-reference offset ${offset} outside the file`);
      const trailer: Dict = yield* this.readSection(offset);
      if (first) this.trailer = trailer;
      first = false;
      const xrefStm = trailer.get('XRefStm');
      // In a hybrid file the stream holds the objects of the same update that the table leaves out, so it
      // is read before the older sections.
      if (typeof xrefStm === 'number' && !seen.has(xrefStm)) {
        seen.add(xrefStm);
        this.budget.object();
        const freed = this.freedByTable;
        for (const num of freed) this.entries.delete(num);
        yield* this.readSection(xrefStm);
        // Freed by the table and not defined by its stream: free, as the table said.
        for (const num of freed) if (!this.entries.has(num)) this.entries.set(num, FREE);
      }
      const prev: PdfObject | undefined = trailer.get('Prev');
      offset = typeof prev === 'number' ? prev : null;
      yield;
    }
    if (!(this.trailer.get('Root') instanceof Ref)) throw new Damaged('trailer without /Root');
  }

  private *readSection(offset: number): Generator<void, Dict> {
    const lexer = this.lexer(this.bytes, offset);
    if (lexer.peekWord() === 'xref') {
      lexer.word();
      return yield* this.readTable(lexer);
    }
    const obj = this.parseIndirectAt(offset, null);
    if (!(obj instanceof Stream) || !isName(obj.dict.get('Type'), 'XRef'))
      throw new Damaged(`no cross-reference section at byte ${offset}`);
    return yield* this.readXrefStream(obj);
  }

  private *readTable(lexer: Lexer): Generator<void, Dict> {
    const b = this.bytes;
    this.freedByTable = new Set();
    for (;;) {
      if (lexer.peekWord() === 'trailer') {
        lexer.word();
        const trailer = lexer.object();
        if (!(trailer instanceof Map)) throw new Damaged('trailer is not a dictionary');
        return trailer;
      }
      const start = lexer.integer();
      const count = lexer.integer();
      if (start === null || count === null) throw new Damaged(`bad cross-reference subsection at byte ${lexer.pos}`);
      lexer.skip();
      // Counted before any loop runs over them; the budget is never more than the file's size.
      this.budget.entries(count);
      // Entries are 20 bytes; some writers make them 19 or 21.
      if (count * 18 > b.length - lexer.pos)
        throw new Damaged(`cross-reference subsection of ${count} entries is longer than the file`);
      for (let i = 0; i < count; i++) {
        const p = lexer.pos;
        // nnnnnnnnnn ggggg n|f, read by fields, not by fixed positions.
        let offset = 0;
        let j = p;
        while (j < b.length && b[j]! >= 0x30 && b[j]! <= 0x39) offset = offset * 10 + b[j++]! - 0x30;
        while (j < b.length && b[j] === 0x20) j++;
        while (j < b.length && b[j]! >= 0x30 && b[j]! <= 0x39) j++;
        while (j < b.length && b[j] === 0x20) j++;
        const type = b[j];
        if (j === p || (type !== 0x6e && type !== 0x66)) throw new Damaged(`bad cross-reference entry at byte ${p}`);
        j++;
        while (j < b.length && isWhite(b[j]!)) j++;
        lexer.pos = j;
        const num = start + i;
        if (!this.entries.has(num)) {
          this.entries.set(num, type === 0x6e ? offset : FREE);
          if (type !== 0x6e) this.freedByTable.add(num);
        }
        if (i % YIELD_EVERY === YIELD_EVERY - 1) yield;
      }
    }
  }

  private *readXrefStream(stream: Stream): Generator<void, Dict> {
    const dict = stream.dict;
    const w = dict.get('W');
    if (!Array.isArray(w) || w.length !== 3 || !w.every((x) => typeof x === 'number' && x >= 0 && x <= 8))
      throw new Damaged('bad /W in a cross-reference stream');
    const [w0, w1, w2] = w as [number, number, number];
    const width = w0 + w1 + w2;
    if (width === 0) throw new Damaged('empty /W');
    const size = dict.get('Size');
    if (typeof size !== 'number') throw new Damaged('cross-reference stream without /Size');
    const index = dict.get('Index') ?? [0, size];
    if (!Array.isArray(index) || index.length % 2 !== 0 || !index.every((x) => typeof x === 'number'))
      throw new Damaged('bad /Index');
    let total = 0;
    for (let k = 1; k < index.length; k += 2) total += index[k] as number;
    this.budget.entries(total);
    const data = yield* this.streamData(stream, this.structureCap);
    if (total * width > data.length) throw new Damaged('cross-reference stream shorter than its /Index says');
    const field = (at: number, n: number, fallback: number) => {
      if (n === 0) return fallback;
      let v = 0;
      for (let i = 0; i < n; i++) v = v * 256 + data[at + i]!;
      return v;
    };
    let at = 0;
    let done = 0;
    for (let k = 0; k < index.length; k += 2) {
      const start = index[k] as number;
      const count = index[k + 1] as number;
      for (let i = 0; i < count; i++) {
        const type = field(at, w0, 1);
        const a = field(at + w0, w1, 0);
        const c = field(at + w0 + w1, w2, 0);
        at += width;
        const num = start + i;
        if (!this.entries.has(num)) {
          if (type === 1) this.entries.set(num, a);
          else if (type === 2) this.entries.set(num, inStream(a, c));
          else if (type === 0) this.entries.set(num, FREE);
          // Other types are reserved: "as null", and an older section may still define the object.
        }
        if (++done % YIELD_EVERY === 0) yield;
      }
    }
    return dict;
  }

  private lexer(bytes: Uint8Array, pos = 0): Lexer {
    return new Lexer(bytes, pos, this.budget);
  }

  /** The object `num`, or null when it is free or missing (7.3.10: a reference to nothing is null). */
  get(num: number): PdfObject {
    const cached = this.cache.get(num);
    if (cached !== undefined || this.cache.has(num)) return cached!;
    if (this.resolving.has(num)) throw new Damaged(`object ${num} refers to itself`);
    const entry = this.entries.get(num);
    if (entry === undefined || entry === FREE) return null;
    this.resolving.add(num);
    try {
      this.budget.object();
      const value = entry >= 0 ? this.parseIndirectAt(entry, num) : this.fromObjectStream(streamOf(entry), num);
      this.cache.set(num, value);
      return value;
    } finally {
      this.resolving.delete(num);
    }
  }

  /** Follows a reference; other objects are returned as they are. */
  resolve = (o: PdfObject | undefined): PdfObject => {
    let v: PdfObject = o ?? null;
    for (let i = 0; v instanceof Ref; i++) {
      if (i > 32) throw new Damaged('chain of references');
      v = this.get(v.num);
    }
    return v;
  };

  private parseIndirectAt(offset: number, expected: number | null): PdfObject {
    const lexer = this.lexer(this.bytes, offset);
    const num = lexer.integer();
    const gen = lexer.integer();
    if (num === null || gen === null || lexer.word() !== 'obj') throw new Damaged(`no object at byte ${offset}`);
    if (expected !== null && num !== expected)
      throw new Damaged(`object ${num} found at byte ${offset} where the table puts ${expected}`);
    const value = lexer.object();
    if (value instanceof Map && lexer.peekWord() === 'stream') {
      lexer.word();
      const b = this.bytes;
      // The keyword is followed by CRLF or LF (some writers: a lone CR).
      if (b[lexer.pos] === 0x0d) lexer.pos++;
      if (b[lexer.pos] === 0x0a) lexer.pos++;
      return new Stream(value, b, lexer.pos);
    }
    return value;
  }

  private fromObjectStream(stream: number, num: number): PdfObject {
    // Normally loaded ahead by `fetch`, which may yield; a /Length or a filter in an object stream is
    // decoded here at once, within the same limits.
    if (!this.objectStreams.has(stream)) drain(this.load([num]));
    const os = this.objectStreams.get(stream);
    if (!os) throw new Damaged(`object stream ${stream} not loaded`);
    const at = os.offsets.get(num);
    if (at === undefined) return null;
    const value = this.lexer(os.data, at).object();
    if (value instanceof Stream) throw new Damaged('a stream inside an object stream');
    return value;
  }

  /**
   * Decodes the object streams that hold the given objects, so that `get` stays synchronous. Done ahead
   * because decoding is the part that may take long and yields.
   */
  *load(nums: readonly number[]): Generator<void, void> {
    for (const num of nums) {
      const entry = this.entries.get(num);
      if (entry === undefined || entry >= FREE) continue;
      const streamNum = streamOf(entry);
      if (this.objectStreams.has(streamNum)) continue;
      const stream = this.get(streamNum);
      if (!(stream instanceof Stream) || !isName(stream.dict.get('Type'), 'ObjStm'))
        throw new Damaged(`object ${streamNum} is not an object stream`);
      const n = this.resolve(stream.dict.get('N'));
      const first = this.resolve(stream.dict.get('First'));
      if (typeof n !== 'number' || typeof first !== 'number') throw new Damaged('object stream without /N or /First');
      const data = yield* this.streamData(stream, this.structureCap);
      const header = this.lexer(data.subarray(0, Math.min(first, data.length)));
      const offsets = new Map<number, number>();
      for (let i = 0; i < n; i++) {
        const objNum = header.integer();
        const off = header.integer();
        if (objNum === null || off === null) throw new Damaged('bad object stream header');
        if (!offsets.has(objNum)) offsets.set(objNum, first + off);
      }
      this.objectStreams.set(streamNum, { data, offsets });
    }
  }

  /** The object `num` once any object stream holding it is decoded. */
  *fetch(o: PdfObject | undefined): Generator<void, PdfObject> {
    let v: PdfObject = o ?? null;
    for (let i = 0; v instanceof Ref; i++) {
      if (i > 32) throw new Damaged('chain of references');
      yield* this.load([v.num]);
      v = this.get(v.num);
    }
    return v;
  }

  /** The decoded bytes of a stream, no more than `cap`. */
  *streamData(stream: Stream, cap: OutputCap): Generator<void, Uint8Array> {
    const raw = yield* this.rawData(stream);
    const dict = new Map(stream.dict);
    for (const key of ['Filter', 'DecodeParms']) {
      const v = dict.get(key);
      if (v !== undefined) dict.set(key, yield* this.fetch(v));
    }
    return yield* decode(raw, dict, cap, this.budget, this.resolve);
  }

  private *rawData(stream: Stream): Generator<void, Uint8Array> {
    const b = stream.source;
    const length = yield* this.fetch(stream.dict.get('Length'));
    const start = stream.start;
    if (typeof length === 'number' && length >= 0 && start + length <= b.length) {
      const end = start + length;
      let j = end;
      while (j < b.length && j < end + 4 && isWhite(b[j]!)) j++;
      if (latin1(b, j, Math.min(j + 9, b.length)) === 'endstream') return b.subarray(start, end);
    }
    // A wrong /Length (some tools after edits): the data ends before the next "endstream", looked for no
    // further than an attachment may be long.
    const end = indexOf(b, 'endstream', start, start + this.budget.limits.maxAttachmentBytes + 16);
    if (end < 0) throw new Damaged('stream without endstream');
    let e = end;
    if (b[e - 1] === 0x0a) e--;
    if (b[e - 1] === 0x0d) e--;
    return b.subarray(start, Math.max(start, e));
  }
}

/** Runs work that may yield to its end, at once. */
export function drain<T>(work: Generator<void, T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

export const isName = (o: PdfObject | undefined, value?: string): o is Name =>
  o instanceof Name && (value === undefined || o.value === value);
