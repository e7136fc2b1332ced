import type { LocalizedText } from '../i18n.js';

// The checklist's questions by their number and wording, and the other parts' headings: what the form's list
// of steps names from its first paint. CHECKLIST (checklist.ts) adds each question's prompts, help, example
// and legal basis to these.

/** The seven questions of the checklist, as it numbers and words them. */
export const CHECKLIST_QUESTIONS = [
  {
    id: 'affected',
    number: 1,
    question: {
      fi: 'Keneen tai keihin tämä päätös vaikuttaa?',
      sv: 'Vem eller vilka påverkas av beslutet?',
      en: 'Who does this decision affect?',
    },
  },
  {
    id: 'invited',
    number: 2,
    question: {
      fi: 'Kuka / ketkä kutsutaan mukaan keskusteluun?',
      sv: 'Vem eller vilka bjuds in till diskussionen?',
      en: 'Who is invited to the discussion?',
    },
  },
  {
    id: 'influence',
    number: 3,
    question: {
      fi: 'Mihin on päätöksessä mahdollisuus vaikuttaa?',
      sv: 'Vad i beslutet är det möjligt att påverka?',
      en: 'What in the decision can be influenced?',
    },
  },
  {
    id: 'timing',
    number: 4,
    question: {
      fi: 'Milloin pyydetään mukaan päätöksentekoon?',
      sv: 'När bjuds man in till beslutsfattandet?',
      en: 'When are people asked to take part in the decision-making?',
    },
  },
  {
    id: 'outcomes',
    number: 5,
    question: {
      fi: 'Mitä osallistumisesta / osallistamisesta seuraa? Mihin halutaan saada vastauksia?',
      sv: 'Vad följer av deltagandet? Vilka frågor vill man ha svar på?',
      en: 'What follows from participation? What answers are sought?',
    },
  },
  {
    id: 'communication',
    number: 6,
    question: {
      fi: 'Miten osallisuudesta viestitään?',
      sv: 'Hur kommuniceras delaktigheten?',
      en: 'How is participation communicated?',
    },
  },
  {
    id: 'testing',
    number: 7,
    question: {
      fi: 'Voiko uutta palvelua, uusia tai remontoituja tiloja testata?',
      sv: 'Kan den nya tjänsten eller de nya eller renoverade lokalerna testas?',
      en: 'Can the new service or the new or renovated premises be tested?',
    },
  },
] as const satisfies readonly { readonly id: string; readonly number: number; readonly question: LocalizedText }[];

/** Headings of the parts of an assessment outside the seven questions; shared by the widget and the PDF. */
export const SECTIONS = {
  case: { fi: 'Asian tiedot', sv: 'Ärendets uppgifter', en: 'Case details' },
  methods: {
    fi: 'Osallistumisen ja vaikuttamisen tavat',
    sv: 'Sätt att delta och påverka',
    en: 'Ways to participate and influence',
  },
  consultations: {
    fi: 'Vaikuttamistoimielimet ja kielilautakunnat',
    sv: 'Påverkansorgan och språknämnder',
    en: 'Influence bodies and language committees',
  },
  guidance: {
    fi: 'Kuule, kohtaa ja arvosta osallistujia',
    sv: 'Lyssna på, möt och värdesätt deltagarna',
    en: 'Listen to, meet and value the participants',
  },
  conclusion: { fi: 'Johtopäätös', sv: 'Slutsats', en: 'Conclusion' },
  findings: { fi: 'Havainnot', sv: 'Iakttagelser', en: 'Findings' },
  summary: { fi: 'Yhteenveto', sv: 'Sammanfattning', en: 'Summary' },
} as const satisfies Record<string, LocalizedText>;
