// The assessment as bytes and a field's path as text: apart from the parser (parse.ts), which brings zod,
// because the widget's first paint saves drafts and the follow-up hashes the attached assessment.
import type { Assessment } from './schema.js';

export function pathToText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    // A key with a dot (a field path used as a translation's key) is quoted, so that the text stays one path.
    else if (typeof key === 'string' && /[.[\]"]/.test(key)) out += `[${JSON.stringify(key)}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Keys sorted at every level and no whitespace: the same assessment always gives the same bytes (and hash). */
export function canonicalJson(assessment: Assessment): string {
  return JSON.stringify(sortKeys(assessment));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}
