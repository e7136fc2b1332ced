/**
 * The completeness beside the heading of the list of steps (stepper) or parts (single page), in words as an
 * official would say it, not as a percentage. `{done}` and `{total}` are counts.
 */
export const PROGRESS_TEXTS = {
  stepsDone: {
    fi: 'Valmiina {done}/{total} vaihetta',
    sv: 'Klart: {done} av {total} steg',
    en: '{done} of {total} steps done',
  },
  partsDone: {
    fi: 'Valmiina {done}/{total} osaa',
    sv: 'Klart: {done} av {total} delar',
    en: '{done} of {total} parts done',
  },
} as const;
