import { get, useFormContext, useFormState } from 'react-hook-form';
import type { RegisterOptions } from 'react-hook-form';
import { fieldLabel, FIELD_TEXTS, fieldKey, MAX_SHORT_TEXT_LENGTH, WIDGET_TEXTS } from '@osallisuusarvio/core';
import type { CatalogueEntry, FieldPath, FieldText, LocalizedText } from '@osallisuusarvio/core';
import type { ReactNode } from 'react';
import { fieldId, useWidget } from './context.js';

const nullIfEmpty = (v: unknown) => (v === '' || v === undefined ? null : v);

function helpOf(path: string): LocalizedText | undefined {
  return (FIELD_TEXTS as Record<string, FieldText>)[fieldKey(path)]?.help;
}

/** The error of one field; re-renders only when that field's error changes. */
function useFieldError(name: string): string | undefined {
  const { control } = useFormContext();
  const { errors } = useFormState({ control, name, exact: true });
  const err = get(errors, name) as { message?: string } | undefined;
  return err?.message;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list === '' ? undefined : list;
}

function ErrorText({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="oa-error-text" id={id}>
      {message}
    </p>
  );
}

interface TextProps {
  /** A field of the assessment: a misspelt path does not compile (fields.test-d.ts). */
  readonly name: FieldPath;
  readonly label?: LocalizedText;
  readonly multiline?: boolean;
  readonly type?: 'text' | 'date' | 'email';
  readonly maxLength?: number;
  readonly hint?: LocalizedText;
}

/** A text, text-area or date input, uncontrolled: typing re-renders nothing else. */
export function TextField({ name, label, multiline, type = 'text', maxLength, hint }: TextProps) {
  const { register } = useFormContext();
  const { locale, readOnly, locked, idPrefix } = useWidget();
  const id = fieldId(idPrefix, name);
  const help = hint ?? helpOf(name);
  const error = useFieldError(name);
  const hintId = help ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const options: RegisterOptions = type === 'date' ? { setValueAs: nullIfEmpty } : {};
  const common = {
    id,
    ...register(name, options),
    readOnly: readOnly || locked.has(name),
    'aria-describedby': describedBy(hintId, error && errorId),
    'aria-invalid': error ? true : undefined,
    className: multiline ? 'oa-textarea' : 'oa-input',
  } as const;
  return (
    <LabelledField
      id={id}
      label={(label ?? fieldLabel(name))[locale]}
      hint={help?.[locale]}
      hintId={hintId}
      errorId={errorId}
      error={error}
    >
      {multiline ? (
        <textarea rows={4} {...common} />
      ) : (
        <input type={type} maxLength={type === 'text' ? (maxLength ?? MAX_SHORT_TEXT_LENGTH) : undefined} {...common} />
      )}
    </LabelledField>
  );
}

/** Label, hint and error above a single control: the same order and ids for every kind of field. */
function LabelledField(props: {
  readonly id: string;
  readonly label: string;
  readonly hint: string | undefined;
  readonly hintId: string | undefined;
  readonly errorId: string;
  readonly error: string | undefined;
  readonly children: ReactNode;
}) {
  return (
    <div className="oa-field">
      <label className="oa-label" htmlFor={props.id}>
        {props.label}
      </label>
      {props.hint !== undefined && (
        <p className="oa-hint" id={props.hintId}>
          {props.hint}
        </p>
      )}
      <ErrorText id={props.errorId} message={props.error} />
      {props.children}
    </div>
  );
}

interface ChoiceProps {
  readonly name: FieldPath;
  readonly label?: LocalizedText;
  readonly options: readonly Pick<CatalogueEntry, 'id' | 'label' | 'help'>[];
  readonly hint?: LocalizedText;
}

interface SelectProps extends ChoiceProps {
  /** The field takes null for "not chosen"; false for a choice that always has a value. */
  readonly nullable?: boolean;
}

export function SelectField({ name, label, options, hint, nullable = true }: SelectProps) {
  const { register } = useFormContext();
  const { locale, readOnly, locked, idPrefix } = useWidget();
  const id = fieldId(idPrefix, name);
  const error = useFieldError(name);
  const help = hint ?? helpOf(name);
  const hintId = help ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  return (
    <LabelledField
      id={id}
      label={(label ?? fieldLabel(name))[locale]}
      hint={help?.[locale]}
      hintId={hintId}
      errorId={errorId}
      error={error}
    >
      <select
        id={id}
        className="oa-select"
        {...register(name, nullable ? { setValueAs: nullIfEmpty } : {})}
        disabled={readOnly || locked.has(name)}
        aria-describedby={describedBy(hintId, error && errorId)}
        aria-invalid={error ? true : undefined}
      >
        {nullable && <option value="">{WIDGET_TEXTS.chooseOption[locale]}</option>}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label[locale]}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

interface GroupProps extends ChoiceProps {
  readonly kind: 'checkbox' | 'radio';
  readonly children?: ReactNode;
}

/** A fieldset of checkboxes (a list of ids) or radios (one id) from a core catalogue. */
export function ChoiceGroup({ name, label, options, hint, kind }: GroupProps) {
  const { register } = useFormContext();
  const { locale, readOnly, idPrefix } = useWidget();
  const id = fieldId(idPrefix, name);
  const error = useFieldError(name);
  const help = hint ?? helpOf(name);
  const hintId = help ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const reg = register(name);
  return (
    <fieldset
      className={`oa-choices oa-choices--${kind}`}
      data-oa-field={name}
      tabIndex={-1}
      aria-describedby={describedBy(hintId, error && errorId)}
    >
      <legend className="oa-label">{(label ?? fieldLabel(name))[locale]}</legend>
      {help && (
        <p className="oa-hint" id={hintId}>
          {help[locale]}
        </p>
      )}
      <ErrorText id={errorId} message={error} />
      <div className="oa-choice-list">
        {options.map((o) => {
          const optionId = `${id}-${o.id}`;
          return (
            <div className="oa-choice" key={o.id}>
              <input
                type={kind}
                id={optionId}
                className="oa-choice-input"
                value={o.id}
                {...reg}
                disabled={readOnly}
                aria-describedby={o.help ? `${optionId}-hint` : undefined}
              />
              <label htmlFor={optionId} className="oa-choice-label">
                {o.label[locale]}
              </label>
              {o.help && (
                <p className="oa-hint oa-choice-hint" id={`${optionId}-hint`}>
                  {o.help[locale]}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export const CheckboxGroup = (props: ChoiceProps) => <ChoiceGroup {...props} kind="checkbox" />;
export const RadioGroup = (props: ChoiceProps) => <ChoiceGroup {...props} kind="radio" />;
