import { describe, expect, it } from 'vitest';
import { EXAMPLES, createAssessment, findRegion } from '@osallisuusarvio/core';
import type { Assessment, Locale } from '@osallisuusarvio/core';
import { renderAppendix } from './index.js';
import { normalise, readBack } from './test-helpers.js';

const initiative = () => createAssessment(EXAMPLES.initiative.assessment);
const region = findRegion(EXAMPLES.initiative.region)!;
const GENERATED = '2026-11-23T10:00:00Z';
const REASON = 'Iltavastaanotto ei muuta talousarviota, eikä budjettiraati sovi tähän päätökseen.';
const answered = (): Assessment => ({
  ...initiative(),
  responses: [
    { ruleId: 'money-without-budget-participation', field: 'methods', reason: REASON, respondedOn: '2026-11-20' },
  ],
});
const textOf = async (a: Assessment, locale: Locale = 'fi') =>
  normalise((await readBack(renderAppendix(a, { region, locale, generatedAt: GENERATED }))).text);
const count = (text: string, part: string) => text.split(part).length - 1;

describe('the findings of the appendix', () => {
  it('prints a recommendation once, with the way to participate it suggests, not again under the methods', async () => {
    const text = await textOf(initiative());
    expect(count(text, 'Raha rajaa päätöstä, mutta taloussuunnitteluun ei osallisteta')).toBe(1);
    expect(count(text, 'Mahdollisuus osallistua hyvinvointialueen talouden suunnitteluun')).toBe(1);
    expect(text).toContain(
      'Suositellut osallistumisen tavat: Mahdollisuus osallistua hyvinvointialueen talouden suunnitteluun',
    );
    expect(text).not.toContain('Harkitut havainnot, joita ei noudateta');
  });

  it('prints an answered finding once, in its own list with the reason, and not among the open findings', async () => {
    const text = await textOf(answered());
    expect(count(text, 'Raha rajaa päätöstä, mutta taloussuunnitteluun ei osallisteta')).toBe(1);
    const list = text.slice(text.indexOf('Harkitut havainnot, joita ei noudateta'));
    expect(list).toMatch(
      /^Harkitut havainnot, joita ei noudateta Raha rajaa päätöstä, mutta taloussuunnitteluun ei osallisteta \(Neuvo\) Perustelu: Iltavastaanotto/,
    );
    expect(list).toContain('(merkitty 20.11.2026)');
    expect(count(text, REASON)).toBe(1);
    expect(text).not.toContain('Suositus: Raha rajaa');
    // The suggestion is considered: no longer recommended anywhere.
    expect(text).not.toContain('Mahdollisuus osallistua hyvinvointialueen talouden suunnitteluun');
    expect(text).toContain('Virheitä 0, varoituksia 0, suosituksia 0. Harkittu, ei noudateta: 1.');
    expect(text).toContain('Ei havaintoja.');
  });

  it('speaks the appendix language around the reason the official typed', async () => {
    const text = await textOf(answered(), 'sv');
    expect(text).toContain('Övervägda iakttagelser som inte följs');
    expect(text).toContain(`Motivering: ${REASON} (markerat 20.11.2026)`);
  });

  it('prints a response to a legal duty as a warning, not as an answered finding', async () => {
    const a = createAssessment({
      ...initiative(),
      invited: { ...initiative().invited, deliberatelyExcluded: 'yes', exclusions: [] },
      responses: [{ ruleId: 'exclusion-without-reason', field: 'invited.exclusions', reason: 'Ei tarpeen.' }],
    });
    const text = await textOf(a);
    expect(text).toContain('Virhe: Ulkopuolelle jättämistä ei ole perusteltu');
    expect(text).toContain('Varoitus: Havaintoa ei voi ohittaa');
    expect(text).not.toContain('Harkitut havainnot, joita ei noudateta');
  });
});
