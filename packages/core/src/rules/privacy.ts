import { LEGAL } from '../legal.js';
import { cite } from '../legal-roles.js';
import type { Assessment } from '../schema.js';
import { defineRule } from './types.js';
import type { FieldPath } from './types.js';

const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
// Century signs: "+" 1800s; "-" and, since 2023, Y X W V U for the 1900s; "A" and B–F for the 2000s.
const HETU = /(?<![0-9A-Za-z])(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])(?![0-9A-Za-z])/g;

/** Whether `text` holds a Finnish personal identity code (henkilötunnus) whose date and check character are valid. */
export function findIdentityCode(text: string): string | null {
  if (text.length < 11) return null;
  HETU.lastIndex = 0;
  for (let m = HETU.exec(text); m !== null; m = HETU.exec(text)) {
    const [whole, dd, mm, yy, , nnn, check] = m as unknown as [string, string, string, string, string, string, string];
    const day = Number(dd);
    const month = Number(mm);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    if (CHECK_CHARS[Number(`${dd}${mm}${yy}${nnn}`) % 31] === check) return whole;
  }
  return null;
}

// Cheap first test: six digits, a century sign and three digits; the full check runs only on a match.
const CANDIDATE = /\d{6}[-+A-FU-Y]\d{3}/;

// The widget evaluates on every keystroke while most texts stay the same: remember the verdict per text
// (V8 keeps a string's hash with the string, so a repeated lookup does not rescan it). Bounded.
const verdicts = new Map<string, boolean>();
function mayHoldCode(text: string): boolean {
  let v = verdicts.get(text);
  if (v === undefined) {
    v = CANDIDATE.test(text);
    if (verdicts.size >= 2048) verdicts.clear();
    verdicts.set(text, v);
  }
  return v;
}

function hasCandidate(value: unknown): boolean {
  if (typeof value === 'string') return value.length >= 11 && mayHoldCode(value);
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (hasCandidate(value[i])) return true;
    return false;
  }
  for (const k in value) if (hasCandidate((value as Record<string, unknown>)[k])) return true;
  return false;
}

/** Every text of the assessment that may hold a code, with its path: each may end up in the published appendix. */
function texts(value: unknown, path: string[], out: { field: string; code: string }[]): void {
  if (typeof value === 'string') {
    if (value.length >= 11 && mayHoldCode(value)) {
      const code = findIdentityCode(value);
      if (code !== null) out.push({ field: path.join('.'), code });
    }
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(String(i));
      texts(value[i], path, out);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    for (const k in value) {
      path.push(k);
      texts((value as Record<string, unknown>)[k], path, out);
      path.pop();
    }
  }
}

/**
 * 611/2021 34 § 2 mom.: the appendix is published with the agenda, so it must not carry personal data such as
 * a personal identity code. A code is detected by its form, its date and its check character.
 */
export const identityCodeRule = defineRule({
  id: 'personal-identity-code-in-text',
  description: {
    fi: 'Laukeaa jokaisesta tekstikentästä, jossa on henkilötunnus (muoto, päivämäärä ja tarkistusmerkki täsmäävät).',
    sv: 'Utlöses för varje textfält som innehåller en personbeteckning (form, datum och kontrolltecken stämmer).',
    en: 'Fires for each text field that holds a personal identity code (its form, date and check character match).',
  },
  severity: 'error',
  kind: 'legalDuty',
  title: {
    fi: 'Tekstissä on henkilötunnus',
    sv: 'Texten innehåller en personbeteckning',
    en: 'Personal identity code in the text',
  },
  legalBasis: [cite('publicationPrivacy')],
  message: {
    fi: 'Kentässä on henkilötunnus ({code}). Liite julkaistaan esityslistan mukana: poista tunnus.',
    sv: 'Fältet innehåller en personbeteckning ({code}). Bilagan publiceras med föredragningslistan: ta bort beteckningen.',
    en: 'The field holds a personal identity code ({code}). The appendix is published with the agenda: remove the code.',
  },
  when: (a: Assessment) => {
    // A walk without paths rules out nearly every assessment; paths are built only when a code may be there.
    if (!hasCandidate(a)) return [];
    const found: { field: string; code: string }[] = [];
    texts(a, [], found);
    // Only the date part is echoed: the message itself is shown and may be logged.
    return found.map(({ field, code }) => ({ fields: [field as FieldPath], params: { code: `${code.slice(0, 6)}…` } }));
  },
});

/** 812/2000 14 §: what a social-welfare client's documents say is confidential; the appendix is public. */
export const clientDetailsRule = defineRule({
  id: 'client-details-in-public-appendix',
  description: {
    fi: 'Laukeaa tiedoksi, kun päätös vaikuttaa asiakkaisiin tai potilaisiin: muistutus, ettei julkiseen liitteeseen kirjata asiakkaiden nimiä eikä terveys- tai muita henkilökohtaisia tietoja.',
    sv: 'Utlöses för kännedom när beslutet påverkar klienter eller patienter: en påminnelse om att klienternas namn, hälsouppgifter eller andra personliga uppgifter inte skrivs i den offentliga bilagan.',
    en: 'Fires for information when the decision affects clients or patients: a reminder not to write clients’ names, health details or other personal details in the public appendix.',
  },
  severity: 'info',
  kind: 'advice',
  title: {
    fi: 'Ei asiakkaiden tietoja julkiseen liitteeseen',
    sv: 'Inga klientuppgifter i den offentliga bilagan',
    en: 'No client details in the public appendix',
  },
  legalBasis: [LEGAL.socialClientConfidentiality, cite('publicationPrivacy')],
  message: {
    fi: 'Liite julkaistaan esityslistan mukana. Älä kirjoita siihen asiakkaiden tai potilaiden nimiä, terveystietoja tai muita heidän olojaan koskevia tietoja; kuvaa palaute yleisellä tasolla.',
    sv: 'Bilagan publiceras med föredragningslistan. Skriv inte klienternas eller patienternas namn, hälsouppgifter eller andra uppgifter om deras förhållanden i den; beskriv responsen på ett allmänt plan.',
    en: 'The appendix is published with the agenda. Do not write clients’ or patients’ names, health details or other details of their circumstances in it; describe the feedback in general terms.',
  },
  when: (a) => {
    const answers = a.affected.groups
      .filter((g) => g === 'clients' || g === 'patients')
      .map((g) => ({ field: 'affected.groups' as const, value: g }));
    return answers.length === 0 ? [] : [{ fields: ['affected.groups'], answers, params: {} }];
  },
});

export const PRIVACY_RULES = [identityCodeRule, clientDetailsRule] as const;
