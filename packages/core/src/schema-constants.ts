// The assessment's versions and size limits, apart from the zod schema (schema.ts) that uses them: the widget's
// first paint needs them (an input's maxlength, the draft's version) and not zod.

/** The version of the assessment's JSON shape. Older versions are migrated by `parseAssessment`. */
export const SCHEMA_VERSION = 3;

/**
 * The version of the built-in rules (their kinds, legal bases and conditions) an assessment was made for.
 * Findings can differ between rule sets; a reader of an old appendix sees which one applied.
 */
export const RULE_SET_VERSION = '2026.2';

/**
 * Free-text answers may be long (a pasted report), but not unbounded: 1 MiB of text is far beyond any real
 * answer and still renders in the appendix. Beyond it the user gets a clear message instead of a hung tab.
 */
export const MAX_TEXT_LENGTH = 1_048_576;
/** Names, titles, diary numbers and other one-line fields. */
export const MAX_SHORT_TEXT_LENGTH = 500;
/** No real assessment has more rows in a table; the bound keeps hostile input from exhausting memory. */
export const MAX_ROWS = 100;
/** Free-text fields with a translation: every free-text field of a full assessment, rows included, fits. */
export const MAX_TRANSLATIONS = 5 * MAX_ROWS;
/** "methods.2.what": keys and array indexes, no more than a field path needs. */
export const MAX_FIELD_PATH_LENGTH = 200;
