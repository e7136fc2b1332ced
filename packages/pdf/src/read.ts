import { unzlibSync } from 'fflate';
import { parseAssessment } from '@osallisuusarvio/core';
import { binaryString } from './pdf-syntax.js';
import type { LocalizedText, ParseResult } from '@osallisuusarvio/core';

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
  fi: 'PDF-liitteen tiedot ovat vahingoittuneet eikä niitä voi lukea.',
  sv: 'Bilagans uppgifter är skadade och kan inte läsas.',
  en: 'The appendix’s data is damaged and cannot be read.',
};

const fail = (code: string, message: LocalizedText): ParseResult => ({
  ok: false,
  errors: [{ path: [], pathText: '', code, message }],
});

/**
 * Returns the assessment attached to an appendix made by `renderAppendix`, validated and migrated like
 * any other input. Never throws: a file that is not such an appendix gives an error with a fi/sv/en message.
 */
export function readAppendix(pdf: Uint8Array | ArrayBuffer): ParseResult {
  const bytes = pdf instanceof Uint8Array ? pdf : pdf instanceof ArrayBuffer ? new Uint8Array(pdf) : null;
  if (!bytes || binaryString(bytes.subarray(0, 5)) !== '%PDF-') return fail('notPdf', NOT_A_PDF);
  const text = binaryString(bytes);
  // Follow the cross-reference table from the catalog to the attachment, rather than searching for
  // "/EmbeddedFile", which the official's own text (in the metadata) could contain.
  const objects = crossReference(text);
  const catalog = objects && objectText(text, objects, rootOf(text));
  if (!objects || catalog === null)
    return fail(
      text.includes('/EmbeddedFile') ? 'damagedAttachment' : 'noAttachment',
      text.includes('/EmbeddedFile') ? DAMAGED : NO_ATTACHMENT,
    );
  const af = /\/AF \[(\d+) 0 R\]/.exec(catalog);
  if (!af) return fail('noAttachment', NO_ATTACHMENT);
  const spec = objectText(text, objects, Number(af[1]));
  const ef = spec && /\/EF <<\/F (\d+) 0 R/.exec(spec);
  const fileAt = ef ? objects.get(Number(ef[1])) : undefined;
  if (fileAt === undefined) return fail('damagedAttachment', DAMAGED);
  const streamAt = text.indexOf('stream', fileAt);
  if (streamAt < 0) return fail('damagedAttachment', DAMAGED);
  const dict = text.slice(fileAt, streamAt);
  const length = /\/Length (\d+)/.exec(dict);
  if (!length) return fail('damagedAttachment', DAMAGED);
  let start = streamAt + 'stream'.length;
  if (text[start] === '\r') start++;
  if (text[start] === '\n') start++;
  const data = bytes.subarray(start, start + Number(length[1]));
  if (data.length < Number(length[1])) return fail('damagedAttachment', DAMAGED);
  let json: string;
  try {
    const raw = dict.includes('/FlateDecode') ? unzlibSync(data) : data;
    json = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return fail('damagedAttachment', DAMAGED);
  }
  return parseAssessment(json);
}

/** Object number → byte offset, from the classic xref table jsPDF writes. Null when there is none. */
function crossReference(text: string): Map<number, number> | null {
  const sx = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
  if (!sx) return null;
  const at = Number(sx[1]);
  const head = /^xref\s+(\d+) (\d+)\s+/.exec(text.slice(at, at + 64));
  if (!head) return null;
  const first = Number(head[1]);
  const count = Number(head[2]);
  const entries = text.slice(at + head[0].length, at + head[0].length + count * 20);
  const map = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const entry = entries.slice(i * 20, i * 20 + 18);
    if (entry.endsWith(' n')) map.set(first + i, Number(entry.slice(0, 10)));
  }
  return map;
}

function rootOf(text: string): number {
  const trailer = text.lastIndexOf('trailer');
  const m = trailer >= 0 ? /\/Root (\d+) 0 R/.exec(text.slice(trailer)) : null;
  return m ? Number(m[1]) : -1;
}

function objectText(text: string, objects: Map<number, number>, id: number): string | null {
  const at = objects.get(id);
  if (at === undefined) return null;
  const end = text.indexOf('endobj', at);
  const body = text.slice(at, end < 0 ? undefined : end);
  return body.startsWith(`${id} 0 obj`) ? body : null;
}
