import { defineRule } from './types.js';

/**
 * The assessment records the organiser it was made for; a host that checks it against another profile gets
 * findings in another organiser's law and bodies. The stored organiser is the record and stays as it is
 * (nothing is overwritten behind the official's back); this finding says that the two differ. The stored one is
named by its id: the rules do not load every shipped profile to look up its name.
 */
export const organiserMismatchRule = defineRule({
  id: 'organiser-mismatch',
  description: {
    fi: 'Laukeaa, kun arviointiin on tallennettu eri järjestäjä kuin se, jonka profiilin mukaan arviointi tarkistetaan.',
    sv: 'Utlöses när bedömningen har sparats för en annan anordnare än den vars profil bedömningen kontrolleras mot.',
    en: 'Fires when the assessment records another organiser than the one whose profile it is checked against.',
  },
  severity: 'warning',
  kind: 'consistency',
  title: {
    fi: 'Arviointi on tehty toiselle järjestäjälle',
    sv: 'Bedömningen är gjord för en annan anordnare',
    en: 'Assessment made for another organiser',
  },
  legalBasis: [],
  message: {
    fi: 'Arviointi on tallennettu järjestäjälle, jonka tunnus on ’{stored}’, mutta se tarkistetaan profiililla {given}: havainnot, lainkohdat ja toimielimet ovat sen mukaiset. Tarkista, kumpi järjestäjä on oikea.',
    sv: 'Bedömningen har sparats för anordnaren med id ’{stored}’, men den kontrolleras mot profilen {given}: iakttagelserna, lagrummen och organen följer den. Kontrollera vilken anordnare som är rätt.',
    en: 'The assessment is recorded for the organiser with the id ‘{stored}’, but it is checked against the profile {given}: the findings, provisions and bodies follow it. Check which organiser is right.',
  },
  when: (a, { organiser }) => {
    const stored = a.organiser.id;
    if (stored === null || stored === organiser.id) return [];
    return [{ fields: [], params: { stored, given: organiser.name } }];
  },
});

/** The same organiser, but its profile has changed since: the findings follow the profile as it is now. */
export const organiserProfileChangedRule = defineRule({
  id: 'organiser-profile-changed',
  description: {
    fi: 'Laukeaa, kun arviointiin tallennettu järjestäjän profiilin versio on eri kuin tarkistuksessa käytetyn profiilin.',
    sv: 'Utlöses när den profilversion som sparats i bedömningen skiljer sig från versionen av profilen som används vid kontrollen.',
    en: 'Fires when the version of the organiser’s profile recorded in the assessment differs from the profile it is checked against.',
  },
  severity: 'info',
  kind: 'consistency',
  title: {
    fi: 'Järjestäjän profiili on muuttunut',
    sv: 'Anordnarens profil har ändrats',
    en: 'Organiser’s profile has changed',
  },
  legalBasis: [],
  message: {
    fi: 'Arviointi tehtiin järjestäjän profiilin versiolla {stored}; se tarkistetaan nyt versiolla {given}.',
    sv: 'Bedömningen gjordes med version {stored} av anordnarens profil; den kontrolleras nu mot version {given}.',
    en: 'The assessment was made with version {stored} of the organiser’s profile; it is now checked against version {given}.',
  },
  when: (a, { organiser }) => {
    const { id, profileVersion } = a.organiser;
    if (id !== organiser.id || profileVersion === null || profileVersion === organiser.version) return [];
    return [{ fields: [], params: { stored: profileVersion, given: organiser.version } }];
  },
});

export const ORGANISER_RULES = [organiserMismatchRule, organiserProfileChangedRule] as const;
