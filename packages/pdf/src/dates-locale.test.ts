import { describe, expect, it } from 'vitest';
import { createAssessment } from '@osallisuusarvio/core';
import { renderAppendix } from './index.js';
import { normalise, readBack } from './test-helpers.js';

const assessment = createAssessment({
  case: { title: 'Päivämäärät', meetingDate: '2027-03-15' },
  timing: { opensOn: '2027-02-03', closesOn: '2027-02-24' },
});

describe('dates in the appendix', () => {
  it('are written as the appendix’s language writes them', async () => {
    const fi = normalise((await readBack(renderAppendix(assessment, { locale: 'fi' }))).text);
    expect(fi).toContain('15.3.2027');
    expect(fi).toContain('3.2.2027 – 24.2.2027');
    const sv = normalise((await readBack(renderAppendix(assessment, { locale: 'sv' }))).text);
    expect(sv).toContain('3.2.2027 – 24.2.2027');
    const en = normalise((await readBack(renderAppendix(assessment, { locale: 'en' }))).text);
    expect(en).toContain('15 March 2027');
    expect(en).toContain('3 February 2027 – 24 February 2027');
  });

  it('say the Helsinki day it was made on, also just after local midnight', async () => {
    // 00:30 in Helsinki on 2 December is still 1 December in UTC.
    const bytes = renderAppendix(assessment, { locale: 'fi', generatedAt: '2026-12-01T22:30:00Z' });
    const text = normalise((await readBack(bytes)).text);
    expect(text).toContain('Laadittu 2.12.2026');
    expect(text).not.toContain('1.12.2026');
  });
});
