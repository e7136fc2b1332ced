// The command run in the test's own process, as the binary runs it, with what it writes kept for the test.
import { run } from './run.js';
import type { ExitStatus } from './run.js';

export interface CliResult {
  readonly code: ExitStatus;
  /** stdout as bytes (a PDF), and as UTF-8 text. */
  readonly stdout: Buffer;
  readonly text: string;
  readonly stderr: string;
}

export async function runCli(
  args: readonly string[],
  options: { readonly cwd: string; readonly env?: Record<string, string>; readonly stdin?: string | Uint8Array },
): Promise<CliResult> {
  const out: Buffer[] = [];
  const err: string[] = [];
  const code = await run(args, {
    stdout: { write: (c: string | Uint8Array) => out.push(Buffer.from(c)) },
    stderr: { write: (s: string) => err.push(s) },
    stdin: options.stdin === undefined ? [] : [options.stdin],
    env: options.env ?? {},
    cwd: options.cwd,
  });
  const stdout = Buffer.concat(out);
  return { code, stdout, text: stdout.toString('utf8'), stderr: err.join('') };
}
