import { canonicalJson } from '@osallisuusarvio/core/first-paint';
import type { Assessment, parseAssessment } from '@osallisuusarvio/core';

export const DRAFT_PREFIX = 'osallisuusarvio:draft:';

function defaultStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Storage access throws in some sandboxed iframes and with cookies blocked.
    return undefined;
  }
}

/**
 * The draft saved under `key`, or undefined when there is none or it no longer parses. The parser is passed
 * in: it is the validation chunk's (validation-loader.ts), which the first paint does not load.
 */
export function loadDraft(
  key: string,
  parse: typeof parseAssessment,
  storage: Storage | undefined = defaultStorage(),
): Assessment | undefined {
  try {
    const text = storage?.getItem(DRAFT_PREFIX + key);
    if (!text) return undefined;
    const parsed = parse(text);
    return parsed.ok ? parsed.assessment : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, assessment: Assessment, storage: Storage | undefined = defaultStorage()): void {
  try {
    storage?.setItem(DRAFT_PREFIX + key, canonicalJson(assessment));
  } catch {
    // A full or blocked storage must not break the form; the draft is a convenience, not the record.
  }
}

/** Removes the autosaved draft of a case, e.g. once the host has stored the assessment with the case. */
export function clearDraft(key: string, storage: Storage | undefined = defaultStorage()): void {
  try {
    storage?.removeItem(DRAFT_PREFIX + key);
  } catch {
    // See saveDraft.
  }
}
