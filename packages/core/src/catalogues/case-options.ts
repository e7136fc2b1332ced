import type { CatalogueEntry } from './types.js';

// The lists of the case part, the form's first step; options.ts re-exports them with the others.

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

/** A three-way answer for the checklist's yes/no questions, where "not sure" is an honest answer. */
export const YES_NO_UNSURE = [
  { id: 'yes', label: { fi: 'Kyllä', sv: 'Ja', en: 'Yes' } },
  { id: 'no', label: { fi: 'Ei', sv: 'Nej', en: 'No' } },
  { id: 'unsure', label: { fi: 'Ei vielä tiedossa', sv: 'Ännu inte känt', en: 'Not known yet' } },
] as const satisfies readonly CatalogueEntry[];
export type YesNoUnsure = (typeof YES_NO_UNSURE)[number]['id'];
