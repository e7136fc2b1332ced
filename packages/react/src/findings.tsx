import {
  APPENDIX_TEXTS,
  SECTIONS,
  SEVERITIES,
  SEVERITY_LABELS,
  RULE_KIND_LABELS,
  RESPONSE_TEXTS,
  fieldLabel,
  formatLegalReference,
  findingTarget,
  formatMessage,
} from '@osallisuusarvio/core';
import type { Finding } from '@osallisuusarvio/core';
import { useWidget } from './context.js';
import { useEvaluation } from './evaluation-context.js';
import { wt } from './text.js';
import { FindingResponseControl } from './finding-response.js';

export function FindingItem({ finding }: { finding: Finding }) {
  const { locale, focusField } = useWidget();
  // Where the finding is fixed, not the answer that made it fire (a council error goes to the consultations).
  const target = findingTarget(finding);
  return (
    <li className={`oa-finding oa-finding--${finding.response ? 'answered' : finding.severity}`}>
      <p className="oa-finding-title">
        <span className="oa-severity">
          {(finding.response ? RESPONSE_TEXTS.considered : SEVERITY_LABELS[finding.severity])[locale]}:
        </span>{' '}
        {finding.title[locale]}{' '}
        <span className={`oa-kind oa-kind--${finding.kind}`}>({RULE_KIND_LABELS[finding.kind][locale]})</span>
      </p>
      <p className="oa-finding-message">{finding.message[locale]}</p>
      {finding.legalBasis.length > 0 && (
        <p className="oa-legal">
          {APPENDIX_TEXTS.legalBasis[locale]}:{' '}
          {finding.legalBasis.map((ref, i) => (
            <span key={ref.id}>
              {i > 0 && '; '}
              <a href={ref.url} target="_blank" rel="noopener noreferrer" className="oa-link">
                {formatLegalReference(ref, locale)}
              </a>
              {!ref.verified && ` (${APPENDIX_TEXTS.unverifiedReference[locale]})`}
            </span>
          ))}
        </p>
      )}
      {target && (
        <button type="button" className="oa-button oa-button--link" onClick={() => focusField(target)}>
          {wt('goToField', locale, { field: fieldLabel(target)[locale] })}
        </button>
      )}
      <FindingResponseControl finding={finding} />
    </li>
  );
}

/** The live findings of core's evaluate(); re-renders on a new evaluation only. */
/**
 * On a narrow screen the findings come after the whole form; this button at the top takes the official
 * there. Hidden by CSS where the findings stand beside the form.
 */
export function FindingsJump() {
  const { locale, idPrefix } = useWidget();
  const { counts } = useEvaluation();
  return (
    <p className="oa-jump">
      <button
        type="button"
        className="oa-button oa-button--quiet"
        onClick={(e) => {
          const root = e.currentTarget.getRootNode() as Document | ShadowRoot;
          // Focusing the heading scrolls it into view and lets a screen reader continue from there.
          root.getElementById(`${idPrefix}-findings`)?.focus();
        }}
      >
        {wt('jumpToFindings', locale, { ...counts })}
      </button>
    </p>
  );
}

export function FindingsPanel() {
  const { locale, idPrefix } = useWidget();
  const evaluation = useEvaluation();
  const headingId = `${idPrefix}-findings`;
  const shown = evaluation.findings;
  // Answered findings no longer count as errors or warnings: a list of their own, last.
  const answered = shown.filter((f) => f.response);
  return (
    <section className="oa-findings" aria-labelledby={headingId}>
      <h2 className="oa-heading" id={headingId} tabIndex={-1}>
        {SECTIONS.findings[locale]}
      </h2>
      <p className="oa-status" role="status">
        {formatMessage(APPENDIX_TEXTS.findingCounts[locale], evaluation.counts, locale)}
        {answered.length > 0 &&
          ` ${formatMessage(RESPONSE_TEXTS.answeredCount[locale], { answered: answered.length }, locale)}`}
      </p>
      {shown.length === 0 ? (
        <p>{APPENDIX_TEXTS.noFindings[locale]}</p>
      ) : (
        SEVERITIES.map((severity) => {
          const list = shown.filter((f) => f.severity === severity && !f.response);
          if (list.length === 0) return null;
          return (
            <ul className="oa-finding-list" key={severity} aria-label={SEVERITY_LABELS[severity][locale]}>
              {list.map((f, i) => (
                <FindingItem key={`${f.ruleId}-${f.fields.join()}-${i}`} finding={f} />
              ))}
            </ul>
          );
        })
      )}
      {answered.length > 0 && (
        <ul className="oa-finding-list" aria-label={RESPONSE_TEXTS.considered[locale]}>
          {answered.map((f, i) => (
            <FindingItem key={`${f.ruleId}-${f.fields.join()}-${i}`} finding={f} />
          ))}
        </ul>
      )}
    </section>
  );
}
