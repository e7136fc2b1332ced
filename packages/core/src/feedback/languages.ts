import type { Locale } from '../i18n.js';
import { findOrganiser } from '../organisers/data.js';
import { nationalLanguages } from '../organisers/languages.js';
import type { OrganiserProfile } from '../organisers/profile.js';
import type { Assessment } from '../schema.js';

/** The profile a notice is written for: the caller's, else the one the assessment names (`organiser.id`). */
export function noticeOrganiser(a: Assessment, organiser?: OrganiserProfile): OrganiserProfile | undefined {
  if (organiser) return organiser;
  return a.organiser.id === null ? undefined : findOrganiser(a.organiser.id);
}

export interface NoticeLocaleOptions {
  /** What the caller asks for: one language, or several in this order. Empty or left out: the profile decides. */
  readonly locales?: readonly Locale[];
  /** The organiser profile; default the one the assessment names. */
  readonly organiser?: OrganiserProfile;
}

/**
 * The notice's languages. A bilingual authority informs the public in both national languages (Kielilaki
 * 423/2003 32 §), so a bilingual organiser's notice has both, the majority language first; any other organiser's is in
 * the assessment's language. The caller may still ask for one language (or any list) explicitly.
 */
export function noticeLocales(a: Assessment, options: NoticeLocaleOptions = {}): [Locale, ...Locale[]] {
  if (options.locales?.length) return [...new Set(options.locales)] as [Locale, ...Locale[]];
  const profile = noticeOrganiser(a, options.organiser);
  if (profile?.bilingual) return [...nationalLanguages(profile)] as [Locale, Locale];
  return [a.case.language];
}
