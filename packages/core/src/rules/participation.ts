import { LEGAL } from '../legal.js';
import { METHODS } from '../catalogues/methods.js';
import { isBlank, participationOrganised } from './helpers.js';
import { defineRule } from './types.js';
import type { RuleHit } from './types.js';
import type { LocalizedText } from '../i18n.js';

export const noParticipationRule = defineRule({
  id: 'no-participation-without-reason',
  description: {
    fi: 'Laukeaa, kun yhtään osallistumisen tapaa ei ole valittu, yhtäkään vaikuttamistoimielintä ei ole kuultu eikä johtopäätöksessä ole perusteltu, miksi osallistumista ei järjestetä.',
    sv: 'Utlöses när inget sätt att delta har valts, inget påverkansorgan har hörts och slutsatsen inte motiverar varför inget deltagande ordnas.',
    en: 'Fires when no participation method is chosen, no influence body is consulted and the conclusion gives no reason why no participation is organised.',
  },
  severity: 'error',
  title: {
    fi: 'Osallistumista ei järjestetä eikä sitä ole perusteltu',
    sv: 'Inget deltagande ordnas och det har inte motiverats',
    en: 'No participation and no justification',
  },
  legalBasis: [LEGAL.participationMethods, LEGAL.constitutionInfluence],
  message: {
    fi: 'Osallistumis- tai vaikuttamistapaa ei ole valittu eikä vaikuttamistoimielimiä kuulla. Valitse vähintään yksi tapa tai perustele johtopäätöksessä, miksi osallistumista ei järjestetä.',
    sv: 'Inget sätt att delta eller påverka har valts och inga påverkansorgan hörs. Välj minst ett sätt eller motivera i slutsatsen varför inget deltagande ordnas.',
    en: 'No way to participate or influence has been chosen and no influence body is consulted. Choose at least one method or justify in the conclusion why no participation is organised.',
  },
  recommends: { methods: ['opinionSurvey'] },
  when: (a) =>
    !participationOrganised(a) && isBlank(a.conclusion.noParticipationReason)
      ? [{ fields: ['methods', 'conclusion.noParticipationReason'], params: {} }]
      : [],
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
  title: {
    fi: 'Osallistumistapaa ei ole kuvattu',
    sv: 'Sättet att delta har inte beskrivits',
    en: 'Method not described',
  },
  legalBasis: [LEGAL.participationMethods],
  message: {
    fi: 'Tavasta "{method}" puuttuu {what}.',
    sv: 'För sättet "{method}" saknas {what}.',
    en: 'The method "{method}" lacks {what}.',
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

export const PARTICIPATION_RULES = [noParticipationRule, methodDescriptionRule] as const;
