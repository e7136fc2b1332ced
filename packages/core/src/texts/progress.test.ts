import { describe, expect, it } from 'vitest';
import { formatMessage, LOCALES } from '../i18n.js';
import { PROGRESS_TEXTS } from './progress.js';

describe('the completeness beside the list of steps', () => {
  it('says how many of how many are done in words, without a percentage, right for one as for many', () => {
    for (const key of ['stepsDone', 'partsDone'] as const) {
      for (const l of LOCALES) {
        for (const done of [0, 1, 8]) {
          const text = formatMessage(PROGRESS_TEXTS[key][l], { done, total: 12 }, l);
          expect(text, `${key} ${l}`).toMatch(new RegExp(`\\b${done}\\b.*\\b12\\b`));
          expect(text, `${key} ${l}`).not.toMatch(/%|\{/);
        }
      }
    }
    expect(formatMessage(PROGRESS_TEXTS.stepsDone.en, { done: 1, total: 12 }, 'en')).toBe('1 of 12 steps done');
  });
});
