import { LEGAL } from '../legal.js';
import { cite } from '../legal-roles.js';
import { METHODS } from '../catalogues/methods.js';
import { isBlank, participationOrganised } from './helpers.js';
import { defineRule } from './types.js';
import type { RuleHit } from './types.js';
import type { LocalizedText } from '../i18n.js';

/**
 * Good practice, not law: the checklist and the organisers' own rules ask for a reason when no participation
 * is organised. The law requires participation before a decision only under Hallintolaki 41 § (below).
 */
export const noParticipationRule = defineRule({
  id: 'no-participation-without-reason',
  description: {
    fi: 'Laukeaa, kun yhtään osallistumisen tapaa ei ole valittu, yhtäkään vaikuttamistoimielintä ei ole kuultu eikä johtopäätöksessä ole perusteltu, miksi osallistumista ei järjestetä. Hyvä käytäntö: laki ei vaadi osallistumista jokaiseen päätökseen.',
    sv: 'Utlöses när inget sätt att delta har valts, inget påverkansorgan har hörts och slutsatsen inte motiverar varför inget deltagande ordnas. God praxis: lagen kräver inte deltagande i varje beslut.',
    en: 'Fires when no participation method is chosen, no influence body is consulted and the conclusion gives no reason why no participation is organised. Good practice: the law does not require participation in every decision.',
  },
  severity: 'error',
  kind: 'goodPractice',
  title: {
    fi: 'Osallistumista ei järjestetä eikä sitä ole perusteltu',
    sv: 'Inget deltagande ordnas och det har inte motiverats',
    en: 'No participation and no reason given',
  },
  legalBasis: [cite('participationRight')],
  message: {
    fi: 'Osallistumis- tai vaikuttamistapaa ei ole valittu eikä vaikuttamistoimielimiä kuulla. Valitse vähintään yksi tapa tai perustele johtopäätöksessä, miksi osallistumista ei järjestetä.',
    sv: 'Inget sätt att delta eller påverka har valts och inga påverkansorgan hörs. Välj minst ett sätt eller motivera i slutsatsen varför inget deltagande ordnas.',
    en: 'No way to participate or influence has been chosen and no influence body is consulted. Choose at least one method or give the reason in the conclusion why no participation is organised.',
  },
  recommends: { methods: ['opinionSurvey'] },
  when: (a) =>
    !participationOrganised(a) && isBlank(a.conclusion.noParticipationReason)
      ? [{ fields: ['methods', 'conclusion.noParticipationReason'], params: {} }]
      : [],
});

/**
 * Hallintolaki 41 §: when the decision may substantially affect the living environment, work or other
 * conditions of people other than the parties, they must get information and a chance to state their opinion
 * before it. Then a reason for organising no participation does not discharge the duty.
 */
export const hearingRequiredRule = defineRule({
  id: 'hearing-required-no-participation',
  description: {
    fi: 'Laukeaa, kun on vastattu, että päätöksellä voi olla huomattava vaikutus muiden kuin asianosaisten elinympäristöön, työntekoon tai muihin oloihin, eikä yhtään osallistumisen tapaa ole valittu.',
    sv: 'Utlöses när svaret är att beslutet kan ha betydande inverkan på livsmiljön, arbetet eller andra förhållanden för andra än parterna och inget sätt att delta har valts.',
    en: 'Fires when the answer is that the decision may substantially affect the living environment, work or other conditions of people other than the parties, and no participation method is chosen.',
  },
  severity: 'error',
  kind: 'legalDuty',
  title: {
    fi: 'Lakisääteinen kuuleminen puuttuu',
    sv: 'Lagstadgat hörande saknas',
    en: 'Statutory hearing missing',
  },
  legalBasis: [LEGAL.administrativeHearing],
  recommends: { methods: ['opinionSurvey', 'discussionEvents'] },
  message: {
    fi: 'Päätöksellä voi olla huomattava vaikutus ihmisten elinympäristöön, työntekoon tai muihin oloihin. Heille on annettava tietoa asian lähtökohdista ja tavoitteista ja mahdollisuus lausua mielipiteensä ennen päätöstä. Valitse tapa, jolla mielipiteet selvitetään.',
    sv: 'Beslutet kan ha betydande inverkan på människors livsmiljö, arbete eller andra förhållanden. De ska få information om ärendets utgångspunkter och mål och möjlighet att framföra sin åsikt före beslutet. Välj ett sätt att ta reda på åsikterna.',
    en: 'The decision may substantially affect people’s living environment, work or other conditions. They must be informed of the starting points and aims and given the chance to state their opinion before the decision. Choose a way to find out their opinions.',
  },
  when: (a) =>
    a.case.substantialImpact === 'yes' && a.methods.length === 0
      ? [
          {
            fields: ['methods', 'case.substantialImpact'],
            answers: [{ field: 'case.substantialImpact', value: 'yes' }],
            params: {},
          },
        ]
      : [],
});

/** Matters that change where or how services are given are where 41 § most often applies. */
export const substantialImpactQuestionRule = defineRule({
  id: 'substantial-impact-unanswered',
  description: {
    fi: 'Laukeaa tiedoksi, kun asia muuttaa palveluverkkoa, tiloja tai palvelua, eikä ole vastattu, voiko päätöksellä olla huomattava vaikutus ihmisten oloihin.',
    sv: 'Utlöses för kännedom när ärendet ändrar servicenätet, lokalerna eller en tjänst och det inte har besvarats om beslutet kan ha betydande inverkan på människors förhållanden.',
    en: 'Fires for information when the matter changes the service network, premises or a service and whether the decision may substantially affect people’s conditions is not answered.',
  },
  severity: 'info',
  kind: 'advice',
  title: {
    fi: 'Arvioi, koskeeko hallintolain kuulemisvelvollisuus asiaa',
    sv: 'Bedöm om hörandeskyldigheten i förvaltningslagen gäller ärendet',
    en: 'Consider whether the Administrative Procedure Act’s duty to hear applies',
  },
  legalBasis: [LEGAL.administrativeHearing],
  message: {
    fi: 'Asia muuttaa palveluja tai tiloja. Vastaa asian tiedoissa, voiko päätöksellä olla huomattava vaikutus ihmisten elinympäristöön, työntekoon tai muihin oloihin: silloin heitä on kuultava ennen päätöstä.',
    sv: 'Ärendet ändrar tjänster eller lokaler. Svara under ärendets uppgifter om beslutet kan ha betydande inverkan på människors livsmiljö, arbete eller andra förhållanden: då ska de höras före beslutet.',
    en: 'The matter changes services or premises. Answer in the case details whether the decision may substantially affect people’s living environment, work or other conditions: if so, they must be heard before the decision.',
  },
  when: (a) => {
    if (a.case.substantialImpact !== null) return [];
    const answers = a.case.matterTypes
      .filter((t) => t === 'serviceNetwork' || t === 'premises' || t === 'serviceChange')
      .map((t) => ({ field: 'case.matterTypes' as const, value: t }));
    return answers.length === 0 ? [] : [{ fields: ['case.substantialImpact'], answers, params: {} }];
  },
});

const otherMethod = METHODS.find((m) => m.id === 'otherMethod')!;

export const methodDescriptionRule = defineRule({
  id: 'method-not-described',
  description: {
    fi: 'Laukeaa jokaisesta valitusta tavasta, jolta puuttuu kuvaus siitä, mitä tehdään, tai muulta tavalta nimi.',
    sv: 'Utlöses för varje valt sätt som saknar en beskrivning av vad som görs, eller för ett annat sätt som saknar namn.',
    en: 'Fires for each chosen method that lacks a description of what is done, or an ‘other’ method without a name.',
  },
  severity: 'warning',
  kind: 'goodPractice',
  title: {
    fi: 'Osallistumistapaa ei ole kuvattu',
    sv: 'Sättet att delta har inte beskrivits',
    en: 'Method not described',
  },
  legalBasis: [],
  message: {
    fi: 'Tavasta ”{method}” puuttuu {what}.',
    sv: 'För sättet ”{method}” saknas {what}.',
    en: 'The method “{method}” lacks {what}.',
  },
  when: (a) =>
    a.methods.flatMap((m, i) => {
      const label: LocalizedText = METHODS.find((x) => x.id === m.method)?.label ?? otherMethod.label;
      const hits: RuleHit<{ method: LocalizedText; what: LocalizedText }>[] = [];
      if (m.method === 'otherMethod' && isBlank(m.name)) {
        hits.push({
          fields: [`methods.${i}.name`],
          params: { method: label, what: { fi: 'nimi', sv: 'ett namn', en: 'a name' } },
        });
      } else if (isBlank(m.what)) {
        hits.push({
          fields: [`methods.${i}.what`],
          params: {
            method: label,
            what: {
              fi: 'kuvaus siitä, mitä tehdään',
              sv: 'en beskrivning av vad som görs',
              en: 'a description of what is done',
            },
          },
        });
      }
      return hits;
    }),
});

export const PARTICIPATION_RULES = [
  noParticipationRule,
  hearingRequiredRule,
  substantialImpactQuestionRule,
  methodDescriptionRule,
] as const;
