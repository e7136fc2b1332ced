// Hostile PDF files for the reader's tests and benchmark: small files that ask for a lot of work. Plain
// JavaScript, so that the benchmark runs with node alone; the tests import it too (types in the .d.mts).
import { constants, deflateRawSync, deflateSync } from 'node:zlib';

const enc = new TextEncoder();
const MiB = 1024 * 1024;

/**
 * A PDF with a classic cross-reference table. `objects[i]` is the body of object i + 1: a string, or
 * `{ dict, data }` for a stream (the /Length is added).
 */
export function writePdf(objects, { root = 1, trailer = '', header = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n' } = {}) {
  const parts = [latin1(header)];
  let length = parts[0].length;
  const offsets = [];
  const push = (bytes) => {
    parts.push(bytes);
    length += bytes.length;
  };
  objects.forEach((body, i) => {
    offsets.push(length);
    if (typeof body === 'string') push(latin1(`${i + 1} 0 obj\n${body}\nendobj\n`));
    else {
      push(latin1(`${i + 1} 0 obj\n<<${body.dict} /Length ${body.data.length}>>\nstream\n`));
      push(body.data);
      push(latin1('\nendstream\nendobj\n'));
    }
  });
  const xref = length;
  let table = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) table += `${String(o).padStart(10, '0')} 00000 n \n`;
  table += `trailer\n<</Size ${objects.length + 1} /Root ${root} 0 R${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  push(latin1(table));
  return concat(parts);
}

export function latin1(text) {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

export function concat(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The objects of a one-page file with an attachment the way an appendix has it: catalog (1) with /AF and
 * the EmbeddedFiles name tree, pages (2, 3), file specification (4), embedded file (5).
 */
export function attachmentObjects({ data, filter = '/FlateDecode', name = 'osallisuusarvio.json', names } = {}) {
  return [
    `<</Type /Catalog /Pages 2 0 R /AF [4 0 R] /Names <</EmbeddedFiles ${names ?? `<</Names [(${name}) 4 0 R]>>`}>>>>`,
    '<</Type /Pages /Kids [3 0 R] /Count 1>>',
    '<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>',
    `<</Type /Filespec /F (${name}) /UF (${name}) /AFRelationship /Source /EF <</F 5 0 R /UF 5 0 R>>>>`,
    { dict: `/Type /EmbeddedFile /Subtype /application#2Fjson${filter ? ` /Filter ${filter}` : ''}`, data },
  ];
}

/**
 * A zlib stream that inflates to `size` bytes: `prefix`, then `fill` repeated, then `suffix`. Built from
 * one compressed 16 MiB segment repeated (a full flush makes each segment stand alone), so that a bomb of
 * gigabytes costs a few milliseconds to make. The Adler-32 at the end is left zero: readers skip it.
 */
export function zlibBomb(size, { prefix = '', fill = 0, suffix = '' } = {}) {
  const segment = 16 * MiB;
  const flush = { level: 9, finishFlush: constants.Z_FULL_FLUSH };
  const head = prefix ? deflateRawSync(enc.encode(prefix), flush) : new Uint8Array();
  const body = deflateRawSync(new Uint8Array(segment).fill(fill), flush);
  const count = Math.max(1, Math.round((size - prefix.length - suffix.length) / segment));
  const tail = deflateRawSync(enc.encode(suffix), { level: 9 });
  return concat([new Uint8Array([0x78, 0xda]), head, ...Array(count).fill(body), tail, new Uint8Array(4)]);
}

/** Compressed bytes of a bomb of about `compressed` bytes (each 16 MiB of zeros takes some 16 KB). */
export const bombOfCompressedSize = (compressed) => zlibBomb(Math.round((compressed / 16_300) * 16 * MiB));

/** The hostile files, each with what the reader must say about it. */
export function hostileFiles() {
  const files = [];
  const add = (name, bytes, code, limit) => files.push({ name, bytes, code, limit });

  add(
    'deflate bomb, 1 MB',
    writePdf(attachmentObjects({ data: bombOfCompressedSize(1e6) })),
    'readLimit',
    'maxAttachmentBytes',
  );
  add(
    'deflate bomb, 5 MB',
    writePdf(attachmentObjects({ data: bombOfCompressedSize(5e6) })),
    'readLimit',
    'maxAttachmentBytes',
  );
  // Valid JSON when inflated (400 MiB), the bulk in a key the schema does not know: refused before parsing.
  add(
    'bomb of valid JSON, 400 MiB unknown key',
    writePdf(
      attachmentObjects({
        data: zlibBomb(400 * MiB, { prefix: '{"case":{"title":"x"},"x":"', fill: 0x41, suffix: '"}' }),
      }),
    ),
    'readLimit',
    'maxAttachmentBytes',
  );
  // The same bomb in a cross-reference stream and in an object stream, which the reader must decode first.
  add('deflate bomb in an object stream', objectStreamBomb(), 'readLimit', 'maxInflatedBytes');
  add('xref 0 2000000000', hugeTable('0 2000000000'), 'readLimit', 'maxXrefEntries');
  add('xref 0 999999999999999', hugeTable('0 999999999999999'), 'readLimit', 'maxXrefEntries');
  add('cross-reference stream of 2^31 entries', hugeXrefStream(), 'readLimit', 'maxXrefEntries');
  add('/Prev cycle', prevCycle(), 'noAttachment');
  add('/Kids cycle in the name tree', kidsCycle(), 'noAttachment');
  add('200 000 /Prev sections', prevChain(200_000), 'readLimit', 'maxObjects');
  add('objects nested 100 000 deep', deepNesting(), 'damagedAttachment');
  add('a string of 20 MB in the catalog', bigCatalog(`(${'a'.repeat(20e6)})`), 'damagedAttachment');
  add(
    '2.4 million numbers in the catalog',
    bigCatalog(`[${`[${'0 '.repeat(200_000)}] `.repeat(12)}]`),
    'damagedAttachment',
  );
  add('20 MB of "s" and no startxref', latin1(`%PDF-1.7\n${'s'.repeat(20e6)}`), 'damagedAttachment');
  add(
    'a wrong /Length before 20 MB of "e"',
    writePdf([
      ...attachmentObjects({ data: new Uint8Array() }).slice(0, 4),
      `<</Type /EmbeddedFile /Length 5>>\nstream\n${'e'.repeat(20e6)}\nendstream`,
    ]),
    'damagedAttachment',
  );
  return files;
}

function objectStreamBomb() {
  // Object 1 (the catalog) is in object stream 4, whose data is a bomb; the table is a cross-reference stream.
  const bomb = bombOfCompressedSize(200_000);
  const parts = [latin1('%PDF-1.7\n')];
  let length = parts[0].length;
  const offsets = {};
  const add = (num, bytes) => {
    offsets[num] = length;
    parts.push(bytes);
    length += bytes.length;
  };
  add(
    4,
    concat([
      latin1(`4 0 obj\n<</Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${bomb.length}>>\nstream\n`),
      bomb,
      latin1('\nendstream\nendobj\n'),
    ]),
  );
  const xrefAt = length;
  const row = (type, a, b) => [type, (a >> 8) & 0xff, a & 0xff, b];
  const rows = [row(0, 0, 255), row(2, 4, 0), row(0, 0, 0), row(0, 0, 0), row(1, offsets[4], 0), row(1, xrefAt, 0)];
  const data = deflateSync(Uint8Array.from(rows.flat()));
  add(
    5,
    concat([
      latin1(
        `5 0 obj\n<</Type /XRef /Size 6 /W [1 2 1] /Root 1 0 R /Filter /FlateDecode /Length ${data.length}>>\nstream\n`,
      ),
      data,
      latin1('\nendstream\nendobj\n'),
    ]),
  );
  parts.push(latin1(`startxref\n${xrefAt}\n%%EOF\n`));
  return concat(parts);
}

function hugeTable(subsection) {
  const head = '%PDF-1.4\n1 0 obj\n<</Type /Catalog>>\nendobj\n';
  return latin1(
    `${head}xref\n${subsection}\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<</Size 2 /Root 1 0 R>>\nstartxref\n${head.length}\n%%EOF\n`,
  );
}

function hugeXrefStream() {
  const head = '%PDF-1.7\n';
  const data = deflateSync(new Uint8Array(64));
  return latin1(
    `${head}1 0 obj\n<</Type /XRef /Size 2147483647 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length ${data.length}>>\nstream\n${String.fromCharCode(...data)}\nendstream\nendobj\nstartxref\n${head.length}\n%%EOF\n`,
  );
}

function prevCycle() {
  // Two sections whose /Prev point at each other; no attachment anywhere.
  const pad = (n) => String(n).padStart(10, '0');
  const head = '%PDF-1.7\n';
  const obj1 = '1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj\n';
  const obj2 = '2 0 obj\n<</Type /Pages /Kids [] /Count 0>>\nendobj\n';
  const o1 = head.length;
  const o2 = o1 + obj1.length;
  const a = o2 + obj2.length;
  const sectionA = (prev) =>
    `xref\n0 3\n0000000000 65535 f \n${pad(o1)} 00000 n \n${pad(o2)} 00000 n \ntrailer\n<</Size 3 /Root 1 0 R /Prev ${pad(prev)}>>\n`;
  const b = a + sectionA(0).length;
  const sectionB = `xref\n0 1\n0000000000 65535 f \ntrailer\n<</Size 3 /Root 1 0 R /Prev ${pad(a)}>>\n`;
  return latin1(`${head}${obj1}${obj2}${sectionA(b)}${sectionB}startxref\n${b}\n%%EOF\n`);
}

function kidsCycle() {
  return writePdf([
    '<</Type /Catalog /Pages 2 0 R /Names <</EmbeddedFiles 3 0 R>>>>',
    '<</Type /Pages /Kids [] /Count 0>>',
    '<</Kids [4 0 R 3 0 R]>>',
    '<</Kids [3 0 R 4 0 R]>>',
  ]);
}

function prevChain(sections) {
  // Many small incremental updates, each a table of one entry with /Prev to the one before.
  const base = writePdf(['<</Type /Catalog /Pages 2 0 R>>', '<</Type /Pages /Kids [] /Count 0>>']);
  const text = String.fromCharCode(...base);
  let prev = text.lastIndexOf('xref\n0 3');
  const parts = [text];
  let length = text.length;
  for (let i = 0; i < sections; i++) {
    const section = `xref\n0 1\n0000000000 65535 f \ntrailer\n<</Size 3 /Root 1 0 R /Prev ${prev}>>\n`;
    parts.push(section);
    prev = length;
    length += section.length;
  }
  parts.push(`startxref\n${prev}\n%%EOF\n`);
  return latin1(parts.join(''));
}

function bigCatalog(value) {
  return writePdf([`<</Type /Catalog /Pages 2 0 R /X ${value}>>`, '<</Type /Pages /Kids [] /Count 0>>']);
}

function deepNesting() {
  return writePdf([
    `<</Type /Catalog /Pages 2 0 R /X ${'['.repeat(100_000)}${']'.repeat(100_000)}>>`,
    '<</Type /Pages /Kids [] /Count 0>>',
  ]);
}
