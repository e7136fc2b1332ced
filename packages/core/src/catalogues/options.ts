import { LEGAL } from '../legal.js';
import type { CatalogueEntry } from './types.js';

/** Who decides. Municipal bodies are here because the same checklist serves municipalities (Kuntalaki 410/2015 22 §). */
export const DECIDING_BODY_KINDS = [
  { id: 'regionalCouncil', label: { fi: 'Aluevaltuusto', sv: 'Välfärdsområdesfullmäktige', en: 'County council' } },
  { id: 'regionalExecutive', label: { fi: 'Aluehallitus', sv: 'Välfärdsområdesstyrelse', en: 'County executive' } },
  { id: 'committee', label: { fi: 'Lautakunta tai jaosto', sv: 'Nämnd eller sektion', en: 'Committee or division' } },
  { id: 'officeHolder', label: { fi: 'Viranhaltija', sv: 'Tjänsteinnehavare', en: 'Office holder' } },
  { id: 'municipalCouncil', label: { fi: 'Kunnanvaltuusto', sv: 'Kommunfullmäktige', en: 'Municipal council' } },
  { id: 'municipalExecutive', label: { fi: 'Kunnanhallitus', sv: 'Kommunstyrelse', en: 'Municipal executive' } },
  { id: 'otherBody', label: { fi: 'Muu toimielin', sv: 'Annat organ', en: 'Other body' } },
] as const satisfies readonly CatalogueEntry[];
export type DecidingBodyKind = (typeof DECIDING_BODY_KINDS)[number]['id'];

/** What kind of matter the decision is. Drives the rules about money and the service network. */
export const MATTER_TYPES = [
  {
    id: 'serviceNetwork',
    common: true,
    label: { fi: 'Palveluverkon muutos', sv: 'Ändring av servicenätet', en: 'Change in the service network' },
    help: {
      fi: 'Toimipisteen perustaminen, yhdistäminen, siirto tai lakkauttaminen.',
      sv: 'Att inrätta, slå samman, flytta eller lägga ner ett verksamhetsställe.',
      en: 'Opening, merging, moving or closing a service point.',
    },
  },
  {
    id: 'premises',
    label: { fi: 'Uudet tai remontoitavat tilat', sv: 'Nya eller renoverade lokaler', en: 'New or renovated premises' },
  },
  {
    id: 'serviceChange',
    common: true,
    label: {
      fi: 'Palvelun sisällön tai saatavuuden muutos',
      sv: 'Ändring av tjänstens innehåll eller tillgång',
      en: 'Change in a service’s content or availability',
    },
  },
  {
    id: 'budget',
    common: true,
    label: {
      fi: 'Talousarvio, säästöt tai rahoitus',
      sv: 'Budget, inbesparingar eller finansiering',
      en: 'Budget, savings or funding',
    },
  },
  {
    id: 'feesAndCharges',
    label: { fi: 'Asiakasmaksut', sv: 'Klientavgifter', en: 'Client fees' },
  },
  {
    id: 'strategy',
    common: true,
    label: {
      fi: 'Strategia, ohjelma tai suunnitelma',
      sv: 'Strategi, program eller plan',
      en: 'Strategy, programme or plan',
    },
  },
  {
    id: 'procurement',
    label: {
      fi: 'Hankinta tai palvelujen ulkoistus',
      sv: 'Upphandling eller utläggning av tjänster',
      en: 'Procurement or outsourcing',
    },
  },
  {
    id: 'internalOrganisation',
    label: {
      fi: 'Sisäinen hallinto tai organisointi',
      sv: 'Intern förvaltning eller organisering',
      en: 'Internal administration or organisation',
    },
  },
  { id: 'otherMatter', label: { fi: 'Muu asia', sv: 'Annat ärende', en: 'Other matter' } },
] as const satisfies readonly CatalogueEntry[];
export type MatterType = (typeof MATTER_TYPES)[number]['id'];

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

/** A three-way answer for the checklist's yes/no questions, where "not sure" is an honest answer. */
export const YES_NO_UNSURE = [
  { id: 'yes', label: { fi: 'Kyllä', sv: 'Ja', en: 'Yes' } },
  { id: 'no', label: { fi: 'Ei', sv: 'Nej', en: 'No' } },
  { id: 'unsure', label: { fi: 'Ei vielä tiedossa', sv: 'Ännu inte känt', en: 'Not known yet' } },
] as const satisfies readonly CatalogueEntry[];
export type YesNoUnsure = (typeof YES_NO_UNSURE)[number]['id'];

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
