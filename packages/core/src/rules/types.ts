import type { LocalizedText, MessageParam } from '../i18n.js';
import type { LegalReference } from '../legal.js';
import type { LegalBasis } from '../legal-roles.js';
import type { RegionProfile } from '../regions.js';
import type { Assessment } from '../schema.js';
import type { BodyId } from '../catalogues/bodies.js';
import type { MethodId } from '../catalogues/methods.js';

type Join<K extends string, P> = P extends string ? `${K}.${P}` : never;

/** Every dotted path into `T`, array items as numbers: "methods.0.status". */
export type Paths<T> = T extends readonly (infer U)[]
  ? `${number}` | Join<`${number}`, Paths<U>>
  : T extends object
    ? { [K in keyof T & string]: K | Join<K, Paths<T[K]>> }[keyof T & string]
    : never;

/** A field of an assessment, as the widget focuses it and the PDF names it. */
export type FieldPath = Paths<Assessment>;

export const SEVERITIES = ['error', 'warning', 'recommendation', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_LABELS: Record<Severity, LocalizedText> = {
  error: { fi: 'Virhe', sv: 'Fel', en: 'Error' },
  warning: { fi: 'Varoitus', sv: 'Varning', en: 'Warning' },
  recommendation: { fi: 'Suositus', sv: 'Rekommendation', en: 'Recommendation' },
  info: { fi: 'Tiedoksi', sv: 'För kännedom', en: 'For information' },
};

/**
 * What a rule's finding is, beside how severe it is:
 * - `legalDuty`: the law requires it (611/2021 32 §, 34 §, 30 §; Hallintolaki 41 § when triggered …);
 * - `goodPractice`: the checklist or the organiser's own rules (a reason for no participation, minimum days);
 * - `advice`: what tends to work (methods that fit the matter);
 * - `consistency`: the data contradicts itself (dates reversed, participation closing after the meeting).
 */
export const RULE_KINDS = ['legalDuty', 'goodPractice', 'advice', 'consistency'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const RULE_KIND_LABELS: Record<RuleKind, LocalizedText> = {
  legalDuty: { fi: 'Lakisääteinen velvollisuus', sv: 'Lagstadgad skyldighet', en: 'Legal duty' },
  goodPractice: { fi: 'Hyvä käytäntö', sv: 'God praxis', en: 'Good practice' },
  advice: { fi: 'Neuvo', sv: 'Råd', en: 'Advice' },
  consistency: { fi: 'Tietojen ristiriita', sv: 'Motstridiga uppgifter', en: 'Inconsistent data' },
};

export interface RuleContext {
  /** The organiser the assessment is made for. */
  readonly organiser: RegionProfile;
  /** The same profile under its earlier name. */
  readonly region: RegionProfile;
  /** Today as an ISO date (YYYY-MM-DD). Passed in so that evaluation stays pure and testable. */
  readonly today: string;
}

/** An answer that made a rule fire, so the UI and the PDF can say "because you answered …". */
export interface TriggerAnswer {
  readonly field: FieldPath;
  readonly value: string;
}

export type MessageParams = Readonly<Record<string, MessageParam>>;

/** One firing of a rule. */
export interface RuleHit<P extends MessageParams = MessageParams> {
  readonly fields: readonly FieldPath[];
  readonly answers?: readonly TriggerAnswer[];
  readonly params: P;
}

export interface Rule<P extends MessageParams = MessageParams> {
  /** Stable id: hosts filter findings by it and the rule reference links to it. */
  readonly id: string;
  readonly severity: Severity;
  /** Law, good practice, advice or a consistency check; a host rule without one counts as good practice. */
  readonly kind?: RuleKind;
  /** A short name for the rule reference and the findings list. */
  readonly title: LocalizedText;
  /** When the rule fires, in words a lawyer can check against the law. Shown in the rule reference. */
  readonly description?: LocalizedText;
  /** Fixed provisions, or legal roles that the organiser's profile resolves to its own statute and section. */
  readonly legalBasis: readonly LegalBasis[];
  /** The finding's text, with `{param}` placeholders filled from the hit's params. */
  readonly message: LocalizedText;
  /** What the official can do about it; methods and bodies suggested whenever the rule fires. */
  readonly recommends?: { readonly methods?: readonly MethodId[]; readonly consultations?: readonly BodyId[] };
  /** Pure: the same assessment and context give the same hits. An empty array means the rule is satisfied. */
  readonly when: (assessment: Assessment, context: RuleContext) => readonly RuleHit<P>[];
}

/** The `{name}` placeholders of a message text, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer K}}${infer Rest}`
  ? K | Placeholders<Rest>
  : never;

/** A message whose placeholders are all params of the hits; otherwise a type that names the stray one. */
type CheckedMessage<M extends LocalizedText, P> = [
  Exclude<Placeholders<M['fi'] | M['sv'] | M['en']>, keyof P & string>,
] extends [never]
  ? unknown
  : { readonly unknownPlaceholder: Exclude<Placeholders<M['fi'] | M['sv'] | M['en']>, keyof P & string> };

/**
 * Identity with inference: the params of `message`, the field paths of hits and the message's `{placeholders}`
 * are type-checked, so a misspelt `{platfrom}` fails to compile instead of showing up in an appendix.
 */
export function defineRule<const P extends MessageParams, const M extends LocalizedText = LocalizedText>(
  rule: Rule<P> & { readonly message: M & CheckedMessage<M, P> },
): Rule<P> {
  return rule;
}

// A rule of any params, for lists; `MessageParams` is the widest params type rules can have.
export type AnyRule = Rule<MessageParams>;

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly kind: RuleKind;
  readonly title: LocalizedText;
  readonly message: LocalizedText;
  /** The rule's legal basis resolved for the organiser: "Kuntalaki (410/2015) 27 §" for a municipality. */
  readonly legalBasis: readonly LegalReference[];
  readonly fields: readonly FieldPath[];
  readonly answers: readonly TriggerAnswer[];
  /**
   * Set when the official has answered the finding "considered, not followed" with a reason (a response in
   * the assessment's `responses`, same rule and field). An answered finding no longer counts against the
   * assessment: it is left out of `counts`, the status and the recommendations, and printed once, apart.
   */
  readonly response?: FindingAnswer;
}

/** The official's answer to a good-practice or advice finding, as evaluate attaches it. */
export interface FindingAnswer {
  readonly reason: string;
  /** ISO date of the answer, when the widget or the host recorded it. */
  readonly respondedOn: string | null;
}
