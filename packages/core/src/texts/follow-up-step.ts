import type { LocalizedText } from '../i18n.js';

/**
 * The follow-up's name in the list of steps and the line that says when it opens, which the form shows from
 * its first paint; FOLLOW_UP_TEXTS has them with the part's other texts.
 */
export const FOLLOW_UP_STEP_TEXTS = {
  part: { fi: 'Päätöksen jälkeen', sv: 'Efter beslutet', en: 'After the decision' },
  opensAfter: {
    fi: 'Avautuu kokouksen jälkeen {date}.',
    sv: 'Öppnas efter sammanträdet {date}.',
    en: 'Opens after the meeting on {date}.',
  },
  noMeetingDate: {
    fi: 'Avautuu kokouksen jälkeen. Kirjaa ensin kokouspäivä.',
    sv: 'Öppnas efter sammanträdet. Ange först sammanträdesdagen.',
    en: 'Opens after the meeting. Enter the meeting date first.',
  },
} as const satisfies Record<string, LocalizedText>;
