import { LOCALES, REGIONS, findRegion, isLocale } from '@osallisuusarvio/core';
import type { Locale } from '@osallisuusarvio/core';
import { renderFeedback } from '@osallisuusarvio/pdf';
import { systemMessage, writeAtomic } from '../files.js';
import type { ExitStatus } from '../run.js';
import { usage } from './context.js';
import type { CommandContext } from './context.js';
import { loadFile } from './inputs.js';

export const FEEDBACK_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  lang: { type: 'string' },
  locale: { type: 'string' },
  format: { type: 'string' },
  region: { type: 'string' },
  output: { type: 'string', short: 'o' },
} as const;

export const FEEDBACK_HELP = `Usage: osallisuusarvio feedback [options] <assessment.json>

Writes the notice to participants, "Mitä osallistumisesta seurasi?" (What came of your participation?):
what was decided, what was heard, what changed because of it, what did not and why, thanks, and where
to read more, in plain language, from the assessment's follow-up. Free-text answers are shown in the
notice's language when the assessment has a translation of them, otherwise in their own language, marked.

  --locale <fi|sv|en>[,…]  the notice's language, or several in one notice, such as sv,fi (default: both
                           national languages, majority first, for a bilingual organiser, else the
                           assessment's case.language); one language gives a notice in that one only
  --format html|pdf        html (default): one self-contained page for the organiser's web pages, no
                           scripts, nothing loaded from elsewhere; pdf: a tagged PDF like the appendix
  --region <id>            organiser profile for the bodies' names and the default languages (default:
                           the assessment's organiser.id): ${REGIONS.map((r) => r.id).join(', ')}
  -o, --output <file>      the file to write (default: stdout)
  --lang fi|sv|en          language of validation messages (default: en)

Examples:
  osallisuusarvio feedback assessment.json -o palaute.html
  osallisuusarvio feedback assessment.json --region pohjanmaa --format pdf -o respons.pdf
  osallisuusarvio feedback assessment.json --locale fi -o palaute.html

Exit status: 0 done; 2 usage error; 3 the assessment could not be read; 4 the output could not be written.
`;

export async function feedbackCommand(
  ctx: CommandContext,
  values: Record<string, unknown>,
  positionals: readonly string[],
): Promise<ExitStatus> {
  const fail = (message: string) => usage(ctx, 'feedback', message);
  if (positionals.length !== 1)
    return fail(
      positionals.length === 0 ? 'no input: give an assessment (JSON)' : 'feedback takes one assessment at a time',
    );
  const format = (values.format as string | undefined) ?? 'html';
  if (format !== 'html' && format !== 'pdf') return fail(`--format must be html or pdf, not '${format}'`);
  const localeValue = values.locale as string | undefined;
  const locales: Locale[] = [];
  if (localeValue !== undefined)
    for (const part of localeValue.split(',').map((s) => s.trim())) {
      if (!isLocale(part))
        return fail(`--locale must be ${LOCALES.join(', ')} or a list such as fi,sv, not '${localeValue}'`);
      locales.push(part);
    }
  const regionId = values.region as string | undefined;
  const region = regionId === undefined ? undefined : findRegion(regionId);
  if (regionId !== undefined && region === undefined)
    return fail(`unknown region '${regionId}'; known regions: ${REGIONS.map((r) => r.id).join(', ')}`);
  const file = positionals[0]!;
  const loaded = await loadFile(ctx.path(file), ctx.lang);
  if (!loaded.ok) {
    ctx.err(`${file}: ${loaded.message}`);
    return 3;
  }
  if (loaded.fromAppendix)
    ctx.err(
      `${file}: an appendix holds what was attached to the agenda, not the follow-up: the notice will say little`,
    );
  const common = { ...(locales.length ? { locales } : {}), ...(region ? { region } : {}) };
  const out =
    format === 'pdf'
      ? renderFeedback(loaded.assessment, { ...common, format: 'pdf', generatedAt: ctx.now })
      : renderFeedback(loaded.assessment, { ...common, format: 'html' });
  const output = values.output as string | undefined;
  if (output === undefined || output === '-') {
    ctx.out(out);
    return 0;
  }
  try {
    await writeAtomic(ctx.path(output), out);
    ctx.out(`${output}\n`);
    return 0;
  } catch (e) {
    ctx.err(`${output}: cannot write: ${systemMessage(e)}`);
    return 4;
  }
}
