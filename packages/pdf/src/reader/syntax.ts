// PDF objects (ISO 32000-1, 7.3) parsed from bytes. Only what reading an attachment needs: no content
// streams, no fonts. Every loop is bounded by the bytes it walks over, and nesting by MAX_DEPTH.
import { Damaged } from './limits.js';

export class Name {
  constructor(readonly value: string) {}
}
export class Ref {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}
export class PdfString {
  constructor(readonly bytes: Uint8Array) {}
}
export type Dict = Map<string, PdfObject>;
/** A stream as found in the file: its dictionary and where its (still encoded) data starts. */
export class Stream {
  constructor(
    readonly dict: Dict,
    readonly source: Uint8Array,
    readonly start: number,
  ) {}
}
export type PdfObject = null | boolean | number | Name | Ref | PdfString | PdfObject[] | Dict | Stream;

/** Arrays and dictionaries inside one another; deeper is not a file any writer makes. */
const MAX_DEPTH = 64;
/** Elements of one array or dictionary. A name tree node or a Kids array of this size is still far off. */
const MAX_ELEMENTS = 200_000;
/** Values parsed in one read, over all objects: what keeps a file of millions of numbers from costing gigabytes. */
const MAX_VALUES = 250_000;
/** Bytes of one string: file names, descriptions, IDs; a signature's /Contents is some tens of kilobytes. */
const MAX_STRING = 1024 * 1024;

/** Counts the values parsed in one read; shared by all the lexers of a read. */
export interface ValueCounter {
  values: number;
}

const C = {
  Nul: 0x00,
  Tab: 0x09,
  Lf: 0x0a,
  Ff: 0x0c,
  Cr: 0x0d,
  Space: 0x20,
  Percent: 0x25,
  LParen: 0x28,
  RParen: 0x29,
  Slash: 0x2f,
  Lt: 0x3c,
  Gt: 0x3e,
  LBracket: 0x5b,
  Backslash: 0x5c,
  RBracket: 0x5d,
  LBrace: 0x7b,
  RBrace: 0x7d,
} as const;

/** \n \r \t \b \f in literal strings. */
const ESCAPES = new Map([
  [0x6e, 10],
  [0x72, 13],
  [0x74, 9],
  [0x62, 8],
  [0x66, 12],
]);

export const isWhite = (c: number) =>
  c === C.Space || c === C.Lf || c === C.Cr || c === C.Tab || c === C.Ff || c === C.Nul;
const isDelimiter = (c: number) =>
  c === C.LParen ||
  c === C.RParen ||
  c === C.Lt ||
  c === C.Gt ||
  c === C.LBracket ||
  c === C.RBracket ||
  c === C.LBrace ||
  c === C.RBrace ||
  c === C.Slash ||
  c === C.Percent;
const isRegular = (c: number) => !isWhite(c) && !isDelimiter(c);
const isDigitByte = (c: number) => c >= 0x30 && c <= 0x39;
const hexValue = (c: number) =>
  c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 55 : c >= 0x61 && c <= 0x66 ? c - 87 : -1;

/** A cursor over bytes: the file itself, or the decoded data of an object stream. */
export class Lexer {
  constructor(
    readonly bytes: Uint8Array,
    public pos = 0,
    private readonly counter: ValueCounter = { values: 0 },
  ) {}

  /** Skips white space and comments. */
  skip(): void {
    const b = this.bytes;
    while (this.pos < b.length) {
      const c = b[this.pos]!;
      if (isWhite(c)) this.pos++;
      else if (c === C.Percent) {
        while (this.pos < b.length && b[this.pos] !== C.Lf && b[this.pos] !== C.Cr) this.pos++;
      } else break;
    }
  }

  /** The regular characters at the cursor (a number or keyword), without moving. */
  peekWord(): string {
    this.skip();
    let end = this.pos;
    while (end < this.bytes.length && end - this.pos < 32 && isRegular(this.bytes[end]!)) end++;
    return latin1(this.bytes, this.pos, end);
  }

  word(): string {
    const w = this.peekWord();
    this.pos += w.length;
    return w;
  }

  /** A non-negative integer at the cursor, or null (the cursor then stays). */
  integer(): number | null {
    const at = this.pos;
    const w = this.peekWord();
    if (w.length === 0 || w.length > 15 || !/^\d+$/.test(w)) {
      this.pos = at;
      return null;
    }
    this.pos += w.length;
    return Number(w);
  }

  expectWord(word: string): void {
    if (this.word() !== word) throw new Damaged(`expected '${word}' at byte ${this.pos}`);
  }

  object(depth = 0): PdfObject {
    if (depth > MAX_DEPTH) throw new Damaged('objects nested too deep');
    if (++this.counter.values > MAX_VALUES) throw new Damaged(`more than ${MAX_VALUES} values`);
    this.skip();
    const b = this.bytes;
    if (this.pos >= b.length) throw new Damaged('unexpected end of data');
    const c = b[this.pos]!;
    switch (c) {
      case C.Slash:
        return this.name();
      case C.LParen:
        return this.literalString();
      case C.LBracket: {
        this.pos++;
        const items: PdfObject[] = [];
        for (;;) {
          this.skip();
          if (this.pos >= b.length) throw new Damaged('unterminated array');
          if (b[this.pos] === C.RBracket) {
            this.pos++;
            return items;
          }
          if (items.length >= MAX_ELEMENTS) throw new Damaged('array too long');
          items.push(this.object(depth + 1));
        }
      }
      case C.Lt:
        if (b[this.pos + 1] === C.Lt) {
          this.pos += 2;
          const dict: Dict = new Map();
          for (;;) {
            this.skip();
            if (this.pos >= b.length) throw new Damaged('unterminated dictionary');
            if (b[this.pos] === C.Gt && b[this.pos + 1] === C.Gt) {
              this.pos += 2;
              return dict;
            }
            if (dict.size >= MAX_ELEMENTS) throw new Damaged('dictionary too long');
            const key = this.object(depth + 1);
            if (!(key instanceof Name)) throw new Damaged(`dictionary key is not a name at byte ${this.pos}`);
            dict.set(key.value, this.object(depth + 1));
          }
        }
        return this.hexString();
      default:
        break;
    }
    const at = this.pos;
    if (isDigitByte(c)) {
      // An integer, or "12 0 R": read by arithmetic, as most values of a file are numbers.
      const n = this.digits();
      if (n !== null) {
        const back = this.pos;
        this.skip();
        if (isDigitByte(b[this.pos] ?? 0)) {
          const gen = this.digits();
          this.skip();
          if (gen !== null && b[this.pos] === 0x52 && !isRegular(b[this.pos + 1] ?? 0x20)) {
            this.pos++;
            return new Ref(n, gen);
          }
        }
        this.pos = back;
        return n;
      }
      this.pos = at;
    }
    const w = this.word();
    if (w === '') throw new Damaged(`unexpected character at byte ${at}`);
    if (w === 'true') return true;
    if (w === 'false') return false;
    if (w === 'null') return null;
    if (/^\d+$/.test(w) && w.length <= 15) {
      // "12 0 R": an indirect reference, else a plain integer.
      const back = this.pos;
      const gen = this.integer();
      if (gen !== null && this.word() === 'R') return new Ref(Number(w), gen);
      this.pos = back;
      return Number(w);
    }
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(w)) return Number(w);
    throw new Damaged(`unexpected '${w.slice(0, 20)}' at byte ${at}`);
  }

  /** Digits followed by a delimiter: their value; else null, the cursor moved. */
  private digits(): number | null {
    const b = this.bytes;
    let n = 0;
    let count = 0;
    while (this.pos < b.length && isDigitByte(b[this.pos]!)) {
      n = n * 10 + b[this.pos++]! - 0x30;
      if (++count > 15) return null;
    }
    return this.pos >= b.length || !isRegular(b[this.pos]!) ? n : null;
  }

  private name(): Name {
    const b = this.bytes;
    this.pos++;
    let out = '';
    while (this.pos < b.length && isRegular(b[this.pos]!)) {
      const c = b[this.pos]!;
      if (c === 0x23 && this.pos + 2 < b.length) {
        const h = hexValue(b[this.pos + 1]!);
        const l = hexValue(b[this.pos + 2]!);
        if (h >= 0 && l >= 0) {
          out += String.fromCharCode(h * 16 + l);
          this.pos += 3;
          continue;
        }
      }
      out += String.fromCharCode(c);
      this.pos++;
      if (out.length > 1024) throw new Damaged('name too long');
    }
    return new Name(out);
  }

  private literalString(): PdfString {
    const b = this.bytes;
    this.pos++;
    const out = new Bytes();
    let depth = 1;
    while (this.pos < b.length) {
      let c = b[this.pos++]!;
      if (c === C.LParen) depth++;
      else if (c === C.RParen && --depth === 0) return new PdfString(out.bytes());
      else if (c === C.Backslash) {
        c = b[this.pos++] ?? 0;
        const simple = ESCAPES.get(c);
        if (simple !== undefined) c = simple;
        else if (c >= 0x30 && c <= 0x37) {
          let v = c - 0x30;
          for (let i = 0; i < 2 && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x37; i++) v = v * 8 + b[this.pos++]! - 0x30;
          c = v & 0xff;
        } else if (c === C.Cr || c === C.Lf) {
          // A line continuation.
          if (c === C.Cr && b[this.pos] === C.Lf) this.pos++;
          continue;
        }
      }
      out.push(c);
    }
    throw new Damaged('unterminated string');
  }

  private hexString(): PdfString {
    const b = this.bytes;
    this.pos++;
    const out = new Bytes();
    let high = -1;
    while (this.pos < b.length) {
      const c = b[this.pos++]!;
      if (c === C.Gt) {
        if (high >= 0) out.push(high * 16);
        return new PdfString(out.bytes());
      }
      const v = hexValue(c);
      if (v < 0) {
        if (isWhite(c)) continue;
        throw new Damaged('bad hex string');
      }
      if (high < 0) high = v;
      else {
        out.push(high * 16 + v);
        high = -1;
      }
    }
    throw new Damaged('unterminated hex string');
  }
}

/** A growing byte buffer of at most MAX_STRING bytes. */
class Bytes {
  private buf = new Uint8Array(64);
  private n = 0;
  push(c: number): void {
    if (this.n === this.buf.length) {
      if (this.n >= MAX_STRING) throw new Damaged('string too long');
      const grown = new Uint8Array(this.n * 2);
      grown.set(this.buf);
      this.buf = grown;
    }
    this.buf[this.n++] = c;
  }
  bytes(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

export function latin1(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

// Plain loops: calling the native indexOf for every candidate costs more than comparing bytes, and a
// hostile file can make every byte a candidate.
const matchesAt = (bytes: Uint8Array, needle: Uint8Array, i: number) => {
  for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) return false;
  return true;
};
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** The last place where `needle` starts at or before `from` and not before `until`; -1 when nowhere. */
export function lastIndexOf(bytes: Uint8Array, needle: string, from = bytes.length, until = 0): number {
  const n = ascii(needle);
  const first = n[0];
  for (let i = Math.min(from, bytes.length - n.length); i >= until; i--)
    if (bytes[i] === first && matchesAt(bytes, n, i)) return i;
  return -1;
}

/** The first place at or after `from` where `needle` starts and ends before `until`; -1 when nowhere. */
export function indexOf(bytes: Uint8Array, needle: string, from = 0, until = bytes.length): number {
  const n = ascii(needle);
  const first = n[0];
  const last = Math.min(until, bytes.length) - n.length;
  for (let i = from; i <= last; i++) if (bytes[i] === first && matchesAt(bytes, n, i)) return i;
  return -1;
}

/** A text string (7.9.2.2): UTF-16BE or UTF-8 with a byte-order mark, else PDFDocEncoding (read as Latin-1). */
export function textString(s: PdfString): string {
  const b = s.bytes;
  if (b[0] === 0xfe && b[1] === 0xff) {
    let out = '';
    for (let i = 2; i + 1 < b.length; i += 2) out += String.fromCharCode((b[i]! << 8) | b[i + 1]!);
    return out;
  }
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return new TextDecoder().decode(b.subarray(3));
  return latin1(b, 0, b.length);
}
