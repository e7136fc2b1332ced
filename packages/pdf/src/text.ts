/**
 * Makes user text safe to draw: every character either prints with the embedded font or becomes U+FFFD,
 * and nothing can steer the layout (controls, bidi overrides). The exact text always survives in the
 * attached JSON, so nothing the official typed is lost.
 */
// C0/C1 controls except tab and newline, bidi embeddings/overrides/isolates, marks and zero-width characters.
const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

export function cleanText(text: string, covers: (codePoint: number) => boolean): string {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').replace(INVISIBLE, '').normalize('NFC');
  let out = '';
  for (const ch of normalised) {
    const cp = ch.codePointAt(0)!;
    out += cp === 0x0a || covers(cp) ? ch : '\ufffd';
  }
  return out;
}
