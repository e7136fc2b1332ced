import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  LOCALES,
  REPORT_CSV_TABLES,
  createReport,
  isLocale,
  reportToCsv,
  reportToCsvTables,
  reportToHtml,
} from '@osallisuusarvio/core';
import type { ReportCsvTable } from '@osallisuusarvio/core';
import { renderReportPdf } from '@osallisuusarvio/pdf';
import { systemMessage, writeAtomic } from '../files.js';
import type { ExitStatus } from '../run.js';
import { usage } from './context.js';
import type { CommandContext } from './context.js';
import { loadFile, walkInputs } from './inputs.js';
import { parseReportFilter } from './report-filter.js';

const FORMATS = ['json', 'csv', 'html', 'pdf'] as const;
const TABLES: readonly ReportCsvTable[] = REPORT_CSV_TABLES.map((t) => t.name);

export const REPORT_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  lang: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  region: { type: 'string' },
  period: { type: 'string' },
  format: { type: 'string' },
  table: { type: 'string' },
  locale: { type: 'string' },
  output: { type: 'string', short: 'o' },
} as const;

export const REPORT_HELP = `Usage: osallisuusarvio report [options] <file|dir>...

Counts across many assessments, per period (by meeting date), organiser and deciding body: the methods
used by their point in 611/2021 29 § 2 mom., the influence bodies given a chance to influence (how, and
whether in time), statements received, assessments without participation (and with a reason), reports
back done, how long participation stayed open, groups affected and invited, findings by rule and kind.

Reads assessments as JSON and as appendix PDFs (which hold what was attached to the agenda, not the
follow-up), one file at a time; a directory means every *.json and *.pdf under it. A file that cannot
be read is listed in the report and on stderr, and the others are still counted.

  --from <YYYY-MM-DD>      first meeting date counted (then undated assessments are left out)
  --to <YYYY-MM-DD>        last meeting date counted
  --region <id>            only the assessments of this organiser (organiser.id)
  --period month|quarter|year   how meeting dates are grouped (default: quarter)
  --format json|csv|html|pdf   json (default; schema: @osallisuusarvio/core/report.schema.json),
                           csv (one table per kind of row; docs/report-csv.md), html (self-contained,
                           with charts and their data tables), pdf (tagged, for the committee's agenda)
  --table <name>           csv: print one table (${TABLES.join(', ')})
  --locale fi|sv|en        language of the HTML and PDF (default: fi)
  -o, --output <path>      the file to write (default: stdout); csv without --table: the directory
                           for <table>.csv files
  --lang fi|sv|en          language of validation messages (default: en)

"Today" for the rules is the UTC day of SOURCE_DATE_EPOCH, or the current day.

Examples:
  osallisuusarvio report assessments/ --from 2026-01-01 --to 2026-12-31 > report.json
  osallisuusarvio report assessments/ --format csv -o report/
  osallisuusarvio report assessments/ --format html --locale sv -o rapport.html

Exit status: 0 done; 2 usage error (nothing written); 3 some files could not be read (the report is
still written, listing them); 4 the output could not be written.
`;

export async function reportCommand(
  ctx: CommandContext,
  values: Record<string, unknown>,
  positionals: readonly string[],
): Promise<ExitStatus> {
  const fail = (message: string) => usage(ctx, 'report', message);
  if (positionals.length === 0) return fail('no input: give one or more JSON files, appendix PDFs or directories');
  if (positionals.includes('-')) return fail("report reads files and directories, not stdin ('-')");
  const parsed = parseReportFilter(values, (field) => `--${field}`);
  if (!parsed.ok) return fail(parsed.message.en);
  const { filter } = parsed;
  const format = (values.format as string | undefined) ?? 'json';
  if (!(FORMATS as readonly string[]).includes(format))
    return fail(`--format must be one of ${FORMATS.join(', ')}, not '${format}'`);
  const table = values.table as string | undefined;
  if (table !== undefined && format !== 'csv') return fail('--table goes with --format csv');
  if (table !== undefined && !(TABLES as readonly string[]).includes(table))
    return fail(`--table must be one of ${TABLES.join(', ')}, not '${table}'`);
  const locale = (values.locale as string | undefined) ?? 'fi';
  if (!isLocale(locale)) return fail(`--locale must be one of ${LOCALES.join(', ')}, not '${locale}'`);
  const output = values.output as string | undefined;
  if (format === 'csv' && table === undefined && (output === undefined || output === '-'))
    return fail('--format csv writes one file per table: give -o <directory>, or --table <name> for one table');

  const report = createReport({ ...filter, today: new Date(ctx.now).toISOString().slice(0, 10) });
  let status: ExitStatus = 0;
  for await (const file of walkInputs(positionals, ctx.path)) {
    const loaded = await loadFile(ctx.path(file), ctx.lang);
    if (loaded.ok) report.add(loaded.assessment, { fromAppendix: loaded.fromAppendix });
    else {
      ctx.err(`${file}: ${loaded.message}`);
      report.addUnreadable(file, loaded.message);
      status = 3;
    }
  }
  const result = report.result();
  ctx.err(
    `counted ${result.total.assessments} of ${result.files.read} assessments${result.files.unreadable ? `; ${result.files.unreadable} files could not be read` : ''}`,
  );

  const write = async (path: string | undefined, text: string | Uint8Array): Promise<boolean> => {
    if (path === undefined || path === '-') {
      ctx.out(text);
      return true;
    }
    try {
      await writeAtomic(ctx.path(path), text);
      return true;
    } catch (e) {
      ctx.err(`${path}: cannot write: ${systemMessage(e)}`);
      return false;
    }
  };
  let ok = true;
  if (format === 'json') ok = await write(output, `${JSON.stringify(result, null, 2)}\n`);
  else if (format === 'html') ok = await write(output, reportToHtml(result, { locale }));
  else if (format === 'pdf') ok = await write(output, renderReportPdf(result, { locale, generatedAt: ctx.now }));
  else if (table !== undefined) ok = await write(output, reportToCsv(result, table as ReportCsvTable));
  else {
    try {
      await mkdir(ctx.path(output!), { recursive: true });
    } catch (e) {
      ctx.err(`${output}: cannot create the directory: ${systemMessage(e)}`);
      return 4;
    }
    for (const [name, text] of Object.entries(reportToCsvTables(result))) {
      const path = join(output!, `${name}.csv`);
      if (await write(path, text)) ctx.out(`${path}\n`);
      else ok = false;
    }
  }
  return ok ? status : 4;
}
