import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween } from './helpers.js';

describe('daysBetween', () => {
  it('agrees with the calendar for any two dates, leap days included', () => {
    const day = fc
      .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(daysBetween(a, b)).toBe(Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000));
      }),
    );
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });
});
