// Reads the assessment back out of an appendix, after any tool that keeps the attachment has re-saved it.
// This module is the `@osallisuusarvio/pdf/read` entry: it must not import jsPDF, so that the widget's
// PDF import and the CLI's extract load a few kilobytes instead of the renderer.
import { formatMessage, parseAssessment } from '@osallisuusarvio/core';
import type { LocalizedText, Locale, ParseError, ParseResult } from '@osallisuusarvio/core';
import { APPENDIX_NAMESPACE, ATTACHMENT_NAME } from './names.js';
import { PdfDocument, drain, isName } from './reader/document.js';
import { Budget, DEFAULT_READ_LIMITS, Damaged, Encrypted, LimitReached } from './reader/limits.js';
import type { ReadLimitName, ReadLimits } from './reader/limits.js';
import { PdfString, Ref, Stream, textString } from './reader/syntax.js';
import type { Dict, PdfObject } from './reader/syntax.js';
import { sha256Hex } from './sha256.js';

export { DEFAULT_READ_LIMITS };
export type { ReadLimitName, ReadLimits };

export interface ReadOptions {
  /** Limits on the work one file may cause; each one left out keeps its default (`DEFAULT_READ_LIMITS`). */
  readonly limits?: Partial<ReadLimits>;
}

export interface ReadAsyncOptions extends ReadOptions {
  /** Stops the read: the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/**
 * What `readAppendix` returns: `ParseResult`, and on success whether the data was checked against the
 * SHA-256 the appendix wrote into its XMP. `verified: false` means the file kept the attachment but not the
 * checksum (Ghostscript and some archive converters drop the XMP and /AF): the data is returned, as nothing
 * says it is wrong, but nothing proves it is what was attached either; `notice` says so in fi/sv/en, for the
 * user to see.
 */
export type ReadResult =
  | (Extract<ParseResult, { ok: true }> & {
      readonly verified: boolean;
      readonly notice?: LocalizedText;
    })
  | Extract<ParseResult, { ok: false }>;

/** The notice of a result with `verified: false`. */
export const UNVERIFIED_NOTICE: LocalizedText = {
  fi: 'Tietoja ei voitu tarkistaa tarkistussummaa vasten, koska PDF-tiedostosta puuttuu se (tiedosto on ehkä tallennettu uudelleen toisella ohjelmalla). Tarkista, että tiedot vastaavat alkuperäistä liitettä.',
  sv: 'Uppgifterna kunde inte kontrolleras mot sin kontrollsumma, eftersom PDF-filen saknar den (filen har kanske sparats om i ett annat program). Kontrollera att uppgifterna motsvarar den ursprungliga bilagan.',
  en: 'The data could not be checked against its checksum, as the PDF file no longer holds it (the file may have been re-saved by another program). Check that the data matches the original appendix.',
};

/** A reason the file could not be read; `limit` names the limit that stopped the work, when one did. */
export interface ReadError extends ParseError {
  readonly limit?: ReadLimitName;
  /** What was wrong, in English and technical terms, for a bug report: "no object at byte 1234". */
  readonly detail?: string;
}

const NOT_A_PDF: LocalizedText = {
  fi: 'Tiedosto ei ole PDF-tiedosto.',
  sv: 'Filen är inte en PDF-fil.',
  en: 'The file is not a PDF file.',
};
const NO_ATTACHMENT: LocalizedText = {
  fi: 'PDF-tiedostossa ei ole osallisuusarvioinnin tietoja. Vain tällä työkalulla luodun liitteen voi avata.',
  sv: 'PDF-filen innehåller inga uppgifter om bedömningen. Endast en bilaga som skapats med detta verktyg kan öppnas.',
  en: 'The PDF file holds no assessment data. Only an appendix made with this tool can be opened.',
};
const DAMAGED: LocalizedText = {
  fi: 'PDF-tiedosto on vahingoittunut tai sen rakennetta ei tueta, joten liitteen tietoja ei voi lukea.',
  sv: 'PDF-filen är skadad eller har en struktur som inte stöds, så bilagans uppgifter kan inte läsas.',
  en: 'The PDF file is damaged or of a kind this tool cannot read, so the appendix’s data cannot be read.',
};
const CHECKSUM: LocalizedText = {
  fi: 'Liitteen tiedot eivät vastaa tarkistussummaansa: ne ovat vahingoittuneet tai niitä on muutettu liitteen laatimisen jälkeen. Tietoja ei avattu.',
  sv: 'Bilagans uppgifter stämmer inte med sin kontrollsumma: de är skadade eller har ändrats efter att bilagan skapades. Uppgifterna öppnades inte.',
  en: 'The appendix’s data does not match its checksum: it is damaged or was changed after the appendix was made. The data was not opened.',
};
const ENCRYPTED: LocalizedText = {
  fi: 'PDF-tiedosto on salattu. Tallenna liite ilman salausta ja avaa se uudelleen.',
  sv: 'PDF-filen är krypterad. Spara bilagan utan kryptering och öppna den igen.',
  en: 'The PDF file is encrypted. Save the appendix without encryption and open it again.',
};
const LIMIT: LocalizedText = {
  fi: 'PDF-tiedostoa ei luettu, koska turvallisen lukemisen raja ylittyi: {detail}.',
  sv: 'PDF-filen lästes inte, eftersom en gräns för säker läsning överskreds: {detail}.',
  en: 'The PDF file was not read, as a limit for reading it safely was reached: {detail}.',
};
const LIMIT_DETAIL: Record<ReadLimitName, LocalizedText> = {
  maxFileBytes: { fi: 'tiedosto on yli {n}', sv: 'filen är större än {n}', en: 'the file is over {n}' },
  maxAttachmentBytes: {
    fi: 'liitetty tiedosto on purettuna yli {n}',
    sv: 'den bifogade filen är större än {n} uppackad',
    en: 'the attached file is over {n} uncompressed',
  },
  maxInflatedBytes: {
    fi: 'purettavaa dataa on yli {n}',
    sv: 'mer än {n} data ska packas upp',
    en: 'over {n} of data to uncompress',
  },
  maxObjects: { fi: 'objekteja on yli {n}', sv: 'fler än {n} objekt', en: 'over {n} objects' },
  maxXrefEntries: {
    fi: 'viittaustaulukossa on yli {n} merkintää',
    sv: 'korsreferenstabellen har fler än {n} poster',
    en: 'the cross-reference table has over {n} entries',
  },
};
/** "100 000" in Finnish and Swedish, "100,000" in English; by hand, as Intl's first use costs tens of milliseconds. */
function groupDigits(n: number, locale: Locale): string {
  const [whole, fraction] = (Math.round(n * 10) / 10).toString().split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+$)/g, locale === 'en' ? ',' : '\u00a0');
  return fraction ? `${grouped}${locale === 'en' ? '.' : ','}${fraction}` : grouped;
}

type ReadFailure = Extract<ParseResult, { ok: false }>;

const error = (code: string, message: LocalizedText, limit?: ReadLimitName, detail?: string): ReadFailure => {
  const e: ReadError = {
    path: [],
    pathText: '',
    code,
    message,
    ...(limit ? { limit } : {}),
    ...(detail ? { detail } : {}),
  };
  return { ok: false, errors: [e] };
};

function limitError(e: LimitReached): ReadFailure {
  const bytes = e.limit.endsWith('Bytes');
  const amount = (locale: Locale) => {
    const fmt = (n: number) => groupDigits(n, locale);
    if (!bytes) return fmt(e.value);
    return e.value >= 1024 * 1024
      ? `${fmt(e.value / 1024 / 1024)} MiB`
      : e.value >= 1024
        ? `${fmt(e.value / 1024)} KiB`
        : `${fmt(e.value)} B`;
  };
  const message = {} as Record<Locale, string>;
  for (const locale of ['fi', 'sv', 'en'] as const) {
    const detail = formatMessage(LIMIT_DETAIL[e.limit][locale], { n: amount(locale) }, locale);
    message[locale] = formatMessage(LIMIT[locale], { detail }, locale);
  }
  return error('readLimit', message, e.limit, e.message);
}

/**
 * The error `readAppendix` gives for a file over `maxFileBytes`, for a caller that finds the size before
 * reading the file (a command that should not load a file of gigabytes to refuse it).
 */
export function fileTooLarge(maxFileBytes: number): ReadFailure {
  return limitError(new LimitReached('maxFileBytes', maxFileBytes));
}

/** What the structure says, before the JSON is parsed. */
type Found =
  | { readonly kind: 'json'; readonly bytes: Uint8Array; readonly verified: boolean }
  | { readonly kind: 'none' }
  | { readonly kind: 'checksum' };

interface Candidate {
  readonly file: Stream;
  readonly score: number;
}

/** Walks a name tree (7.9.6) for its values; a node met twice (a /Kids cycle) is left out the second time. */
function* nameTreeValues(doc: PdfDocument, root: PdfObject): Generator<void, PdfObject[]> {
  const values: PdfObject[] = [];
  const seen = new Set<PdfObject>();
  const walk = function* (node: PdfObject, depth: number): Generator<void, void> {
    const n = yield* doc.fetch(node);
    if (!(n instanceof Map) || seen.has(n)) return;
    if (depth > 32) throw new Damaged('name tree too deep');
    seen.add(n);
    const names = yield* doc.fetch(n.get('Names'));
    if (Array.isArray(names)) for (let i = 1; i < names.length; i += 2) values.push(names[i]!);
    const kids = yield* doc.fetch(n.get('Kids'));
    if (Array.isArray(kids)) for (const kid of kids) yield* walk(kid, depth + 1);
  };
  yield* walk(root, 0);
  return values;
}

const baseName = (name: string) => name.split(/[/\\]/).pop() ?? name;

/**
 * The attachments that may hold the assessment, best first: the one named osallisuusarvio.json and related
 * as the source of the document, then other JSON attachments that are source or data. From the catalog's
 * /AF (PDF/A-3) and its EmbeddedFiles name tree, as other tools keep one or the other.
 */
function* candidates(doc: PdfDocument, catalog: Dict): Generator<void, Candidate[]> {
  const specs: PdfObject[] = [];
  const af = yield* doc.fetch(catalog.get('AF'));
  if (Array.isArray(af)) specs.push(...af);
  const names = yield* doc.fetch(catalog.get('Names'));
  if (names instanceof Map) specs.push(...(yield* nameTreeValues(doc, names.get('EmbeddedFiles') ?? null)));
  const seen = new Set<Stream>();
  const found: Candidate[] = [];
  for (const s of specs) {
    const spec = yield* doc.fetch(s);
    if (!(spec instanceof Map)) continue;
    const ef = yield* doc.fetch(spec.get('EF'));
    if (!(ef instanceof Map)) continue;
    const file = yield* doc.fetch(ef.get('UF') ?? ef.get('F'));
    if (!(file instanceof Stream)) {
      if (ef.get('UF') instanceof Ref || ef.get('F') instanceof Ref) throw new Damaged('embedded file missing');
      continue;
    }
    if (seen.has(file)) continue;
    seen.add(file);
    const nameObj = (yield* doc.fetch(spec.get('UF'))) ?? (yield* doc.fetch(spec.get('F')));
    const name = nameObj instanceof PdfString ? baseName(textString(nameObj)) : '';
    const relationship = yield* doc.fetch(spec.get('AFRelationship'));
    const subtype = yield* doc.fetch(file.dict.get('Subtype'));
    const ours = name === ATTACHMENT_NAME;
    const source = isName(relationship, 'Source') || isName(relationship, 'Data');
    const json = isName(subtype, 'application/json') || name.toLowerCase().endsWith('.json');
    if (!ours && !(json && source)) continue;
    found.push({ file, score: (ours ? 4 : 0) + (source ? 2 : 0) + (json ? 1 : 0) });
  }
  return found.sort((a, b) => b.score - a.score);
}

/** The SHA-256 of the attached JSON that the appendix wrote into its XMP, or null when there is none. */
function* expectedSha256(doc: PdfDocument, catalog: Dict): Generator<void, string | null> {
  const metadata = yield* doc.fetch(catalog.get('Metadata'));
  if (!(metadata instanceof Stream)) return null;
  const bytes = yield* doc.streamData(metadata, {
    bytes: doc.budget.limits.maxInflatedBytes,
    limit: 'maxInflatedBytes',
  });
  const xml = new TextDecoder().decode(bytes);
  // The property under whatever prefix the namespace is bound to: a tool that rewrites the XMP may rename it.
  const ns = APPENDIX_NAMESPACE.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  for (const m of xml.matchAll(new RegExp(`xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*["']${ns}["']`, 'g'))) {
    const p = m[1]!;
    const hash =
      new RegExp(`<${p}:assessmentSha256>\\s*([0-9a-fA-F]{64})\\s*</${p}:assessmentSha256>`).exec(xml) ??
      new RegExp(`\\s${p}:assessmentSha256\\s*=\\s*["']([0-9a-fA-F]{64})["']`).exec(xml);
    if (hash) return hash[1]!.toLowerCase();
  }
  return null;
}

function* findAssessmentJson(bytes: Uint8Array, limits: ReadLimits): Generator<void, Found> {
  if (bytes.length > limits.maxFileBytes) throw new LimitReached('maxFileBytes', limits.maxFileBytes);
  const budget = new Budget(limits, bytes.length);
  const doc = yield* PdfDocument.open(bytes, budget);
  const catalog = yield* doc.fetch(doc.trailer.get('Root'));
  if (!(catalog instanceof Map)) throw new Damaged('no catalog');
  const found = yield* candidates(doc, catalog);
  if (found.length === 0) return { kind: 'none' };
  const expected = yield* expectedSha256(doc, catalog);
  const cap = { bytes: limits.maxAttachmentBytes, limit: 'maxAttachmentBytes' as const };
  let firstError: unknown = null;
  for (const { file } of found) {
    let data: Uint8Array;
    try {
      data = yield* doc.streamData(file, cap);
    } catch (e) {
      if (!(e instanceof Damaged)) throw e;
      firstError ??= e;
      continue;
    }
    yield;
    // Without a checksum (an XMP rewritten by another tool) the best candidate is all there is to go by.
    if (expected === null) return { kind: 'json', bytes: data, verified: false };
    if (sha256Hex(data) === expected) return { kind: 'json', bytes: data, verified: true };
  }
  if (firstError) throw firstError;
  return { kind: 'checksum' };
}

function toResult(found: Found): ReadResult {
  if (found.kind === 'none') return error('noAttachment', NO_ATTACHMENT);
  if (found.kind === 'checksum') return error('checksumMismatch', CHECKSUM);
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(found.bytes);
  } catch {
    return error('damagedAttachment', DAMAGED);
  }
  const parsed = parseAssessment(json);
  if (!parsed.ok) return parsed;
  return found.verified ? { ...parsed, verified: true } : { ...parsed, verified: false, notice: UNVERIFIED_NOTICE };
}

function failure(e: unknown): ReadResult {
  if (e instanceof LimitReached) return limitError(e);
  if (e instanceof Encrypted) return error('encryptedPdf', ENCRYPTED);
  if (e instanceof Damaged) return error('damagedAttachment', DAMAGED, undefined, e.message);
  throw e;
}

function start(pdf: Uint8Array | ArrayBuffer): Uint8Array | ReadFailure {
  const bytes = pdf instanceof Uint8Array ? pdf : pdf instanceof ArrayBuffer ? new Uint8Array(pdf) : null;
  if (!bytes || bytes.length < 5 || String.fromCharCode(...bytes.subarray(0, 5)) !== '%PDF-')
    return error('notPdf', NOT_A_PDF);
  return bytes;
}

const limitsOf = (options: ReadOptions): ReadLimits => ({ ...DEFAULT_READ_LIMITS, ...options.limits });

/**
 * Returns the assessment attached to an appendix made by `renderAppendix`, validated and migrated like any
 * other input, also after qpdf, mutool, pikepdf or an incremental update (a signature) has re-saved it.
 * Never throws for any input: a file that holds no assessment, is damaged, encrypted, whose data does not
 * match its checksum, or that would take more work than the limits allow, gives an error with a fi/sv/en
 * message (`errors[0].code`: notPdf, noAttachment, damagedAttachment, encryptedPdf, checksumMismatch,
 * readLimit with `limit`). Data whose checksum the file no longer holds is returned with `verified: false`
 * and a `notice` (see `ReadResult`).
 */
export function readAppendix(pdf: Uint8Array | ArrayBuffer, options: ReadOptions = {}): ReadResult {
  const bytes = start(pdf);
  if (!(bytes instanceof Uint8Array)) return bytes;
  let found: Found;
  try {
    found = drain(findAssessmentJson(bytes, limitsOf(options)));
  } catch (e) {
    return failure(e);
  }
  return toResult(found);
}

/** Slices of work between two yields to the event loop, in milliseconds. */
const SLICE_MS = 8;

const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof setImmediate === 'function') setImmediate(resolve);
    else if (typeof MessageChannel === 'function') {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    } else setTimeout(resolve, 0);
  });

/**
 * `readAppendix` in slices of a few milliseconds, giving the event loop its turn between them: a page stays
 * responsive while a file is read, and a command can be interrupted. Rejects only when `signal` aborts.
 */
export async function readAppendixAsync(
  pdf: Uint8Array | ArrayBuffer,
  options: ReadAsyncOptions = {},
): Promise<ReadResult> {
  options.signal?.throwIfAborted();
  const bytes = start(pdf);
  if (!(bytes instanceof Uint8Array)) return bytes;
  const work = findAssessmentJson(bytes, limitsOf(options));
  let found: Found;
  try {
    let sliceStart = Date.now();
    for (;;) {
      const step = work.next();
      if (step.done) {
        found = step.value;
        break;
      }
      if (Date.now() - sliceStart >= SLICE_MS) {
        await nextTask();
        options.signal?.throwIfAborted();
        sliceStart = Date.now();
      }
    }
  } catch (e) {
    if (options.signal?.aborted && e === options.signal.reason) throw e;
    return failure(e);
  }
  await nextTask();
  options.signal?.throwIfAborted();
  return toResult(found);
}
