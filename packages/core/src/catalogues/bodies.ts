import { LEGAL } from '../legal.js';
import type { CatalogueEntry } from './types.js';

export interface BodyEntry<Id extends string = string> extends CatalogueEntry<Id> {
  /** Which region profiles have this body: every region, bilingual ones, or those with a Sámi committee. */
  readonly appliesTo: 'all' | 'bilingual' | 'sami';
}

/**
 * Statutory influence bodies (vaikuttamistoimielimet, 611/2021 32 §) and the language committees of
 * bilingual regions and of Lapland. A region profile may rename them (e.g. "Kymenlaakson nuorisovaltuusto").
 */
export const BODIES = [
  {
    id: 'youthCouncil',
    appliesTo: 'all',
    label: {
      fi: 'Nuorisovaltuusto tai vastaava nuorten vaikuttajaryhmä',
      sv: 'Ungdomsfullmäktige eller motsvarande påverkansgrupp för unga',
      en: 'Youth council or similar group',
    },
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
    label: {
      fi: 'Vammaisneuvosto',
      sv: 'Råd för personer med funktionsnedsättning',
      en: 'Council for people with disabilities',
    },
    help: {
      fi: 'Vammaisneuvostolle on annettava mahdollisuus vaikuttaa asioissa, joilla on merkitystä vammaisille henkilöille ja heidän tarvitsemilleen palveluille.',
      sv: 'Rådet för personer med funktionsnedsättning ska ges möjlighet att påverka i ärenden som är av betydelse för dem och de tjänster de behöver.',
      en: 'The council for people with disabilities must be given the opportunity to influence matters that are significant for persons with disabilities and the services they need.',
    },
    legal: LEGAL.influenceBodies,
  },
  {
    id: 'nationalLanguageCommittee',
    appliesTo: 'bilingual',
    label: { fi: 'Kansalliskielilautakunta', sv: 'Nationalspråksnämnd', en: 'National-language committee' },
    help: {
      fi: 'Kaksikielisen hyvinvointialueen kansalliskielilautakunta arvioi ja antaa näkemyksensä siitä, miten päätökset vaikuttavat kielellisten oikeuksien toteutumiseen.',
      sv: 'Nationalspråksnämnden i ett tvåspråkigt välfärdsområde bedömer och ger sin syn på hur besluten påverkar förverkligandet av de språkliga rättigheterna.',
      en: 'In a bilingual county the national-language committee assesses and gives its view on how decisions affect the realisation of linguistic rights.',
    },
    legal: LEGAL.nationalLanguageCommittee,
  },
  {
    id: 'samiLanguageCommittee',
    appliesTo: 'sami',
    label: { fi: 'Saamen kielen lautakunta', sv: 'Nämnden för samiska språket', en: 'Sámi language committee' },
    help: {
      fi: 'Lapin hyvinvointialueen saamen kielen lautakunta arvioi päätösten vaikutuksia saamenkielisten palveluihin ja kielellisiin oikeuksiin.',
      sv: 'Nämnden för samiska språket i Lapplands välfärdsområde bedömer hur besluten påverkar samiskspråkiga tjänster och språkliga rättigheter.',
      en: 'The Sámi language committee of the Lapland county assesses how decisions affect Sámi-language services and linguistic rights.',
    },
    legal: LEGAL.samiLanguageCommittee,
  },
] as const satisfies readonly BodyEntry[];

export type BodyId = (typeof BODIES)[number]['id'];

export const CONSULTATION_STATUSES = [
  { id: 'notNeeded', label: { fi: 'Ei tarpeen', sv: 'Behövs inte', en: 'Not needed' } },
  { id: 'requested', label: { fi: 'Lausuntoa pyydetty', sv: 'Utlåtande begärt', en: 'Statement requested' } },
  { id: 'statementReceived', label: { fi: 'Lausunto saatu', sv: 'Utlåtande mottaget', en: 'Statement received' } },
] as const satisfies readonly CatalogueEntry[];
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number]['id'];
