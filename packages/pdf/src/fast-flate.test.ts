import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { withFastFlate } from './render.js';

type Filters = (data: string, chain: string[] | string) => { data: string; reverseChain: string };
const api = () => (jsPDF.API as unknown as { processDataByFilters: Filters }).processDataByFilters;

describe('withFastFlate', () => {
  it('compresses to exactly the bytes jsPDF itself writes', () => {
    const original = api();
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const samples = [
      '',
      'BT /F1 10 Tf 56.7 700 Td <0041> Tj ET',
      Array.from({ length: 70_000 }, () => String.fromCharCode(Math.floor(random() * 256))).join(''),
      'q 0.5 w 56.7 100 m 538.6 100 l S Q\n'.repeat(2000),
    ];
    for (const data of samples) {
      const expected = original(data, ['FlateEncode']);
      const fast = withFastFlate(() => api()(data, ['FlateEncode']));
      expect(fast).toEqual(expected);
    }
  });

  it('leaves other filter chains to jsPDF and restores jsPDF afterwards, also when the body throws', () => {
    const original = api();
    expect(withFastFlate(() => api()('abc', ['ASCIIHexEncode']))).toEqual(original('abc', ['ASCIIHexEncode']));
    expect(() =>
      withFastFlate(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(api()).toBe(original);
  });
});
