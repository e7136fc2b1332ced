import { availableParallelism } from 'node:os';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import {
  APPENDIX_TEXTS,
  EXAMPLES,
  EXAMPLE_NAMES,
  LOCALES,
  REGIONS,
  SEVERITIES,
  SEVERITY_LABELS,
  RULE_KIND_LABELS,
  assessmentJsonSchema,
  canonicalJson,
  evaluate,
  fieldLabel,
  findRegion,
  formatLegalReference,
  formatMessage,
  isLocale,
  parseAssessment,
  STATUS_TEXTS,
  todayIso,
} from '@osallisuusarvio/core';
import type { Assessment, Evaluation, Locale, ParseError, RegionProfile } from '@osallisuusarvio/core';
import { fileTooLarge, readAppendix, readAppendixAsync } from '@osallisuusarvio/pdf/read';
import { removeStaleTemporaryFiles, systemMessage, writeAtomic } from './files.js';
import { parseJson } from './json.js';
import { READ_LIMIT_OPTIONS, READ_LIMITS_HELP, readBounded, readLimitsFromOptions } from './read-limits.js';
import { RenderPool, findWorker } from './pool.js';
import { validateRegionProfile } from './region.js';
import { evaluatedReport, invalidJsonError, notUtf8Error, unreadableError } from './check-report.js';
import type { CheckError, CheckReport } from './check-report.js';
import { answeredLines, answeredSummary } from './check-answered.js';
import { REGIONS_HELP, REGIONS_OPTIONS, regionsCommand } from './commands/regions.js';
import { renderJob } from './render-job.js';
import type { RenderJob, RenderOutcome } from './render-job.js';
import { VERSION } from './version.js';
import { SERVE_HELP, SERVE_OPTIONS, serveCommand } from './commands/serve.js';
import { REPORT_HELP, REPORT_OPTIONS, reportCommand } from './commands/report.js';
import { FEEDBACK_HELP, FEEDBACK_OPTIONS, feedbackCommand } from './commands/feedback.js';

/** The exit statuses of the command. When several files fail in different ways, the highest one is returned. */
export const EXIT = {
  /** Everything done. */
  ok: 0,
  /** `check`: an assessment has findings of severity "error" (of any kind: a legal duty, good practice, or the data's consistency). */
  findings: 1,
  /** Unknown command or option, a bad option value, a missing argument, two inputs for one output. Nothing was written. */
  usage: 2,
  /** An input could not be read or is not a valid assessment (or appendix, or region profile). */
  input: 3,
  /** An output file could not be written. */
  output: 4,
  /** A bug: an unexpected error inside the renderer. Please report it. */
  internal: 5,
} as const;
export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

export interface CliIo {
  readonly stdout: { write(chunk: string | Uint8Array): unknown };
  readonly stderr: { write(chunk: string): unknown };
  /** Read by the input "-"; any (async) iterable of chunks. */
  readonly stdin: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Relative paths are taken from here. */
  readonly cwd: string;
}

/**
 * Files per worker thread. A worker loads the renderer and its fonts and warms up in about 0.6 s of CPU,
 * the time of some 18 renderings (about 33 ms each): a worker pays off only for more files than that.
 */
export const FILES_PER_WORKER = 24;

const COMMANDS = ['render', 'check', 'schema', 'example', 'extract', 'regions', 'serve', 'report', 'feedback'] as const;
type Command = (typeof COMMANDS)[number];

class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: Command,
  ) {
    super(message);
  }
}

const EXIT_TEXT = `Exit status:
  0  success
  1  check: an assessment has findings of severity "error"
  2  usage error: unknown command or option, bad option value (nothing is written)
  3  invalid input: unreadable file, broken JSON, schema errors, not an appendix, bad region profile
  4  an output file could not be written
  5  internal error (a bug; please report it)
  With several files the highest status applies; the other files are still processed.`;

const HELP: Record<Command | 'main', string> = {
  main: `osallisuusarvio ${VERSION} – participation-assessment appendices (osallisuusarviointi)

Usage: osallisuusarvio <command> [options]

Commands:
  render <file|dir|->...   render assessments (JSON) to PDF appendices, in parallel
  check <file|dir|->...    print the findings of the rules; exit 1 when there are errors
  schema                   print the JSON Schema of an assessment
  example [name]           list the examples, or print one as JSON
  extract <appendix.pdf>   print the assessment JSON embedded in an appendix
  regions [--json]         list the organiser profiles that --region accepts
  serve                    run the HTTP service (evaluate, render, extract) for other systems
  report <file|dir>...     counts across many assessments (JSON, CSV or HTML)
  feedback <file.json>     the notice to participants: what came of participation (HTML or PDF)

Options for every command:
  -h, --help               help for the command (osallisuusarvio <command> --help)
  -V, --version            print the version
  --lang fi|sv|en          language of validation messages and findings (default: en); the
                           command's own messages are in English

Environment:
  SOURCE_DATE_EPOCH        generation time (seconds since 1970) printed in the appendix and used as
                           "today" by check; without it, the current time. Same input, same epoch,
                           same bytes.

${EXIT_TEXT}
`,
  render: `Usage: osallisuusarvio render [options] <file.json|dir|->...

Renders each assessment to a PDF appendix (PDF/A-3a and PDF/UA-1, with the assessment's JSON attached). A directory
means every *.json file in it. Several files are rendered in parallel, one thread per core.

  -o, --output <path>      one input: the PDF file (or a directory to put it in; '-' for stdout).
                           Several inputs: the directory for the PDFs (created if missing).
                           Default: <name>.pdf next to each input; stdin ('-') goes to stdout.
  --locale fi|sv|en        language of the appendix (default: the assessment's case.language)
  --region <id>            organiser profile, see 'osallisuusarvio regions' (default: generic)
  --region-file <file>     your own organiser profile (an OrganiserProfile as JSON)
  --appendix-label <text>  the appendix's label, e.g. "Liite 3" (default: the assessment's
                           case.appendixLabel)
  --both-languages         a Finnish and a Swedish part in one appendix, the organiser's majority
                           language first (default where the profile has appendicesInBothLanguages)
  --one-language           one language (--locale), also where the profile asks for both
  --no-attachment          PDF/A-1b without the JSON (extract cannot read it back)
  -j, --jobs <n>           render threads, the main thread included (default: the number of
                           cores, ${availableParallelism()} here); one worker thread per ${FILES_PER_WORKER} files at most
  --lang fi|sv|en          language of validation messages (default: en)

Each PDF is written to a temporary file in the target directory and renamed, so there is never a
half-written PDF. A bad file is reported (file, path inside the JSON, message) and the others are
still rendered. The path of each PDF written is printed on stdout.

Examples:
  osallisuusarvio render assessment.json
  osallisuusarvio render --locale sv -o liite.pdf assessment.json
  osallisuusarvio render assessments/ -o pdf/ --region kymenlaakso
  SOURCE_DATE_EPOCH=1767225600 osallisuusarvio render a.json b.json -o out/
  cat assessment.json | osallisuusarvio render - > appendix.pdf

${EXIT_TEXT}
`,
  check: `Usage: osallisuusarvio check [options] <file.json|appendix.pdf|dir|->...

Validates each assessment and prints the findings of the rules, most severe first, with the rule id,
message, fields and legal basis, and the status of the assessment.

  --json                   machine-readable: an array with one report per file, {file, status, counts,
                           completeness, findings}, or {file, status: "invalid", errors} for a file
                           that cannot be read (JSON Schema: @osallisuusarvio/cli/check-report.schema.json)
  --region <id>            organiser profile, see 'osallisuusarvio regions' (default: generic)
  --region-file <file>     your own organiser profile (an OrganiserProfile as JSON)
  --lang fi|sv|en          language of the findings and messages (default: en)

"Today" for the rules is the UTC day of SOURCE_DATE_EPOCH, or the current day.

Examples:
  osallisuusarvio check assessment.json
  osallisuusarvio check --json --region kymenlaakso assessments/

${EXIT_TEXT}
`,
  schema: `Usage: osallisuusarvio schema [-o file]

Prints the JSON Schema (draft 2020-12) of an assessment, for hosts on .NET, Java and others.

  -o, --output <file>      write it to a file instead of stdout

Example:
  osallisuusarvio schema -o assessment.schema.json

${EXIT_TEXT}
`,
  example: `Usage: osallisuusarvio example [name] [-o file]

Without a name, lists the examples. With a name (${EXAMPLE_NAMES.join(', ')}), prints that example
assessment as JSON, with every field present: a starting point for your own.

  -o, --output <file>      write it to a file instead of stdout

Examples:
  osallisuusarvio example
  osallisuusarvio example service-network > assessment.json

${EXIT_TEXT}
`,
  extract: `Usage: osallisuusarvio extract [options] <appendix.pdf|->

Prints the assessment JSON embedded in an appendix made by render (validated and migrated to the
current schema), in canonical form (keys sorted, one line).

  -o, --output <file>      write it to a file instead of stdout
  --pretty                 indent the JSON
  --lang fi|sv|en          language of validation messages (default: en)
${READ_LIMITS_HELP}

The appendix is found also after qpdf, mutool, pikepdf or a signature has re-saved it. A file that is
not an appendix, is damaged or encrypted, whose data does not match its checksum, or that would take
more work than the limits allow exits 3 with the reason. Data whose checksum the file no longer holds
(Ghostscript drops it) is printed with a warning on stderr: it could not be checked.

Example:
  osallisuusarvio extract liite.pdf -o assessment.json

${EXIT_TEXT}
`,
  regions: REGIONS_HELP,
  serve: SERVE_HELP,
  report: REPORT_HELP,
  feedback: FEEDBACK_HELP,
};

const COMMON = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  lang: { type: 'string' },
} as const;
const REGION_OPTIONS = { region: { type: 'string' }, 'region-file': { type: 'string' } } as const;
const OPTIONS = {
  render: {
    ...COMMON,
    ...REGION_OPTIONS,
    output: { type: 'string', short: 'o' },
    locale: { type: 'string' },
    'no-attachment': { type: 'boolean' },
    'appendix-label': { type: 'string' },
    'both-languages': { type: 'boolean' },
    'one-language': { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
  },
  check: { ...COMMON, ...REGION_OPTIONS, json: { type: 'boolean' } },
  schema: { ...COMMON, output: { type: 'string', short: 'o' } },
  example: { ...COMMON, output: { type: 'string', short: 'o' } },
  extract: { ...COMMON, ...READ_LIMIT_OPTIONS, output: { type: 'string', short: 'o' }, pretty: { type: 'boolean' } },
  regions: { ...COMMON, ...REGIONS_OPTIONS },
  serve: { ...COMMON, ...SERVE_OPTIONS },
  report: REPORT_OPTIONS,
  feedback: FEEDBACK_OPTIONS,
} as const;

interface Context {
  readonly io: CliIo;
  readonly lang: Locale;
  readonly now: number;
  out(chunk: string | Uint8Array): void;
  err(text: string): void;
  path(p: string): string;
}

/** With several files the highest exit status wins; the others are still processed. */
function worstStatus(): { fail(s: ExitStatus): void; status(): ExitStatus } {
  let worst: ExitStatus = EXIT.ok;
  return {
    fail: (s) => {
      if (s > worst) worst = s;
    },
    status: () => worst,
  };
}

/**
 * Runs the command with the given arguments (without "node" and the script) and returns the exit status.
 * Never throws and never calls process.exit, so hosts and tests can run it in-process.
 */
export async function run(argv: readonly string[], io: Partial<CliIo> = {}): Promise<ExitStatus> {
  const full: CliIo = {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    stdin: io.stdin ?? process.stdin,
    env: io.env ?? process.env,
    cwd: io.cwd ?? process.cwd(),
  };
  const err = (text: string) => full.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
  try {
    return await dispatch(argv, full);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`osallisuusarvio: ${e.message}`);
      err(e.command ? `Run 'osallisuusarvio ${e.command} --help' for usage.` : HELP.main);
      return EXIT.usage;
    }
    err(`osallisuusarvio: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return EXIT.internal;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<ExitStatus> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(HELP.main);
    return EXIT.usage;
  }
  if (first === '-h' || first === '--help' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    if (topic !== undefined && !isCommand(topic)) throw new UsageError(`unknown command '${topic}'`);
    io.stdout.write(HELP[topic ?? 'main']);
    return EXIT.ok;
  }
  if (first === '-V' || first === '--version') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (!isCommand(first))
    throw new UsageError(first.startsWith('-') ? `unknown option '${first}'` : `unknown command '${first}'`);
  const command = first;

  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...rest],
      options: OPTIONS[command],
      allowPositionals: true,
      strict: true,
    }) as typeof parsed;
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ''), command);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(HELP[command]);
    return EXIT.ok;
  }
  if (values.version) {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const langValue = values.lang as string | undefined;
  const lang =
    langValue === undefined ? 'en' : isLocale(langValue) ? langValue : badLocale('--lang', langValue, command);
  const now = generationTime(io.env, command);
  const ctx: Context = {
    io,
    lang,
    now,
    out: (chunk) => io.stdout.write(chunk),
    err: (text) => io.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    path: (p) => resolve(io.cwd, p),
  };
  switch (command) {
    case 'render':
      return renderCommand(ctx, values, positionals);
    case 'check':
      return checkCommand(ctx, values, positionals);
    case 'schema':
      noPositionals(positionals, command);
      return emit(ctx, `${JSON.stringify(assessmentJsonSchema(), null, 2)}\n`, values.output as string | undefined);
    case 'example':
      return exampleCommand(ctx, values, positionals);
    case 'extract':
      return extractCommand(ctx, values, positionals);
    case 'regions':
      noPositionals(positionals, command);
      ctx.out(regionsCommand(values.json === true, ctx.lang));
      return EXIT.ok;
    case 'serve':
      return serveCommand(io, values, positionals);
    case 'report':
      return reportCommand(ctx, values, positionals);
    case 'feedback':
      return feedbackCommand(ctx, values, positionals);
  }
}

const isCommand = (s: string): s is Command => (COMMANDS as readonly string[]).includes(s);

function badLocale(option: string, value: string, command: Command): never {
  throw new UsageError(`${option} must be one of ${LOCALES.join(', ')}, not '${value}'`, command);
}

function noPositionals(positionals: string[], command: Command) {
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`, command);
}

/** SOURCE_DATE_EPOCH (whole seconds since 1970, UTC) when set, else the current time; in milliseconds. */
function generationTime(env: CliIo['env'], command: Command): number {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return Date.now();
  if (!/^\d{1,12}$/.test(epoch.trim()))
    throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '${epoch}'`, command);
  return Number(epoch.trim()) * 1000;
}

async function emit(ctx: Context, text: string, output: string | undefined): Promise<ExitStatus> {
  if (output === undefined || output === '-') {
    ctx.out(text);
    return EXIT.ok;
  }
  try {
    await writeAtomic(ctx.path(output), text);
    return EXIT.ok;
  } catch (e) {
    ctx.err(`${output}: cannot write: ${systemMessage(e)}`);
    return EXIT.output;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Inputs

interface Loaded {
  readonly ok: true;
  readonly assessment: Assessment;
  readonly migratedFrom?: number;
}
interface Failed {
  readonly ok: false;
  /** One line per problem, already naming the file. */
  readonly lines: readonly string[];
  /** The same problems as data, for check --json. */
  readonly errors: readonly CheckError[];
}

async function readInput(ctx: Context, file: string): Promise<Uint8Array> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of ctx.io.stdin)
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
    return Buffer.concat(chunks);
  }
  return readFile(ctx.path(file));
}

const displayName = (file: string) => (file === '-' ? '<stdin>' : file);

export function formatParseErrors(file: string, errors: readonly ParseError[], lang: Locale): string[] {
  return errors.map((e) => `${displayName(file)}: ${e.pathText ? `${e.pathText}: ` : ''}${e.message[lang]}`);
}

/** Reads an assessment from JSON, or from the attachment of an appendix PDF; never throws. */
async function loadAssessment(ctx: Context, file: string): Promise<Loaded | Failed> {
  const name = displayName(file);
  let bytes: Uint8Array;
  try {
    bytes = await readInput(ctx, file);
  } catch (e) {
    return {
      ok: false,
      lines: [`${name}: cannot read: ${systemMessage(e)}`],
      errors: [unreadableError(systemMessage(e))],
    };
  }
  if (bytes.length >= 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-') {
    const result = readAppendix(bytes);
    return result.ok
      ? result
      : { ok: false, lines: formatParseErrors(file, result.errors, ctx.lang), errors: result.errors };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      lines: [`${name}: not UTF-8 text (save the JSON as UTF-8)`],
      errors: [notUtf8Error],
    };
  }
  const json = parseJson(text);
  if (!json.ok) {
    const { line, column, message } = json.error;
    return {
      ok: false,
      lines: [`${name}:${line}:${column}: invalid JSON: ${message}`],
      errors: [invalidJsonError(line, column, message)],
    };
  }
  const result = parseAssessment(json.value);
  return result.ok
    ? result
    : { ok: false, lines: formatParseErrors(file, result.errors, ctx.lang), errors: result.errors };
}

/** Files and directories (every *.json in them, sorted) → files. A missing path stays, to be reported. */
async function expandInputs(
  ctx: Context,
  inputs: readonly string[],
  command: Command,
): Promise<{ files: string[]; fromDirectory: boolean; empty: string[] }> {
  const files: string[] = [];
  const empty: string[] = [];
  let fromDirectory = false;
  for (const input of inputs) {
    if (input === '-') {
      if (inputs.length > 1) throw new UsageError("'-' (stdin) must be the only input", command);
      files.push(input);
      continue;
    }
    const info = await stat(ctx.path(input)).catch(() => null);
    if (info?.isDirectory()) {
      fromDirectory = true;
      const names = (await readdir(ctx.path(input)))
        .filter((n) => n.toLowerCase().endsWith('.json') && !n.startsWith('.'))
        .sort();
      if (names.length === 0) empty.push(input);
      for (const n of names) files.push(join(input, n));
    } else files.push(input);
  }
  return { files, fromDirectory, empty };
}

async function regionOption(
  ctx: Context,
  values: Record<string, unknown>,
  command: Command,
): Promise<RegionProfile | Failed> {
  const id = values.region as string | undefined;
  const file = values['region-file'] as string | undefined;
  if (id !== undefined && file !== undefined)
    throw new UsageError('give either --region or --region-file, not both', command);
  if (id !== undefined) {
    const region = findRegion(id);
    if (!region)
      throw new UsageError(
        `unknown region '${id}'; known regions: ${REGIONS.map((r) => r.id).join(', ')} (see 'osallisuusarvio regions', or use --region-file)`,
        command,
      );
    return region;
  }
  if (file === undefined) return findRegion('generic')!;
  let text: string;
  try {
    text = await readFile(ctx.path(file), 'utf8');
  } catch (e) {
    return { ok: false, lines: [`${file}: cannot read: ${systemMessage(e)}`], errors: [] };
  }
  const json = parseJson(text);
  if (!json.ok)
    return {
      ok: false,
      lines: [`${file}:${json.error.line}:${json.error.column}: invalid JSON: ${json.error.message}`],
      errors: [],
    };
  const result = validateRegionProfile(json.value, ctx.lang);
  if (!result.ok)
    return {
      ok: false,
      lines: result.problems.map((p) => `${file}: ${p.path ? `${p.path}: ` : ''}${p.message} (organiser profile)`),
      errors: result.errors,
    };
  return result.region;
}

const isFailed = (v: unknown): v is Failed => typeof v === 'object' && v !== null && (v as Failed).ok === false;

// ---------------------------------------------------------------------------------------------------------
// render

async function renderCommand(
  ctx: Context,
  values: Record<string, unknown>,
  positionals: string[],
): Promise<ExitStatus> {
  const startedAt = Date.now();
  if (positionals.length === 0)
    throw new UsageError('no input: give one or more JSON files, a directory, or - for stdin', 'render');
  const localeValue = values.locale as string | undefined;
  const locale =
    localeValue === undefined
      ? undefined
      : isLocale(localeValue)
        ? localeValue
        : badLocale('--locale', localeValue, 'render');
  let jobs = availableParallelism();
  if (values.jobs !== undefined) {
    const j = String(values.jobs);
    if (!/^\d+$/.test(j) || Number(j) < 1 || Number(j) > 256)
      throw new UsageError(`--jobs must be a whole number from 1 to 256, not '${j}'`, 'render');
    jobs = Number(j);
  }
  // Both national languages or one; left out, the organiser profile decides (appendicesInBothLanguages).
  if (values['both-languages'] && values['one-language'])
    throw new UsageError('give either --both-languages or --one-language, not both', 'render');
  const bilingual = values['both-languages'] ? true : values['one-language'] ? false : undefined;
  const output = values.output as string | undefined;
  const { files, fromDirectory, empty } = await expandInputs(ctx, positionals, 'render');
  const region = await regionOption(ctx, values, 'render');
  if (isFailed(region)) {
    for (const line of region.lines) ctx.err(line);
    return EXIT.input;
  }

  // Where each PDF goes. Decided for all files before any rendering, so that a usage error writes nothing.
  const single = files.length === 1 && !fromDirectory;
  let outputDir: string | null = null;
  const targets = new Map<string, string | null>(); // input → output path, null = stdout
  if (single) {
    const file = files[0]!;
    if (output === '-' || (output === undefined && file === '-')) targets.set(file, null);
    else if (output === undefined) targets.set(file, pdfName(file, null));
    else {
      const info = await stat(ctx.path(output)).catch(() => null);
      const isDir = info?.isDirectory() || output.endsWith('/') || output.endsWith(sep);
      if (isDir && file === '-') targets.set(file, join(output, 'appendix.pdf'));
      else targets.set(file, isDir ? pdfName(file, output) : output);
      if (isDir) outputDir = output;
    }
  } else {
    if (output === '-') throw new UsageError('-o - (stdout) takes one input only', 'render');
    if (output !== undefined) {
      const info = await stat(ctx.path(output)).catch(() => null);
      if (info && !info.isDirectory())
        throw new UsageError(`-o ${output}: with several inputs, -o must be a directory`, 'render');
      outputDir = output;
    }
    const seen = new Map<string, string>();
    for (const file of files) {
      const target = pdfName(file, outputDir);
      const key = ctx.path(target);
      const other = seen.get(key);
      if (other !== undefined)
        throw new UsageError(`${other} and ${file} would both be written to ${target}`, 'render');
      seen.set(key, file);
      targets.set(file, target);
    }
  }
  for (const [file, target] of targets) {
    if (target !== null && file !== '-' && ctx.path(target) === ctx.path(file))
      throw new UsageError(`${file} would be overwritten by its own appendix; give -o`, 'render');
  }
  if (outputDir !== null) {
    try {
      await mkdir(ctx.path(outputDir), { recursive: true });
    } catch (e) {
      ctx.err(`${outputDir}: cannot create the directory: ${systemMessage(e)}`);
      return EXIT.output;
    }
  }

  // A run killed with SIGKILL could not remove its temporary files; the next run into the folder does.
  const folders = new Set([...targets.values()].flatMap((t) => (t === null ? [] : [dirname(t)])));
  for (const folder of folders)
    for (const stale of await removeStaleTemporaryFiles(ctx.path(folder), startedAt))
      ctx.err(`${join(folder, basename(stale))}: removed, a temporary file left by an interrupted run`);

  const { fail, status: worst } = worstStatus();
  for (const dir of empty) {
    ctx.err(`${dir}: no .json files in the directory`);
    fail(EXIT.input);
  }
  // --jobs N: N render threads, the main thread being one of them (it is warm already; a worker needs a few
  // hundred milliseconds to load). Each worker gets a lane of its own; the main thread reads and writes.
  // A worker costs about as much CPU to start as FILES_PER_WORKER renderings, so small batches get fewer.
  const workers = Math.min(jobs - 1, Math.floor(files.length / FILES_PER_WORKER));
  const worker = workers > 0 ? findWorker() : null;
  const pool = worker ? new RenderPool(worker, workers) : null;
  let written = 0;
  const processFile = async (file: string, render: (job: RenderJob) => Promise<RenderOutcome>) => {
    const loaded = await loadAssessment(ctx, file);
    if (!loaded.ok) {
      for (const line of loaded.lines) ctx.err(line);
      return fail(EXIT.input);
    }
    const outcome = await render({
      assessment: loaded.assessment,
      ...(locale ? { locale } : {}),
      region,
      generatedAt: ctx.now,
      attachJson: values['no-attachment'] !== true,
      ...(bilingual !== undefined ? { bilingual } : {}),
      ...(values['appendix-label'] !== undefined ? { appendixLabel: String(values['appendix-label']) } : {}),
    });
    if (!outcome.ok) {
      if ('errors' in outcome) {
        for (const line of formatParseErrors(file, outcome.errors, ctx.lang)) ctx.err(line);
        return fail(EXIT.input);
      }
      ctx.err(`${displayName(file)}: internal error while rendering: ${outcome.crash}`);
      return fail(EXIT.internal);
    }
    const target = targets.get(file)!;
    if (target === null) {
      ctx.out(outcome.bytes);
      written++;
      return;
    }
    try {
      await writeAtomic(ctx.path(target), outcome.bytes);
      ctx.out(`${target}\n`);
      written++;
    } catch (e) {
      ctx.err(`${target}: cannot write: ${systemMessage(e)}`);
      fail(EXIT.output);
    }
  };
  let next = 0;
  const lane = async (render: (job: RenderJob) => Promise<RenderOutcome>) => {
    while (next < files.length) await processFile(files[next++]!, render);
  };
  try {
    const lanes = [lane(async (job) => renderJob(job))];
    // Two lanes per worker, so that each has its next job queued while the main thread is busy.
    // If no worker can start at all (a broken installation), the main thread renders what is left.
    const inWorker = async (job: RenderJob) => {
      const outcome = await pool!.render(job);
      return !outcome.ok && 'crash' in outcome && pool!.isBroken ? renderJob(job) : outcome;
    };
    if (pool) for (let i = 0; i < pool.size * pool.depth; i++) lanes.push(lane(inWorker));
    await Promise.all(lanes);
  } finally {
    await pool?.close();
  }
  if (files.length > 1 || worst() !== EXIT.ok)
    ctx.err(
      `rendered ${written} of ${files.length} file${files.length === 1 ? '' : 's'}${written < files.length ? `; ${files.length - written} failed` : ''}`,
    );
  return worst();
}

function pdfName(file: string, dir: string | null): string {
  const base = basename(file);
  const ext = extname(base);
  const name = `${ext ? base.slice(0, -ext.length) : base}.pdf`;
  return dir === null ? join(file, '..', name) : join(dir, name);
}

// ---------------------------------------------------------------------------------------------------------
// check

const WORDS = {
  fields: { fi: 'Kentät', sv: 'Fält', en: 'Fields' },
  answered: { fi: 'Vastattu {percent} %.', sv: 'Besvarat {percent} %.', en: 'Answered {percent}%.' },
  info: { fi: 'tiedoksi', sv: 'för kännedom', en: 'for information' },
} as const;

/**
 * "Errors 1, warnings 0, recommendations 0, for information 2. Answered 100%." Core's finding counts, which
 * the PDF and the widget print as a sentence of their own, with the count for information added.
 */
function summaryLine(result: Evaluation, l: Locale): string {
  const counts = formatMessage(APPENDIX_TEXTS.findingCounts[l], result.counts, l).replace(/[.\s]+$/, '');
  const percent = Math.round(result.completeness.overall * 100);
  return `${counts}, ${WORDS.info[l]} ${result.counts.info}. ${formatMessage(WORDS.answered[l], { percent }, l)}${answeredSummary(result, l)}`;
}

async function checkCommand(ctx: Context, values: Record<string, unknown>, positionals: string[]): Promise<ExitStatus> {
  if (positionals.length === 0)
    throw new UsageError('no input: give one or more JSON files, appendix PDFs, a directory, or - for stdin', 'check');
  const { files, empty } = await expandInputs(ctx, positionals, 'check');
  const region = await regionOption(ctx, values, 'check');
  if (isFailed(region)) {
    for (const line of region.lines) ctx.err(line);
    return EXIT.input;
  }
  const today = todayIso(new Date(ctx.now));
  const l = ctx.lang;
  const { fail, status: worst } = worstStatus();
  for (const dir of empty) {
    ctx.err(`${dir}: no .json files in the directory`);
    fail(EXIT.input);
  }
  const reports: CheckReport[] = [];
  for (const file of files) {
    const loaded = await loadAssessment(ctx, file);
    if (!loaded.ok) {
      for (const line of loaded.lines) ctx.err(line);
      fail(EXIT.input);
      if (values.json) reports.push({ file: displayName(file), status: 'invalid', errors: loaded.errors });
      continue;
    }
    const result = evaluate(loaded.assessment, { region, today });
    if (result.counts.error > 0) fail(EXIT.findings);
    if (values.json) {
      reports.push(evaluatedReport(displayName(file), result));
      continue;
    }
    const lines: string[] = [];
    lines.push(`${displayName(file)}: ${result.status} – ${STATUS_TEXTS[result.status][l]}`);
    lines.push(`  ${summaryLine(result, l)}`);
    if (result.findings.length === 0) lines.push(`  ${APPENDIX_TEXTS.noFindings[l]}`);
    for (const severity of SEVERITIES) {
      const group = result.findings.filter((f) => f.severity === severity && !f.response);
      if (group.length === 0) continue;
      lines.push('', `  ${SEVERITY_LABELS[severity][l]} (${group.length})`);
      for (const f of group) {
        lines.push(`  - [${f.ruleId}] ${f.title[l]} (${RULE_KIND_LABELS[f.kind][l]})`);
        lines.push(`      ${f.message[l]}`);
        if (f.fields.length > 0)
          lines.push(`      ${WORDS.fields[l]}: ${f.fields.map((p) => `${fieldLabel(p)[l]} (${p})`).join('; ')}`);
        if (f.legalBasis.length > 0)
          lines.push(
            `      ${APPENDIX_TEXTS.legalBasis[l]}: ${f.legalBasis.map((ref) => formatLegalReference(ref, l)).join('; ')}`,
          );
      }
    }
    lines.push(...answeredLines(result, l));
    ctx.out(`${lines.join('\n')}\n\n`);
  }
  // Always an array, one report per file: the same shape for one file as for many (see check-report.ts).
  if (values.json) ctx.out(`${JSON.stringify(reports, null, 2)}\n`);
  return worst();
}

// ---------------------------------------------------------------------------------------------------------
// example, extract

async function exampleCommand(
  ctx: Context,
  values: Record<string, unknown>,
  positionals: string[],
): Promise<ExitStatus> {
  if (positionals.length > 1) throw new UsageError(`unexpected argument '${positionals[1]}'`, 'example');
  const name = positionals[0];
  if (name === undefined) {
    const width = Math.max(...EXAMPLE_NAMES.map((n) => n.length));
    const list = EXAMPLE_NAMES.map(
      (n) => `${n.padEnd(width)}  ${EXAMPLES[n].title} (${EXAMPLES[n].locale}, region ${EXAMPLES[n].region})`,
    ).join('\n');
    return emit(ctx, `${list}\n`, values.output as string | undefined);
  }
  if (!(EXAMPLE_NAMES as readonly string[]).includes(name))
    throw new UsageError(`unknown example '${name}'; examples: ${EXAMPLE_NAMES.join(', ')}`, 'example');
  const parsed = parseAssessment(EXAMPLES[name as (typeof EXAMPLE_NAMES)[number]].assessment);
  if (!parsed.ok) throw new Error(`example ${name} does not validate`);
  return emit(ctx, `${JSON.stringify(parsed.assessment, null, 2)}\n`, values.output as string | undefined);
}

async function extractCommand(
  ctx: Context,
  values: Record<string, unknown>,
  positionals: string[],
): Promise<ExitStatus> {
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0
        ? 'no input: give an appendix PDF, or - for stdin'
        : 'extract takes one appendix at a time',
      'extract',
    );
  const file = positionals[0]!;
  const limits = readLimitsFromOptions(values);
  if (!limits.ok) throw new UsageError(limits.message, 'extract');
  let bytes: Uint8Array | null;
  try {
    bytes = await readBounded(file === '-' ? null : ctx.path(file), ctx.io.stdin, limits.limits.maxFileBytes);
  } catch (e) {
    ctx.err(`${displayName(file)}: cannot read: ${systemMessage(e)}`);
    return EXIT.input;
  }
  // In slices that yield, so that SIGINT and SIGTERM stop the command even in the middle of a file.
  const result = bytes
    ? await readAppendixAsync(bytes, { limits: limits.limits })
    : fileTooLarge(limits.limits.maxFileBytes);
  if (!result.ok) {
    for (const line of formatParseErrors(file, result.errors, ctx.lang)) ctx.err(line);
    return EXIT.input;
  }
  // Still written out (nothing says it is wrong), but the user learns that nothing proved it right either.
  if (result.notice) ctx.err(`${displayName(file)}: warning: ${result.notice[ctx.lang]}`);
  const json = canonicalJson(result.assessment);
  const text = values.pretty ? JSON.stringify(JSON.parse(json), null, 2) : json;
  return emit(ctx, `${text}\n`, values.output as string | undefined);
}
