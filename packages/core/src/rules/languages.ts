import { LEGAL } from '../legal.js';
import { cite } from '../legal-roles.js';
import { SAMI_LANGUAGES } from '../catalogues/options.js';
import type { Assessment } from '../schema.js';
import type { LocalizedText } from '../i18n.js';
import type { RuleHit } from './types.js';
import { defineRule } from './types.js';

const SERVICE_MATTERS = new Set(['serviceNetwork', 'premises', 'serviceChange']);
const changesServices = (a: Assessment) => a.case.matterTypes.some((t) => SERVICE_MATTERS.has(t));

/** Kielilaki 423/2003 32 §: a bilingual authority informs the public in Finnish and in Swedish. */
export const bilingualAnnouncementRule = defineRule({
  id: 'announcement-not-in-both-languages',
  description: {
    fi: 'Laukeaa kaksikielisellä järjestäjällä, kun osallistumisen tapa on valittu, mutta osallistumisesta ei ole merkitty tiedotettavan sekä suomeksi että ruotsiksi.',
    sv: 'Utlöses hos en tvåspråkig organisatör när ett sätt att delta har valts men det inte har antecknats att deltagandet meddelas både på finska och på svenska.',
    en: 'Fires for a bilingual organiser when a participation method is chosen but participation is not marked as announced in both Finnish and Swedish.',
  },
  severity: 'warning',
  kind: 'legalDuty',
  title: {
    fi: 'Osallistumisesta ei tiedoteta molemmilla kansalliskielillä',
    sv: 'Deltagandet meddelas inte på båda nationalspråken',
    en: 'Participation not announced in both national languages',
  },
  legalBasis: [LEGAL.bilingualInformation],
  message: {
    fi: 'Järjestäjä on kaksikielinen: tiedota osallistumismahdollisuudesta sekä suomeksi että ruotsiksi, ja anna osallistua kummalla tahansa kielellä.',
    sv: 'Organisatören är tvåspråkig: meddela möjligheten att delta både på finska och på svenska, och låt var och en delta på sitt eget språk.',
    en: 'The organiser is bilingual: announce the opportunity to take part in both Finnish and Swedish, and let people take part in either language.',
  },
  when: (a, { organiser }) => {
    if (!organiser.bilingual || a.methods.length === 0) return [];
    const langs = a.communication.announcementLanguages;
    return langs.includes('fi') && langs.includes('sv')
      ? []
      : [{ fields: ['communication.announcementLanguages'], params: {} }];
  },
});

/** Some organisers' administrative rules require agenda appendices in both languages (domain.md). */
export const bilingualAppendixRule = defineRule({
  id: 'appendix-in-both-languages',
  description: {
    fi: 'Laukeaa tiedoksi, kun järjestäjän omat säännöt edellyttävät liitteet molemmilla kansalliskielillä.',
    sv: 'Utlöses för kännedom när organisatörens egna regler kräver bilagor på båda nationalspråken.',
    en: 'Fires for information when the organiser’s own rules require appendices in both national languages.',
  },
  severity: 'info',
  kind: 'goodPractice',
  title: {
    fi: 'Liite tarvitaan molemmilla kielillä',
    sv: 'Bilagan behövs på båda språken',
    en: 'Appendix needed in both languages',
  },
  legalBasis: [],
  message: {
    fi: 'Järjestäjän säännöt edellyttävät liitteet sekä suomeksi että ruotsiksi, joten liitteessä on osa kummallakin kielellä. Anna vastauksille käännökset toiselle kielelle: ne tulostuvat toisenkieliseen osaan vastausten rinnalle. Kääntämätön vastaus tulostuu sellaisenaan.',
    sv: 'Organisatörens regler kräver bilagor både på finska och på svenska, så bilagan har en del på vartdera språket. Ge översättningar av svaren till det andra språket: de skrivs ut bredvid svaren i delen på det språket. Ett svar utan översättning skrivs ut som det är.',
    en: 'The organiser’s rules require appendices in both Finnish and Swedish, so the appendix has a part in each language. Give translations of the answers into the other language: they are printed beside the answers in that language’s part. An answer without a translation is printed as written.',
  },
  when: (_a, { organiser }) => (organiser.appendicesInBothLanguages ? [{ fields: ['case.language'], params: {} }] : []),
});

/** A bilingual organiser serves both language groups (612/2021 5 §): a service change meets the minority. */
export const languageGroupRule = defineRule({
  id: 'language-minority-not-considered',
  description: {
    fi: 'Laukeaa kaksikielisellä järjestäjällä, kun asia muuttaa palveluja tai tiloja, eikä toisen kansalliskielen puhujia ole merkitty ryhmäksi, johon päätös vaikuttaa.',
    sv: 'Utlöses hos en tvåspråkig organisatör när ärendet ändrar tjänster eller lokaler och personer som talar det andra nationalspråket inte har angetts som en grupp som påverkas.',
    en: 'Fires for a bilingual organiser when the matter changes services or premises and speakers of the other national language are not marked as affected.',
  },
  severity: 'recommendation',
  kind: 'advice',
  title: {
    fi: 'Kielivähemmistön palvelut huomioimatta',
    sv: 'Språkminoritetens tjänster inte beaktade',
    en: 'Services of the language minority not considered',
  },
  legalBasis: [cite('bilingualServices'), LEGAL.bilingualInformation],
  message: {
    fi: 'Järjestäjä on kaksikielinen ja päätös muuttaa palveluja. Arvioi, miten muutos vaikuttaa palveluihin toisella kansalliskielellä, ja kutsu kielivähemmistö mukaan.',
    sv: 'Organisatören är tvåspråkig och beslutet ändrar tjänsterna. Bedöm hur ändringen påverkar tjänsterna på det andra nationalspråket och bjud in språkminoriteten.',
    en: 'The organiser is bilingual and the decision changes services. Assess how the change affects services in the other national language, and invite the language minority.',
  },
  when: (a, { organiser }) =>
    organiser.bilingual && changesServices(a) && !a.affected.groups.includes('otherNationalLanguage')
      ? [{ fields: ['affected.groups'], params: {} }]
      : [],
});

/** Lapland: the Sámi homeland municipalities are there; saamen kielilaki 1086/2003 binds its authorities. */
export const samiRule = defineRule({
  id: 'sami-not-reached',
  description: {
    fi: 'Laukeaa järjestäjällä, jolla on saamen kielen lautakunta, kun päätös vaikuttaa saamelaisiin eikä osallistumisesta tiedoteta millään saamen kielellä, tai kun asia muuttaa palveluja eikä saamelaisia ole merkitty ryhmäksi, johon päätös vaikuttaa.',
    sv: 'Utlöses hos en organisatör med samisk språknämnd när beslutet påverkar samerna och deltagandet inte meddelas på något samiskt språk, eller när ärendet ändrar tjänster och samerna inte har angetts som en grupp som påverkas.',
    en: 'Fires for an organiser with a Sámi language committee when the decision affects the Sámi and participation is not announced in any Sámi language, or when the matter changes services and the Sámi are not marked as affected.',
  },
  severity: 'recommendation',
  kind: 'advice',
  title: {
    fi: 'Saamelaiset ja saamen kielet',
    sv: 'Samerna och de samiska språken',
    en: 'The Sámi and the Sámi languages',
  },
  legalBasis: [LEGAL.samiLanguageAct, cite('samiLanguageCommittee')],
  message: {
    fi: 'Alueella on saamelaisten kotiseutualue. {what}',
    sv: 'Inom området finns samernas hembygdsområde. {what}',
    en: 'The area includes the Sámi homeland. {what}',
  },
  when: (a, { organiser }): RuleHit<{ what: LocalizedText }>[] => {
    if (!organiser.samiLanguageCommittee) return [];
    if (!a.affected.groups.includes('sami')) {
      return changesServices(a)
        ? [
            {
              fields: ['affected.groups'],
              params: {
                what: {
                  fi: 'Arvioi, vaikuttaako muutos saamelaisiin ja saamenkielisiin palveluihin.',
                  sv: 'Bedöm om ändringen påverkar samerna och tjänsterna på samiska.',
                  en: 'Consider whether the change affects the Sámi and services in the Sámi languages.',
                },
              },
            },
          ]
        : [];
    }
    const langs = a.communication.announcementLanguages;
    if (a.methods.length === 0 || SAMI_LANGUAGES.some((l) => langs.includes(l))) return [];
    return [
      {
        fields: ['communication.announcementLanguages'],
        answers: [{ field: 'affected.groups', value: 'sami' }],
        params: {
          what: {
            fi: 'Tiedota osallistumisesta myös saameksi (pohjois-, inarin- tai koltansaameksi) ja anna osallistua saameksi.',
            sv: 'Meddela deltagandet även på samiska (nord-, enare- eller skoltsamiska) och låt deltagarna använda samiska.',
            en: 'Announce participation in Sámi too (Northern, Inari or Skolt Sámi) and let people take part in Sámi.',
          },
        },
      },
    ];
  },
});

export const LANGUAGE_RULES = [bilingualAnnouncementRule, bilingualAppendixRule, languageGroupRule, samiRule] as const;
