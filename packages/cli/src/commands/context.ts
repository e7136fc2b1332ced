import type { CliIo, ExitStatus } from '../run.js';
import type { Locale } from '@osallisuusarvio/core';

/** What a command module gets from run(): the same fields as run.ts's own context. */
export interface CommandContext {
  readonly io: CliIo;
  readonly lang: Locale;
  /** SOURCE_DATE_EPOCH or the current time, in milliseconds. */
  readonly now: number;
  out(chunk: string | Uint8Array): void;
  err(text: string): void;
  path(p: string): string;
}

/**
 * A usage error found by a command module, reported the way run() reports its own (the message, then where
 * to find help), with exit status 2. Modules return it rather than throw, so they need nothing from run.ts.
 */
export function usage(ctx: CommandContext, command: string, message: string): ExitStatus {
  ctx.err(`osallisuusarvio: ${message}`);
  ctx.err(`Run 'osallisuusarvio ${command} --help' for usage.`);
  return 2;
}

export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
