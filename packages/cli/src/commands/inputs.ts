import { readFileSync } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAssessment } from '@osallisuusarvio/core';
import type { Assessment, Locale, ParseError } from '@osallisuusarvio/core';
import { readAppendix } from '@osallisuusarvio/pdf';
import { systemMessage } from '../files.js';
import { parseJson } from '../json.js';

export type LoadResult =
  | { readonly ok: true; readonly assessment: Assessment; readonly fromAppendix: boolean }
  | { readonly ok: false; readonly message: string };

const problems = (errors: readonly ParseError[], lang: Locale) =>
  errors.map((e) => `${e.pathText ? `${e.pathText}: ` : ''}${e.message[lang]}`).join('; ');

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * An assessment from JSON or from an appendix PDF's attachment; never throws. The file is read synchronously:
 * the report reads one file at a time anyway, and a promise-based read costs several thread-pool round trips
 * per file, which for small files is most of the time.
 */
export async function loadFile(path: string, lang: Locale): Promise<LoadResult> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { ok: false, message: `cannot read: ${systemMessage(e)}` };
  }
  if (bytes.length >= 5 && bytes.toString('latin1', 0, 5) === '%PDF-') {
    const result = readAppendix(bytes);
    return result.ok
      ? { ok: true, assessment: result.assessment, fromAppendix: true }
      : { ok: false, message: problems(result.errors, lang) };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, message: 'not UTF-8 text (save the JSON as UTF-8)' };
  }
  const json = parseJson(text);
  if (!json.ok)
    return { ok: false, message: `${json.error.line}:${json.error.column}: invalid JSON: ${json.error.message}` };
  const result = parseAssessment(json.value);
  return result.ok
    ? { ok: true, assessment: result.assessment, fromAppendix: false }
    : { ok: false, message: problems(result.errors, lang) };
}

/**
 * The files under the inputs, one at a time: a directory is walked (sub-directories too) as the file system
 * lists it, without holding its names, so memory stays flat however many files there are. A path that does
 * not exist is yielded, to be reported.
 */
export async function* walkInputs(inputs: readonly string[], resolve: (p: string) => string): AsyncGenerator<string> {
  for (const input of inputs) {
    const info = await stat(resolve(input)).catch(() => null);
    if (info?.isDirectory()) yield* walkDirectory(input, resolve);
    else yield input;
  }
}

async function* walkDirectory(dir: string, resolve: (p: string) => string): AsyncGenerator<string> {
  // Entries come in batches of bufferSize; the default (32) makes a thread-pool round trip every 32 files.
  for await (const entry of await opendir(resolve(dir), { bufferSize: 1024 })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkDirectory(path, resolve);
    else if (/\.(json|pdf)$/i.test(entry.name)) yield path;
  }
}
