/** Words of the widget's stepper (one part at a time) and of the long option lists. `{name}` are parameters. */
export const STEPPER_TEXTS = {
  stepHeading: {
    fi: 'Vaihe {n}/{total}: {title}',
    sv: 'Steg {n}/{total}: {title}',
    en: 'Step {n} of {total}: {title}',
  },
  previous: { fi: 'Edellinen', sv: 'Föregående', en: 'Previous' },
  next: { fi: 'Seuraava', sv: 'Nästa', en: 'Next' },
  steps: { fi: 'Vaiheet', sv: 'Steg', en: 'Steps' },
  checkAll: {
    fi: 'Tarkista kaikki vaiheet',
    sv: 'Granska alla steg',
    en: 'Check every step',
  },
  checkedAll: {
    fi: 'Kaikkien vaiheiden havainnot näytetään.',
    sv: 'Iakttagelserna för alla steg visas.',
    en: 'The findings of every step are shown.',
  },
  stateNotVisited: { fi: 'ei vielä avattu', sv: 'inte öppnat ännu', en: 'not visited yet' },
  stateVisited: { fi: 'kesken', sv: 'pågår', en: 'in progress' },
  stateErrors: { fi: 'virheitä: {count}', sv: 'fel: {count}', en: 'errors: {count}' },
  stateDone: { fi: 'valmis', sv: 'klart', en: 'done' },
  stepFindings: { fi: 'Tämän vaiheen havainnot', sv: 'Iakttagelser i detta steg', en: 'Findings of this step' },
  summaryTitle: { fi: 'Yhteenveto ja PDF-liite', sv: 'Sammanfattning och PDF-bilaga', en: 'Summary and PDF appendix' },
  showAllOptions: {
    fi: 'Näytä kaikki vaihtoehdot ({count})',
    sv: 'Visa alla alternativ ({count})',
    en: 'Show all options ({count})',
  },
  allOptionsShown: {
    fi: 'Kaikki {count} vaihtoehtoa näkyvissä.',
    sv: 'Alla {count} alternativ visas.',
    en: 'All {count} options shown.',
  },
  commonOptionsShown: {
    fi: 'Vain yleisimmät vaihtoehdot näkyvissä.',
    sv: 'Bara de vanligaste alternativen visas.',
    en: 'Only the most common options shown.',
  },
  showCommonOptions: {
    fi: 'Näytä vain yleisimmät vaihtoehdot',
    sv: 'Visa bara de vanligaste alternativen',
    en: 'Show only the most common options',
  },
  /** Under a checkbox list's legend: the list is one Tab stop, its options are reached with the arrows. */
  optionKeys: {
    fi: 'Liiku vaihtoehdoissa nuolinäppäimillä ja valitse välilyönnillä.',
    sv: 'Flytta mellan alternativen med piltangenterna och markera med mellanslag.',
    en: 'Move between the options with the arrow keys and select with Space.',
  },
} as const;
