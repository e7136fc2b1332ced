import { execFileSync, spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, canonicalJson, parseAssessment } from '@osallisuusarvio/core';
import { renderAppendix } from '@osallisuusarvio/pdf';
import { attachmentObjects, bombOfCompressedSize, writePdf } from '../../pdf/bench/hostile-files.mjs';
import { readLimitsFromOptions } from './read-limits.js';
import { EXIT } from './index.js';
import { runCli } from './test-cli.js';

const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(PACKAGE, 'dist', 'cli.js');
let dir: string;

beforeAll(() => {
  if (!existsSync(BIN)) execFileSync('pnpm', ['run', 'build'], { cwd: PACKAGE, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-extract-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[], stdin?: Uint8Array) => runCli(args, { cwd: dir, ...(stdin && { stdin }) });

const bomb = () => writePdf(attachmentObjects({ data: bombOfCompressedSize(1e6) }));

describe('extract with limits', () => {
  it('refuses a deflate bomb with exit status 3, naming the limit, in the language asked for', async () => {
    writeFileSync(join(dir, 'bomb.pdf'), bomb());
    const r = await cli(['extract', 'bomb.pdf']);
    expect(r.code).toBe(EXIT.input);
    expect(r.stderr).toBe(
      'bomb.pdf: The PDF file was not read, as a limit for reading it safely was reached: the attached file is over 4 MiB uncompressed.\n',
    );
    const fi = await cli(['extract', '--lang', 'fi', '--max-attachment-size', '512KiB', 'bomb.pdf']);
    expect(fi.stderr).toContain('liitetty tiedosto on purettuna yli 512 KiB');
  });

  it('takes the limits from its options', async () => {
    const parsed = parseAssessment(EXAMPLES.budget.assessment);
    if (!parsed.ok) throw new Error('example');
    writeFileSync(join(dir, 'a.pdf'), renderAppendix(parsed.assessment));
    expect((await cli(['extract', 'a.pdf'])).text).toBe(`${canonicalJson(parsed.assessment)}\n`);
    const small = await cli(['extract', '--max-file-size', '10k', 'a.pdf']);
    expect(small.code).toBe(EXIT.input);
    expect(small.stderr).toContain('the file is over 10 KiB');
    expect((await cli(['extract', '--max-objects', '2', 'a.pdf'])).stderr).toContain('over 2 objects');
    expect((await cli(['extract', '--max-file-size', '10k', '-'], renderAppendix(parsed.assessment))).stderr).toContain(
      '<stdin>: The PDF file was not read',
    );
    const bad = await cli(['extract', '--max-objects', 'lots', 'a.pdf']);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toContain("--max-objects must be a whole number from 1 up, not 'lots'");
    expect((await cli(['extract', '--max-file-size', '4 parsecs', 'a.pdf'])).code).toBe(EXIT.usage);
  });

  it('reads sizes in bytes, KiB, MiB and GiB', () => {
    const limits = (values: Record<string, string>) => {
      const r = readLimitsFromOptions(values);
      return r.ok ? r.limits : r.message;
    };
    expect(limits({ 'max-file-size': '1048576' })).toMatchObject({ maxFileBytes: 1048576 });
    expect(limits({ 'max-file-size': '4MiB', 'max-inflated-size': '1g' })).toMatchObject({
      maxFileBytes: 4 * 1024 * 1024,
      maxInflatedBytes: 1024 ** 3,
    });
    expect(limits({ 'max-attachment-size': '512KiB' })).toMatchObject({ maxAttachmentBytes: 512 * 1024 });
    expect(limits({ 'max-objects': '10k' })).toContain('--max-objects must be a whole number');
    expect(limits({ 'max-file-size': '0' })).toContain('--max-file-size must be a size');
  });

  it('gives exit status 3 for a file of over 512 MB, without reading it', async () => {
    // Sparse: the file system holds a few bytes of it.
    const path = join(dir, 'huge.pdf');
    const fd = openSync(path, 'w');
    writeSync(fd, '%PDF-1.7\n');
    ftruncateSync(fd, 600 * 1024 * 1024);
    closeSync(fd);
    const started = performance.now();
    const r = await cli(['extract', 'huge.pdf']);
    expect(r.code).toBe(EXIT.input);
    expect(r.stderr).toContain(
      'huge.pdf: The PDF file was not read, as a limit for reading it safely was reached: the file is over 256 MiB.',
    );
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

const rss = (pid: number) => {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return null;
  }
};
async function inTheMiddle(pid: number) {
  const started = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const bytes = rss(pid);
    // Without /proc, a time long enough for the command to start.
    if (bytes === null ? Date.now() - started > 2000 : bytes > 250e6) return;
    if (Date.now() - started > 30_000) throw new Error('the command did not start reading');
  }
}

describe('extract of data without its checksum', () => {
  it('prints the data and warns on stderr that it could not be checked, with exit status 0', async () => {
    const example = EXAMPLES['service-network'];
    const appendix = Buffer.from(renderAppendix(example.assessment, { generatedAt: 0 })).toString('latin1');
    // What Ghostscript leaves: the attachment in the name tree, the XMP and /AF gone. Same length, so the
    // offsets of the classic xref stay right.
    const stripped = appendix.replace(/\/AF \[\d+ 0 R\]|\/Metadata \d+ 0 R/g, (m) => ' '.repeat(m.length));
    expect(stripped).not.toBe(appendix);
    writeFileSync(join(dir, 'gs.pdf'), Buffer.from(stripped, 'latin1'));
    const r = await cli(['extract', '--lang', 'sv', 'gs.pdf']);
    expect(r.code).toBe(EXIT.ok);
    const parsed = parseAssessment(example.assessment);
    expect(r.text).toBe(`${parsed.ok ? canonicalJson(parsed.assessment) : ''}\n`);
    expect(r.stderr).toBe(
      'gs.pdf: warning: Uppgifterna kunde inte kontrolleras mot sin kontrollsumma, eftersom PDF-filen saknar den (filen har kanske sparats om i ett annat program). Kontrollera att uppgifterna motsvarar den ursprungliga bilagan.\n',
    );
    writeFileSync(join(dir, 'ok.pdf'), Buffer.from(appendix, 'latin1'));
    expect((await cli(['extract', 'ok.pdf'])).stderr).toBe('');
  });
});

describe('the extract binary', () => {
  for (const [signal, status] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    it(`stops on ${signal} in the middle of a file`, async () => {
      // With the limits lifted a 1 MB bomb inflates to 1 GiB: seconds of work, stopped a part of the way.
      const path = join(dir, `slow-${signal}.pdf`);
      writeFileSync(path, bomb());
      const child = spawn(
        process.execPath,
        [BIN, 'extract', '--max-attachment-size', '2GiB', '--max-inflated-size', '2GiB', path],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      // Signalled once it is inflating, which its memory shows (a loaded machine may take seconds to start it).
      await inTheMiddle(child.pid!);
      expect(child.exitCode).toBeNull();
      const sent = performance.now();
      child.kill(signal);
      const timeout = setTimeout(() => child.kill('SIGKILL'), 5000);
      const code = await exited;
      clearTimeout(timeout);
      expect(code, stderr).toBe(status);
      expect(performance.now() - sent).toBeLessThan(1500);
    });
  }
});
