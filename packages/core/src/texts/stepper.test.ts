import { describe, expect, it } from 'vitest';
import { formatMessage, LOCALES } from '../i18n.js';
import { STEPPER_TEXTS } from './stepper.js';

describe('the stepper’s words', () => {
  it('give a step’s error count as a label, right for one error as for many', () => {
    for (const l of LOCALES) {
      const one = formatMessage(STEPPER_TEXTS.stateErrors[l], { count: 1 }, l);
      expect(one, l).toMatch(/: 1$/);
      expect(one, l).not.toMatch(/1 errors/);
    }
  });
});
