import { describe, expect, it } from 'vitest';
import { findOrganiser } from '../organisers/data.js';
import { createAssessment } from '../schema.js';
import { FEEDBACK_TEXTS } from '../texts/feedback.js';
import { feedbackHtml } from './html.js';
import { noticeLocales } from './languages.js';

const of = (organiser: string | null, language: 'fi' | 'sv' | 'en' = 'fi') =>
  createAssessment({ organiser: { id: organiser }, case: { language } });

describe('the notice’s languages come from the organiser profile', () => {
  it('gives a bilingual organiser with a Finnish majority both national languages, Finnish first', () => {
    expect(findOrganiser('kymenlaakso')?.bilingual).toBe(true);
    expect(noticeLocales(of('kymenlaakso'))).toEqual(['fi', 'sv']);
  });

  it('puts Swedish first for a bilingual organiser with a Swedish majority, whatever the assessment’s language', () => {
    expect(findOrganiser('pohjanmaa')?.majorityLanguage).toBe('sv');
    expect(noticeLocales(of('pohjanmaa', 'fi'))).toEqual(['sv', 'fi']);
    expect(noticeLocales(of('pohjanmaa', 'en'))).toEqual(['sv', 'fi']);
  });

  it('writes a Finnish-only organiser’s notice, or one without a known profile, in the assessment’s language', () => {
    expect(findOrganiser('pirkanmaa')?.bilingual).toBe(false);
    expect(noticeLocales(of('pirkanmaa', 'en'))).toEqual(['en']);
    expect(noticeLocales(of(null, 'sv'))).toEqual(['sv']);
    expect(noticeLocales(of('no-such-organiser'))).toEqual(['fi']);
  });

  it('lets the caller ask for one language, or pass the profile instead of the assessment’s organiser.id', () => {
    expect(noticeLocales(of('kymenlaakso'), { locales: ['sv'] })).toEqual(['sv']);
    expect(noticeLocales(of('kymenlaakso'), { locales: ['sv', 'fi', 'sv'] })).toEqual(['sv', 'fi']);
    expect(noticeLocales(of(null), { organiser: findOrganiser('pohjanmaa')! })).toEqual(['sv', 'fi']);
    expect(noticeLocales(of('kymenlaakso'), { locales: [] })).toEqual(['fi', 'sv']);
  });

  it('makes one HTML page with both languages for a bilingual organiser when no language is given', () => {
    const html = feedbackHtml(of('pohjanmaa'));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(html.indexOf(FEEDBACK_TEXTS.title.fi)).toBeGreaterThan(html.indexOf(FEEDBACK_TEXTS.title.sv));
    expect(feedbackHtml(of('pohjanmaa'), { locales: ['fi'] })).not.toContain(FEEDBACK_TEXTS.title.sv);
  });
});
