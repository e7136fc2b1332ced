// Stream filters (ISO 32000-1, 7.4) with a cap on the bytes they produce: FlateDecode with its predictors,
// ASCIIHexDecode and ASCII85Decode (which `mutool clean -a` writes). Other filters are "unsupported".
import { Inflate } from 'fflate';
import { Damaged, LimitReached } from './limits.js';
import type { Budget, ReadLimitName } from './limits.js';
import { Name } from './syntax.js';
import type { Dict, PdfObject } from './syntax.js';

/** Input fed to the inflater at a time: one push can then produce at most ~1 MiB (deflate's ratio is ≤ 1032). */
const INFLATE_CHUNK = 1024;
/** Work between two yields, in bytes in or out, so that an asynchronous reader lets the page breathe. */
const YIELD_EVERY = 256 * 1024;

export interface OutputCap {
  readonly bytes: number;
  readonly limit: ReadLimitName;
}

/** Collects output up to a cap; the cap, not the input, decides how much memory a stream costs. */
class Sink {
  private readonly chunks: Uint8Array[] = [];
  length = 0;
  constructor(
    private readonly cap: OutputCap,
    private readonly budget: Budget,
  ) {}
  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.length += chunk.length;
    if (this.length > this.cap.bytes) throw new LimitReached(this.cap.limit, this.cap.bytes);
    this.budget.inflate(chunk.length);
    this.chunks.push(chunk);
  }
  bytes(): Uint8Array {
    if (this.chunks.length === 1) return this.chunks[0]!;
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

function* inflate(data: Uint8Array, cap: OutputCap, budget: Budget): Generator<void, Uint8Array> {
  let start = 0;
  // The zlib header (RFC 1950); some writers leave it out, so raw deflate is accepted as well.
  if (data.length >= 2 && (data[0]! & 0x0f) === 8 && ((data[0]! << 8) | data[1]!) % 31 === 0) {
    if (data[1]! & 0x20) throw new Damaged('deflate stream with a preset dictionary');
    start = 2;
  }
  const sink = new Sink(cap, budget);
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    sink.push(chunk);
    if (final) done = true;
  });
  try {
    // Counted in both directions: a bomb makes megabytes of one kilobyte.
    let mark = 0;
    for (let at = start; at < data.length && !done; at += INFLATE_CHUNK) {
      const end = Math.min(at + INFLATE_CHUNK, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
      if (at - start + sink.length - mark >= YIELD_EVERY) {
        mark = at - start + sink.length;
        yield;
      }
    }
  } catch (e) {
    if (e instanceof LimitReached) throw e;
    // fflate reports "invalid block type", "unexpected EOF" and the like: the data is broken.
    throw new Damaged(`deflate: ${(e as Error).message}`);
  }
  if (!done) throw new Damaged('deflate: unexpected end of data');
  return sink.bytes();
}

function asciiHex(data: Uint8Array): Uint8Array {
  const out = new Uint8Array((data.length + 1) >> 1);
  let n = 0;
  let high = -1;
  for (const c of data) {
    if (c === 0x3e) break;
    const v =
      c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 55 : c >= 0x61 && c <= 0x66 ? c - 87 : -1;
    if (v < 0) continue;
    if (high < 0) high = v;
    else {
      out[n++] = high * 16 + v;
      high = -1;
    }
  }
  if (high >= 0) out[n++] = high * 16;
  return out.subarray(0, n);
}

function ascii85(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil((data.length * 4) / 5) + 4);
  let n = 0;
  const group: number[] = [];
  const flush = (count: number) => {
    let v = 0;
    for (let i = 0; i < 5; i++) v = v * 85 + (group[i] ?? 84);
    for (let i = 0; i < count - 1; i++) out[n++] = (v >>> (24 - 8 * i)) & 0xff;
  };
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (c === 0x7e) break;
    if (c === 0x7a && group.length === 0) {
      n += 4;
      continue;
    }
    if (c < 0x21 || c > 0x75) continue;
    group.push(c - 0x21);
    if (group.length === 5) {
      flush(5);
      group.length = 0;
    }
  }
  if (group.length > 1) flush(group.length);
  return out.subarray(0, n);
}

const num = (d: Dict | null, key: string, fallback: number) => {
  const v = d?.get(key);
  return typeof v === 'number' ? v : fallback;
};

/** PNG (10–15) and TIFF (2) predictors of FlateDecode (7.4.4.4). */
function unpredict(data: Uint8Array, params: Dict | null): Uint8Array {
  const predictor = num(params, 'Predictor', 1);
  if (predictor === 1) return data;
  const colors = num(params, 'Colors', 1);
  const bpc = num(params, 'BitsPerComponent', 8);
  const columns = num(params, 'Columns', 1);
  if (![1, 2, 4, 8, 16].includes(bpc) || colors < 1 || colors > 32 || columns < 1 || columns > 1 << 20)
    throw new Damaged('bad predictor parameters');
  const bpp = Math.max(1, (colors * bpc) >> 3);
  const rowBytes = (colors * bpc * columns + 7) >> 3;
  if (predictor === 2) {
    if (bpc !== 8) throw new Damaged('TIFF predictor with other than 8 bits per component');
    const out = data.slice();
    for (let row = 0; row < out.length; row += rowBytes)
      for (let i = row + bpp; i < Math.min(row + rowBytes, out.length); i++) out[i] = (out[i]! + out[i - bpp]!) & 0xff;
    return out;
  }
  if (predictor < 10 || predictor > 15) throw new Damaged(`predictor ${predictor}`);
  const rows = Math.floor(data.length / (rowBytes + 1));
  const out = new Uint8Array(rows * rowBytes);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowBytes + 1)]!;
    const src = r * (rowBytes + 1) + 1;
    const dst = r * rowBytes;
    for (let i = 0; i < rowBytes; i++) {
      const raw = data[src + i]!;
      const left = i >= bpp ? out[dst + i - bpp]! : 0;
      const up = r > 0 ? out[dst + i - rowBytes]! : 0;
      const upLeft = r > 0 && i >= bpp ? out[dst + i - rowBytes - bpp]! : 0;
      let v: number;
      switch (type) {
        case 0:
          v = raw;
          break;
        case 1:
          v = raw + left;
          break;
        case 2:
          v = raw + up;
          break;
        case 3:
          v = raw + ((left + up) >> 1);
          break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - upLeft);
          v = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
          break;
        }
        default:
          throw new Damaged(`PNG filter type ${type}`);
      }
      out[dst + i] = v & 0xff;
    }
  }
  return out;
}

/** The decoded data of a stream, no more than `cap` bytes. */
export function* decode(
  raw: Uint8Array,
  dict: Dict,
  cap: OutputCap,
  budget: Budget,
  resolve: (o: PdfObject) => PdfObject,
): Generator<void, Uint8Array> {
  const filterObj = resolve(dict.get('Filter') ?? null);
  const paramsObj = resolve(dict.get('DecodeParms') ?? null);
  const filters = filterObj === null ? [] : Array.isArray(filterObj) ? filterObj.map(resolve) : [filterObj];
  const params = Array.isArray(paramsObj) ? paramsObj.map(resolve) : [paramsObj];
  if (filters.length > 8) throw new Damaged('too many filters');
  let data = raw;
  for (let i = 0; i < filters.length; i++) {
    const f = filters[i];
    if (!(f instanceof Name)) throw new Damaged('filter is not a name');
    const p = params[i];
    const dictParams = p instanceof Map ? p : null;
    switch (f.value) {
      case 'FlateDecode':
      case 'Fl':
        data = unpredict(yield* inflate(data, cap, budget), dictParams);
        break;
      case 'ASCIIHexDecode':
      case 'AHx':
        data = asciiHex(data);
        break;
      case 'ASCII85Decode':
      case 'A85':
        data = ascii85(data);
        break;
      default:
        throw new Damaged(`unsupported filter ${f.value}`);
    }
  }
  if (data.length > cap.bytes) throw new LimitReached(cap.limit, cap.bytes);
  if (filters.length === 0 || !filters.some((f) => f instanceof Name && /^(FlateDecode|Fl)$/.test(f.value)))
    budget.inflate(data.length);
  return data;
}
