import { todayIso } from './dates.js';
import type { Assessment } from './schema.js';
import { GENERIC_REGION } from './regions.js';
import type { RegionProfile } from './regions.js';
import { formatLocalized } from './i18n.js';
import type { LocalizedText } from './i18n.js';
import { RULES } from './rules/index.js';
import type { AnyRule, Finding, RuleContext, RuleHit, RuleKind, Severity } from './rules/types.js';
import { resolveLegalBasis } from './legal-roles.js';
import type { LegalReference } from './legal.js';
import { RULE_KINDS, SEVERITIES } from './rules/types.js';
import { PART_IDS, partCompleteness } from './completeness.js';
import type { PartCompleteness, PartId } from './completeness.js';
import type { MethodId } from './catalogues/methods.js';
import type { BodyId } from './catalogues/bodies.js';
import { isConsulted } from './rules/helpers.js';
import { ResponseMatcher } from './responses.js';

/** Where evaluate reports a host rule that threw or returned something other than hits. */
export interface EvaluateLogger {
  error(message: string, detail?: unknown): void;
}

export interface EvaluateOptions {
  /** The organiser the assessment is made for; the generic welfare region when left out. */
  readonly organiser?: RegionProfile;
  /** The same as `organiser`, under its earlier name. */
  readonly region?: RegionProfile;
  /** ISO date; defaults to the current day in Helsinki. Pass it to make evaluation reproducible. */
  readonly today?: string;
  /** Host rules, evaluated after the built-in ones. */
  readonly rules?: readonly AnyRule[];
  /** Built-in rule ids to switch off (a host with a stricter rule of its own, say). */
  readonly disabledRules?: readonly string[];
  /** Told when a host rule cannot be evaluated; the evaluation goes on and a finding says so. */
  readonly logger?: EvaluateLogger;
}

/** Why a method or a consultation is suggested: the findings that ask for it. */
export interface Recommendation<Id extends string> {
  readonly id: Id;
  readonly reasons: readonly { readonly ruleId: string; readonly message: LocalizedText }[];
}

/**
 * - `breaksLegalDuty`: an error of kind `legalDuty`: as answered, a duty of the law is not met.
 * - `hasErrors`: errors of good practice or of the data itself (dates reversed …); fix before attaching.
 * - `incomplete`: no errors, but questions remain unanswered.
 * - `complete`: every question answered and no errors (warnings may remain and are printed).
 */
export type AssessmentStatus = 'breaksLegalDuty' | 'hasErrors' | 'incomplete' | 'complete';

export interface Evaluation {
  /** Open and answered findings; an answered one has `response` and counts nowhere else. */
  readonly findings: readonly Finding[];
  /** Open findings of each severity: findings answered "considered, not followed" are left out. */
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

// In dates.ts, so that a form that only asks for today's date does not bring this module (and the rules).
export { todayIso } from './dates.js';

// Resolving a rule's roles for an organiser is the same every time: once per profile and rule.
const resolved = new WeakMap<RegionProfile, WeakMap<AnyRule, readonly LegalReference[]>>();
function legalBasisOf(rule: AnyRule, organiser: RegionProfile): readonly LegalReference[] {
  let perRule = resolved.get(organiser);
  if (!perRule) {
    perRule = new WeakMap();
    resolved.set(organiser, perRule);
  }
  let refs = perRule.get(rule);
  if (!refs) {
    refs = resolveLegalBasis(Array.isArray(rule.legalBasis) ? rule.legalBasis : [], organiser);
    perRule.set(rule, refs);
  }
  return refs;
}

const BUILT_IN_IDS = new Set(RULES.map((r) => r.id));

/** Host rules must not reuse an id: findings, disabled rules and the rule reference are keyed by it. */
function checkRuleIds(hostRules: readonly AnyRule[], disabled: ReadonlySet<string>): void {
  const seen = new Set<string>();
  for (const r of hostRules) {
    const id = (r as { id?: unknown }).id;
    if (typeof id !== 'string' || id === '')
      throw new TypeError('evaluate: a host rule has no id (a non-empty string).');
    if (seen.has(id)) throw new TypeError(`evaluate: two host rules have the id "${id}"; rule ids must be unique.`);
    if (BUILT_IN_IDS.has(id) && !disabled.has(id))
      throw new TypeError(
        `evaluate: the host rule "${id}" has the id of a built-in rule; give it an id of its own, or switch the built-in one off with disabledRules.`,
      );
    seen.add(id);
  }
}

const isHit = (h: unknown): h is RuleHit =>
  h !== null &&
  typeof h === 'object' &&
  Array.isArray((h as RuleHit).fields) &&
  (h as RuleHit).fields.every((f) => typeof f === 'string') &&
  (h as RuleHit).params !== null &&
  typeof (h as RuleHit).params === 'object' &&
  ((h as RuleHit).answers === undefined || Array.isArray((h as RuleHit).answers));

const NOT_EVALUATED = {
  fi: 'Sääntöä {rule} ei voitu arvioida',
  sv: 'Regeln {rule} kunde inte bedömas',
  en: 'Rule {rule} could not be evaluated',
};
const NOT_EVALUATED_MESSAGE = {
  fi: 'Sääntöä {rule} ei voitu arvioida, joten sen tarkistus puuttuu tästä arviosta. Ilmoita asiasta järjestelmän ylläpitäjälle.',
  sv: 'Regeln {rule} kunde inte bedömas, så dess kontroll saknas i denna bedömning. Meddela systemets administratör.',
  en: 'Rule {rule} could not be evaluated, so its check is missing from this assessment. Tell the system’s administrator.',
};

/** Runs every rule over a parsed assessment. Pure apart from reading the clock when `today` is not given. */
export function evaluate(assessment: Assessment, options: EvaluateOptions = {}): Evaluation {
  const organiser = options.organiser ?? options.region ?? GENERIC_REGION;
  const context: RuleContext = { organiser, region: organiser, today: options.today ?? todayIso() };
  const disabled = new Set(options.disabledRules ?? []);
  const hostRules = options.rules ?? [];
  checkRuleIds(hostRules, disabled);
  const rules = [...RULES.filter((r) => !disabled.has(r.id)), ...hostRules];
  const builtInCount = rules.length - hostRules.length;

  const findings: Finding[] = [];
  const methods = new Map<MethodId, Recommendation<MethodId>['reasons'][number][]>();
  const bodies = new Map<BodyId, Recommendation<BodyId>['reasons'][number][]>();
  const chosenMethods = new Set(assessment.methods.map((m) => m.method));
  const consultedBodies = new Set(assessment.consultations.filter(isConsulted).map((c) => c.body));
  const responses = new ResponseMatcher(assessment.responses);

  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    const host = r >= builtInCount;
    const ruleFindings: Finding[] = [];
    let recMethods: readonly MethodId[] = [];
    let recBodies: readonly BodyId[] = [];
    try {
      const hits = rule.when(assessment, context);
      // Built-in rules are tested; a host rule's answer is checked before it reaches the findings.
      if (host && !(Array.isArray(hits) && hits.every(isHit)))
        throw new TypeError(
          `rule "${rule.id}" returned ${Array.isArray(hits) ? 'a list holding something other than hits' : String(hits)}, not a list of hits`,
        );
      if (hits.length === 0) continue;
      const kind: RuleKind = rule.kind ?? 'goodPractice';
      const legalBasis = legalBasisOf(rule, organiser);
      for (const hit of hits) {
        ruleFindings.push({
          ruleId: rule.id,
          severity: rule.severity,
          kind,
          title: rule.title,
          message: formatLocalized(rule.message, hit.params),
          legalBasis,
          fields: hit.fields,
          answers: hit.answers ?? [],
        });
      }
      if (host && !(SEVERITIES as readonly unknown[]).includes(rule.severity))
        throw new TypeError(`rule "${rule.id}" has the unknown severity ${String(rule.severity)}`);
      if (host && rule.kind !== undefined && !(RULE_KINDS as readonly unknown[]).includes(rule.kind))
        throw new TypeError(`rule "${rule.id}" has the unknown kind ${String(rule.kind)}`);
      recMethods = rule.recommends?.methods ?? [];
      recBodies = rule.recommends?.consultations ?? [];
      if (!Array.isArray(recMethods) || !Array.isArray(recBodies))
        throw new TypeError(`rule "${rule.id}" recommends something other than lists of ids`);
    } catch (e) {
      if (!host) throw e;
      options.logger?.error(`osallisuusarvio: rule "${rule.id}" could not be evaluated`, e);
      const params = { rule: String(rule.id) };
      findings.push({
        ruleId: 'rule-not-evaluated',
        severity: 'warning',
        kind: rule.kind ?? 'goodPractice',
        title: formatLocalized(NOT_EVALUATED, params),
        message: formatLocalized(NOT_EVALUATED_MESSAGE, params),
        legalBasis: [],
        fields: [],
        answers: [],
      });
      continue;
    }
    for (const hit of ruleFindings) {
      const f = responses.answer(hit);
      findings.push(f);
      // The official has considered an answered finding: what it suggests is no longer recommended.
      if (f.response) continue;
      for (const m of recMethods) {
        if (!chosenMethods.has(m)) push(methods, m, { ruleId: rule.id, message: f.message });
      }
      for (const b of recBodies) {
        if (!consultedBodies.has(b)) push(bodies, b, { ruleId: rule.id, message: f.message });
      }
    }
  }
  findings.push(...responses.notices());
  // Stable sort: most severe first, then in rule order, so the list reads like the checklist.
  findings.sort((x, y) => severityRank(x.severity) - severityRank(y.severity));

  const counts = { error: 0, warning: 0, recommendation: 0, info: 0 };
  for (const f of findings) if (!f.response) counts[f.severity] += 1;

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
    // Answered findings are good practice or advice and never count here (see responses.ts).
    status: findings.some((f) => f.severity === 'error' && f.kind === 'legalDuty')
      ? 'breaksLegalDuty'
      : counts.error > 0
        ? 'hasErrors'
        : overall < 1
          ? 'incomplete'
          : 'complete',
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
