import type { LocalizedText } from './i18n.js';
import type { BodyId } from './catalogues/bodies.js';

/**
 * What differs between welfare regions (and municipalities): names, languages, which bodies exist and the
 * region's own rules of thumb for time. Hosts pass their own profile; the two below ship with the toolkit.
 */
export interface RegionProfile {
  readonly id: string;
  readonly name: LocalizedText;
  /** Bilingual regions have a national-language committee (611/2021, see LEGAL.nationalLanguageCommittee). */
  readonly bilingual: boolean;
  /** The region's majority language; in a bilingual region the other one is the minority language. */
  readonly majorityLanguage: 'fi' | 'sv';
  /** Only the Lapland region has a Sámi language committee. */
  readonly samiLanguageCommittee: boolean;
  /** The region's own names of its bodies, e.g. "Kymenlaakson hyvinvointialueen nuorisovaltuusto". */
  readonly bodyNames?: Partial<Record<BodyId, LocalizedText>>;
  /**
   * Shortest time, in days, that participation should stay open. A policy of the region, not a legal
   * minimum: the law requires "enough" time (checklist question 4).
   */
  readonly minimumParticipationDays: number;
  /** Days needed between the close of participation and the meeting to process the results into the proposal. */
  readonly minimumDaysBeforeMeeting: number;
}

export const GENERIC_REGION: RegionProfile = {
  id: 'generic',
  name: { fi: 'Hyvinvointialue', sv: 'Välfärdsområde', en: 'Wellbeing services county' },
  bilingual: false,
  majorityLanguage: 'fi',
  samiLanguageCommittee: false,
  minimumParticipationDays: 14,
  minimumDaysBeforeMeeting: 7,
};

/**
 * Kymenlaakson hyvinvointialue, from its participation programme 2023–2025 (the seed). Finnish-speaking;
 * the programme names a youth council, an elderly council and a disability council. The day counts are
 * the generic defaults: the programme sets none.
 */
export const KYMENLAAKSO: RegionProfile = {
  id: 'kymenlaakso',
  name: {
    fi: 'Kymenlaakson hyvinvointialue',
    sv: 'Kymmenedalens välfärdsområde',
    en: 'Kymenlaakso Wellbeing Services County',
  },
  bilingual: false,
  majorityLanguage: 'fi',
  samiLanguageCommittee: false,
  bodyNames: {
    youthCouncil: {
      fi: 'Kymenlaakson hyvinvointialueen nuorisovaltuusto',
      sv: 'Ungdomsfullmäktige i Kymmenedalens välfärdsområde',
      en: 'Youth council of Kymenlaakso Wellbeing Services County',
    },
    elderlyCouncil: {
      fi: 'Kymenlaakson hyvinvointialueen vanhusneuvosto',
      sv: 'Äldrerådet i Kymmenedalens välfärdsområde',
      en: 'Council for older people of Kymenlaakso Wellbeing Services County',
    },
    disabilityCouncil: {
      fi: 'Kymenlaakson hyvinvointialueen vammaisneuvosto',
      sv: 'Rådet för personer med funktionsnedsättning i Kymmenedalens välfärdsområde',
      en: 'Council for people with disabilities of Kymenlaakso Wellbeing Services County',
    },
  },
  minimumParticipationDays: 14,
  minimumDaysBeforeMeeting: 7,
};

/**
 * A bilingual region for examples and tests (an Österbotten-like profile, majority Swedish). Its day counts
 * are the generic defaults.
 */
export const BILINGUAL_EXAMPLE_REGION: RegionProfile = {
  id: 'bilingual-example',
  name: {
    fi: 'Kaksikielinen esimerkkihyvinvointialue',
    sv: 'Tvåspråkigt exempelvälfärdsområde',
    en: 'Bilingual example county',
  },
  bilingual: true,
  majorityLanguage: 'sv',
  samiLanguageCommittee: false,
  minimumParticipationDays: 14,
  minimumDaysBeforeMeeting: 7,
};

export const REGIONS = [GENERIC_REGION, KYMENLAAKSO, BILINGUAL_EXAMPLE_REGION] as const;

export function findRegion(id: string): RegionProfile | undefined {
  return REGIONS.find((r) => r.id === id);
}
