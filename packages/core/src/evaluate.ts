import { todayInHelsinki } from './dates.js';
import type { Assessment } from './schema.js';
import { GENERIC_REGION } from './regions.js';
import type { RegionProfile } from './regions.js';
import { formatLocalized } from './i18n.js';
import type { LocalizedText } from './i18n.js';
import { RULES } from './rules/index.js';
import type { AnyRule, Finding, RuleContext, Severity } from './rules/types.js';
import { SEVERITIES } from './rules/types.js';
import { PART_IDS, partCompleteness } from './completeness.js';
import type { PartCompleteness, PartId } from './completeness.js';
import type { MethodId } from './catalogues/methods.js';
import type { BodyId } from './catalogues/bodies.js';
import { isConsulted } from './rules/helpers.js';

export interface EvaluateOptions {
  readonly region?: RegionProfile;
  /** ISO date; defaults to the current day in Helsinki. Pass it to make evaluation reproducible. */
  readonly today?: string;
  /** Host rules, evaluated after the built-in ones. */
  readonly rules?: readonly AnyRule[];
  /** Built-in rule ids to switch off (a host with a stricter rule of its own, say). */
  readonly disabledRules?: readonly string[];
}

/** Why a method or a consultation is suggested: the findings that ask for it. */
export interface Recommendation<Id extends string> {
  readonly id: Id;
  readonly reasons: readonly { readonly ruleId: string; readonly message: LocalizedText }[];
}

/**
 * - `hasErrors`: the assessment breaks a rule whose basis is the law; fix before attaching.
 * - `incomplete`: no errors, but questions remain unanswered.
 * - `complete`: every question answered and no errors (warnings may remain and are printed).
 */
export type AssessmentStatus = 'hasErrors' | 'incomplete' | 'complete';

export interface Evaluation {
  readonly findings: readonly Finding[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly recommendedMethods: readonly Recommendation<MethodId>[];
  readonly recommendedConsultations: readonly Recommendation<BodyId>[];
  readonly completeness: {
    readonly parts: Readonly<Record<PartId, PartCompleteness>>;
    /** Share of all applicable items answered, 0…1. */
    readonly overall: number;
  };
  readonly status: AssessmentStatus;
}

const severityRank = (s: Severity) => SEVERITIES.indexOf(s);

/** Today as the rules see it: the day in Helsinki (see dates.ts). */
export function todayIso(now: Date = new Date()): string {
  return todayInHelsinki(now);
}

/** Runs every rule over a parsed assessment. Pure apart from reading the clock when `today` is not given. */
export function evaluate(assessment: Assessment, options: EvaluateOptions = {}): Evaluation {
  const context: RuleContext = { region: options.region ?? GENERIC_REGION, today: options.today ?? todayIso() };
  const disabled = new Set(options.disabledRules ?? []);
  const rules = [...RULES.filter((r) => !disabled.has(r.id)), ...(options.rules ?? [])];

  const findings: Finding[] = [];
  const methods = new Map<MethodId, Recommendation<MethodId>['reasons'][number][]>();
  const bodies = new Map<BodyId, Recommendation<BodyId>['reasons'][number][]>();
  const chosenMethods = new Set(assessment.methods.map((m) => m.method));
  const consultedBodies = new Set(assessment.consultations.filter(isConsulted).map((c) => c.body));

  for (const rule of rules) {
    for (const hit of rule.when(assessment, context)) {
      const message = formatLocalized(rule.message, hit.params);
      findings.push({
        ruleId: rule.id,
        severity: rule.severity,
        title: rule.title,
        message,
        legalBasis: rule.legalBasis,
        fields: hit.fields,
        answers: hit.answers ?? [],
      });
      for (const m of rule.recommends?.methods ?? []) {
        if (!chosenMethods.has(m)) push(methods, m, { ruleId: rule.id, message });
      }
      for (const b of rule.recommends?.consultations ?? []) {
        if (!consultedBodies.has(b)) push(bodies, b, { ruleId: rule.id, message });
      }
    }
  }
  // Stable sort: most severe first, then in rule order, so the list reads like the checklist.
  findings.sort((x, y) => severityRank(x.severity) - severityRank(y.severity));

  const counts = { error: 0, warning: 0, recommendation: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;

  const parts = Object.fromEntries(PART_IDS.map((p) => [p, partCompleteness(assessment, p)])) as Record<
    PartId,
    PartCompleteness
  >;
  let answered = 0;
  let total = 0;
  for (const p of PART_IDS) {
    answered += parts[p].answered;
    total += parts[p].total;
  }
  const overall = total === 0 ? 1 : answered / total;

  return {
    findings,
    counts,
    recommendedMethods: [...methods].map(([id, reasons]) => ({ id, reasons })),
    recommendedConsultations: [...bodies].map(([id, reasons]) => ({ id, reasons })),
    completeness: { parts, overall },
    status: counts.error > 0 ? 'hasErrors' : overall < 1 ? 'incomplete' : 'complete',
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
