import type { LocalizedText, MessageParam } from '../i18n.js';
import type { LegalReference } from '../legal.js';
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

export interface RuleContext {
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
  /** A short name for the rule reference and the findings list. */
  readonly title: LocalizedText;
  /** When the rule fires, in words a lawyer can check against the law. Shown in the rule reference. */
  readonly description?: LocalizedText;
  readonly legalBasis: readonly LegalReference[];
  /** The finding's text, with `{param}` placeholders filled from the hit's params. */
  readonly message: LocalizedText;
  /** What the official can do about it; methods and bodies suggested whenever the rule fires. */
  readonly recommends?: { readonly methods?: readonly MethodId[]; readonly consultations?: readonly BodyId[] };
  /** Pure: the same assessment and context give the same hits. An empty array means the rule is satisfied. */
  readonly when: (assessment: Assessment, context: RuleContext) => readonly RuleHit<P>[];
}

/** Identity with inference: the params of `message` and the field paths of hits are type-checked. */
export function defineRule<const P extends MessageParams>(rule: Rule<P>): Rule<P> {
  return rule;
}

// A rule of any params, for lists; `MessageParams` is the widest params type rules can have.
export type AnyRule = Rule<MessageParams>;

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly title: LocalizedText;
  readonly message: LocalizedText;
  readonly legalBasis: readonly LegalReference[];
  readonly fields: readonly FieldPath[];
  readonly answers: readonly TriggerAnswer[];
}
