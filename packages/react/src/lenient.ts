import { blankAssessment } from '@osallisuusarvio/core/first-paint';
import type { Assessment } from '@osallisuusarvio/core';

function merge(blank: unknown, raw: unknown): unknown {
  if (Array.isArray(blank)) return Array.isArray(raw) ? raw : blank;
  if (blank !== null && typeof blank === 'object') {
    const from = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(blank as Record<string, unknown>)) out[k] = merge(v, from[k]);
    return out;
  }
  // A nullable field (a date, a choice) takes a string; anything else must have the blank's own type.
  if (blank === null) return raw === null || typeof raw === 'string' ? raw : blank;
  return typeof raw === typeof blank ? raw : blank;
}

/**
 * The form's values from a document that does not parse (an over-long answer, a half-typed date, a newer
 * version's draft): every known field whose type fits is taken as it is, so the official sees the text and
 * the form marks what is wrong; fields of another shape take the blank's value. Not an `Assessment` by
 * the schema, only by shape: it is for the form, never for the host.
 */
export function lenientValues(raw: unknown): Assessment {
  const blank = blankAssessment();
  // This version's schema, whatever the document said: the form writes this version.
  return { ...(merge(blank, raw) as Assessment), schemaVersion: blank.schemaVersion };
}
