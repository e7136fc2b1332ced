import { LEGAL } from '../legal.js';
import type { LocalizedText } from '../i18n.js';
import type { CatalogueEntry } from './types.js';

export interface BodyEntry<Id extends string = string> extends CatalogueEntry<Id> {
  /** Which organisers have this body by law: every one, bilingual welfare regions, or Lapland. */
  readonly appliesTo: 'all' | 'bilingual' | 'sami';
  /** The name inside a sentence: definite and lower-case where the language wants it ("äldrerådet"). */
  readonly running: LocalizedText;
}

/**
 * Statutory influence bodies (vaikuttamistoimielimet, 611/2021 32 §; Kuntalaki 26–28 §) and the language
 * committees of bilingual welfare regions and of Lapland (611/2021 33 §). An organiser's profile may rename them
 * ("Kymenlaakson hyvinvointialueen nuorisovaltuusto").
 */
export const BODIES = [
  {
    id: 'youthCouncil',
    appliesTo: 'all',
    label: {
      fi: 'Nuorisovaltuusto tai vastaava nuorten vaikuttajaryhmä',
      sv: 'Ungdomsfullmäktige eller motsvarande påverkansgrupp för unga',
      en: 'Youth council or similar youth advocacy group',
    },
    running: { fi: 'nuorisovaltuusto', sv: 'ungdomsfullmäktige', en: 'the youth council' },
    help: {
      fi: 'Nuorisovaltuustolle on annettava mahdollisuus vaikuttaa asioissa, joilla on merkitystä lapsille ja nuorille ja heidän tarvitsemilleen palveluille.',
      sv: 'Ungdomsfullmäktige ska ges möjlighet att påverka i ärenden som är av betydelse för barn och unga och de tjänster de behöver.',
      en: 'The youth council must be given the opportunity to influence matters that are significant for children and young people and the services they need.',
    },
    legal: LEGAL.influenceBodies,
  },
  {
    id: 'elderlyCouncil',
    appliesTo: 'all',
    label: { fi: 'Vanhusneuvosto', sv: 'Äldreråd', en: 'Council for older people' },
    running: { fi: 'vanhusneuvosto', sv: 'äldrerådet', en: 'the council for older people' },
    help: {
      fi: 'Vanhusneuvostolle on annettava mahdollisuus vaikuttaa asioissa, joilla on merkitystä ikääntyneelle väestölle ja sen tarvitsemille palveluille.',
      sv: 'Äldrerådet ska ges möjlighet att påverka i ärenden som är av betydelse för den äldre befolkningen och de tjänster den behöver.',
      en: 'The council for older people must be given the opportunity to influence matters that are significant for the older population and the services it needs.',
    },
    legal: LEGAL.influenceBodies,
  },
  {
    id: 'disabilityCouncil',
    appliesTo: 'all',
    label: { fi: 'Vammaisneuvosto', sv: 'Råd för personer med funktionsnedsättning', en: 'Disability council' },
    running: { fi: 'vammaisneuvosto', sv: 'rådet för personer med funktionsnedsättning', en: 'the disability council' },
    help: {
      fi: 'Vammaisneuvostolle on annettava mahdollisuus vaikuttaa asioissa, joilla on merkitystä vammaisille henkilöille ja heidän tarvitsemilleen palveluille.',
      sv: 'Rådet för personer med funktionsnedsättning ska ges möjlighet att påverka i ärenden som är av betydelse för personer med funktionsnedsättning och de tjänster de behöver.',
      en: 'The disability council must be given the opportunity to influence matters that are significant for people with disabilities and the services they need.',
    },
    legal: LEGAL.influenceBodies,
  },
  {
    id: 'nationalLanguageCommittee',
    appliesTo: 'bilingual',
    label: { fi: 'Kansalliskielilautakunta', sv: 'Nationalspråksnämnd', en: 'National language committee' },
    running: { fi: 'kansalliskielilautakunta', sv: 'nationalspråksnämnden', en: 'the national language committee' },
    help: {
      fi: 'Kaksikielisen hyvinvointialueen kansalliskielilautakunta arvioi ja lausuu, miten aluevaltuuston päätökset vaikuttavat kielellisten oikeuksien toteutumiseen ja vähemmistön kielellä annettaviin palveluihin. Laki antaa sille tehtäviä, ei oikeutta tulla kuulluksi jokaisessa asiassa.',
      sv: 'Nationalspråksnämnden i ett tvåspråkigt välfärdsområde bedömer och uttalar sig om hur välfärdsområdesfullmäktiges beslut påverkar hur de språkliga rättigheterna tillgodoses och tjänsterna på minoritetens språk. Lagen ger nämnden uppgifter, inte rätt att höras i varje ärende.',
      en: 'In a bilingual county the national language committee assesses and states how the county council’s decisions affect linguistic rights and the services in the minority language. The law gives it tasks, not a right to be consulted on each decision.',
    },
    legal: LEGAL.nationalLanguageCommittee,
  },
  {
    id: 'samiLanguageCommittee',
    appliesTo: 'sami',
    label: { fi: 'Saamen kielen lautakunta', sv: 'Samisk språknämnd', en: 'Sámi language committee' },
    running: { fi: 'saamen kielen lautakunta', sv: 'samiska språknämnden', en: 'the Sámi language committee' },
    help: {
      fi: 'Lapin hyvinvointialueen saamen kielen lautakunta arvioi, miten päätökset vaikuttavat saamenkielisten palveluihin ja kielellisiin oikeuksiin. Laki antaa sille tehtäviä, ei oikeutta tulla kuulluksi jokaisessa asiassa.',
      sv: 'Samiska språknämnden i Lapplands välfärdsområde bedömer hur besluten påverkar tjänsterna för samiskspråkiga och deras språkliga rättigheter. Lagen ger nämnden uppgifter, inte rätt att höras i varje ärende.',
      en: 'The Sámi language committee of the Wellbeing Services County of Lapland assesses how decisions affect the services for Sámi speakers and their linguistic rights. The law gives it tasks, not a right to be consulted on each decision.',
    },
    legal: LEGAL.samiLanguageCommittee,
  },
] as const satisfies readonly BodyEntry[];

export type BodyId = (typeof BODIES)[number]['id'];

/**
 * How a body was given the chance to influence (611/2021 32 §: no form is prescribed), or the preparer's
 * judgement that it is not needed, which the body itself may not share.
 */
export const CONSULTATION_STATUSES = [
  { id: 'notNeeded', label: { fi: 'Ei tarpeen', sv: 'Behövs inte', en: 'Not needed' } },
  { id: 'requested', label: { fi: 'Lausuntoa pyydetty', sv: 'Utlåtande begärt', en: 'Statement requested' } },
  { id: 'statementReceived', label: { fi: 'Lausunto saatu', sv: 'Utlåtande mottaget', en: 'Statement received' } },
  {
    id: 'tookPartInPreparation',
    label: { fi: 'Osallistui valmisteluun', sv: 'Deltog i beredningen', en: 'Took part in preparation' },
  },
  {
    id: 'heardAtMeeting',
    label: { fi: 'Kuultiin sen kokouksessa', sv: 'Hördes vid sitt sammanträde', en: 'Heard at its meeting' },
  },
] as const satisfies readonly CatalogueEntry[];
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number]['id'];
