// Small helpers for writing PDF objects by hand, where jsPDF has no API (structure tree, metadata, attachment).

/** A text string as UTF-16BE hex: no escaping pitfalls (a byte 0x0D in a literal string would turn into 0x0A). */
export function pdfTextString(text: string): string {
  let hex = '<FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `${hex}>`;
}

/** A name object; characters outside the regular set are #-escaped (ISO 32000-1, 7.3.5). */
export function pdfName(name: string): string {
  return `/${name.replace(/[^A-Za-z0-9_.-]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}`;
}

/** Bytes as a "binary string" (one char per byte), which is what jsPDF writes to the file. */
export function binaryString(bytes: Uint8Array): string {
  // Node's Buffer decodes natively (the same characters, one per byte); looked up so that browsers need none.
  const NodeBuffer = (
    globalThis as { Buffer?: { from(b: ArrayBufferLike, o: number, l: number): { toString(e: 'latin1'): string } } }
  ).Buffer;
  if (NodeBuffer && bytes.length > 64)
    return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  let out = '';
  // In slices: spreading a whole font or a 1 MB attachment into one call would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

/** Text as UTF-8 in a binary string. */
export function utf8BinaryString(text: string): string {
  return binaryString(new TextEncoder().encode(text));
}

/** `D:20261123120000Z`, and the XMP form `2026-11-23T12:00:00Z` of the same instant. */
export function pdfDate(date: Date): { pdf: string; xmp: string } {
  const iso = date.toISOString().slice(0, 19);
  return { pdf: `D:${iso.replace(/[-:T]/g, '')}Z`, xmp: `${iso}Z` };
}

export function xmlEscape(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
