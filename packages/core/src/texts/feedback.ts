import type { LocalizedText } from '../i18n.js';

/**
 * The notice to participants, "Mitä osallistumisesta seurasi?". Plain language: short sentences, everyday
 * words (the feedback test checks at most 15 words a sentence on average and none over 25).
 */
export const FEEDBACK_TEXTS = {
  title: {
    fi: 'Mitä osallistumisesta seurasi?',
    sv: 'Vad ledde deltagandet till?',
    en: 'What came of your participation?',
  },
  decidedBy: {
    fi: '{body} päätti asiasta {date}.',
    sv: '{body} fattade beslut i ärendet {date}.',
    en: '{body} made the decision on {date}.',
  },
  decidedOn: {
    fi: 'Asiasta päätettiin {date}.',
    sv: 'Beslutet fattades {date}.',
    en: 'The decision was made on {date}.',
  },
  paragraph: {
    fi: 'Päätös on pöytäkirjan kohdassa {paragraph}.',
    sv: 'Beslutet finns i protokollet under {paragraph}.',
    en: 'The decision is item {paragraph} of the minutes.',
  },
  intro: {
    fi: 'Kerromme tässä, mitä kuulimme ja mitä siitä seurasi.',
    sv: 'Här berättar vi vad vi hörde och vad det ledde till.',
    en: 'Here we tell you what we heard and what came of it.',
  },
  decided: { fi: 'Mitä päätettiin', sv: 'Vad som beslutades', en: 'What was decided' },
  decidedMissing: {
    fi: 'Päätöksen sisältö on pöytäkirjassa.',
    sv: 'Beslutets innehåll finns i protokollet.',
    en: 'The minutes say what was decided.',
  },
  heard: { fi: 'Mitä kuulimme', sv: 'Vad vi hörde', en: 'What we heard' },
  participants: {
    fi: 'Mukana oli {n} ihmistä.',
    sv: '{n} personer deltog.',
    en: '{n} people took part.',
  },
  notHeld: { fi: 'Tätä ei järjestetty.', sv: 'Detta ordnades inte.', en: 'This did not take place.' },
  statementOf: { fi: 'Lausunto: {body}', sv: 'Utlåtande: {body}', en: 'Statement: {body}' },
  heardMissing: {
    fi: 'Tästä ei ole vielä kirjattu tietoja.',
    sv: 'Inget har ännu skrivits ned om detta.',
    en: 'Nothing has been recorded about this yet.',
  },
  changed: {
    fi: 'Mitä muuttui osallistumisen ansiosta',
    sv: 'Vad som ändrades tack vare deltagandet',
    en: 'What changed because of it',
  },
  changedMissing: {
    fi: 'Muutoksia ei ole kirjattu.',
    sv: 'Inga ändringar har skrivits ned.',
    en: 'No changes have been recorded.',
  },
  notChanged: {
    fi: 'Mitä ei muuttunut ja miksi',
    sv: 'Vad som inte ändrades och varför',
    en: 'What did not change, and why',
  },
  why: { fi: 'Miksi:', sv: 'Varför:', en: 'Why:' },
  notChangedMissing: {
    fi: 'Tästä ei ole kirjattu tietoja.',
    sv: 'Inget har skrivits ned om detta.',
    en: 'Nothing has been recorded about this.',
  },
  thanks: { fi: 'Kiitos', sv: 'Tack', en: 'Thank you' },
  thanksText: {
    fi: 'Kiitos kaikille, jotka kertoivat näkemyksensä. Luimme ne ja otimme ne mukaan valmisteluun.',
    sv: 'Tack till alla som berättade vad de tycker. Vi läste synpunkterna och tog med dem i beredningen.',
    en: 'Thank you to everyone who shared their views. We read them and took them into the preparation.',
  },
  readMore: { fi: 'Lue lisää', sv: 'Läs mer', en: 'Read more' },
  minutes: { fi: 'Päätös pöytäkirjassa', sv: 'Beslutet i protokollet', en: 'The decision in the minutes' },
  publishedAt: {
    fi: 'Tieto on julkaistu myös täällä: {where}.',
    sv: 'Informationen finns också här: {where}.',
    en: 'This is also published here: {where}.',
  },
  contact: {
    fi: 'Voit kysyä lisää: {name}, {contact}.',
    sv: 'Du kan fråga mer: {name}, {contact}.',
    en: 'You can ask more: {name}, {contact}.',
  },
  otherLanguage: {
    fi: '(teksti vain kielellä: {language})',
    sv: '(texten finns bara på {language})',
    en: '(text only in {language})',
  },
} satisfies Record<string, LocalizedText>;

/** The name of each language in each language: LANGUAGE_NAMES[of][in]. */
export const LANGUAGE_NAMES = {
  fi: { fi: 'suomi', sv: 'finska', en: 'Finnish' },
  sv: { fi: 'ruotsi', sv: 'svenska', en: 'Swedish' },
  en: { fi: 'englanti', sv: 'engelska', en: 'English' },
} as const satisfies Record<string, LocalizedText>;
