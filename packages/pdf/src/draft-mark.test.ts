import { describe, expect, it } from 'vitest';
import {
  APPENDIX_TEXTS,
  EXAMPLES,
  EXAMPLE_NAMES,
  LOCALES,
  STATUS_TEXTS,
  createAssessment,
  evaluate,
  findRegion,
} from '@osallisuusarvio/core';
import { renderAppendix } from './index.js';
import { normalise, readBack } from './test-helpers.js';

const BAND = 'LUONNOS / UTKAST / DRAFT';

describe('a draft', () => {
  it.each(LOCALES)(
    'says so on every page and in the title block (%s) when the assessment is incomplete',
    async (locale) => {
      const pdf = await readBack(renderAppendix(createAssessment({}), { locale, generatedAt: '2026-11-23T10:00:00Z' }));
      expect(pdf.pages).toBeGreaterThan(1);
      expect(pdf.allText.match(new RegExp(BAND, 'g'))?.length).toBe(pdf.pages);
      // The band is an artifact: a screen reader hears the notice once, in the appendix's language.
      const text = normalise(pdf.text);
      expect(text).not.toContain(BAND);
      expect(text).toContain(APPENDIX_TEXTS.draftNotice[locale]);
      expect(text.indexOf(APPENDIX_TEXTS.draftNotice[locale])).toBeLessThan(
        text.indexOf(normalise(APPENDIX_TEXTS.region[locale])),
      );
    },
  );

  it('says so when the assessment has errors, whatever else is answered', async () => {
    const example = EXAMPLES['service-network'];
    const withError = structuredClone(example.assessment);
    // A meeting before the participation window closes is an error of the timing rules.
    withError.case = { ...withError.case, meetingDate: '2026-01-02' };
    const bytes = renderAppendix(withError, {
      region: findRegion(example.region)!,
      generatedAt: '2026-11-23T10:00:00Z',
    });
    const pdf = await readBack(bytes);
    // A timing error is of the consistency kind; an error of a legal duty would read breaksLegalDuty.
    const status = evaluate(createAssessment(withError), {
      region: findRegion(example.region)!,
      today: '2026-11-23',
    }).status;
    expect(status === 'hasErrors' || status === 'breaksLegalDuty').toBe(true);
    // The title block's sentence may be hyphenated at a line end; the summary prints the status whole.
    expect(normalise(pdf.text)).toContain(normalise(APPENDIX_TEXTS.draftNotice.fi));
    expect(normalise(pdf.text)).toContain(normalise(STATUS_TEXTS[status].fi));
    expect(pdf.allText.match(new RegExp(BAND, 'g'))?.length).toBe(pdf.pages);
  });
});

describe('a complete assessment', () => {
  it.each(EXAMPLE_NAMES)('%s carries no draft mark', async (name) => {
    const example = EXAMPLES[name];
    const pdf = await readBack(
      renderAppendix(example.assessment, { region: findRegion(example.region)!, generatedAt: '2026-11-23T10:00:00Z' }),
    );
    expect(pdf.allText).not.toContain(BAND);
    for (const l of LOCALES) expect(pdf.allText).not.toContain(APPENDIX_TEXTS.draftNotice[l]);
  });
});
