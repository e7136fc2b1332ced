import { LEGAL } from '../legal.js';
import type { LegalReference } from '../legal.js';
import { BODIES } from '../catalogues/bodies.js';
import type { BodyId } from '../catalogues/bodies.js';
import type { GroupId } from '../catalogues/groups.js';
import type { LocalizedText } from '../i18n.js';
import { bodyName, consultationsOf, groupLabel, isBlank, isConsulted, regionHasBody } from './helpers.js';
import { defineRule } from './types.js';

/**
 * 611/2021 32 § (and the language committees): the body "must be given the opportunity to influence" matters
 * significant for its group. Consulting it, or recording why it is not needed, satisfies the rule; silence
 * does not.
 */
function bodyRule(id: string, group: GroupId, body: BodyId, legal: readonly LegalReference[], title: LocalizedText) {
  const g = groupLabel(group);
  const b = BODIES.find((x) => x.id === body)!.label;
  return defineRule({
    id,
    severity: 'error',
    title,
    description: {
      fi: `Laukeaa, kun päätös vaikuttaa ryhmään "${g.fi}", alueella on toimielin "${b.fi}", eikä sille ole pyydetty lausuntoa, siltä ole saatu lausuntoa tai kuulemista ole perustellusti merkitty tarpeettomaksi.`,
      sv: `Utlöses när beslutet påverkar gruppen "${g.sv}", området har organet "${b.sv}" och inget utlåtande har begärts eller mottagits och hörandet inte med motivering har markerats som onödigt.`,
      en: `Fires when the decision affects "${g.en}", the region has the body "${b.en}", and no statement has been requested or received from it, nor has consulting it been marked as not needed with a reason.`,
    },
    legalBasis: legal,
    recommends: { consultations: [body] },
    message: {
      fi: 'Päätös vaikuttaa ryhmään {group}, mutta toimielimelle {body} ei ole annettu mahdollisuutta vaikuttaa. Pyydä lausunto tai kirjaa, miksi se ei ole tarpeen.',
      sv: 'Beslutet påverkar gruppen {group}, men {body} har inte getts möjlighet att påverka. Begär ett utlåtande eller anteckna varför det inte behövs.',
      en: 'The decision affects {group}, but the {body} has not been given the opportunity to influence it. Request a statement or record why it is not needed.',
    },
    when: (a, { region }) => {
      if (!a.affected.groups.includes(group) || !regionHasBody(body, region)) return [];
      const rows = consultationsOf(a, body);
      const handled = rows.some((c) => isConsulted(c) || (c.status === 'notNeeded' && !isBlank(c.reason)));
      if (handled) return [];
      return [
        {
          fields: ['affected.groups', 'consultations'],
          answers: [{ field: 'affected.groups', value: group }],
          params: { group: groupLabel(group), body: bodyName(body, region) },
        },
      ];
    },
  });
}

export const youthCouncilRule = bodyRule(
  'youth-council-not-consulted',
  'childrenAndYoung',
  'youthCouncil',
  [LEGAL.influenceBodies],
  {
    fi: 'Nuorisovaltuustoa ei ole kuultu',
    sv: 'Ungdomsfullmäktige har inte hörts',
    en: 'Youth council not consulted',
  },
);

export const elderlyCouncilRule = bodyRule(
  'elderly-council-not-consulted',
  'olderPeople',
  'elderlyCouncil',
  [LEGAL.influenceBodies],
  {
    fi: 'Vanhusneuvostoa ei ole kuultu',
    sv: 'Äldrerådet har inte hörts',
    en: 'Council for older people not consulted',
  },
);

export const disabilityCouncilRule = bodyRule(
  'disability-council-not-consulted',
  'personsWithDisabilities',
  'disabilityCouncil',
  [LEGAL.influenceBodies, LEGAL.crpdConsultation],
  {
    fi: 'Vammaisneuvostoa ei ole kuultu',
    sv: 'Rådet för personer med funktionsnedsättning har inte hörts',
    en: 'Council for people with disabilities not consulted',
  },
);

export const nationalLanguageCommitteeRule = bodyRule(
  'national-language-committee-not-consulted',
  'otherNationalLanguage',
  'nationalLanguageCommittee',
  [LEGAL.nationalLanguageCommittee],
  {
    fi: 'Kansalliskielilautakuntaa ei ole kuultu',
    sv: 'Nationalspråksnämnden har inte hörts',
    en: 'National-language committee not consulted',
  },
);

export const samiLanguageCommitteeRule = bodyRule(
  'sami-language-committee-not-consulted',
  'sami',
  'samiLanguageCommittee',
  [LEGAL.samiLanguageCommittee],
  {
    fi: 'Saamen kielen lautakuntaa ei ole kuultu',
    sv: 'Nämnden för samiska språket har inte hörts',
    en: 'Sámi language committee not consulted',
  },
);

export const consultationReasonRule = defineRule({
  id: 'consultation-reason-missing',
  description: {
    fi: 'Laukeaa jokaisesta toimielimestä, jonka kuuleminen on merkitty tarpeettomaksi ilman perustelua.',
    sv: 'Utlöses för varje organ vars hörande har markerats som onödigt utan motivering.',
    en: 'Fires for each body whose consultation is marked as not needed without a reason.',
  },
  severity: 'error',
  title: {
    fi: 'Perustelu puuttuu, miksi kuulemista ei tarvita',
    sv: 'Motivering saknas till varför hörande inte behövs',
    en: 'No reason why consultation is not needed',
  },
  legalBasis: [LEGAL.influenceBodies],
  message: {
    fi: 'Toimielimen {body} kuuleminen on merkitty tarpeettomaksi ilman perustelua. Kerro, miksi asialla ei ole merkitystä sen edustamalle ryhmälle.',
    sv: 'Hörandet av {body} har markerats som onödigt utan motivering. Berätta varför ärendet saknar betydelse för den grupp organet företräder.',
    en: 'Consulting the {body} is marked as not needed without a reason. Say why the matter is not significant for the group it represents.',
  },
  when: (a, { region }) =>
    a.consultations.flatMap((c, i) =>
      c.status === 'notNeeded' && isBlank(c.reason)
        ? [
            {
              fields: [`consultations.${i}.reason` as const],
              answers: [{ field: `consultations.${i}.status` as const, value: c.status }],
              params: { body: bodyName(c.body, region) },
            },
          ]
        : [],
    ),
});

export const consultationDetailsRule = defineRule({
  id: 'consultation-details-missing',
  description: {
    fi: 'Laukeaa, kun pyydetyltä tai saadulta lausunnolta puuttuu pyynnön päivämäärä, tai saadulta lausunnolta sen päivämäärä tai tiivistelmä.',
    sv: 'Utlöses när ett begärt eller mottaget utlåtande saknar datum för begäran, eller ett mottaget utlåtande saknar datum eller sammanfattning.',
    en: 'Fires when a requested or received statement lacks the date of the request, or a received statement lacks its date or summary.',
  },
  severity: 'warning',
  title: {
    fi: 'Kuulemisen tiedot puutteelliset',
    sv: 'Uppgifterna om hörandet är ofullständiga',
    en: 'Consultation details incomplete',
  },
  legalBasis: [LEGAL.influenceBodies],
  message: {
    fi: 'Toimielimen {body} kuulemisesta puuttuu {missing}.',
    sv: 'För hörandet av {body} saknas {missing}.',
    en: 'The consultation of the {body} lacks {missing}.',
  },
  when: (a, { region }) =>
    a.consultations.flatMap((c, i) => {
      const missing: LocalizedText[] = [];
      const fields: (
        | `consultations.${number}.requestedOn`
        | `consultations.${number}.receivedOn`
        | `consultations.${number}.summary`
      )[] = [];
      if (isConsulted(c) && c.requestedOn === null) {
        missing.push({ fi: 'pyynnön päivämäärä', sv: 'datum för begäran', en: 'the date of the request' });
        fields.push(`consultations.${i}.requestedOn`);
      }
      if (c.status === 'statementReceived' && c.receivedOn === null) {
        missing.push({ fi: 'lausunnon päivämäärä', sv: 'datum för utlåtandet', en: 'the date of the statement' });
        fields.push(`consultations.${i}.receivedOn`);
      }
      if (c.status === 'statementReceived' && isBlank(c.summary)) {
        missing.push({
          fi: 'lausunnon tiivistelmä',
          sv: 'en sammanfattning av utlåtandet',
          en: 'a summary of the statement',
        });
        fields.push(`consultations.${i}.summary`);
      }
      if (missing.length === 0) return [];
      return [
        {
          fields,
          answers: [{ field: `consultations.${i}.status` as const, value: c.status ?? '' }],
          params: { body: bodyName(c.body, region), missing },
        },
      ];
    }),
});

export const INFLUENCE_BODY_RULES = [
  youthCouncilRule,
  elderlyCouncilRule,
  disabilityCouncilRule,
  nationalLanguageCommitteeRule,
  samiLanguageCommitteeRule,
  consultationReasonRule,
  consultationDetailsRule,
] as const;
