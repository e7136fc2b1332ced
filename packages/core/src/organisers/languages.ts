import type { Locale } from '../i18n.js';
import type { OrganiserProfile } from './profile.js';

/** Both national languages, the organiser's majority language first. */
export function nationalLanguages(profile: Pick<OrganiserProfile, 'majorityLanguage'>): readonly [Locale, Locale] {
  return profile.majorityLanguage === 'sv' ? ['sv', 'fi'] : ['fi', 'sv'];
}

export interface AppendixLanguageOptions {
  /** Both national languages in one appendix (`true`) or one language (`false`); default the profile's rule. */
  readonly bilingual?: boolean | undefined;
  /** The one language asked for; default the case language. */
  readonly locale?: Locale | undefined;
}

/**
 * The appendix's languages: both national languages, the majority one first, for an organiser whose rules
 * require appendices in both (or when asked for); else the language asked for, else the case language. The PDF
 * writes its parts in this order and the widget names the file after it, so both come from here.
 */
export function appendixLanguages(
  profile: Pick<OrganiserProfile, 'appendicesInBothLanguages' | 'majorityLanguage'>,
  caseLanguage: Locale,
  options: AppendixLanguageOptions = {},
): readonly Locale[] {
  if (options.bilingual ?? profile.appendicesInBothLanguages) return nationalLanguages(profile);
  return [options.locale ?? caseLanguage];
}
