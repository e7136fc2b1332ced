import type { LocalizedText } from '../i18n.js';

/**
 * Words for a response to a finding ("considered, not followed"), the same in the widget, the appendix and
 * the CLI. One name for the concept: the mark "Harkittu, ei noudateta" with its reason (perustelu).
 */
export const RESPONSE_TEXTS = {
  considered: { fi: 'Harkittu, ei noudateta', sv: 'Övervägt, följs inte', en: 'Considered, not followed' },
  /** The control that opens the reason field; the ellipsis says that a question follows. */
  respond: { fi: 'Harkittu, ei noudateta…', sv: 'Övervägt, följs inte…', en: 'Considered, not followed…' },
  reasonLabel: {
    fi: 'Perustelu: miksi havaintoa ei noudateta?',
    sv: 'Motivering: varför följs iakttagelsen inte?',
    en: 'Reason: why is the finding not followed?',
  },
  reasonHint: {
    fi: 'Perustelu tulostuu liitteeseen havainnon kanssa.',
    sv: 'Motiveringen skrivs ut i bilagan med iakttagelsen.',
    en: 'The reason is printed in the appendix with the finding.',
  },
  reasonRequired: {
    fi: 'Kirjoita perustelu: miksi havaintoa ei noudateta.',
    sv: 'Skriv en motivering: varför iakttagelsen inte följs.',
    en: 'Write a reason: why the finding is not followed.',
  },
  reason: { fi: 'Perustelu', sv: 'Motivering', en: 'Reason' },
  save: { fi: 'Tallenna perustelu', sv: 'Spara motiveringen', en: 'Save the reason' },
  cancel: { fi: 'Peruuta', sv: 'Avbryt', en: 'Cancel' },
  edit: { fi: 'Muokkaa perustelua', sv: 'Redigera motiveringen', en: 'Edit the reason' },
  remove: { fi: 'Poista merkintä', sv: 'Ta bort markeringen', en: 'Remove the mark' },
  respondedOn: { fi: 'merkitty {date}', sv: 'markerat {date}', en: 'marked on {date}' },
  /** Why a legal-duty finding has no control. */
  legalDutyCannotBeSetAside: {
    fi: 'Lakisääteistä velvollisuutta ei voi ohittaa: korjaa vastaus.',
    sv: 'En lagstadgad skyldighet kan inte förbigås: rätta svaret.',
    en: 'A legal duty cannot be set aside: correct the answer.',
  },
  /** The appendix's list of answered findings, after the open ones. */
  appendixHeading: {
    fi: 'Harkitut havainnot, joita ei noudateta',
    sv: 'Övervägda iakttagelser som inte följs',
    en: 'Findings considered and not followed',
  },
  answeredCount: {
    fi: 'Harkittu, ei noudateta: {answered}.',
    sv: 'Övervägt, följs inte: {answered}.',
    en: 'Considered, not followed: {answered}.',
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/** Titles and messages of the findings that evaluate makes about the responses themselves. */
export const RESPONSE_FINDING_TEXTS = {
  notAllowedTitle: {
    fi: 'Havaintoa ei voi ohittaa',
    sv: 'Iakttagelsen kan inte förbigås',
    en: 'The finding cannot be set aside',
  },
  notAllowedMessage: {
    fi: 'Havainto ”{title}” on merkitty harkituksi ja noudattamatta jätetyksi, mutta sen laji on {kind}: sitä ei voi ohittaa. Merkintä ei vaikuta, ja havainto on yhä voimassa. Korjaa vastaus ja poista merkintä.',
    sv: 'Iakttagelsen ”{title}” är markerad som övervägd och inte följd, men dess art är {kind}: den kan inte förbigås. Markeringen har ingen verkan och iakttagelsen gäller fortfarande. Rätta svaret och ta bort markeringen.',
    en: 'The finding “{title}” is marked as considered and not followed, but its kind is {kind}: it cannot be set aside. The mark has no effect and the finding still stands. Correct the answer and remove the mark.',
  },
  withoutReasonTitle: {
    fi: 'Merkinnältä puuttuu perustelu',
    sv: 'Markeringen saknar motivering',
    en: 'The mark has no reason',
  },
  withoutReasonMessage: {
    fi: 'Havainto ”{title}” on merkitty harkituksi ilman perustelua, joten se on yhä avoin. Kirjoita perustelu tai poista merkintä.',
    sv: 'Iakttagelsen ”{title}” är markerad som övervägd utan motivering och är därför fortfarande öppen. Skriv en motivering eller ta bort markeringen.',
    en: 'The finding “{title}” is marked as considered without a reason, so it is still open. Write a reason or remove the mark.',
  },
  staleTitle: {
    fi: 'Merkintä ei enää koske mitään havaintoa',
    sv: 'Markeringen gäller inte längre någon iakttagelse',
    en: 'The mark no longer answers a finding',
  },
  staleMessage: {
    fi: 'Merkintä ”Harkittu, ei noudateta” ei enää koske mitään havaintoa: asia on korjattu tai sääntö on muuttunut. Poista merkintä, ettei sen perustelu jää arvioon turhaan.',
    sv: 'Markeringen ”Övervägt, följs inte” gäller inte längre någon iakttagelse: saken är rättad eller regeln har ändrats. Ta bort markeringen så att motiveringen inte blir kvar i bedömningen i onödan.',
    en: 'The mark “Considered, not followed” no longer answers any finding: the matter is fixed or the rule has changed. Remove the mark so that its reason does not stay in the assessment for nothing.',
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;
