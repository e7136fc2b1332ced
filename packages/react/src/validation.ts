// Everything of the form that needs the schema (zod): reading a stored draft or a host's value, checking the
// values on each change and explaining what is wrong. A chunk of its own, asked for as the form mounts
// (validation-loader.ts), so that the first paint does not carry zod.
import { toNestErrors } from '@hookform/resolvers';
import { get } from 'react-hook-form';
import type { FieldError, FieldErrors, ResolverOptions, ResolverResult } from 'react-hook-form';
import { isIsoDate, parseDateInput } from '@osallisuusarvio/core';
import { assessmentSchema, parseAssessment } from '@osallisuusarvio/core/parse';
import type { Assessment, Locale } from '@osallisuusarvio/core';

export { parseAssessment };

/** The values as an assessment (the schema's output) when they validate; undefined when they do not. */
export function validAssessment(values: unknown): Assessment | undefined {
  const parsed = assessmentSchema.safeParse(values);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The schema's checks through core's parseAssessment, which names each problem in fi/sv/en; the form shows the
 * message in its locale. Not @hookform/resolvers' zodResolver, which would bring zod classic into the widget
 * (core's schema is zod/mini), only to have its English messages replaced.
 */
export function resolveAssessment(
  values: Assessment,
  locale: Locale,
  options: ResolverOptions<Assessment>,
): ResolverResult<Assessment> {
  // The schema alone on every change; parseAssessment, which also copies and measures the input, only to
  // explain what is wrong.
  const valid = validAssessment(values);
  if (valid) return { values: valid, errors: {} };
  const parsed = parseAssessment(values);
  if (parsed.ok) return { values: parsed.assessment, errors: {} };
  const errors: Record<string, FieldError> = {};
  for (const e of parsed.errors) {
    const path = e.path.join('.');
    // One message for each field, the first, as the resolvers give without criteriaMode "all".
    if (path in errors) continue;
    // A date kept as typed ("15.3.") is explained as the official writes dates, not as ISO.
    const typed = get(values, path) as unknown;
    const asDate =
      e.code === 'invalid_format' && typeof typed === 'string' && !isIsoDate(typed)
        ? parseDateInput(typed, locale)
        : undefined;
    const message = asDate && !asDate.ok ? asDate.message[locale] : e.message[locale];
    errors[path] = { type: e.code, message };
  }
  // toNestErrors nests the paths, attaches each field's element and puts a table's own error at `root`.
  return { values: {}, errors: toNestErrors(errors as FieldErrors, options) };
}
