// Every example appendix re-saved by the tools an archive or an official uses (qpdf, mutool, pikepdf), made
// at test time, must read back as the assessment it holds. CI installs the tools (scripts/bootstrap.sh); on
// a machine without them the checks are skipped unless CI is set, where they fail.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EXAMPLES,
  EXAMPLE_NAMES,
  canonicalJson,
  findRegion,
  parseAssessment,
  withOrganiser,
} from '@osallisuusarvio/core';
import { renderAppendix } from './index.js';
import { readAppendix } from './read.js';
import type { ReadError } from './read.js';

const PYTHON = '/usr/bin/python3';
const has = (cmd: string, args: string[] = ['--version']) => {
  try {
    execFileSync(cmd, args, { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
};
const tools = {
  qpdf: has('qpdf'),
  mutool: has('mutool', ['-v']),
  pikepdf: has(PYTHON, ['-c', 'import pikepdf']),
  gs: has('gs'),
};
const required = Boolean(process.env.CI);
const dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-read-'));

/** Runs a tool and returns the file it wrote. A tool that fails fails the test, with its message. */
const make = (cmd: string, args: string[], out: string) => {
  execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Uint8Array(readFileSync(out));
};
const pikepdf = (input: string, out: string, code: string) =>
  make(PYTHON, ['-c', `import pikepdf, sys\npdf = pikepdf.open(sys.argv[1])\n${code}\n`, input, out], out);

type Tool = keyof typeof tools;
const VARIANTS: readonly { name: string; tool: Tool; make(input: string, out: string): Uint8Array }[] = [
  { name: 'qpdf', tool: 'qpdf', make: (i, o) => make('qpdf', [i, o], o) },
  {
    name: 'qpdf --object-streams=generate',
    tool: 'qpdf',
    make: (i, o) => make('qpdf', ['--object-streams=generate', i, o], o),
  },
  { name: 'qpdf --linearize', tool: 'qpdf', make: (i, o) => make('qpdf', ['--linearize', i, o], o) },
  {
    name: 'qpdf --linearize --object-streams=generate',
    tool: 'qpdf',
    make: (i, o) => make('qpdf', ['--linearize', '--object-streams=generate', i, o], o),
  },
  { name: 'qpdf --qdf', tool: 'qpdf', make: (i, o) => make('qpdf', ['--qdf', i, o], o) },
  { name: 'mutool clean -gggg', tool: 'mutool', make: (i, o) => make('mutool', ['clean', '-gggg', i, o], o) },
  { name: 'mutool clean -z', tool: 'mutool', make: (i, o) => make('mutool', ['clean', '-z', i, o], o) },
  { name: 'mutool clean -d', tool: 'mutool', make: (i, o) => make('mutool', ['clean', '-d', i, o], o) },
  { name: 'mutool clean -a (ASCII hex)', tool: 'mutool', make: (i, o) => make('mutool', ['clean', '-a', i, o], o) },
  { name: 'mutool clean -l', tool: 'mutool', make: (i, o) => make('mutool', ['clean', '-gg', '-l', i, o], o) },
  { name: 'pikepdf save', tool: 'pikepdf', make: (i, o) => pikepdf(i, o, 'pdf.save(sys.argv[2])') },
  {
    name: 'pikepdf save with object streams',
    tool: 'pikepdf',
    make: (i, o) =>
      pikepdf(i, o, 'pdf.save(sys.argv[2], object_stream_mode=pikepdf.ObjectStreamMode.generate, linearize=True)'),
  },
  {
    name: 'pikepdf metadata edit',
    tool: 'pikepdf',
    make: (i, o) =>
      pikepdf(
        i,
        o,
        "with pdf.open_metadata() as meta:\n    meta['dc:title'] = 'Muokattu otsikko'\npdf.save(sys.argv[2])",
      ),
  },
  {
    name: 'pikepdf another attachment added',
    tool: 'pikepdf',
    make: (i, o) =>
      pikepdf(
        i,
        o,
        "pdf.attachments['muistio.txt'] = pikepdf.AttachedFileSpec(pdf, b'muistio', mime_type='text/plain')\npdf.save(sys.argv[2])",
      ),
  },
  {
    // Ghostscript 10 keeps the attachment in the name tree, drops /AF and writes its own XMP without the
    // checksum: the JSON is read as it is, the one thing that can be checked then being the schema.
    name: 'Ghostscript pdfwrite',
    tool: 'gs',
    make: (i, o) =>
      make('gs', ['-q', '-dBATCH', '-dNOPAUSE', '-dSAFER', '-sDEVICE=pdfwrite', `-sOutputFile=${o}`, i], o),
  },
  {
    name: 'qpdf with trailing bytes',
    tool: 'qpdf',
    make: (i, o) => {
      const bytes = make('qpdf', ['--object-streams=generate', i, o], o);
      const padded = new Uint8Array(bytes.length + 2000);
      padded.set(bytes);
      padded.fill(0x20, bytes.length);
      return padded;
    },
  },
];

describe.each(EXAMPLE_NAMES)('%s re-saved by other tools', (name) => {
  const example = EXAMPLES[name];
  const input = join(dir, `${name}.pdf`);
  writeFileSync(
    input,
    renderAppendix(example.assessment, {
      region: findRegion(example.region)!,
      generatedAt: new Date(1_795_392_000_000),
    }),
  );
  const parsed = parseAssessment(example.assessment);
  // What was attached: the assessment with the organiser it was rendered for.
  const expected = parsed.ok ? canonicalJson(withOrganiser(parsed.assessment, findRegion(example.region)!)) : '';

  for (const v of VARIANTS)
    it.skipIf(!tools[v.tool] && !required)(`${v.name} reads back equal to the input`, () => {
      const bytes = v.make(input, join(dir, `${name}-${v.name.replace(/\W+/g, '-')}.pdf`));
      const r = readAppendix(bytes);
      expect(r.ok ? canonicalJson(r.assessment) : r.errors).toEqual(expected);
      // Only Ghostscript drops the checksum: its copy is returned, marked as not checked.
      expect(r.ok && r.verified).toBe(v.tool !== 'gs');
    });
});

describe('what other tools make of an appendix', () => {
  const example = EXAMPLES.budget;
  const input = join(dir, 'budget-tools.pdf');
  writeFileSync(input, renderAppendix(example.assessment));
  const error = (bytes: Uint8Array) => {
    const r = readAppendix(bytes);
    return r.ok ? null : (r.errors[0] as ReadError);
  };

  it.skipIf(!tools.mutool && !required)('a converted (printed) copy holds no assessment data', () => {
    // mutool convert redraws the pages into a new file, as printing to PDF or Ghostscript's pdfwrite does.
    const out = join(dir, 'converted.pdf');
    const bytes = make('mutool', ['convert', '-o', out, input], out);
    expect(error(bytes)?.code).toBe('noAttachment');
  });

  it.skipIf(!tools.qpdf && !required)('an encrypted copy is reported as encrypted', () => {
    const out = join(dir, 'encrypted.pdf');
    const bytes = make('qpdf', ['--encrypt', '', 'omistaja', '256', '--', input, out], out);
    expect(error(bytes)?.code).toBe('encryptedPdf');
    expect(error(bytes)?.message.fi).toContain('salattu');
  });

  it.skipIf(!tools.mutool && !required)('an attachment edited in place does not match its checksum', () => {
    // Decompressed by mutool, one letter of the JSON changed without changing its length.
    const out = join(dir, 'decompressed.pdf');
    const bytes = make('mutool', ['clean', '-d', input, out], out);
    const text = Buffer.from(bytes).toString('latin1');
    const at = text.indexOf('"title":"');
    expect(at).toBeGreaterThan(0);
    const edited = bytes.slice();
    edited[at + 9] = edited[at + 9] === 0x58 ? 0x59 : 0x58;
    expect(error(edited)?.code).toBe('checksumMismatch');
    expect(error(bytes)).toBeNull();
  });

  it.skipIf(!tools.pikepdf && !required)('an attachment replaced with pikepdf does not match its checksum', () => {
    const replace = (alsoAf: boolean) =>
      pikepdf(
        input,
        join(dir, `replaced-${alsoAf}.pdf`),
        [
          "spec = pdf.attachments['osallisuusarvio.json']",
          'data = spec.get_file().read_bytes().replace(b\'"title":"\', b\'"title":"Muutettu \')',
          "pdf.attachments['osallisuusarvio.json'] = pikepdf.AttachedFileSpec(pdf, data, mime_type='application/json')",
          alsoAf ? 'pdf.Root.AF = pikepdf.Array([pdf.Root.Names.EmbeddedFiles.Names[1]])' : '',
          'pdf.save(sys.argv[2])',
        ].join('\n'),
      );
    expect(error(replace(true))?.code).toBe('checksumMismatch');
    // pikepdf alone replaces the name tree's entry and leaves /AF with the original, which is what is read.
    const both = readAppendix(replace(false));
    expect(both.ok && both.assessment.case.title).toBe(example.assessment.case?.title);
  });

  it.skipIf(!tools.qpdf && !required)('qpdf lists the attachment the reader reads', () => {
    expect(execFileSync('qpdf', ['--list-attachments', input], { encoding: 'utf8' })).toContain('osallisuusarvio.json');
  });
});
