import type { MethodId } from '../catalogues/methods.js';
import { daysBetween, formatDate, isBlank, participationOrganised } from './helpers.js';
import { defineRule } from './types.js';
import type { FieldPath } from './types.js';

/** Methods whose point is to hear people before the decision (29 § 2 kohta: "ennen päätöksentekoa"). */
const BEFORE_DECISION: readonly MethodId[] = ['discussionEvents', 'opinionSurvey', 'budgetParticipation'];

export const closesAfterMeetingRule = defineRule({
  id: 'participation-closes-after-meeting',
  description: {
    fi: 'Laukeaa, kun osallistumisen päättymispäivä, tai ennen päätöstä tehtävän tavan (keskustelu- ja kuulemistilaisuudet, mielipiteiden selvittäminen, talouden suunnitteluun osallistuminen) päättymispäivä, on kokouspäivän jälkeen.',
    sv: 'Utlöses när deltagandets slutdatum, eller slutdatumet för ett sätt som hör till tiden före beslutet (diskussions- och hörandemöten, utredning av åsikterna, deltagande i den ekonomiska planeringen), infaller efter sammanträdet.',
    en: 'Fires when participation, or a method meant for before the decision (discussion and consultation events, finding out views, participation in financial planning), closes after the meeting date.',
  },
  severity: 'error',
  kind: 'consistency',
  title: {
    fi: 'Osallistuminen päättyy vasta kokouksen jälkeen',
    sv: 'Deltagandet avslutas först efter sammanträdet',
    en: 'Participation closes after the meeting',
  },
  legalBasis: [],
  message: {
    fi: 'Osallistuminen päättyy {closes}, mutta asia käsitellään {meeting}. Näkemyksiä ei ehditä ottaa huomioon päätöksessä.',
    sv: 'Deltagandet avslutas {closes}, men ärendet behandlas {meeting}. Synpunkterna hinner inte beaktas i beslutet.',
    en: 'Participation closes on {closes}, but the matter is decided on {meeting}. The views cannot be taken into account in the decision.',
  },
  when: (a) => {
    const meeting = a.case.meetingDate;
    if (meeting === null) return [];
    const late: { field: FieldPath; date: string }[] = [];
    if (a.timing.closesOn !== null && a.timing.closesOn > meeting)
      late.push({ field: 'timing.closesOn', date: a.timing.closesOn });
    a.methods.forEach((m, i) => {
      if (m.end !== null && m.end > meeting && BEFORE_DECISION.includes(m.method))
        late.push({ field: `methods.${i}.end`, date: m.end });
    });
    return late.map(({ field, date }) => ({
      fields: [field, 'case.meetingDate'] as const,
      answers: [
        { field, value: date },
        { field: 'case.meetingDate' as const, value: meeting },
      ],
      params: { closes: formatDate(date), meeting: formatDate(meeting) },
    }));
  },
});

export const tooShortRule = defineRule({
  id: 'participation-too-short',
  description: {
    fi: 'Laukeaa, kun osallistumisaika (alku- ja päättymispäivä mukaan lukien) on lyhyempi kuin järjestäjän oma vähimmäisaika. Laki ei määrää päivien määrää.',
    sv: 'Utlöses när deltagandetiden (start- och slutdag inräknade) är kortare än organisatörens egen minimitid. Lagen anger inget antal dagar.',
    en: 'Fires when the participation period (first and last day included) is shorter than the organiser’s own minimum. No statute sets a number of days.',
  },
  severity: 'warning',
  kind: 'goodPractice',
  title: {
    fi: 'Osallistumisaika on lyhyempi kuin järjestäjän vähimmäisaika',
    sv: 'Deltagandetiden är kortare än organisatörens minimitid',
    en: 'Participation shorter than the organiser’s minimum',
  },
  legalBasis: [],
  message: {
    fi: 'Osallistuminen on auki {days}; järjestäjän oma vähimmäisaika on {minimum}. Onko vaikuttamiseen tarpeeksi aikaa?',
    sv: 'Deltagandet är öppet i {days}; organisatörens egen minimitid är {minimum}. Finns det tillräckligt med tid att påverka?',
    en: 'Participation is open for {days}; the organiser’s own minimum is {minimum}. Is there enough time to influence?',
  },
  when: (a, { region }) => {
    const { opensOn, closesOn } = a.timing;
    if (opensOn === null || closesOn === null || closesOn < opensOn) return [];
    const days = daysBetween(opensOn, closesOn) + 1;
    if (days >= region.minimumParticipationDays) return [];
    return [
      {
        fields: ['timing.opensOn', 'timing.closesOn'],
        answers: [
          { field: 'timing.opensOn', value: opensOn },
          { field: 'timing.closesOn', value: closesOn },
        ],
        params: {
          days: { count: days, unit: 'day' as const },
          minimum: { count: region.minimumParticipationDays, unit: 'day' as const },
        },
      },
    ];
  },
});

export const tooCloseToMeetingRule = defineRule({
  id: 'too-little-time-before-meeting',
  description: {
    fi: 'Laukeaa, kun osallistumisen päättymisestä kokoukseen on vähemmän päiviä kuin järjestäjän oma käytäntö edellyttää tulosten käsittelyyn.',
    sv: 'Utlöses när det från deltagandets slut till sammanträdet är färre dagar än organisatörens egen praxis kräver för att behandla resultaten.',
    en: 'Fires when fewer days remain between the close of participation and the meeting than the organiser’s own practice needs to process the results.',
  },
  severity: 'warning',
  kind: 'goodPractice',
  title: {
    fi: 'Tuloksia ei ehditä käsitellä ennen kokousta',
    sv: 'Resultaten hinner inte behandlas före sammanträdet',
    en: 'Too little time to process results before the meeting',
  },
  legalBasis: [],
  message: {
    fi: 'Osallistumisen päättymisestä kokoukseen on {days}; järjestäjän käytäntö edellyttää vähintään {minimum}, jotta tulokset ehditään käsitellä esitykseen.',
    sv: 'Från att deltagandet avslutas till sammanträdet är det {days}; organisatörens praxis kräver minst {minimum} för att resultaten ska hinna behandlas i förslaget.',
    en: 'There are {days} from the close of participation to the meeting; the organiser’s practice requires at least {minimum} to work the results into the proposal.',
  },
  when: (a, { region }) => {
    const { closesOn } = a.timing;
    const meeting = a.case.meetingDate;
    if (closesOn === null || meeting === null || closesOn > meeting) return [];
    const days = daysBetween(closesOn, meeting);
    if (days >= region.minimumDaysBeforeMeeting) return [];
    return [
      {
        fields: ['timing.closesOn', 'case.meetingDate'],
        answers: [
          { field: 'timing.closesOn', value: closesOn },
          { field: 'case.meetingDate', value: meeting },
        ],
        params: {
          days: { count: days, unit: 'day' as const },
          minimum: { count: region.minimumDaysBeforeMeeting, unit: 'day' as const },
        },
      },
    ];
  },
});

export const datesReversedRule = defineRule({
  id: 'dates-reversed',
  description: {
    fi: 'Laukeaa, kun päättymispäivä on ennen alkamispäivää osallistumisajassa tai jossakin tavassa.',
    sv: 'Utlöses när ett slutdatum är före startdatumet för deltagandet eller för ett sätt.',
    en: 'Fires when an end date is before its start date, for participation as a whole or for a method.',
  },
  severity: 'error',
  kind: 'consistency',
  title: {
    fi: 'Päättymispäivä on ennen alkamispäivää',
    sv: 'Slutdatum före startdatum',
    en: 'End date before start date',
  },
  legalBasis: [],
  message: {
    fi: 'Päättymispäivä {end} on ennen alkamispäivää {start}.',
    sv: 'Slutdatumet {end} är före startdatumet {start}.',
    en: 'The end date {end} is before the start date {start}.',
  },
  when: (a) => {
    const pairs: { start: string | null; end: string | null; fields: readonly [FieldPath, FieldPath] }[] = [
      { start: a.timing.opensOn, end: a.timing.closesOn, fields: ['timing.opensOn', 'timing.closesOn'] },
      ...a.methods.map((m, i) => ({
        start: m.start,
        end: m.end,
        fields: [`methods.${i}.start`, `methods.${i}.end`] as const,
      })),
    ];
    return pairs.flatMap(({ start, end, fields }) =>
      start !== null && end !== null && end < start
        ? [
            {
              fields,
              answers: [
                { field: fields[0], value: start },
                { field: fields[1], value: end },
              ],
              params: { start: formatDate(start), end: formatDate(end) },
            },
          ]
        : [],
    );
  },
});

export const notEnoughTimeRule = defineRule({
  id: 'not-enough-time-unexplained',
  description: {
    fi: 'Laukeaa, kun vaikuttamiseen ei ole vastattu olevan tarpeeksi aikaa eikä syytä ole kerrottu.',
    sv: 'Utlöses när svaret är att tiden inte räcker och ingen förklaring ges.',
    en: 'Fires when the answer is that there is not enough time and no explanation is given.',
  },
  severity: 'warning',
  kind: 'goodPractice',
  title: {
    fi: 'Aika ei riitä, eikä syytä ole kerrottu',
    sv: 'Tiden räcker inte och orsaken anges inte',
    en: 'Not enough time, no explanation',
  },
  // The checklist asks whether there is "tarpeeksi aikaa"; no statute sets a number of days.
  legalBasis: [],
  message: {
    fi: 'Olet vastannut, ettei vaikuttamiseen ole tarpeeksi aikaa. Kerro miksi ja miten tilannetta korjataan.',
    sv: 'Du har svarat att det inte finns tillräckligt med tid att påverka. Berätta varför och hur situationen åtgärdas.',
    en: 'You answered that there is not enough time to influence. Say why and what is done about it.',
  },
  when: (a) =>
    a.timing.enoughTime === 'no' && isBlank(a.timing.enoughTimeReason)
      ? [{ fields: ['timing.enoughTimeReason'], answers: [{ field: 'timing.enoughTime', value: 'no' }], params: {} }]
      : [],
});

export const lateOnlyRule = defineRule({
  id: 'participation-only-after-decision',
  description: {
    fi: 'Laukeaa, kun osallistuminen on ajoitettu vain toimeenpano- tai seurantavaiheeseen.',
    sv: 'Utlöses när deltagandet endast är planerat till verkställigheten eller uppföljningen.',
    en: 'Fires when participation is timed only for implementation or follow-up.',
  },
  severity: 'warning',
  kind: 'goodPractice',
  title: {
    fi: 'Vaikuttaa voi vasta päätöksen jälkeen',
    sv: 'Man kan påverka först efter beslutet',
    en: 'Influence only after the decision',
  },
  legalBasis: [],
  message: {
    fi: 'Osallistuminen on ajoitettu vain toimeenpanoon tai seurantaan. Kutsu mukaan jo valmisteluvaiheessa, kun vaihtoehdot ovat vielä auki.',
    sv: 'Deltagandet är planerat endast till verkställigheten eller uppföljningen. Bjud in redan under beredningen, medan alternativen ännu är öppna.',
    en: 'Participation is timed only for implementation or follow-up. Invite people during preparation, while the options are still open.',
  },
  when: (a) => {
    const { phases } = a.timing;
    if (phases.length === 0 || !participationOrganised(a)) return [];
    const early = phases.some((p) => p === 'needs' || p === 'alternatives' || p === 'draftProposal');
    return early
      ? []
      : [
          {
            fields: ['timing.phases'],
            answers: phases.map((p) => ({ field: 'timing.phases' as const, value: p })),
            params: {},
          },
        ];
  },
});

export const TIMING_RULES = [
  closesAfterMeetingRule,
  tooShortRule,
  tooCloseToMeetingRule,
  datesReversedRule,
  notEnoughTimeRule,
  lateOnlyRule,
] as const;
