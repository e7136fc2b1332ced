import { LEGAL } from '../legal.js';
import { cite } from '../legal-roles.js';
import type { GroupId } from '../catalogues/groups.js';
import {
  bodyOfGroup,
  consultationsOf,
  groupInSentence,
  groupLabel,
  isBlank,
  isConsulted,
  isHardToReach,
  participationOrganised,
  reachesHardToReach,
} from './helpers.js';
import { defineRule } from './types.js';

/**
 * Question 2 of the checklist. A group counts as invited when it is invited itself, when it is reached through
 * a method aimed at it, or when its influence body is consulted (representative participation).
 */
export const affectedNotInvitedRule = defineRule({
  id: 'affected-group-not-invited',
  description: {
    fi: 'Laukeaa jokaisesta ryhmästä, johon päätös vaikuttaa, mutta jota ei kutsuta suoraan, tavoiteta valitulla tavalla, kuulla vaikuttamistoimielimen kautta eikä jätetä perustellusti ulkopuolelle. Ei laukea, kun osallistumatta jättäminen on perusteltu.',
    sv: 'Utlöses för varje grupp som påverkas men som inte bjuds in direkt, nås med ett valt sätt, hörs via ett påverkansorgan eller med motivering lämnas utanför. Utlöses inte när avsaknaden av deltagande är motiverad.',
    en: 'Fires for each affected group that is not invited directly, reached by a chosen method, heard through its influence body or left out with a reason. Does not fire when organising no participation is justified.',
  },
  severity: 'warning',
  kind: 'goodPractice',
  title: {
    fi: 'Ryhmää, johon päätös vaikuttaa, ei kutsuta mukaan',
    sv: 'En grupp som påverkas bjuds inte in',
    en: 'Affected group not invited',
  },
  legalBasis: [cite('participationMethods')],
  message: {
    fi: 'Päätös vaikuttaa ryhmään {group}, mutta sitä ei kutsuta mukaan eikä sen ulkopuolelle jättämistä ole perusteltu.',
    sv: 'Beslutet påverkar gruppen {group}, men den bjuds inte in och det har inte motiverats varför den lämnas utanför.',
    en: 'The decision affects {group}, but it is not invited and no reason is given for leaving it out.',
  },
  when: (a) => {
    // A justified decision to organise no participation covers every group at once.
    if (!participationOrganised(a) && !isBlank(a.conclusion.noParticipationReason)) return [];
    const reached = new Set<GroupId>([...a.invited.groups, ...a.methods.flatMap((m) => m.with)]);
    // Hard-to-reach people are reached through organisations, open meeting places or experts by experience.
    const hardReached = [...reached].some(reachesHardToReach);
    const justified = new Set(
      a.invited.exclusions.filter((e) => e.group !== null && !isBlank(e.reason)).map((e) => e.group),
    );
    return a.affected.groups
      .filter((g) => !reached.has(g) && !justified.has(g) && !(hardReached && isHardToReach(g)))
      .filter((g) => {
        const body = bodyOfGroup(g);
        return body === undefined || !consultationsOf(a, body).some(isConsulted);
      })
      .map((g) => ({
        fields: ['invited.groups', 'invited.exclusions'] as const,
        answers: [{ field: 'affected.groups' as const, value: g }],
        params: { group: groupInSentence(g) },
      }));
  },
});

export const exclusionReasonRule = defineRule({
  id: 'exclusion-without-reason',
  description: {
    fi: 'Laukeaa, kun joku jätetään tahallisesti ulkopuolelle, mutta ulkopuolelle jätettyä ryhmää tai perustelua ei ole kirjattu. Ketään ei saa ilman hyväksyttävää perustetta asettaa eri asemaan (PL 6 § 2 mom.).',
    sv: 'Utlöses när någon medvetet lämnas utanför men gruppen eller motiveringen inte har antecknats.',
    en: 'Fires when someone is deliberately left out but the group or the reason is not recorded.',
  },
  severity: 'error',
  kind: 'legalDuty',
  title: {
    fi: 'Ulkopuolelle jättämistä ei ole perusteltu',
    sv: 'Att någon lämnas utanför har inte motiverats',
    en: 'Exclusion not justified',
  },
  // PL 6 § 2 mom.: no one may be treated differently without an acceptable reason; a deliberate exclusion
  // without a recorded reason cannot show one.
  legalBasis: [LEGAL.constitutionEquality],
  message: {
    fi: 'Joku jätetään tahallisesti ulkopuolelle, mutta {what} puuttuu. Kerro kuka jätetään pois ja miksi.',
    sv: 'Någon lämnas medvetet utanför, men {what} saknas. Berätta vem som lämnas utanför och varför.',
    en: 'Someone is deliberately left out, but {what} is missing. Say who is left out and why.',
  },
  when: (a) => {
    if (a.invited.deliberatelyExcluded !== 'yes') return [];
    const answers = [{ field: 'invited.deliberatelyExcluded' as const, value: 'yes' }];
    if (a.invited.exclusions.length === 0) {
      return [
        {
          fields: ['invited.exclusions'],
          answers,
          params: { what: { fi: 'kuvaus', sv: 'en beskrivning', en: 'a description' } },
        },
      ];
    }
    return a.invited.exclusions.flatMap((e, i) =>
      isBlank(e.reason) || (e.group === null && isBlank(e.who))
        ? [
            {
              fields: [
                isBlank(e.reason)
                  ? (`invited.exclusions.${i}.reason` as const)
                  : (`invited.exclusions.${i}.who` as const),
              ],
              answers,
              params: isBlank(e.reason)
                ? { what: { fi: 'perustelu', sv: 'motiveringen', en: 'the reason' } }
                : { what: { fi: 'ryhmän nimi', sv: 'gruppens namn', en: 'the name of the group' } },
            },
          ]
        : [],
    );
  },
});

/** The seed's priority area 2: people in a vulnerable position are reached through organisations, open meeting places and experts by experience. */
export const hardToReachRule = defineRule({
  id: 'vulnerable-not-reached',
  description: {
    fi: 'Laukeaa, kun päätös vaikuttaa heikossa asemassa oleviin tai muita kieliä puhuviin, eikä mukaan kutsuta järjestöjä, kokemusasiantuntijoita, avoimia kohtaamispaikkoja tai kehittäjäyhteisöä.',
    sv: 'Utlöses när beslutet påverkar personer i utsatt ställning eller personer som talar andra språk och inga organisationer, erfarenhetsexperter, öppna mötesplatser eller utvecklargemenskaper bjuds in.',
    en: 'Fires when the decision affects people in a vulnerable position or speakers of other languages and no organisations, experts by experience, open meeting places or developer community are invited.',
  },
  severity: 'warning',
  kind: 'advice',
  title: {
    fi: 'Heikossa asemassa oleville ei ole tavoittamiskeinoa',
    sv: 'Inget sätt att nå personer i utsatt ställning',
    en: 'No way to reach people in a vulnerable position',
  },
  legalBasis: [LEGAL.constitutionParticipation],
  message: {
    fi: 'Päätös vaikuttaa ryhmään {groups}, jota kyselyt ja tilaisuudet harvoin tavoittavat. Kutsu mukaan järjestöjä, avoimia kohtaamispaikkoja tai kokemusasiantuntijoita.',
    sv: 'Beslutet påverkar {groups}, som enkäter och möten sällan når. Bjud in organisationer, öppna mötesplatser eller erfarenhetsexperter.',
    en: 'The decision affects {groups}, whom surveys and events rarely reach. Invite organisations, open meeting places or experts by experience.',
  },
  when: (a) => {
    const hard = a.affected.groups.filter(isHardToReach);
    if (hard.length === 0) return [];
    const channels = [...a.invited.groups, ...a.methods.flatMap((m) => m.with)];
    if (channels.some(reachesHardToReach)) return [];
    return [
      {
        fields: ['invited.groups'],
        answers: hard.map((g) => ({ field: 'affected.groups' as const, value: g })),
        params: { groups: hard.map(groupLabel) },
      },
    ];
  },
});

export const INVITED_RULES = [affectedNotInvitedRule, exclusionReasonRule, hardToReachRule] as const;
