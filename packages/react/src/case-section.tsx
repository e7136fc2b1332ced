import { CASE_FIELDS, LOCALES, SECTIONS, WIDGET_TEXTS } from '@osallisuusarvio/core/first-paint';
import type { QuestionField } from '@osallisuusarvio/core';
import { useWidget } from './context.js';
import { SelectField } from './fields.js';
import { Part, Shown } from './part.js';

const LANGUAGE_OPTIONS = LOCALES.map((id) => ({
  id,
  label: { fi: WIDGET_TEXTS.languageFi, sv: WIDGET_TEXTS.languageSv, en: WIDGET_TEXTS.languageEn }[id],
}));

/** One-line fields sit in the grid at the top; lists, questions and the initiative's details follow in full width. */
const inGrid = (f: QuestionField) =>
  !f.showWhen && (f.kind === 'shortText' || f.kind === 'date' || (f.kind === 'choice' && f.control === 'select'));
const GRID = CASE_FIELDS.filter(inGrid);
const BELOW = CASE_FIELDS.filter((f) => !inGrid(f));

/**
 * The case part, from core's case fields. The appendix's language is a setting rather than an answer (the
 * model leaves it out by name), asked here after the appendix's label.
 */
export function CaseSection() {
  const { locale } = useWidget();
  return (
    <Part part="case" legend={SECTIONS.case[locale]}>
      <div className="oa-grid">
        {GRID.map((f) => [
          <Shown key={f.path} field={f} />,
          f.path === 'case.appendixLabel' && (
            <SelectField key="case.language" name="case.language" options={LANGUAGE_OPTIONS} nullable={false} />
          ),
        ])}
      </div>
      {BELOW.map((f) => (
        <Shown key={f.path} field={f} />
      ))}
    </Part>
  );
}
