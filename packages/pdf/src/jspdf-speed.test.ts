import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { NOTO_SANS_BOLD, NOTO_SANS_REGULAR, SYMBOLS_REGULAR } from './assets.generated.js';
import { byteArray } from './document.js';
import { encodeSubset, withFasterJsPdf } from './jspdf-speed.js';
import { binaryString } from './pdf-syntax.js';

type Font = Parameters<typeof encodeSubset>[0] & {
  subset: { encode(ids: number[], indexToLocFormat: number): number[] };
  characterToGlyph(code: number): number;
};
const open = (base64: string): Font => {
  const binary = atob(base64);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return (jsPDF.API as unknown as { TTFFont: { open(file: Uint8Array): Font } }).TTFFont.open(bytes);
};
const glyphsOf = (font: Font, text: string) => [
  0,
  ...Array.from(text, (ch) => font.characterToGlyph(ch.codePointAt(0)!)),
];

describe('the font subset written into each document', () => {
  const samples = [
    '',
    'Osallisuusarvio: päätöksen vaikutukset asukkaisiin ja henkilöstöön 2027.',
    'Åbo Ärende Öppen Šiša Ŋuolla ǥǩǯ ʹ Ωμέγα Дом “quoted” – 10 000 € ≤ 15 % № ™ •',
    // Decomposed letters and ligature candidates reach compound glyphs in Noto Sans.
    'a\u0308 o\u0308 e\u0301 ǅ ǈ ǋ ǲ ﬁ ĳ Ǆ Ǳ ı̇',
  ];
  for (const [name, base64] of [
    ['Noto Sans Regular', NOTO_SANS_REGULAR],
    ['Noto Sans Bold', NOTO_SANS_BOLD],
    ['DejaVu Sans symbols', SYMBOLS_REGULAR],
  ] as const) {
    it(`is byte for byte jsPDF's own for ${name}`, () => {
      const font = open(base64);
      for (const text of samples) {
        const ids = glyphsOf(font, text);
        const expected = Uint8Array.from(font.subset.encode(ids, 1));
        expect(encodeSubset(font, ids, 1)).toEqual(expected);
      }
    });
  }

  it('copies the components of compound glyphs with the glyph that uses them', () => {
    const font = open(NOTO_SANS_REGULAR);
    const all = Array.from({ length: font.loca.offsets.length - 1 }, (_, i) => i);
    const compound = all.find((id) => font.glyf.glyphFor(id)?.compound);
    expect(compound).toBeDefined();
    const ids = [0, compound!];
    expect(encodeSubset(font, ids, 1)).toEqual(Uint8Array.from(font.subset.encode(ids, 1)));
    const glyfOnlyOne = encodeSubset(font, [0], 1).length;
    expect(encodeSubset(font, ids, 1).length).toBeGreaterThan(glyfOnlyOne);
  });
});

describe('withFasterJsPdf', () => {
  // The same drawing with and without the faster paths: the files must be the same bytes.
  const draw = () => {
    const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: false, putOnlyUsedFonts: true, floatPrecision: 2 });
    doc.addFileToVFS('NotoSans-Regular.ttf', atob(NOTO_SANS_REGULAR));
    doc.addFont('NotoSans-Regular.ttf', 'NotoSans', 'normal');
    doc.addFileToVFS('NotoSans-Bold.ttf', atob(NOTO_SANS_BOLD));
    doc.addFont('NotoSans-Bold.ttf', 'NotoSans', 'bold');
    doc.setFont('NotoSans', 'normal');
    doc.setCreationDate(new Date(Date.UTC(2026, 10, 23)));
    doc.setFileId('0123456789ABCDEF0123456789ABCDEF');
    doc.text('Päätöksen vaikutukset – asukkaat, henkilöstö ja järjestöt.', 56, 80);
    doc.text(['Ensimmäinen rivi', 'Toinen rivi: Ω ≤ 10 000 €', 'kolmas'], 56, 120, { lineHeightFactor: 1.38 });
    doc.setFont('NotoSans', 'bold');
    doc.text('Oikealle tasattu № 5', 538, 200, { align: 'right' });
    // A character the font lacks above U+00FF is dropped; one below it (a control) ends the string.
    doc.text('ei merkkiä \u4e00 tässä', 56, 240);
    doc.text('katkeaa\u0001tähän', 56, 260);
    doc.setFont('NotoSans', 'normal');
    doc.addPage();
    doc.text('Toinen sivu, samat kirjaimet ja uusia: ÅÄÖ šž', 56, 80, { align: 'center' });
    return (doc as unknown as { __private__: { buildDocument(): string } }).__private__.buildDocument();
  };

  it('writes byte for byte the file jsPDF writes itself', () => {
    const plain = draw();
    const faster = withFasterJsPdf(draw);
    expect(faster).toEqual(plain);
    // And again, with the parsed fonts and the glyph strings already known to the process.
    expect(withFasterJsPdf(draw)).toEqual(plain);
  });
});

describe('binary strings and bytes', () => {
  it('convert every byte value both ways, the low byte of a wider character kept as a loop keeps it', () => {
    const all = Array.from({ length: 4096 }, (_, i) => String.fromCharCode(i % 256)).join('');
    const bytes = byteArray(all);
    expect(Array.from(bytes.subarray(0, 256))).toEqual(Array.from({ length: 256 }, (_, i) => i));
    expect(binaryString(bytes)).toBe(all);
    expect(binaryString(bytes.subarray(10, 300))).toBe(all.slice(10, 300));
    const wide = `${'x'.repeat(100)}\u0141\u20ac`;
    expect(Array.from(byteArray(wide).subarray(100))).toEqual([0x41, 0xac]);
  });
});
