// Valid assessments of any shape for property tests of the appendix (test support, not part of the build):
// core's arbitrary (`@osallisuusarvio/core/testing`), with the text an official really types at the edges of
// the layout: long compound words, soft hyphens, quotations in other scripts, Sámi letters, list lines, and
// any year the schema allows.
import { assessmentArbitrary, isoDateArb } from '@osallisuusarvio/core/testing';
import fc from 'fast-check';

const WORDS = [
  'Kokemusasiantuntijat',
  'sosiaali- ja terveyspalvelujen',
  'palveluverkkosuunnitelmaluonnos',
  'Erfarenhetsexperter',
  'välfärdsområdesfullmäktige',
  'vammaisneuvosto',
  'ja',
  'och',
  'the',
  'participation',
  'lapset',
  'asiak\u00adkaat',
  '“Мы против закрытия”',
  '«Україна»',
  'Sámegiella: čđŋšŧž',
  'Nuõrttsääʹmǩiõll',
  '10\u202f000 €',
  '≥ 30 päivää',
  '→',
  '± 5 %',
  'αβγ Ω',
  '😀',
  '\u0000',
  '\u202e',
  '(',
  ')',
  '\\',
  '-',
];
const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }));
const separator = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '\n', '\n\n', '\n- ', ' – ');
const text = fc
  .array(fc.tuple(word, separator), { maxLength: 30 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''))
  .map((s) => s.slice(0, 400));
const shortText = text.map((s) => s.slice(0, 60));

export const assessmentArb = assessmentArbitrary({ text, shortText, isoDate: isoDateArb(0, 9999), maxRows: 4 });
