import { LEGAL } from '../legal.js';
import { groupLabel, isBlank, participationOrganised } from './helpers.js';
import { defineRule } from './types.js';
import type { TriggerAnswer } from './types.js';

export const budgetRule = defineRule({
  id: 'money-without-budget-participation',
  description: {
    fi: 'Laukeaa, kun raha on merkitty päätöstä rajoittavaksi tai asia on talousasia, eikä 29 §:n 5 kohdan tapaa (talouden suunnitteluun osallistuminen) ole valittu.',
    sv: 'Utlöses när pengar anges som en begränsning eller ärendet gäller ekonomi och sättet i 29 § 5 punkten (delta i den ekonomiska planeringen) inte har valts.',
    en: 'Fires when money is marked as a constraint or the matter is a budget matter and the method of section 29 point 5 (financial planning) is not chosen.',
  },
  severity: 'recommendation',
  title: {
    fi: 'Raha rajaa päätöstä, mutta taloussuunnitteluun ei osallisteta',
    sv: 'Pengar begränsar beslutet men ingen deltar i den ekonomiska planeringen',
    en: 'Money constrains the decision but no one takes part in financial planning',
  },
  legalBasis: [LEGAL.participationMethods],
  recommends: { methods: ['budgetParticipation'] },
  message: {
    fi: 'Päätös koskee rahaa tai raha rajaa sitä. Harkitse mahdollisuutta osallistua talouden suunnitteluun (29 § 5 kohta), esim. budjettikysely tai -raati.',
    sv: 'Beslutet gäller pengar eller begränsas av pengar. Överväg att ordna möjligheter att delta i den ekonomiska planeringen (29 § 5 punkten), t.ex. en budgetenkät eller ett budgetråd.',
    en: 'The decision is about money or limited by it. Consider letting people take part in financial planning (section 29, point 5), e.g. a budget survey or panel.',
  },
  when: (a) => {
    const answers: TriggerAnswer[] = [];
    if (a.influence.constraints.includes('money')) answers.push({ field: 'influence.constraints', value: 'money' });
    if (a.case.matterTypes.includes('budget')) answers.push({ field: 'case.matterTypes', value: 'budget' });
    if (answers.length === 0 || a.methods.some((m) => m.method === 'budgetParticipation')) return [];
    return [{ fields: ['methods'], answers, params: {} }];
  },
});

/**
 * The seed's measure "Järjestöjen kuuleminen palveluverkon kehittämisessä" and Hallintolaki 41 §: a change in
 * where services are given affects living conditions, so users are asked (method 2), co-design (method 4) or
 * at least testing of the new premises is expected.
 */
export const serviceNetworkRule = defineRule({
  id: 'service-network-without-users',
  description: {
    fi: 'Laukeaa, kun asia on palveluverkon tai tilojen muutos, eikä valittuna ole sekä mielipiteiden selvittämistä (29 § 2 kohta) että yhteiskehittämistä (4 kohta), eikä palvelua tai tiloja testata.',
    sv: 'Utlöses när ärendet ändrar servicenätet eller lokalerna och varken både åsiktsutredning (29 § 2 punkten) och samutveckling (4 punkten) har valts eller testning ordnas.',
    en: 'Fires when the matter changes the service network or premises and neither both finding out views (s. 29 point 2) and co-design (point 4) are chosen nor is testing arranged.',
  },
  severity: 'warning',
  title: {
    fi: 'Palveluverkon tai tilojen muutos ilman käyttäjiä',
    sv: 'Ändring av servicenät eller lokaler utan användarna',
    en: 'Service-network or premises change without users',
  },
  legalBasis: [LEGAL.participationMethods, LEGAL.administrativeHearing],
  recommends: { methods: ['opinionSurvey', 'coDesign'] },
  message: {
    fi: 'Päätös muuttaa palveluverkkoa tai tiloja. Selvitä käyttäjien mielipiteet ennen päätöstä (29 § 2 kohta) ja suunnittele yhdessä käyttäjien kanssa (4 kohta), tai anna käyttäjien testata uusia tiloja tai palvelua.',
    sv: 'Beslutet ändrar servicenätet eller lokalerna. Utred användarnas åsikter före beslutet (29 § 2 punkten) och planera tillsammans med dem (4 punkten), eller låt användarna testa de nya lokalerna eller tjänsten.',
    en: 'The decision changes the service network or premises. Find out users’ views before the decision (section 29, point 2) and plan together with them (point 4), or let users test the new premises or service.',
  },
  when: (a) => {
    const answers = a.case.matterTypes
      .filter((t) => t === 'serviceNetwork' || t === 'premises')
      .map((t) => ({ field: 'case.matterTypes' as const, value: t }));
    if (answers.length === 0) return [];
    const methods = new Set(a.methods.map((m) => m.method));
    const usersHeard = methods.has('opinionSurvey') && methods.has('coDesign');
    if (usersHeard || a.testing.possible === 'yes') return [];
    return [{ fields: ['methods', 'testing.possible'], answers, params: {} }];
  },
});

export const childImpactRule = defineRule({
  id: 'child-impact-assessment',
  description: {
    fi: 'Laukeaa tiedoksi aina, kun päätös vaikuttaa lapsiin ja nuoriin.',
    sv: 'Utlöses för kännedom alltid när beslutet påverkar barn och unga.',
    en: 'Fires for information whenever the decision affects children and young people.',
  },
  severity: 'info',
  title: { fi: 'Lapsivaikutusten arviointi', sv: 'Barnkonsekvensbedömning', en: 'Child impact assessment' },
  legalBasis: [LEGAL.wellbeingImpacts],
  message: {
    fi: 'Päätös vaikuttaa ryhmään {group}. Tee lapsivaikutusten arviointi (LAVA) ja kuule lapsia ja nuoria itseään heidän ikänsä ja kehitystasonsa mukaisesti (YK:n lapsen oikeuksien sopimus 12 art.).',
    sv: 'Beslutet påverkar {group}. Gör en barnkonsekvensbedömning och hör barnen och de unga själva i enlighet med deras ålder och utveckling (FN:s barnkonvention art. 12).',
    en: 'The decision affects {group}. Make a child impact assessment and hear the children and young people themselves according to their age and maturity (UN CRC art. 12).',
  },
  when: (a) =>
    a.affected.groups.includes('childrenAndYoung')
      ? [
          {
            fields: ['affected.groups'],
            answers: [{ field: 'affected.groups', value: 'childrenAndYoung' }],
            params: { group: groupLabel('childrenAndYoung') },
          },
        ]
      : [],
});

export const constraintsRule = defineRule({
  id: 'constraints-not-defined',
  description: {
    fi: 'Laukeaa, kun osallistumista järjestetään, mutta ei ole kerrottu, mihin voi vaikuttaa, tai mikä päätöstä rajoittaa.',
    sv: 'Utlöses när deltagande ordnas men det inte anges vad man kan påverka eller vad som begränsar beslutet.',
    en: 'Fires when participation is organised but what can be influenced, or what limits the decision, is not stated.',
  },
  severity: 'recommendation',
  title: {
    fi: 'Vaikuttamisen rajoja ei ole määritelty',
    sv: 'Gränserna för påverkan har inte definierats',
    en: 'Limits of influence not defined',
  },
  legalBasis: [LEGAL.participationMethods],
  message: {
    fi: 'Kerro osallistujille etukäteen, mikä päätöksessä on auki ja mikä sitä rajoittaa (laki, asetukset, säännöt, raha).',
    sv: 'Berätta på förhand för deltagarna vad som är öppet i beslutet och vad som begränsar det (lag, förordningar, regler, pengar).',
    en: 'Tell participants in advance what is open in the decision and what limits it (law, decrees, rules, money).',
  },
  when: (a) =>
    participationOrganised(a) &&
    (isBlank(a.influence.text) || (a.influence.constraints.length === 0 && isBlank(a.influence.constraintDetails)))
      ? [{ fields: [isBlank(a.influence.text) ? 'influence.text' : 'influence.constraints'], params: {} }]
      : [],
});

export const MATTER_RULES = [budgetRule, serviceNetworkRule, childImpactRule, constraintsRule] as const;
