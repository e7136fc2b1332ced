import type { LocalizedText } from '../i18n.js';

/** Words of the widget outside the checklist and the field labels. `{name}` placeholders are parameters. */
export const WIDGET_TEXTS = {
  createPdf: { fi: 'Luo PDF-liite', sv: 'Skapa PDF-bilaga', en: 'Create PDF appendix' },
  // Three kinds of saving, each named by where the answers go: the browser (autosave), a file on the
  // official's computer (JSON), the case-management system (the host's onSubmit).
  saveJson: {
    fi: 'Lataa vastaukset tiedostona (JSON)',
    sv: 'Ladda ner svaren som fil (JSON)',
    en: 'Download the answers as a file (JSON)',
  },
  autosaveNote: {
    fi: 'Luonnos tallentuu automaattisesti vain tähän selaimeen.',
    sv: 'Utkastet sparas automatiskt bara i den här webbläsaren.',
    en: 'The draft is saved automatically, in this browser only.',
  },
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
  submit: {
    fi: 'Tallenna arvio asianhallintaan',
    sv: 'Spara bedömningen i ärendehanteringen',
    en: 'Save the assessment to the case system',
  },
  submitted: {
    fi: 'Arvio tallennettu asianhallintaan.',
    sv: 'Bedömningen har sparats i ärendehanteringen.',
    en: 'The assessment has been saved to the case system.',
  },
  creatingPdf: { fi: 'Luodaan PDF-liitettä…', sv: 'Skapar PDF-bilagan…', en: 'Creating the PDF appendix…' },
  // The evaluation and the later parts load a moment after the form is on screen (a lazy chunk).
  checking: { fi: 'Vastauksia tarkistetaan…', sv: 'Svaren kontrolleras…', en: 'Checking the answers…' },
  pdfWaitsForCheck: {
    fi: 'PDF-liite luodaan heti, kun vastaukset on tarkistettu.',
    sv: 'PDF-bilagan skapas så snart svaren har kontrollerats.',
    en: 'The PDF appendix is made as soon as the answers are checked.',
  },
  loadingPart: { fi: 'Osaa ladataan…', sv: 'Delen laddas…', en: 'Loading this part…' },
  // Shown instead of the inputs while the stored draft or the host's value is read, so that nothing typed is overwritten.
  opening: { fi: 'Arviota avataan…', sv: 'Bedömningen öppnas…', en: 'Opening the assessment…' },
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
  // Nothing typed is lost: storage that fails, a draft that cannot be read, a second tab, a file opened over answers.
  storageFailed: {
    fi: 'Luonnosta ei voi tallentaa tähän selaimeen (tallennustila on täynnä tai estetty). Vastauksesi ovat tallessa vain tällä sivulla niin kauan kuin se on auki: lataa ne tiedostona, ettei mitään katoa.',
    sv: 'Utkastet kan inte sparas i den här webbläsaren (lagringsutrymmet är fullt eller blockerat). Dina svar finns kvar bara på den här sidan så länge den är öppen: ladda ner dem som fil så att inget går förlorat.',
    en: 'The draft cannot be saved in this browser (the storage is full or blocked). Your answers are kept only on this page while it is open: download them as a file so that nothing is lost.',
  },
  storageWorksAgain: {
    fi: 'Luonnos tallentuu taas tähän selaimeen.',
    sv: 'Utkastet sparas igen i den här webbläsaren.',
    en: 'The draft is being saved in this browser again.',
  },
  downloadDraft: {
    fi: 'Lataa luonnos tiedostona',
    sv: 'Ladda ner utkastet som fil',
    en: 'Download the draft as a file',
  },
  draftUnreadable: {
    fi: 'Tähän selaimeen tallennettua luonnosta ei voitu lukea ({reason}). Se on siirretty talteen eikä sitä korvata: voit ladata sen tiedostona tai palauttaa sen lomakkeelle.',
    sv: 'Utkastet som sparats i den här webbläsaren kunde inte läsas ({reason}). Det har lagts undan och skrivs inte över: du kan ladda ner det som fil eller återställa det till formuläret.',
    en: 'The draft saved in this browser could not be read ({reason}). It has been put aside and will not be overwritten: you can download it as a file or restore it to the form.',
  },
  draftFromNewerVersion: {
    fi: 'se on tehty lomakkeen uudemmalla versiolla',
    sv: 'det har gjorts med en nyare version av formuläret',
    en: 'it was made with a newer version of the form',
  },
  draftInvalid: {
    fi: 'siinä on tietoja, jotka eivät kelpaa',
    sv: 'det innehåller uppgifter som inte godtas',
    en: 'it holds values that are not accepted',
  },
  downloadStoredDraft: {
    fi: 'Lataa talteen siirretty luonnos',
    sv: 'Ladda ner det undanlagda utkastet',
    en: 'Download the draft that was put aside',
  },
  restoreStoredDraft: {
    fi: 'Palauta se lomakkeelle',
    sv: 'Återställ det till formuläret',
    en: 'Restore it to the form',
  },
  draftRestoredWithErrors: {
    fi: 'Talteen siirretty luonnos palautettiin lomakkeelle. Tarkista kohdat, joissa on virhe; kaikkea ei ehkä voitu palauttaa, joten luonnos pysyy myös tallessa.',
    sv: 'Det undanlagda utkastet har återställts till formuläret. Kontrollera punkterna med fel; allt kunde kanske inte återställas, så utkastet finns också kvar.',
    en: 'The draft that was put aside is back in the form. Check the points with errors; not everything may have come back, so the draft is kept aside too.',
  },
  otherTab: {
    fi: 'Tämä arvio on auki myös toisessa välilehdessä tai ikkunassa. Luonnosta ei tallenneta täällä, ettei se korvaa toisen välilehden muutoksia. Sulje toinen välilehti tai jatka tässä.',
    sv: 'Den här bedömningen är öppen också i en annan flik eller ett annat fönster. Utkastet sparas inte här, så att det inte skriver över den andra flikens ändringar. Stäng den andra fliken eller fortsätt här.',
    en: 'This assessment is also open in another tab or window. The draft is not saved here, so that it does not overwrite the other tab’s changes. Close the other tab or continue here.',
  },
  continueHere: {
    fi: 'Jatka tässä välilehdessä (korvaa toisen välilehden luonnoksen)',
    sv: 'Fortsätt i den här fliken (ersätter den andra flikens utkast)',
    en: 'Continue in this tab (replaces the other tab’s draft)',
  },
  importConfirm: {
    fi: 'Tiedoston {file} avaaminen korvaa lomakkeen nykyiset vastaukset. Voit kumota sen heti avaamisen jälkeen.',
    sv: 'Om du öppnar filen {file} ersätts formulärets nuvarande svar. Du kan ångra det direkt efteråt.',
    en: 'Opening {file} replaces the answers now in the form. You can undo it right after.',
  },
  importReplace: {
    fi: 'Avaa ja korvaa vastaukset',
    sv: 'Öppna och ersätt svaren',
    en: 'Open and replace the answers',
  },
  cancel: { fi: 'Peruuta', sv: 'Avbryt', en: 'Cancel' },
  importCancelled: {
    fi: 'Tiedostoa ei avattu. Vastaukset ovat ennallaan.',
    sv: 'Filen öppnades inte. Svaren är oförändrade.',
    en: 'The file was not opened. The answers are unchanged.',
  },
  undoImport: {
    fi: 'Kumoa: palauta aiemmat vastaukset',
    sv: 'Ångra: återställ de tidigare svaren',
    en: 'Undo: bring back the earlier answers',
  },
  importUndone: {
    fi: 'Aiemmat vastaukset palautettiin.',
    sv: 'De tidigare svaren har återställts.',
    en: 'The earlier answers are back.',
  },
  importEmpty: {
    fi: 'Tiedostossa {file} ei ole yhtään osallisuusarvion vastausta, joten sitä ei avattu. Vastaukset ovat ennallaan.',
    sv: 'Filen {file} innehåller inga svar i en delaktighetsbedömning, så den öppnades inte. Svaren är oförändrade.',
    en: 'The file {file} holds no answers of a participation assessment, so it was not opened. The answers are unchanged.',
  },
  // The host's part.
  fromCaseSystem: {
    fi: 'Tieto tulee asianhallintajärjestelmästä; korjaa se tarvittaessa siellä.',
    sv: 'Uppgiften kommer från ärendehanteringssystemet; rätta den där vid behov.',
    en: 'This comes from the case-management system; correct it there if needed.',
  },
  hostOptionsInvalid: {
    fi: 'Asianhallintajärjestelmä antoi lomakkeelle asetuksia, joita ei voitu käyttää, joten ne jätettiin huomiotta. Ilmoita tästä järjestelmän ylläpitäjälle:',
    sv: 'Ärendehanteringssystemet gav formuläret inställningar som inte kunde användas, så de ignorerades. Meddela systemets administratör:',
    en: 'The case-management system gave the form settings that could not be used, so they were ignored. Tell the system’s administrators:',
  },
  hostOptionLocale: {
    fi: 'kieli "{value}" ei ole tuettu (fi, sv, en); lomake on suomeksi',
    sv: 'språket "{value}" stöds inte (fi, sv, en); formuläret är på finska',
    en: 'language "{value}" is not supported (fi, sv, en); the form is in Finnish',
  },
  hostOptionTheme: {
    fi: 'ulkoasua "{value}" ei ole ({themes}); lomake näkyy tavallisella ulkoasullaan',
    sv: 'temat "{value}" finns inte ({themes}); formuläret visas med sitt vanliga utseende',
    en: 'there is no theme "{value}" ({themes}); the form keeps its usual look',
  },
  hostOptionType: {
    fi: '{option}: odotettiin {expected}, saatiin {got}',
    sv: '{option}: förväntat {expected}, fick {got}',
    en: '{option}: expected {expected}, got {got}',
  },
  hostNoElement: {
    fi: 'mount(): ensimmäisen argumentin pitää olla DOM-elementti, saatiin {got}',
    sv: 'mount(): det första argumentet ska vara ett DOM-element, fick {got}',
    en: 'mount(): the first argument must be a DOM element, got {got}',
  },
  hostCrashed: {
    fi: 'Lomaketta ei voitu näyttää. Vastauksia ei ole menetetty, jos luonnos on tallentunut tähän selaimeen. Ilmoita tästä järjestelmän ylläpitäjälle: {reason}',
    sv: 'Formuläret kunde inte visas. Inga svar har gått förlorade om utkastet har sparats i den här webbläsaren. Meddela systemets administratör: {reason}',
    en: 'The form could not be shown. No answers are lost if the draft was saved in this browser. Tell the system’s administrators: {reason}',
  },
  languageFi: { fi: 'suomi', sv: 'finska', en: 'Finnish' },
  languageSv: { fi: 'ruotsi', sv: 'svenska', en: 'Swedish' },
  languageEn: { fi: 'englanti', sv: 'engelska', en: 'English' },
} as const satisfies Record<string, LocalizedText>;
