import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '@osallisuusarvio/core';
import { run } from './run.js';

const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(PACKAGE, 'dist', 'cli.js');
let dir: string;

beforeAll(() => {
  if (!existsSync(BIN)) execFileSync('pnpm', ['run', 'build'], { cwd: PACKAGE, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'osallisuusarvio-stale-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Loaded into the child before the command: the PDF's temporary file gets half its bytes and the write then
// never ends, so that the test can kill the process in the middle of writing, every time (no race).
const STALL_WRITES = `
import { createRequire, syncBuiltinESMExports } from 'node:module';
const fsp = createRequire(import.meta.url)('node:fs/promises');
const writeFile = fsp.writeFile;
fsp.writeFile = async (path, data, options) => {
  if (!String(path).endsWith('.tmp')) return writeFile(path, data, options);
  await writeFile(path, data.subarray(0, data.length >> 1), options);
  process.stderr.write('half-written\\n');
  await new Promise(() => setInterval(() => {}, 60_000));
};
syncBuiltinESMExports();
`;

/** Starts `osallisuusarvio render`, and SIGKILLs it once the PDF is half-written. */
async function renderKilledMidWrite(input: string, output: string): Promise<NodeJS.Signals | null> {
  const hook = join(dir, 'stall-writes.mjs');
  writeFileSync(hook, STALL_WRITES);
  const child = spawn(process.execPath, ['--import', pathToFileURL(hook).href, BIN, 'render', input, '-o', output], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, SOURCE_DATE_EPOCH: '1795392000' },
  });
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('half-written')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`render ended (${code}) before writing: ${stderr}`)));
  });
  child.kill('SIGKILL');
  return new Promise((resolve) => child.on('exit', (_, signal) => resolve(signal)));
}

const temporaryFiles = (folder: string) => readdirSync(folder).filter((n) => n.endsWith('.tmp'));

describe('render after a run that was killed', () => {
  it('removes the temporary file that a render killed with SIGKILL left in the output folder', async () => {
    const out = join(dir, 'pdf');
    mkdirSync(out);
    writeFileSync(join(dir, 'first.json'), JSON.stringify(EXAMPLES.budget.assessment));
    writeFileSync(join(dir, 'second.json'), JSON.stringify(EXAMPLES['internal-sv'].assessment));

    expect(await renderKilledMidWrite('first.json', 'pdf/')).toBe('SIGKILL');
    const [stale, ...more] = temporaryFiles(out);
    expect(more).toEqual([]);
    expect(stale).toMatch(/^\.first\.pdf\.\d+\.[0-9a-f]{8}\.tmp$/);
    expect(statSync(join(out, stale!)).size).toBeGreaterThan(0);
    expect(existsSync(join(out, 'first.pdf'))).toBe(false);

    // Not ours to remove: another name, and a temporary file of a process that is still running (this one).
    writeFileSync(join(out, 'notes.tmp'), 'the user’s own file');
    const running = `.other.pdf.${process.pid}.0123abcd.tmp`;
    writeFileSync(join(out, running), 'being written');

    const stderr: string[] = [];
    const code = await run(['render', 'second.json', '-o', 'pdf/'], {
      cwd: dir,
      stdout: { write: () => undefined },
      stderr: { write: (s: string) => stderr.push(s) },
      env: { SOURCE_DATE_EPOCH: '1795392000' },
    });
    expect(code).toBe(0);
    expect(existsSync(join(out, 'second.pdf'))).toBe(true);
    expect(temporaryFiles(out).sort()).toEqual([running, 'notes.tmp'].sort());
    expect(stderr.join('')).toContain(`${join('pdf', stale!)}: removed, a temporary file left by an interrupted run`);
  });
});
