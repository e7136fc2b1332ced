import { LEGAL } from '../legal.js';
import type { CatalogueEntry } from './types.js';

// The case part's lists are a module of their own (the form's first paint asks the case): the same lists.
export { DECIDING_BODY_KINDS, MATTER_TYPES, YES_NO_UNSURE } from './case-options.js';
export type { DecidingBodyKind, MatterType, YesNoUnsure } from './case-options.js';

/** Question 3: what limits the decision ("laki, asetukset, säännöt, raha"). */
export const CONSTRAINTS = [
  { id: 'law', label: { fi: 'Laki', sv: 'Lag', en: 'Law' } },
  { id: 'decrees', label: { fi: 'Asetukset', sv: 'Förordningar', en: 'Decrees' } },
  {
    id: 'rules',
    label: { fi: 'Säännöt ja ohjeet', sv: 'Regler och anvisningar', en: 'Rules and guidelines' },
    help: {
      fi: 'Esim. hallintosääntö, strategia, aiemmat päätökset, valtakunnalliset ohjeet.',
      sv: 'T.ex. förvaltningsstadgan, strategin, tidigare beslut, nationella anvisningar.',
      en: 'E.g. the administrative rules, the strategy, earlier decisions, national guidance.',
    },
  },
  { id: 'money', label: { fi: 'Raha', sv: 'Pengar', en: 'Money' } },
  { id: 'schedule', label: { fi: 'Aikataulu', sv: 'Tidtabell', en: 'Schedule' } },
  { id: 'otherConstraint', label: { fi: 'Muu rajoite', sv: 'Annan begränsning', en: 'Other constraint' } },
] as const satisfies readonly CatalogueEntry[];
export type ConstraintId = (typeof CONSTRAINTS)[number]['id'];

/** Question 4: at which stage of decision-making people can influence. */
export const PHASES = [
  {
    id: 'needs',
    label: {
      fi: 'Tarpeen tunnistaminen ja vireille tulo',
      sv: 'Identifiering av behovet och inledande av ärendet',
      en: 'Identifying the need and initiating the matter',
    },
  },
  {
    id: 'alternatives',
    label: { fi: 'Vaihtoehtojen valmistelu', sv: 'Beredning av alternativ', en: 'Preparing alternatives' },
  },
  {
    id: 'draftProposal',
    label: { fi: 'Päätösesityksen luonnos', sv: 'Utkast till beslutsförslag', en: 'Draft proposal' },
  },
  { id: 'implementation', label: { fi: 'Toimeenpano', sv: 'Verkställighet', en: 'Implementation' } },
  {
    id: 'followUp',
    label: { fi: 'Seuranta ja arviointi', sv: 'Uppföljning och utvärdering', en: 'Follow-up and evaluation' },
  },
] as const satisfies readonly CatalogueEntry[];
export type PhaseId = (typeof PHASES)[number]['id'];

/** Question 5: where the answers are used. */
export const OUTCOME_USES = [
  {
    id: 'decisionProposal',
    label: { fi: 'Päätösesityksen valmistelu', sv: 'Beredningen av beslutsförslaget', en: 'Preparing the proposal' },
  },
  {
    id: 'serviceDesign',
    label: { fi: 'Palvelun suunnittelu', sv: 'Planering av tjänsten', en: 'Designing the service' },
  },
  {
    id: 'implementationPlan',
    label: { fi: 'Toimeenpanon suunnittelu', sv: 'Planering av verkställigheten', en: 'Planning the implementation' },
  },
  {
    id: 'impactAssessment',
    label: {
      fi: 'Vaikutusten arviointi (EVA, IVA, LAVA)',
      sv: 'Konsekvensbedömning (EVA, IVA, LAVA)',
      en: 'Impact assessment (EVA, IVA, LAVA)',
    },
  },
  { id: 'budgetPlanning', label: { fi: 'Talouden suunnittelu', sv: 'Ekonomisk planering', en: 'Financial planning' } },
  {
    id: 'monitoring',
    label: { fi: 'Seuranta ja arviointi', sv: 'Uppföljning och utvärdering', en: 'Follow-up and evaluation' },
  },
] as const satisfies readonly CatalogueEntry[];
export type OutcomeUseId = (typeof OUTCOME_USES)[number]['id'];

/** Question 6: how participation and its results are communicated. */
export const CHANNELS = [
  { id: 'website', common: true, label: { fi: 'Verkkosivut', sv: 'Webbplats', en: 'Website' } },
  {
    id: 'participationPlatform',
    label: {
      fi: 'Sähköinen osallisuusalusta',
      sv: 'Digital delaktighetsplattform',
      en: 'Digital participation platform',
    },
  },
  { id: 'socialMedia', label: { fi: 'Sosiaalinen media', sv: 'Sociala medier', en: 'Social media' } },
  {
    id: 'pressRelease',
    label: { fi: 'Tiedote ja media', sv: 'Pressmeddelande och medier', en: 'Press release and media' },
  },
  {
    id: 'directToParticipants',
    common: true,
    label: {
      fi: 'Suoraan osallistujille (kirje, sähköposti, tekstiviesti)',
      sv: 'Direkt till deltagarna (brev, e-post, sms)',
      en: 'Directly to participants (letter, e-mail, text message)',
    },
  },
  { id: 'feedbackEvent', label: { fi: 'Palautetilaisuus', sv: 'Återkopplingsmöte', en: 'Feedback event' } },
  {
    id: 'decisionDocument',
    common: true,
    label: {
      fi: 'Päätöksen perustelut (esityslista ja pöytäkirja)',
      sv: 'Beslutets motivering (föredragningslista och protokoll)',
      en: 'The decision’s reasoning (agenda and minutes)',
    },
  },
  {
    id: 'viaBodies',
    label: {
      fi: 'Vaikuttamistoimielinten ja järjestöjen kautta',
      sv: 'Via påverkansorganen och organisationerna',
      en: 'Through influence bodies and organisations',
    },
  },
  { id: 'staffChannels', label: { fi: 'Henkilöstön kanavat', sv: 'Personalens kanaler', en: 'Staff channels' } },
  {
    id: 'plainLanguage',
    common: true,
    label: {
      fi: 'Selkokielinen tai muunkielinen tiedote',
      sv: 'Meddelande på lättläst svenska eller på annat språk',
      en: 'Easy Language or other-language version',
    },
  },
] as const satisfies readonly CatalogueEntry[];
export type ChannelId = (typeof CHANNELS)[number]['id'];

/** Whether the new service or premises can be tested. */
/**
 * The languages in which taking part is announced. A bilingual organiser informs in both national languages
 * (Kielilaki 423/2003 32 §); in Lapland the Sámi languages of the homeland (saamen kielilaki 1086/2003).
 */
export const ANNOUNCEMENT_LANGUAGES = [
  { id: 'fi', common: true, label: { fi: 'Suomi', sv: 'Finska', en: 'Finnish' } },
  { id: 'sv', common: true, label: { fi: 'Ruotsi', sv: 'Svenska', en: 'Swedish' } },
  { id: 'se', label: { fi: 'Pohjoissaame', sv: 'Nordsamiska', en: 'Northern Sámi' } },
  { id: 'smn', label: { fi: 'Inarinsaame', sv: 'Enaresamiska', en: 'Inari Sámi' } },
  { id: 'sms', label: { fi: 'Koltansaame', sv: 'Skoltsamiska', en: 'Skolt Sámi' } },
  { id: 'easyLanguage', label: { fi: 'Selkokieli', sv: 'Lättläst', en: 'Easy Language' } },
  { id: 'otherLanguage', label: { fi: 'Muu kieli', sv: 'Annat språk', en: 'Other language' } },
] as const satisfies readonly CatalogueEntry[];
export type AnnouncementLanguage = (typeof ANNOUNCEMENT_LANGUAGES)[number]['id'];
export const SAMI_LANGUAGES = ['se', 'smn', 'sms'] as const satisfies readonly AnnouncementLanguage[];

export const TESTING_OPTIONS = [
  { id: 'yes', label: { fi: 'Kyllä, testataan', sv: 'Ja, testas', en: 'Yes, will be tested' } },
  { id: 'no', label: { fi: 'Ei voida testata', sv: 'Kan inte testas', en: 'Cannot be tested' } },
  {
    id: 'notApplicable',
    label: {
      fi: 'Ei koske uutta palvelua tai tiloja',
      sv: 'Gäller ingen ny tjänst eller nya lokaler',
      en: 'No new service or premises',
    },
  },
] as const satisfies readonly CatalogueEntry[];
export type TestingOption = (typeof TESTING_OPTIONS)[number]['id'];

/** The checklist's closing guidance, acknowledged by the preparer. */
export const GUIDANCE = [
  {
    id: 'hearAndValue',
    label: {
      fi: 'Kuule, kohtaa ja arvosta osallistujia.',
      sv: 'Lyssna på, möt och värdesätt deltagarna.',
      en: 'Listen to, meet and value the participants.',
    },
  },
  {
    id: 'equalityAndAccessibility',
    label: {
      fi: 'Muista tasavertaisuus ja saavutettavuus.',
      sv: 'Kom ihåg jämlikhet och tillgänglighet.',
      en: 'Remember equality and accessibility.',
    },
    legal: LEGAL.constitutionInfluence,
  },
  {
    id: 'targetGroup',
    label: { fi: 'Ota huomioon kohderyhmä.', sv: 'Beakta målgruppen.', en: 'Consider the target group.' },
  },
  {
    id: 'encourageQuiet',
    label: {
      fi: 'Rohkaise myös hiljaisia osallistumaan.',
      sv: 'Uppmuntra även de tysta att delta.',
      en: 'Encourage the quiet ones to take part too.',
    },
  },
  {
    id: 'openness',
    label: { fi: 'Ole avoin.', sv: 'Var öppen.', en: 'Be open.' },
  },
  {
    id: 'keepPromises',
    label: {
      fi: 'Pidä luvatut asiat tai kerro, miksi jokin muuttuu.',
      sv: 'Håll det du lovat eller berätta varför något ändras.',
      en: 'Keep your promises or explain why something changes.',
    },
  },
] as const satisfies readonly CatalogueEntry[];
export type GuidanceId = (typeof GUIDANCE)[number]['id'];
