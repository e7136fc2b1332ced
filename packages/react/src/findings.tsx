import {
  APPENDIX_TEXTS,
  PART_IDS,
  SECTIONS,
  SEVERITIES,
  SEVERITY_LABELS,
  RULE_KIND_LABELS,
  RESPONSE_TEXTS,
  CHECKLIST,
  WIDGET_TEXTS,
  PROGRESS_TEXTS,
  fieldLabel,
  formatLegalReference,
  findingTarget,
  formatMessage,
} from '@osallisuusarvio/core';
import type { Finding, LocalizedText, PartId } from '@osallisuusarvio/core';
import { useWidget } from './context.js';
import { useEvaluation } from './evaluation-context.js';
import { partId } from './sections.js';
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

/** A part's name in the progress list and the steps: "3. Milloin…" for a question, the section's name else. */
export const partLabel = (part: PartId): LocalizedText => {
  const q = CHECKLIST.find((x) => x.id === part);
  if (q)
    return {
      fi: `${q.number}. ${q.question.fi}`,
      sv: `${q.number}. ${q.question.sv}`,
      en: `${q.number}. ${q.question.en}`,
    };
  return SECTIONS[part as keyof typeof SECTIONS];
};

/** Progress of every part, in the checklist's order; each entry moves focus to its part. */
export function ProgressNav() {
  const { locale, idPrefix, focusField } = useWidget();
  const { parts } = useEvaluation().completeness;
  const headingId = `${idPrefix}-progress`;
  // Parts with nothing to answer yet (the timing before a meeting date, say) are not counted either way.
  const counted = PART_IDS.filter((part) => parts[part].total > 0);
  const done = counted.filter((part) => parts[part].answered === parts[part].total).length;
  return (
    <nav className="oa-nav" aria-labelledby={headingId} aria-describedby={`${headingId}-done`}>
      <h2 className="oa-heading" id={headingId}>
        {WIDGET_TEXTS.progress[locale]}
      </h2>
      <p className="oa-nav-overall" id={`${headingId}-done`}>
        {formatMessage(PROGRESS_TEXTS.partsDone[locale], { done, total: counted.length }, locale)}
      </p>
      <ol className="oa-nav-list">
        {PART_IDS.map((part) => {
          const p = parts[part];
          const done = p.answered === p.total;
          return (
            <li key={part} className={done ? 'oa-nav-item oa-nav-item--done' : 'oa-nav-item'}>
              <a
                className="oa-link"
                href={`#${partId(idPrefix, part)}`}
                onClick={(e) => {
                  // To the first unanswered item of the part (core lists them in order), else to the part.
                  // Handled here also because inside a shadow root the fragment does not resolve.
                  const missing = p.missing[0];
                  if (missing && focusField(missing)) {
                    e.preventDefault();
                    return;
                  }
                  const el = (e.currentTarget.getRootNode() as Document | ShadowRoot).getElementById?.(
                    partId(idPrefix, part),
                  );
                  if (el) {
                    e.preventDefault();
                    el.focus();
                    if (typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'start' });
                  }
                }}
              >
                {partLabel(part)[locale]}
              </a>{' '}
              {p.total > 0 && (
                <span className="oa-nav-count">
                  {wt('progressOf', locale, { answered: p.answered, total: p.total })}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
