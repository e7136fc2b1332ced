import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, canonicalJson, findRegion, parseAssessment, withOrganiser } from '@osallisuusarvio/core';
import type { ParseResult } from '@osallisuusarvio/core';
import { attachmentObjects, concat, hostileFiles, latin1, writePdf } from '../bench/hostile-files.mjs';
import { renderAppendix } from './render.js';
import { DEFAULT_READ_LIMITS, readAppendix, readAppendixAsync } from './read.js';
import type { ReadError } from './read.js';
import { sha256Hex } from './sha256.js';

const example = EXAMPLES['service-network'];
const appendix = renderAppendix(example.assessment, {
  region: findRegion(example.region)!,
  generatedAt: new Date('2026-11-01T00:00:00Z'),
});
const expected = (() => {
  const parsed = parseAssessment(example.assessment);
  if (!parsed.ok) throw new Error('example does not validate');
  // The appendix records the organiser it was checked against (the example names none).
  return canonicalJson(withOrganiser(parsed.assessment, findRegion(example.region)!));
})();

const failure = (r: ParseResult): ReadError => {
  if (r.ok) throw new Error('read as valid');
  return r.errors[0] as ReadError;
};
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** Appends an incremental update (7.5.6): new versions of objects, a table of them, a trailer with /Prev. */
function appendUpdate(base: Uint8Array, objects: Record<number, string | Uint8Array>): Uint8Array {
  const src = text(base);
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(src)![1]);
  const root = /\/Root (\d+ \d+ R)/.exec(src.slice(src.lastIndexOf('trailer')))![1];
  const size = Number(/\/Size (\d+)/.exec(src.slice(src.lastIndexOf('trailer')))![1]);
  const parts: Uint8Array[] = [base, latin1('\n')];
  let length = base.length + 1;
  const offsets: [number, number][] = [];
  for (const [num, body] of Object.entries(objects)) {
    offsets.push([Number(num), length]);
    const bytes = concat([
      latin1(`${num} 0 obj\n`),
      typeof body === 'string' ? latin1(body) : body,
      latin1('\nendobj\n'),
    ]);
    parts.push(bytes);
    length += bytes.length;
  }
  let table = 'xref\n';
  for (const [num, offset] of offsets) table += `${num} 1\n${String(offset).padStart(10, '0')} 00000 n \n`;
  const newSize = Math.max(size, ...offsets.map(([n]) => n + 1));
  table += `trailer\n<</Size ${newSize} /Root ${root} /Prev ${prev}>>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(latin1(table));
  return concat(parts);
}

/** The object body jsPDF wrote for the first object matching `pattern` (uncompressed, in the classic file). */
function objectOf(bytes: Uint8Array, pattern: RegExp): { num: number; body: string } {
  const src = text(bytes);
  const m = new RegExp(`(\\d+) 0 obj\\s*(${pattern.source}[\\s\\S]*?)\\s*endobj`).exec(src);
  if (!m) throw new Error(`no object like ${pattern}`);
  return { num: Number(m[1]), body: m[2]! };
}

const streamObject = (dict: string, data: Uint8Array) =>
  concat([latin1(`<<${dict} /Length ${data.length}>>\nstream\n`), data, latin1('\nendstream')]);

describe('readAppendix reads what the archive holds', () => {
  it('reads the appendix as written', () => {
    const r = readAppendix(appendix);
    expect(r.ok && canonicalJson(r.assessment)).toBe(expected);
  });

  it('reads an incremental update that edits the metadata, keeping the checksum', () => {
    const metadata = objectOf(appendix, /<<\/Type \/Metadata/);
    const xml = metadata.body.replace(
      /<dc:title>[\s\S]*?<\/dc:title>/,
      '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Muokattu otsikko</rdf:li></rdf:Alt></dc:title>',
    );
    const body = xml.slice(xml.indexOf('stream') + 'stream\n'.length, xml.lastIndexOf('endstream')).replace(/\n$/, '');
    const updated = appendUpdate(appendix, {
      [metadata.num]: streamObject('/Type /Metadata /Subtype /XML', latin1(body)),
    });
    const r = readAppendix(updated);
    expect(r.ok && canonicalJson(r.assessment)).toBe(expected);
  });

  it('reads an appendix signed with an incremental update (a signature field and its value appended)', () => {
    const catalog = objectOf(appendix, /<<\s*\/Type \/Catalog/);
    const size = Number(/\/Size (\d+)/.exec(text(appendix).slice(text(appendix).lastIndexOf('trailer')))![1]);
    const sig = size;
    const field = size + 1;
    const signed = appendUpdate(appendix, {
      [catalog.num]: catalog.body.replace(/>>\s*$/, ` /AcroForm <</Fields [${field} 0 R] /SigFlags 3>>\n>>`),
      [sig]: `<</Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange [0 0 0 0] /Contents <${'0'.repeat(512)}>>>`,
      [field]: `<</FT /Sig /T (Allekirjoitus) /V ${sig} 0 R /Subtype /Widget /Rect [0 0 0 0] /F 132>>`,
    });
    const r = readAppendix(signed);
    expect(r.ok && canonicalJson(r.assessment)).toBe(expected);
    // Anything after the last %%EOF (a mail gateway's padding, a second update's blank lines) is read past.
    const trailing = concat([signed, latin1('\r\n\n   \n\0\0\n%% padding\n')]);
    expect(readAppendix(trailing).ok).toBe(true);
  });

  it('says the data was checked when the file holds its checksum', () => {
    const r = readAppendix(appendix);
    expect(r.ok && r.verified).toBe(true);
    expect(r.ok && 'notice' in r).toBe(false);
  });

  it('returns data whose checksum the file no longer holds, marked unverified with a notice in fi, sv and en', async () => {
    // What Ghostscript leaves: the EmbeddedFiles entry, but neither /AF nor an XMP with the checksum.
    const catalog = objectOf(appendix, /<<\s*\/Type \/Catalog/);
    const stripped = appendUpdate(appendix, {
      [catalog.num]: catalog.body.replace(/\/AF \[[^\]]*\]/, '').replace(/\/Metadata \d+ 0 R/, ''),
    });
    for (const r of [readAppendix(stripped), await readAppendixAsync(stripped)]) {
      if (!r.ok) throw new Error(r.errors[0]!.message.en);
      expect(canonicalJson(r.assessment)).toBe(expected);
      expect(r.verified).toBe(false);
      expect(r.notice?.fi).toContain('tarkistussumma');
      expect(r.notice?.sv).toContain('kontrollsumma');
      expect(r.notice?.en).toContain('could not be checked against its checksum');
    }
  });

  it('reads a hand-made file: indirect /Length, a name tree with /Kids, no /AF', () => {
    const json = new TextEncoder().encode(expected);
    const data = deflateSync(json);
    const pdf = writePdf([
      '<</Type /Catalog /Pages 2 0 R /Names <</EmbeddedFiles 6 0 R>>>>',
      '<</Type /Pages /Kids [3 0 R] /Count 1>>',
      '<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>',
      '<</Type /Filespec /F (osallisuusarvio.json) /UF (osallisuusarvio.json) /EF <</F 5 0 R>>>>',
      `<</Type /EmbeddedFile /Subtype /application#2Fjson /Filter /FlateDecode /Length 8 0 R>>\nstream\n${text(data)}\nendstream`,
      '<</Kids [7 0 R]>>',
      '<</Limits [(a) (z)] /Names [(osallisuusarvio.json) 4 0 R]>>',
      String(data.length),
    ]);
    const r = readAppendix(pdf);
    expect(r.ok && canonicalJson(r.assessment)).toBe(expected);
  });

  it('chooses by name, relationship and type among two attachments, and by the checksum among two of one name', () => {
    const json = new TextEncoder().encode(expected);
    const other = new TextEncoder().encode(JSON.stringify({ case: { title: 'Väärä' } }));
    const metadata = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:oa="https://osallisuusarvio.fi/ns/appendix/1.0/"><oa:assessmentSha256>${sha256Hex(json)}</oa:assessmentSha256></rdf:Description></rdf:RDF></x:xmpmeta>`;
    const pdf = (first: string) =>
      writePdf([
        '<</Type /Catalog /Pages 2 0 R /Metadata 8 0 R /AF [6 0 R 4 0 R] /Names <</EmbeddedFiles <</Names [(a) 6 0 R (b) 4 0 R]>>>>>>',
        '<</Type /Pages /Kids [] /Count 0>>',
        'null',
        '<</Type /Filespec /UF (osallisuusarvio.json) /AFRelationship /Source /EF <</F 5 0 R>>>>',
        { dict: '/Type /EmbeddedFile /Subtype /application#2Fjson', data: json },
        `<</Type /Filespec /UF (${first}) /AFRelationship /Source /EF <</F 7 0 R>>>>`,
        { dict: '/Type /EmbeddedFile /Subtype /application#2Fjson', data: other },
        { dict: '/Type /Metadata /Subtype /XML', data: latin1(metadata) },
      ]);
    for (const name of ['muistio.json', 'osallisuusarvio.json']) {
      const r = readAppendix(pdf(name));
      expect(r.ok && canonicalJson(r.assessment)).toBe(expected);
    }
  });
});

describe('readAppendix tells the cases apart', () => {
  it('a PDF without the data (printed to PDF, or made with attachJson: false) holds no assessment data', () => {
    const e = failure(readAppendix(renderAppendix(example.assessment, { attachJson: false })));
    expect(e.code).toBe('noAttachment');
    expect(e.message.en).toContain('holds no assessment data');
  });

  it('a fake embedded file in the page text or in a stray object is not an attachment', () => {
    const fake = '1 0 obj <</Type /EmbeddedFile /Length 5>> stream\n{"x":1}\nendstream endobj /AF [1 0 R]';
    const pdf = renderAppendix(
      { ...example.assessment, case: { ...example.assessment.case, title: fake } },
      { attachJson: false },
    );
    expect(failure(readAppendix(pdf)).code).toBe('noAttachment');
    const stray = writePdf([
      '<</Type /Catalog /Pages 2 0 R>>',
      '<</Type /Pages /Kids [] /Count 0>>',
      '<</Type /Filespec /F (osallisuusarvio.json) /EF <</F 4 0 R>>>>',
      { dict: '/Type /EmbeddedFile', data: new TextEncoder().encode(expected) },
    ]);
    expect(failure(readAppendix(stray)).code).toBe('noAttachment');
  });

  it('a truncated appendix is damaged', () => {
    for (const at of [0.3, 0.6, 0.9, 0.999]) {
      const e = failure(readAppendix(appendix.subarray(0, Math.floor(appendix.length * at))));
      expect(e.code).toBe('damagedAttachment');
      expect(e.message.fi).toMatch(/vahingoittunut/);
    }
  });

  it('an attachment edited after the appendix was made does not match its checksum, and is not returned', () => {
    const file = objectOf(appendix, /<<\/Type \/EmbeddedFile|<<[^>]*\/EmbeddedFile/);
    const edited = expected.replace('Karhulan', 'Kotkan');
    const r = readAppendix(
      appendUpdate(appendix, {
        [file.num]: streamObject('/Type /EmbeddedFile /Subtype /application#2Fjson', new TextEncoder().encode(edited)),
      }),
    );
    const e = failure(r);
    expect(e.code).toBe('checksumMismatch');
    expect(e.message.en).toContain('does not match its checksum');
    expect(e.message.sv).toContain('kontrollsumma');
  });

  it('an encrypted file is reported as such', () => {
    const pdf = writePdf(
      ['<</Type /Catalog /Pages 2 0 R>>', '<</Type /Pages /Kids [] /Count 0>>', '<</Filter /Standard /V 2 /R 3>>'],
      {
        trailer: ' /Encrypt 3 0 R',
      },
    );
    expect(failure(readAppendix(pdf)).code).toBe('encryptedPdf');
  });

  it('broken structures are damaged, never an exception', () => {
    const cases = [
      '%PDF-1.7\nstartxref\n999999\n%%EOF',
      '%PDF-1.7\nstartxref\n9\n%%EOF',
      '%PDF-1.7\nxref\n0 1\n0000000000 65535 f \ntrailer\n<</Root 1 0 R>>\nstartxref\n9\n%%EOF',
      '%PDF-1.7\n1 0 obj <</Type /XRef /W [9 9 9] /Size 1>> stream\nx\nendstream endobj\nstartxref\n9\n%%EOF',
      '%PDF-1.7\n1 0 obj <</Type /XRef /W [1 2 1] /Size 1 /Filter /LZWDecode>> stream\nx\nendstream endobj\nstartxref\n9\n%%EOF',
      '%PDF-1.7\nxref\n0 2\n0000000000 65535 f \n0000000000 00000 n \ntrailer\n<</Root 1 0 R /Size 2>>\nstartxref\n9\n%%EOF',
      '%PDF-1.7\n1 0 obj (((((\nstartxref\n9\n%%EOF',
    ];
    for (const c of cases) expect(failure(readAppendix(latin1(c))).code).toBe('damagedAttachment');
  });
});

describe('readAppendix stops hostile files at a limit', () => {
  const files = hostileFiles();
  it.each(files.map((f) => [f.name, f] as const))('%s', (_, file) => {
    const e = failure(readAppendix(file.bytes));
    expect(e.code).toBe(file.code);
    expect(e.limit).toBe(file.limit);
  });

  it('names the limit in the message, in each language', () => {
    const bomb = files.find((f) => f.name === 'deflate bomb, 1 MB')!;
    const e = failure(readAppendix(bomb.bytes));
    expect(e.message.fi).toBe(
      'PDF-tiedostoa ei luettu, koska turvallisen lukemisen raja ylittyi: liitetty tiedosto on purettuna yli 4 MiB.',
    );
    expect(e.message.sv).toContain('större än 4 MiB uppackad');
    expect(e.message.en).toContain('the attached file is over 4 MiB uncompressed');
  });

  it('takes its limits from the caller: a smaller one refuses the appendix, a larger one lets a bomb through', () => {
    expect(failure(readAppendix(appendix, { limits: { maxFileBytes: 1000 } })).limit).toBe('maxFileBytes');
    expect(failure(readAppendix(appendix, { limits: { maxAttachmentBytes: 100 } })).limit).toBe('maxAttachmentBytes');
    expect(failure(readAppendix(appendix, { limits: { maxObjects: 3 } })).limit).toBe('maxObjects');
    expect(failure(readAppendix(appendix, { limits: { maxXrefEntries: 10 } })).limit).toBe('maxXrefEntries');
    expect(failure(readAppendix(appendix, { limits: { maxInflatedBytes: 1000 } })).limit).toBe('maxInflatedBytes');
    // The JSON bomb is valid JSON: with room enough (64 MiB of it) it is read and validated, not refused.
    const json = `{"case":{"title":"x"},"x":"${'A'.repeat(8 * 1024 * 1024)}"}`;
    const pdf = writePdf(attachmentObjects({ data: deflateSync(json) }));
    expect(failure(readAppendix(pdf)).limit).toBe('maxAttachmentBytes');
    const roomy = readAppendix(pdf, { limits: { maxAttachmentBytes: 16 * 1024 * 1024 } });
    expect(roomy.ok && roomy.ignored).toEqual(['x']);
  });

  it('keeps the defaults documented', () => {
    expect(DEFAULT_READ_LIMITS).toEqual({
      maxFileBytes: 256 * 1024 * 1024,
      maxAttachmentBytes: 4 * 1024 * 1024,
      maxInflatedBytes: 16 * 1024 * 1024,
      maxObjects: 10_000,
      maxXrefEntries: 1_000_000,
    });
  });
});

describe('readAppendixAsync', () => {
  it('gives the same results as readAppendix', async () => {
    const r = await readAppendixAsync(appendix);
    expect(r.ok && canonicalJson(r.assessment)).toBe(expected);
    for (const file of hostileFiles().slice(0, 3)) {
      const e = failure(await readAppendixAsync(file.bytes));
      expect([e.code, e.limit]).toEqual([file.code, file.limit]);
    }
    expect(failure(await readAppendixAsync(new Uint8Array(3))).code).toBe('notPdf');
  });

  it('lets the event loop run while it reads, and stops when aborted', async () => {
    const chain = hostileFiles().find((f) => f.name === '200 000 /Prev sections')!;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const r = await readAppendixAsync(chain.bytes);
    clearInterval(timer);
    expect(failure(r).limit).toBe('maxObjects');
    expect(ticks).toBeGreaterThan(0);

    const controller = new AbortController();
    const reading = readAppendixAsync(chain.bytes, { signal: controller.signal });
    // Aborted while the first slice runs (the read yields, as the ticks above show), not after a timer that a
    // fast machine could outrun: the read must stop at its next yield.
    controller.abort(new Error('stopped by the user'));
    await expect(reading).rejects.toThrow('stopped by the user');
  });
});

describe('the @osallisuusarvio/pdf/read entry', () => {
  it('does not import jsPDF, directly or through another module', () => {
    const packages = new Set<string>();
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
        const spec = m[1]!;
        if (spec.startsWith('.')) walk(join(dirname(file), spec.replace(/\.js$/, '.ts')));
        else packages.add(spec);
      }
    };
    walk(fileURLToPath(new URL('./read.ts', import.meta.url)));
    expect(seen.size).toBeGreaterThan(4);
    expect([...packages].sort()).toEqual(['@osallisuusarvio/core', 'fflate']);
  });
});

describe('readAppendix in a hybrid file', () => {
  it('reads objects that the table lists as free and the /XRefStm of the same update defines', () => {
    const json = new TextEncoder().encode(expected);
    const catalog = '<</Type /Catalog /Pages 3 0 R /AF [4 0 R]>>';
    const header = '2 0 ';
    const parts: Uint8Array[] = [latin1('%PDF-1.5\n')];
    let length = parts[0]!.length;
    const offsets: number[] = [];
    const add = (num: number, bytes: Uint8Array) => {
      offsets[num] = length;
      parts.push(bytes);
      length += bytes.length;
    };
    const obj = (num: number, body: string | Uint8Array) =>
      add(
        num,
        concat([latin1(`${num} 0 obj\n`), typeof body === 'string' ? latin1(body) : body, latin1('\nendobj\n')]),
      );
    obj(1, streamObject(`/Type /ObjStm /N 1 /First ${header.length}`, latin1(header + catalog)));
    obj(3, '<</Type /Pages /Kids [] /Count 0>>');
    obj(4, '<</Type /Filespec /UF (osallisuusarvio.json) /AFRelationship /Source /EF <</F 5 0 R>>>>');
    obj(5, streamObject('/Type /EmbeddedFile /Subtype /application#2Fjson', json));
    const rows = [
      [0, 0, 255],
      [1, offsets[1]!, 0],
      [2, 1, 0],
      [1, offsets[3]!, 0],
      [1, offsets[4]!, 0],
      [1, offsets[5]!, 0],
    ];
    const data = Uint8Array.from(
      rows.flatMap(([t, a, b]) => [t!, (a! >> 24) & 255, (a! >> 16) & 255, (a! >> 8) & 255, a! & 255, b!]),
    );
    obj(6, streamObject('/Type /XRef /Size 7 /Index [0 6] /W [1 4 1]', data));
    const table = length;
    const entry = (o: number | undefined) =>
      o === undefined ? '0000000000 00000 f \n' : `${String(o).padStart(10, '0')} 00000 n \n`;
    let xref = 'xref\n0 7\n0000000000 65535 f \n';
    for (let n = 1; n <= 6; n++) xref += entry(offsets[n]);
    xref += `trailer\n<</Size 7 /Root 2 0 R /XRefStm ${offsets[6]}>>\nstartxref\n${table}\n%%EOF\n`;
    parts.push(latin1(xref));
    const r = readAppendix(concat(parts));
    expect(r.ok ? canonicalJson(r.assessment) : r.errors).toBe(expected);
  });
});
