import type { LocalizedText } from '../i18n.js';
import type { AssessmentStatus } from '../evaluate.js';
import { APPENDIX_NAMES } from './appendix-names.js';

/** Words of the PDF appendix outside the checklist and the field labels. `{i}`, `{n}` etc. are parameters. */
export const APPENDIX_TEXTS = {
  documentTitle: APPENDIX_NAMES.documentTitle,
  page: { fi: 'Sivu {i}/{n}', sv: 'Sida {i}/{n}', en: 'Page {i}/{n}' },
  notAnswered: { fi: 'Ei vastattu.', sv: 'Inte besvarad.', en: 'Not answered.' },
  notApplicable: {
    fi: 'Ei koske tätä asiaa, koska osallistumista ei järjestetä (perustelu kohdassa Johtopäätös).',
    sv: 'Gäller inte detta ärende eftersom inget deltagande ordnas (motiveringen finns under Slutsats).',
    en: 'Does not apply: no participation is organised (the reason is given under Conclusion).',
  },
  noFindings: { fi: 'Ei havaintoja.', sv: 'Inga iakttagelser.', en: 'No findings.' },
  legalBasis: { fi: 'Oikeudellinen perusta', sv: 'Rättslig grund', en: 'Legal basis' },
  unverifiedReference: {
    fi: 'pykälänumero tarkistamatta',
    sv: 'paragrafnumret inte kontrollerat',
    en: 'section number not yet verified',
  },
  region: { fi: 'Järjestäjä', sv: 'Organisatör', en: 'Organiser' },
  generatedOn: { fi: 'Laadittu', sv: 'Upprättad', en: 'Generated' },
  checksum: { fi: 'Tarkiste (SHA-256)', sv: 'Kontrollsumma (SHA-256)', en: 'Checksum (SHA-256)' },
  // An incomplete assessment, or one with errors, is a draft: the band on every page is one mark in all three
  // languages, so that a reader of any of them sees it; the sentence in the title block is in the appendix's.
  draftBand: { fi: 'LUONNOS / UTKAST / DRAFT', sv: 'LUONNOS / UTKAST / DRAFT', en: 'LUONNOS / UTKAST / DRAFT' },
  draftNotice: {
    fi: 'Luonnos: tätä liitettä ei ole tarkoitettu päätöksen liitteeksi sellaisenaan.',
    sv: 'Utkast: den här bilagan är inte avsedd att bifogas beslutet som sådan.',
    en: 'Draft: this appendix is not meant to be attached to the decision as it is.',
  },
  /** The word a draft's suggested file name carries. */
  draftFileName: APPENDIX_NAMES.draftFileName,
  // The timeline figure of the timing section and its alternative text.
  timelineParticipation: { fi: 'Osallistuminen', sv: 'Deltagande', en: 'Participation' },
  timelineProcessing: { fi: 'Käsittely', sv: 'Behandling', en: 'Processing' },
  timelineMeeting: { fi: 'Kokous', sv: 'Möte', en: 'Meeting' },
  timelineDays: { fi: '{n} pv', sv: '{n} d', en: '{n} d' },
  timelineAlt: {
    fi: 'Aikajana: {parts}.',
    sv: 'Tidslinje: {parts}.',
    en: 'Timeline: {parts}.',
  },
  timelineAltWindow: {
    fi: 'osallistuminen {from}–{to} ({n} päivää)',
    sv: 'deltagande {from}–{to} ({n} dagar)',
    en: 'participation {from}–{to} ({n} days)',
  },
  timelineAltProcessing: {
    fi: 'tulosten käsittelyyn {n} päivää ennen kokousta',
    sv: '{n} dagar för att behandla resultaten före sammanträdet',
    en: '{n} days to process the results before the meeting',
  },
  timelineAltMeeting: { fi: 'kokous {date}', sv: 'sammanträde {date}', en: 'meeting {date}' },
  summaryNoParticipation: {
    fi: 'Osallistumista ei järjestetä',
    sv: 'Inget deltagande ordnas',
    en: 'No participation is organised',
  },
  summaryNoParticipationWithoutReason: {
    fi: 'perustelu puuttuu',
    sv: 'motivering saknas',
    en: 'no reason is given',
  },
  catalogueVersion: { fi: 'Tarkistuslistan versio', sv: 'Checklistans version', en: 'Checklist version' },
  noMethods: {
    fi: 'Osallistumisen tapoja ei ole valittu.',
    sv: 'Inga sätt att delta har valts.',
    en: 'No ways to participate have been chosen.',
  },
  noConsultations: {
    fi: 'Vaikuttamistoimielimiä ei ole merkitty.',
    sv: 'Inga påverkansorgan har antecknats.',
    en: 'No influence bodies have been recorded.',
  },
  summaryAffected: { fi: 'Vaikuttaa', sv: 'Påverkar', en: 'Affects' },
  summaryMethods: { fi: 'Osallistumisen tavat', sv: 'Sätt att delta', en: 'Ways to participate' },
  summaryConsultations: { fi: 'Vaikuttamistoimielimet', sv: 'Påverkansorgan', en: 'Influence bodies' },
  summaryTiming: { fi: 'Aikataulu', sv: 'Tidtabell', en: 'Schedule' },
  summaryOutcomes: { fi: 'Tulosten käyttö', sv: 'Användning av resultaten', en: 'Use of the results' },
  summaryFindings: { fi: 'Avoimet havainnot', sv: 'Öppna iakttagelser', en: 'Open findings' },
  summaryStatus: { fi: 'Arvioinnin tila', sv: 'Bedömningens status', en: 'Status of the assessment' },
  none: { fi: '–', sv: '–', en: '–' },
  from: { fi: 'alkaen', sv: 'från', en: 'from' },
  until: { fi: 'asti', sv: 'till', en: 'until' },
  // "Virheitä 1", not "1 virhettä": the count after the noun reads right for every number.
  findingCounts: {
    fi: 'Virheitä {error}, varoituksia {warning}, suosituksia {recommendation}.',
    sv: 'Fel {error}, varningar {warning}, rekommendationer {recommendation}.',
    en: 'Errors {error}, warnings {warning}, recommendations {recommendation}.',
  },
  columnMethod: { fi: 'Tapa', sv: 'Sätt', en: 'Method' },
  columnWhat: { fi: 'Mitä', sv: 'Vad', en: 'What' },
  columnWhen: { fi: 'Milloin', sv: 'När', en: 'When' },
  columnWith: { fi: 'Kenen kanssa', sv: 'Med vem', en: 'With whom' },
  columnStatus: { fi: 'Tila', sv: 'Status', en: 'Status' },
  columnBody: { fi: 'Toimielin', sv: 'Organ', en: 'Body' },
  columnDate: { fi: 'Päivä', sv: 'Datum', en: 'Date' },
  columnDetails: { fi: 'Perustelu tai lausunto', sv: 'Motivering eller utlåtande', en: 'Reason or statement' },
  /** After the label of a question that is the toolkit's own (Hallintolaki 41 §), not the checklist's. */
  ourQuestion: { fi: 'työkalun oma kysymys', sv: 'verktygets egen fråga', en: 'the toolkit’s own question' },
  columnGroup: { fi: 'Ryhmä', sv: 'Grupp', en: 'Group' },
  columnWho: { fi: 'Ketkä', sv: 'Vilka', en: 'Who' },
  columnReason: { fi: 'Peruste', sv: 'Motivering', en: 'Reason' },
  acknowledged: { fi: 'Huomioitu', sv: 'Beaktat', en: 'Taken into account' },
  notAcknowledged: {
    fi: 'Ei merkitty huomioiduksi',
    sv: 'Inte markerat som beaktat',
    en: 'Not marked as taken into account',
  },
  recommendedMethods: {
    fi: 'Suositellut osallistumisen tavat',
    sv: 'Rekommenderade sätt att delta',
    en: 'Recommended ways to participate',
  },
  attachmentDescription: {
    fi: 'Osallisuusarvioinnin tiedot koneluettavassa muodossa (JSON)',
    sv: 'Bedömningens uppgifter i maskinläsbar form (JSON)',
    en: 'The assessment in machine-readable form (JSON)',
  },
} as const satisfies Record<string, LocalizedText>;

/**
 * The status of an assessment in words: the same sentence in the widget, the appendix and the CLI.
 * (The texts above are shared by the widget where it shows the same thing: no findings, their counts.)
 */
export const STATUS_TEXTS: Readonly<Record<AssessmentStatus, LocalizedText>> = {
  breaksLegalDuty: {
    fi: 'Arvioinnin mukaan lakisääteinen velvollisuus jää täyttämättä: korjaa ennen liittämistä.',
    sv: 'Enligt bedömningen uppfylls inte en lagstadgad skyldighet: rätta innan den bifogas.',
    en: 'As assessed, a legal duty is not met: fix this before the assessment is attached.',
  },
  hasErrors: {
    fi: 'Arvioinnissa on virheitä, jotka on korjattava ennen liittämistä.',
    sv: 'Bedömningen innehåller fel som ska rättas innan den bifogas.',
    en: 'The assessment has errors to fix before it is attached.',
  },
  incomplete: {
    fi: 'Arviointi on kesken: osa kysymyksistä on vastaamatta.',
    sv: 'Bedömningen är ofullständig: en del frågor är obesvarade.',
    en: 'The assessment is incomplete: some questions are unanswered.',
  },
  complete: {
    fi: 'Arviointi on valmis: kaikkiin kysymyksiin on vastattu.',
    sv: 'Bedömningen är klar: alla frågor är besvarade.',
    en: 'The assessment is complete: every question is answered.',
  },
};
