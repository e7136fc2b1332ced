import { formatLocalized, inSentence } from './i18n.js';
import type { FindingResponse } from './schema.js';
import { isBlank } from './rules/helpers.js';
import { RULE_KIND_LABELS } from './rules/types.js';
import type { FieldPath, Finding, RuleKind } from './rules/types.js';
import { RESPONSE_FINDING_TEXTS as T } from './texts/responses.js';

/**
 * The kinds of finding an official may answer with "considered, not followed". A legal duty binds whatever
 * the official thinks of it, and inconsistent data is fixed, not explained away.
 */
export const ANSWERABLE_KINDS = ['goodPractice', 'advice'] as const satisfies readonly RuleKind[];

/** Ids of the findings that evaluate makes about the responses themselves (not rules: nothing to switch off). */
export const RESPONSE_FINDING_IDS = {
  /** A response to a legal-duty or consistency finding: it has no effect, the finding stays open. */
  notAllowed: 'response-not-allowed',
  /** A response with a blank reason: it has no effect, the finding stays open. */
  withoutReason: 'response-without-reason',
  /** A response whose rule and field no longer give a finding: kept in the assessment, to be removed. */
  stale: 'response-stale',
} as const;

// Findings about the evaluation itself, not about the answers: they have no rule to answer.
const SYSTEM_FINDING_IDS: ReadonlySet<string> = new Set(['rule-not-evaluated', ...Object.values(RESPONSE_FINDING_IDS)]);

/** The field a response names for a finding: the finding's first field, the one to fix. */
export function responseField(finding: Pick<Finding, 'fields'>): string | undefined {
  return finding.fields[0];
}

/** Whether the official may answer this finding with "considered, not followed". */
export function isAnswerable(finding: Pick<Finding, 'ruleId' | 'kind' | 'fields'>): boolean {
  return (
    (ANSWERABLE_KINDS as readonly string[]).includes(finding.kind) &&
    !SYSTEM_FINDING_IDS.has(finding.ruleId) &&
    responseField(finding) !== undefined
  );
}

/** The response in `responses` that answers `finding` (same rule, same field), if any. */
export function findResponse(
  responses: readonly FindingResponse[],
  finding: Pick<Finding, 'ruleId' | 'fields'>,
): FindingResponse | undefined {
  const field = responseField(finding);
  return field === undefined ? undefined : responses.find((r) => r.ruleId === finding.ruleId && r.field === field);
}

const key = (ruleId: string, field: string) => `${ruleId}\u0000${field}`;

/**
 * Matches the assessment's responses to the findings of one evaluation. `answer` is called once per finding
 * in rule order; `notices` afterwards gives the findings about responses that did not count.
 */
export class ResponseMatcher {
  private readonly rows = new Map<string, number>();
  private readonly used = new Set<number>();
  private readonly refused = new Map<number, Finding>();

  constructor(private readonly responses: readonly FindingResponse[]) {
    // Parsing refuses duplicates; if a host passes them anyway the first one counts, as findResponse does.
    responses.forEach((r, i) => {
      const k = key(r.ruleId, r.field);
      if (!this.rows.has(k)) this.rows.set(k, i);
    });
  }

  /** The finding as the official answered it: with `response` when it counts, unchanged otherwise. */
  answer(finding: Finding): Finding {
    const field = responseField(finding);
    if (field === undefined || this.rows.size === 0 || SYSTEM_FINDING_IDS.has(finding.ruleId)) return finding;
    const row = this.rows.get(key(finding.ruleId, field));
    if (row === undefined) return finding;
    const response = this.responses[row]!;
    this.used.add(row);
    if (!isAnswerable(finding)) {
      if (!this.refused.has(row)) this.refused.set(row, notAllowed(finding, response, row));
      return finding;
    }
    if (isBlank(response.reason)) {
      if (!this.refused.has(row)) this.refused.set(row, withoutReason(finding, response, row));
      return finding;
    }
    return { ...finding, response: { reason: response.reason, respondedOn: response.respondedOn } };
  }

  /** Findings about responses that did not count: refused, without a reason, or answering nothing (stale). */
  notices(): Finding[] {
    const out: Finding[] = [];
    this.responses.forEach((r, row) => {
      const refused = this.refused.get(row);
      if (refused) out.push(refused);
      else if (!this.used.has(row) && this.rows.get(key(r.ruleId, r.field)) === row) out.push(stale(r, row));
    });
    return out;
  }
}

function about(response: FindingResponse, row: number) {
  // The field first, so that "go to the field" takes the official to the answer; then the response's row.
  return {
    legalBasis: [],
    fields: [response.field as FieldPath, `responses.${row}` as FieldPath],
    answers: [{ field: `responses.${row}.ruleId` as FieldPath, value: response.ruleId }],
  };
}

function notAllowed(finding: Finding, response: FindingResponse, row: number): Finding {
  const kind = RULE_KIND_LABELS[finding.kind];
  return {
    ruleId: RESPONSE_FINDING_IDS.notAllowed,
    severity: 'warning',
    kind: 'consistency',
    title: T.notAllowedTitle,
    message: formatLocalized(T.notAllowedMessage, {
      title: finding.title,
      kind: { fi: inSentence(kind.fi, 'fi'), sv: inSentence(kind.sv, 'sv'), en: inSentence(kind.en, 'en') },
    }),
    ...about(response, row),
  };
}

function withoutReason(finding: Finding, response: FindingResponse, row: number): Finding {
  return {
    ruleId: RESPONSE_FINDING_IDS.withoutReason,
    severity: 'info',
    kind: 'consistency',
    title: T.withoutReasonTitle,
    message: formatLocalized(T.withoutReasonMessage, { title: finding.title }),
    ...about(response, row),
  };
}

function stale(response: FindingResponse, row: number): Finding {
  return {
    ruleId: RESPONSE_FINDING_IDS.stale,
    severity: 'info',
    kind: 'consistency',
    title: T.staleTitle,
    message: T.staleMessage,
    ...about(response, row),
  };
}
