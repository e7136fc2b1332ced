import type { LocalizedText } from '../i18n.js';

/** Words of the widget outside the checklist and the field labels. `{name}` placeholders are parameters. */
export const WIDGET_TEXTS = {
  createPdf: { fi: 'Luo PDF-liite', sv: 'Skapa PDF-bilaga', en: 'Create PDF appendix' },
  saveJson: { fi: 'Tallenna JSON-tiedostona', sv: 'Spara som JSON-fil', en: 'Save as JSON file' },
  openFile: {
    fi: 'Avaa tiedosto (JSON tai PDF-liite)',
    sv: 'Öppna fil (JSON eller PDF-bilaga)',
    en: 'Open file (JSON or PDF appendix)',
  },
  importFailed: {
    fi: 'Tiedostoa ei voitu avata. Nykyinen luonnos on ennallaan.',
    sv: 'Filen kunde inte öppnas. Det nuvarande utkastet är oförändrat.',
    en: 'The file could not be opened. The current draft is unchanged.',
  },
  draftRestored: {
    fi: 'Keskeneräinen luonnos palautettiin tältä laitteelta.',
    sv: 'Ett ofärdigt utkast återställdes från den här enheten.',
    en: 'An unfinished draft was restored from this device.',
  },
  hostValueInvalid: {
    fi: 'Asianhallintajärjestelmän välittämää arviota ei voitu lukea, joten lomake alkaa tyhjänä. Ilmoita tästä järjestelmän ylläpitäjälle:',
    sv: 'Bedömningen som ärendehanteringssystemet skickade kunde inte läsas, så formuläret börjar tomt. Meddela systemets administratör:',
    en: 'The assessment passed by the case-management system could not be read, so the form starts empty. Tell the system’s administrators:',
  },
  jumpToFindings: {
    fi: 'Siirry havaintoihin (virheitä {error}, varoituksia {warning})',
    sv: 'Gå till iakttagelserna (fel {error}, varningar {warning})',
    en: 'Go to the findings (errors {error}, warnings {warning})',
  },
  importIgnored: {
    fi: 'Tiedostossa oli kenttiä, joita tämä versio ei tunne, eikä niitä otettu mukaan: {fields}.',
    sv: 'Filen innehöll fält som denna version inte känner till och som inte togs med: {fields}.',
    en: 'The file had fields this version does not know, which were left out: {fields}.',
  },
  imported: { fi: 'Tiedosto avattu: {file}.', sv: 'Filen har öppnats: {file}.', en: 'File opened: {file}.' },
  example: { fi: 'Esimerkki', sv: 'Exempel', en: 'Example' },
  chooseOption: { fi: '– Valitse –', sv: '– Välj –', en: '– Choose –' },
  addMethod: { fi: 'Lisää osallistumisen tapa', sv: 'Lägg till ett sätt att delta', en: 'Add a way to participate' },
  addConsultation: { fi: 'Lisää kuultava toimielin', sv: 'Lägg till ett organ som hörs', en: 'Add a body to consult' },
  addExclusion: {
    fi: 'Lisää ulkopuolelle jätettävä',
    sv: 'Lägg till någon som lämnas utanför',
    en: 'Add someone who is left out',
  },
  methodRow: { fi: 'Tapa {n}', sv: 'Sätt {n}', en: 'Method {n}' },
  consultationRow: { fi: 'Kuuleminen {n}', sv: 'Hörande {n}', en: 'Consultation {n}' },
  exclusionRow: { fi: 'Ulkopuolelle jätettävä {n}', sv: 'Lämnas utanför {n}', en: 'Left out {n}' },
  removeRow: { fi: 'Poista: {row}', sv: 'Ta bort: {row}', en: 'Remove: {row}' },
  goToField: { fi: 'Siirry kohtaan: {field}', sv: 'Gå till: {field}', en: 'Go to: {field}' },
  progress: { fi: 'Eteneminen', sv: 'Framsteg', en: 'Progress' },
  progressOf: {
    fi: '{answered}/{total} vastattu',
    sv: '{answered}/{total} besvarade',
    en: '{answered} of {total} answered',
  },
  recommendedConsultations: {
    fi: 'Suositellut kuultavat toimielimet',
    sv: 'Rekommenderade organ att höra',
    en: 'Recommended bodies to consult',
  },
  addRecommended: { fi: 'Lisää: {item}', sv: 'Lägg till: {item}', en: 'Add: {item}' },
  errorSummaryTitle: {
    fi: 'Korjaa nämä kohdat ennen tallentamista',
    sv: 'Rätta dessa punkter innan du sparar',
    en: 'Fix these points before saving',
  },
  submit: { fi: 'Tallenna arvio', sv: 'Spara bedömningen', en: 'Save the assessment' },
  submitted: { fi: 'Arvio tallennettu.', sv: 'Bedömningen har sparats.', en: 'The assessment has been saved.' },
  creatingPdf: { fi: 'Luodaan PDF-liitettä…', sv: 'Skapar PDF-bilagan…', en: 'Creating the PDF appendix…' },
  pdfReady: { fi: 'PDF-liite on valmis.', sv: 'PDF-bilagan är klar.', en: 'The PDF appendix is ready.' },
  pdfFailed: {
    fi: 'PDF-liitteen luominen epäonnistui: {reason}',
    sv: 'Det gick inte att skapa PDF-bilagan: {reason}',
    en: 'Creating the PDF appendix failed: {reason}',
  },
  // The host installed the widget without @osallisuusarvio/pdf and passed no renderPdf/readPdf of its own.
  pdfMakerMissing: {
    fi: 'PDF-liitteiden tekoon tarvittava osa puuttuu tästä järjestelmästä. Ilmoita asiasta järjestelmän ylläpidolle. Luonnos on tallessa.',
    sv: 'Den del som behövs för PDF-bilagor saknas i det här systemet. Meddela systemets administratörer. Utkastet är sparat.',
    en: 'The part that makes PDF appendices is missing from this system. Tell the system’s administrators. The draft is kept.',
  },
  pdfPreview: {
    fi: 'PDF-liitteen esikatselu',
    sv: 'Förhandsvisning av PDF-bilagan',
    en: 'Preview of the PDF appendix',
  },
  showPreview: { fi: 'Näytä esikatselu', sv: 'Visa förhandsvisning', en: 'Show preview' },
  hidePreview: { fi: 'Piilota esikatselu', sv: 'Dölj förhandsvisning', en: 'Hide preview' },
  previewBlocked: {
    fi: 'Esikatselu ei ole käytettävissä tällä sivulla. Lataa liite ja avaa se.',
    sv: 'Förhandsvisningen är inte tillgänglig på den här sidan. Ladda ner bilagan och öppna den.',
    en: 'The preview is not available on this page. Download the appendix and open it.',
  },
  downloadPdf: { fi: 'Lataa PDF-liite', sv: 'Ladda ner PDF-bilagan', en: 'Download the PDF appendix' },
  personalDataHint: {
    fi: 'Liite julkaistaan usein verkossa: älä kirjoita vapaatekstiin asukkaiden tai asiakkaiden nimiä.',
    sv: 'Bilagan publiceras ofta på webben: skriv inte invånares eller klienters namn i fritexten.',
    en: 'The appendix is often published on the web: do not write residents’ or clients’ names in free text.',
  },
  languageFi: { fi: 'suomi', sv: 'finska', en: 'Finnish' },
  languageSv: { fi: 'ruotsi', sv: 'svenska', en: 'Swedish' },
  languageEn: { fi: 'englanti', sv: 'engelska', en: 'English' },
} as const satisfies Record<string, LocalizedText>;
