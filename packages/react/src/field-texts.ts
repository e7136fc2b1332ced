import { CASE_FIELD_TEXTS, fieldKey } from '@osallisuusarvio/core/first-paint';
import type { FieldText, LocalizedText } from '@osallisuusarvio/core';
import { loadedLaterParts } from './later-loader.js';

// A field's words (core's FIELD_TEXTS): the first step's from the first paint, every other field's from the
// later steps' chunk, which is here before any of those fields renders (they are its own).

function textOf(path: string): FieldText | undefined {
  const texts = loadedLaterParts()?.FIELD_TEXTS ?? CASE_FIELD_TEXTS;
  return (texts as Readonly<Record<string, FieldText>>)[fieldKey(path)];
}

/** The label of a field path (core's fieldLabel once the later steps are here), or the path itself. */
export function labelOf(path: string): LocalizedText {
  const later = loadedLaterParts();
  if (later) return later.fieldLabel(path);
  return textOf(path)?.label ?? { fi: path, sv: path, en: path };
}

export function helpOf(path: string): LocalizedText | undefined {
  return textOf(path)?.help;
}
