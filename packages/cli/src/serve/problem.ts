import { LOCALES, pathToText } from '@osallisuusarvio/core';
import type { Locale, LocalizedText, ParseError } from '@osallisuusarvio/core';
import type { z } from 'zod';

/** One problem of a request: core's ParseError (path, pathText, code, fi/sv/en message), with a position for JSON. */
export interface ProblemItem extends ParseError {
  readonly line?: number;
  readonly column?: number;
}

interface Kind {
  readonly status: number;
  readonly title: LocalizedText;
  readonly detail: LocalizedText;
}

/** Every problem the service answers with. The type URI is `PROBLEM_BASE` + the key. */
export const PROBLEMS = {
  'invalid-json': {
    status: 400,
    title: { fi: 'Virheellinen JSON', sv: 'Ogiltig JSON', en: 'Invalid JSON' },
    detail: {
      fi: 'Pyynnön runko ei ole kelvollista JSON-muotoa.',
      sv: 'Begärans innehåll är inte giltig JSON.',
      en: 'The request body is not valid JSON.',
    },
  },
  'invalid-request': {
    status: 400,
    title: { fi: 'Virheellinen pyyntö', sv: 'Ogiltig begäran', en: 'Invalid request' },
    detail: {
      fi: 'Pyynnön kentät eivät kelpaa; katso errors.',
      sv: 'Begärans fält är ogiltiga; se errors.',
      en: "The request's fields are not valid; see errors.",
    },
  },
  'invalid-assessment': {
    status: 400,
    title: { fi: 'Virheellinen osallisuusarvio', sv: 'Ogiltig delaktighetsbedömning', en: 'Invalid assessment' },
    detail: {
      fi: 'Osallisuusarvio ei vastaa skeemaa; errors kertoo kohdat (polut assessment-kentän sisällä).',
      sv: 'Bedömningen motsvarar inte schemat; errors anger ställena (sökvägar inom fältet assessment).',
      en: 'The assessment does not match the schema; errors names each place (paths inside the assessment field).',
    },
  },
  'not-a-pdf': {
    status: 400,
    title: { fi: 'Ei PDF-tiedosto', sv: 'Inte en PDF-fil', en: 'Not a PDF file' },
    detail: {
      fi: 'Lähetetty tiedosto ei ole PDF-tiedosto.',
      sv: 'Den skickade filen är inte en PDF-fil.',
      en: 'The file sent is not a PDF file.',
    },
  },
  'not-found': {
    status: 404,
    title: { fi: 'Ei löydy', sv: 'Hittades inte', en: 'Not found' },
    detail: {
      fi: 'Tätä osoitetta ei ole; katso GET /openapi.json.',
      sv: 'Adressen finns inte; se GET /openapi.json.',
      en: 'There is no such endpoint; see GET /openapi.json.',
    },
  },
  'body-too-large': {
    status: 413,
    title: { fi: 'Liian suuri pyyntö', sv: 'För stor begäran', en: 'Request too large' },
    detail: {
      fi: 'Pyynnön runko on suurempi kuin palvelun raja ({limit} tavua).',
      sv: 'Begärans innehåll är större än tjänstens gräns ({limit} byte).',
      en: "The request body is larger than the service's limit ({limit} bytes).",
    },
  },
  'not-acceptable': {
    status: 406,
    title: { fi: 'Pyydettyä muotoa ei ole', sv: 'Det begärda formatet finns inte', en: 'Not acceptable' },
    detail: {
      fi: 'Tämä osoite antaa vain muodot {offered} (Accept-otsake).',
      sv: 'Den här adressen ger bara formaten {offered} (rubriken Accept).',
      en: 'This endpoint answers with {offered} only (the Accept header).',
    },
  },
  'too-many-assessments': {
    status: 413,
    title: { fi: 'Liikaa osallisuusarvioita', sv: 'För många bedömningar', en: 'Too many assessments' },
    detail: {
      fi: 'Yhdessä pyynnössä voi olla enintään {limit} osallisuusarviota; tässä oli {count}.',
      sv: 'En begäran kan ha högst {limit} bedömningar; den här hade {count}.',
      en: 'One request can hold at most {limit} assessments; this one had {count}.',
    },
  },
  'unsupported-media-type': {
    status: 415,
    title: { fi: 'Väärä sisältötyyppi', sv: 'Fel innehållstyp', en: 'Unsupported media type' },
    detail: {
      fi: 'Tämä osoite ottaa vastaan vain tyypin {expected}.',
      sv: 'Den här adressen tar bara emot {expected}.',
      en: 'This endpoint accepts {expected} only.',
    },
  },
  'no-assessment-data': {
    status: 422,
    title: {
      fi: 'Liitteessä ei ole luettavia tietoja',
      sv: 'Bilagan har inga läsbara uppgifter',
      en: 'No readable assessment data',
    },
    detail: {
      fi: 'PDF-tiedostosta ei saatu osallisuusarviota; katso errors.',
      sv: 'Ingen bedömning kunde läsas ur PDF-filen; se errors.',
      en: 'No assessment could be read from the PDF file; see errors.',
    },
  },
  'queue-full': {
    status: 503,
    title: { fi: 'Palvelu on kiireinen', sv: 'Tjänsten är upptagen', en: 'Service busy' },
    detail: {
      fi: 'Tulostusjono on täynnä. Yritä uudelleen Retry-After-otsakkeen ajan kuluttua.',
      sv: 'Kön är full. Försök igen efter tiden i rubriken Retry-After.',
      en: 'The render queue is full. Try again after the time in the Retry-After header.',
    },
  },
  'not-ready': {
    status: 503,
    title: { fi: 'Palvelu ei ole valmis', sv: 'Tjänsten är inte redo', en: 'Service not ready' },
    detail: {
      fi: 'Palvelu käynnistyy tai sammuu eikä ota vastaan uutta työtä.',
      sv: 'Tjänsten startar eller stängs och tar inte emot nytt arbete.',
      en: 'The service is starting or stopping and takes no new work.',
    },
  },
  timeout: {
    status: 504,
    title: { fi: 'Aikaraja ylittyi', sv: 'Tidsgränsen överskreds', en: 'Timed out' },
    detail: {
      fi: 'Työ ei valmistunut {seconds} sekunnissa ja keskeytettiin.',
      sv: 'Arbetet blev inte klart på {seconds} sekunder och avbröts.',
      en: 'The work did not finish within {seconds} seconds and was stopped.',
    },
  },
  internal: {
    status: 500,
    title: { fi: 'Sisäinen virhe', sv: 'Internt fel', en: 'Internal error' },
    detail: {
      fi: 'Palvelussa tapahtui odottamaton virhe. Ilmoita siitä pyynnön tunnisteen kanssa.',
      sv: 'Ett oväntat fel inträffade i tjänsten. Rapportera det med begärans id.',
      en: 'An unexpected error occurred in the service. Please report it with the request id.',
    },
  },
} as const satisfies Record<string, Kind>;
export type ProblemKind = keyof typeof PROBLEMS;

export const PROBLEM_BASE = 'https://osallisuusarvio.fi/problems/';

/** Thrown (or returned) by a handler; the error handler turns it into application/problem+json. */
export class HttpProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly options: {
      readonly errors?: readonly ProblemItem[];
      readonly params?: Readonly<Record<string, string | number>>;
      readonly retryAfter?: number;
    } = {},
  ) {
    super(kind);
    this.name = 'HttpProblem';
  }
  get status(): number {
    return PROBLEMS[this.kind].status;
  }
}

/** An unexpected failure; `reason` (a stack) goes to the log, never to the client. */
export class InternalFailure extends HttpProblem {
  constructor(readonly reason: string) {
    super('internal');
  }
}

export interface ProblemBody {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly requestId?: string;
  readonly errors?: readonly ProblemItem[];
}

const fill = (text: string, params: Readonly<Record<string, string | number>>) =>
  text.replace(/\{(\w+)\}/g, (m, key: string) => (key in params ? String(params[key]) : m));

export function problemBody(problem: HttpProblem, locale: Locale, instance: string, requestId: string): ProblemBody {
  const kind = PROBLEMS[problem.kind];
  const params = problem.options.params ?? {};
  const errors = problem.options.errors;
  // With one problem, its own message says more than the general one.
  const detail = errors && errors.length === 1 ? errors[0]!.message[locale] : fill(kind.detail[locale], params);
  return {
    type: `${PROBLEM_BASE}${problem.kind}`,
    title: kind.title[locale],
    status: kind.status,
    detail,
    instance,
    requestId,
    ...(errors ? { errors } : {}),
  };
}

/** The first of fi, sv, en named by an Accept-Language header ("sv-FI,sv;q=0.9,en;q=0.5" → sv), if any. */
export function acceptedLocale(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const tags = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((r) => /^\s*q=([\d.]+)/.exec(r)).find(Boolean);
      return { lang: tag.trim().toLowerCase().split('-')[0]!, q: q ? Number(q[1]) : 1 };
    })
    .filter((t) => t.q > 0)
    .sort((a, b) => b.q - a.q);
  return tags.map((t) => t.lang).find((l): l is Locale => (LOCALES as readonly string[]).includes(l));
}

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: { fi: 'teksti', sv: 'text', en: 'text' },
  number: { fi: 'numero', sv: 'tal', en: 'a number' },
  int: { fi: 'kokonaisluku', sv: 'heltal', en: 'a whole number' },
  boolean: { fi: 'totuusarvo', sv: 'sanningsvärde', en: 'true/false' },
  array: { fi: 'lista', sv: 'lista', en: 'a list' },
  object: { fi: 'objekti', sv: 'objekt', en: 'an object' },
};
const typeName = (t: string): LocalizedText => TYPE_NAMES[t] ?? { fi: t, sv: t, en: t };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function describe(issue: z.core.$ZodIssue, input: unknown): LocalizedText {
  switch (issue.code) {
    case 'invalid_type': {
      const exp = typeName(issue.expected);
      if (valueAt(input, issue.path) === undefined)
        return {
          fi: `Pakollinen tieto puuttuu (odotettiin: ${exp.fi}).`,
          sv: `Obligatorisk uppgift saknas (förväntat: ${exp.sv}).`,
          en: `Required value is missing (expected ${exp.en}).`,
        };
      return {
        fi: `Väärä tyyppi: odotettiin ${exp.fi}.`,
        sv: `Fel typ: förväntat ${exp.sv}.`,
        en: `Wrong type: expected ${exp.en}.`,
      };
    }
    case 'too_big':
      return {
        fi: `Liian suuri: enintään ${String(issue.maximum)}.`,
        sv: `För stort: högst ${String(issue.maximum)}.`,
        en: `Too big: at most ${String(issue.maximum)}.`,
      };
    case 'too_small':
      return issue.origin === 'string'
        ? { fi: 'Teksti ei saa olla tyhjä.', sv: 'Texten får inte vara tom.', en: 'The text must not be empty.' }
        : {
            fi: `Liian pieni: vähintään ${String(issue.minimum)}.`,
            sv: `För litet: minst ${String(issue.minimum)}.`,
            en: `Too small: at least ${String(issue.minimum)}.`,
          };
    case 'invalid_value': {
      const list = issue.values.map(String).join(', ');
      return {
        fi: `Tuntematon arvo. Sallitut arvot: ${list}.`,
        sv: `Okänt värde. Tillåtna värden: ${list}.`,
        en: `Unknown value. Allowed values: ${list}.`,
      };
    }
    case 'invalid_format':
      return issue.format === 'date'
        ? {
            fi: 'Päivämäärän muoto on VVVV-KK-PP, esim. 2026-03-17.',
            sv: 'Datumformatet är ÅÅÅÅ-MM-DD, t.ex. 2026-03-17.',
            en: 'The date format is YYYY-MM-DD, e.g. 2026-03-17.',
          }
        : issue.format === 'datetime'
          ? {
              fi: 'Ajan muoto on ISO 8601 aikavyöhykkeen kanssa, esim. 2026-03-17T09:00:00+02:00.',
              sv: 'Tidsformatet är ISO 8601 med tidszon, t.ex. 2026-03-17T09:00:00+02:00.',
              en: 'The time format is ISO 8601 with a time zone, e.g. 2026-03-17T09:00:00+02:00.',
            }
          : {
              fi: `Muoto ei kelpaa (${issue.format}).`,
              sv: `Ogiltigt format (${issue.format}).`,
              en: `Invalid format (${issue.format}).`,
            };
    case 'invalid_union':
      return {
        fi: 'Odotettiin sisäänrakennetun profiilin tunnusta (teksti) tai kokonaista profiilia (objekti).',
        sv: 'Förväntat id för en inbyggd profil (text) eller en hel profil (objekt).',
        en: "Expected a built-in profile's id (text) or a whole profile (an object).",
      };
    default:
      return { fi: issue.message, sv: issue.message, en: issue.message };
  }
}

/** zod's issues as problems with fi/sv/en messages; an unknown key is one problem at its own path. */
export function zodProblems(error: z.ZodError, prefix: readonly (string | number)[], input: unknown): ProblemItem[] {
  return error.issues.flatMap((issue) => {
    const base = [...prefix, ...issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => {
        const path = [...base, key];
        return {
          path,
          pathText: pathToText(path),
          code: 'unrecognized_key',
          message: {
            fi: 'Tuntematon kenttä (kirjoitusvirhe?).',
            sv: 'Okänt fält (stavfel?).',
            en: 'Unknown field (a typo?).',
          },
        };
      });
    const inner = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
    return [
      { path: base, pathText: pathToText(base), code: issue.code, message: describe({ ...issue, path: inner }, input) },
    ];
  });
}
