import { LEGAL } from '../legal.js';
import { cite } from '../legal-roles.js';
import { groupInSentence, isBlank, participationOrganised } from './helpers.js';
import { defineRule } from './types.js';
import type { TriggerAnswer } from './types.js';

export const budgetRule = defineRule({
  id: 'money-without-budget-participation',
  description: {
    fi: 'Laukeaa, kun raha on merkitty päätöstä rajoittavaksi tai asia on talousasia, eikä talouden suunnitteluun osallistumista (hyvinvointialueella 29 §:n 2 momentin 5 kohta, kunnassa 22 §:n 2 momentin 4 kohta) ole valittu.',
    sv: 'Utlöses när pengar anges som en begränsning eller ärendet gäller ekonomi och deltagande i den ekonomiska planeringen (i ett välfärdsområde 29 § 2 mom. 5 punkten, i en kommun 22 § 2 mom. 4 punkten) inte har valts.',
    en: 'Fires when money is marked as a constraint or the matter is a budget matter and participation in financial planning (in a county section 29(2)(5), in a municipality section 22(2)(4)) is not chosen.',
  },
  severity: 'recommendation',
  kind: 'advice',
  title: {
    fi: 'Raha rajaa päätöstä, mutta taloussuunnitteluun ei osallisteta',
    sv: 'Pengar begränsar beslutet men ingen deltar i den ekonomiska planeringen',
    en: 'Money constrains the decision but no one takes part in financial planning',
  },
  legalBasis: [cite('participationMethods', 'budgetParticipation')],
  recommends: { methods: ['budgetParticipation'] },
  message: {
    fi: 'Päätös koskee rahaa tai raha rajaa sitä. Harkitse mahdollisuutta osallistua talouden suunnitteluun, esim. budjettikysely tai budjettiraati.',
    sv: 'Beslutet gäller pengar eller begränsas av pengar. Överväg att ordna möjligheter att delta i den ekonomiska planeringen, t.ex. en budgetenkät eller ett budgetråd.',
    en: 'The decision is about money or limited by it. Consider letting people take part in financial planning, e.g. a budget survey or a budget panel.',
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
 * The seed's measure "Järjestöjen kuuleminen palveluverkon kehittämisessä": when services move, users are
 * asked (finding out views) and plan with the organiser (co-design), or at least test the new premises.
 * Good practice; whether Hallintolaki 41 § makes hearing a duty is the case's own question.
 */
export const serviceNetworkRule = defineRule({
  id: 'service-network-without-users',
  description: {
    fi: 'Laukeaa, kun asia on palveluverkon tai tilojen muutos, eikä valittuna ole sekä mielipiteiden selvittämistä että palvelujen suunnittelua yhdessä käyttäjien kanssa, eikä palvelua tai tiloja testata.',
    sv: 'Utlöses när ärendet ändrar servicenätet eller lokalerna och varken både utredning av åsikterna och planering av tjänsterna tillsammans med användarna har valts eller testning ordnas.',
    en: 'Fires when the matter changes the service network or premises and neither both finding out views and planning services with users are chosen nor is testing arranged.',
  },
  severity: 'warning',
  kind: 'goodPractice',
  title: {
    fi: 'Palveluverkon tai tilojen muutos ilman käyttäjiä',
    sv: 'Ändring av servicenät eller lokaler utan användarna',
    en: 'Service-network or premises change without users',
  },
  legalBasis: [cite('participationMethods', 'opinionSurvey'), cite('participationMethods', 'coDesign')],
  recommends: { methods: ['opinionSurvey', 'coDesign'] },
  message: {
    fi: 'Päätös muuttaa palveluverkkoa tai tiloja. Selvitä käyttäjien mielipiteet ennen päätöstä ja suunnittele yhdessä käyttäjien kanssa, tai anna käyttäjien testata uusia tiloja tai palvelua.',
    sv: 'Beslutet ändrar servicenätet eller lokalerna. Utred användarnas åsikter före beslutet och planera tillsammans med dem, eller låt användarna testa de nya lokalerna eller tjänsten.',
    en: 'The decision changes the service network or premises. Find out users’ views before the decision and plan together with them, or let users test the new premises or service.',
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
  kind: 'advice',
  title: { fi: 'Lapsivaikutusten arviointi', sv: 'Barnkonsekvensbedömning', en: 'Child impact assessment' },
  legalBasis: [LEGAL.constitutionChildren, LEGAL.crcViews, cite('wellbeingImpacts')],
  message: {
    fi: 'Päätös vaikuttaa ryhmään {group}. Tee lapsivaikutusten arviointi (LAVA) ja kuule lapsia ja nuoria itseään heidän ikänsä ja kehitystasonsa mukaisesti.',
    sv: 'Beslutet påverkar gruppen {group}. Gör en barnkonsekvensbedömning och hör barnen och de unga själva i förhållande till deras ålder och mognad.',
    en: 'The decision affects {group}. Make a child impact assessment and hear the children and young people themselves according to their age and maturity.',
  },
  when: (a) =>
    a.affected.groups.includes('childrenAndYoung')
      ? [
          {
            fields: ['affected.groups'],
            answers: [{ field: 'affected.groups', value: 'childrenAndYoung' }],
            params: { group: groupInSentence('childrenAndYoung') },
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
  kind: 'goodPractice',
  title: {
    fi: 'Vaikuttamisen rajoja ei ole määritelty',
    sv: 'Gränserna för påverkan har inte definierats',
    en: 'Limits of influence not defined',
  },
  legalBasis: [],
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
