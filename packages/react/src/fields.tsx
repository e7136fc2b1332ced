import { get, useController, useFormContext, useFormState } from 'react-hook-form';
import type { RegisterOptions } from 'react-hook-form';
import {
  DATE_INPUT_HINT,
  formatDateInput,
  isIsoDate,
  MAX_SHORT_TEXT_LENGTH,
  parseDateInput,
  STEPPER_TEXTS,
  WIDGET_TEXTS,
} from '@osallisuusarvio/core/first-paint';
import type { CatalogueEntry, FieldPath, LocalizedText } from '@osallisuusarvio/core';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { fieldId, useWidget } from './context.js';
import { helpOf, labelOf } from './field-texts.js';
import { useCommonFirst, useFilled } from './option-list.js';
import { SHOW_ALL_KEY, useRoving } from './roving.js';

const nullIfEmpty = (v: unknown) => (v === '' || v === undefined ? null : v);

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
export function TextField(props: TextProps) {
  return props.type === 'date' ? <DateField name={props.name} label={props.label} /> : <PlainTextField {...props} />;
}

/** One-line answers that are often long (a decision's title): drawn as a text area that wraps, one line of text. */
const WRAPPING_LINES: ReadonlySet<string> = new Set(['case.title']);
const oneLine = (v: unknown) => (typeof v === 'string' ? v.replace(/\s*[\r\n]+\s*/g, ' ') : v);

function PlainTextField({ name, label, multiline, type = 'text', maxLength, hint }: TextProps) {
  const { register } = useFormContext();
  const { locale, readOnly, locked, idPrefix } = useWidget();
  const id = fieldId(idPrefix, name);
  const help = hint ?? helpOf(name);
  const error = useFieldError(name);
  const hintId = help ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const isLocked = locked.has(name);
  const lockedId = isLocked ? `${id}-locked` : undefined;
  const wraps = !multiline && type === 'text' && WRAPPING_LINES.has(name);
  const options: RegisterOptions = wraps ? { setValueAs: oneLine } : {};
  const common = {
    id,
    ...register(name, options),
    readOnly: readOnly || isLocked,
    // The case system's value is read, not answered: out of the Tab order (still read in browse mode, and
    // still focusable by a finding's link), so that the walk from field to field skips it.
    tabIndex: isLocked ? -1 : undefined,
    'aria-describedby': describedBy(hintId, lockedId, error && errorId),
    'aria-invalid': error ? true : undefined,
    className: multiline ? 'oa-textarea' : 'oa-input',
  } as const;
  return (
    <LabelledField
      id={id}
      label={(label ?? labelOf(name))[locale]}
      hint={help?.[locale]}
      hintId={hintId}
      lockedId={lockedId}
      errorId={errorId}
      error={error}
    >
      {multiline ? (
        <textarea rows={4} {...common} />
      ) : wraps ? (
        <textarea
          rows={1}
          {...common}
          className="oa-textarea oa-textarea--line"
          maxLength={maxLength ?? MAX_SHORT_TEXT_LENGTH}
          // Still one line: Enter does not break it (a pasted line break becomes a space).
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
        />
      ) : (
        <input type={type} maxLength={type === 'text' ? (maxLength ?? MAX_SHORT_TEXT_LENGTH) : undefined} {...common} />
      )}
    </LabelledField>
  );
}

/**
 * A date typed and shown as the official's language writes it (d.m.yyyy, or d/m/yyyy in English) whatever
 * the browser's locale, stored as ISO. A plain text input, so that keyboard and screen-reader use is that of
 * any text field. What cannot be read as a date stays in the form as typed (autosave keeps it; the schema
 * refuses it on saving) and is explained when the official leaves the field.
 */
export function DateField({ name, label }: { readonly name: string; readonly label?: LocalizedText | undefined }) {
  const { control } = useFormContext();
  const { locale, readOnly, locked, idPrefix } = useWidget();
  const { field } = useController({ name, control });
  const value = (field.value ?? null) as string | null;
  const id = fieldId(idPrefix, name);
  const schemaError = useFieldError(name);
  const [text, setText] = useState(() => formatDateInput(value, locale));
  const [typingError, setTypingError] = useState<LocalizedText | undefined>(undefined);
  // The value changed from outside (a reset, an opened file, the host) or the language did: show it anew.
  const shownLocale = useRef(locale);
  useEffect(() => {
    const r = parseDateInput(text, locale);
    const represents = r.ok ? r.iso === value : text === value;
    if (!represents || shownLocale.current !== locale) {
      setText(formatDateInput(value, locale));
      setTypingError(undefined);
    }
    shownLocale.current = locale;
    // `text` is left out on purpose: typing must not reformat what is being typed.
  }, [value, locale]);
  const isLocked = locked.has(name);
  const hintId = `${id}-hint`;
  const lockedId = isLocked ? `${id}-locked` : undefined;
  const errorId = `${id}-error`;
  // A kept non-date (from a draft, say) is explained in the date's own terms, not the schema's ISO wording.
  const keptText =
    typeof value === 'string' && value !== '' && !isIsoDate(value) ? parseDateInput(value, locale) : undefined;
  const error =
    typingError?.[locale] ?? (schemaError && keptText && !keptText.ok ? keptText.message[locale] : schemaError);
  return (
    <LabelledField
      id={id}
      label={(label ?? labelOf(name))[locale]}
      hint={DATE_INPUT_HINT[locale]}
      hintId={hintId}
      lockedId={lockedId}
      errorId={errorId}
      error={error}
    >
      <input
        id={id}
        type="text"
        className="oa-input oa-input--date"
        name={field.name}
        ref={field.ref}
        value={text}
        autoComplete="off"
        spellCheck={false}
        maxLength={20}
        readOnly={readOnly || isLocked}
        tabIndex={isLocked ? -1 : undefined}
        aria-describedby={describedBy(hintId, lockedId, error && errorId)}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const r = parseDateInput(next, locale);
          if (r.ok) setTypingError(undefined);
          field.onChange(r.ok ? r.iso : next);
        }}
        onBlur={() => {
          field.onBlur();
          const r = parseDateInput(text, locale);
          if (r.ok) {
            setText(formatDateInput(r.iso, locale));
            setTypingError(undefined);
          } else {
            setTypingError(r.message);
          }
        }}
      />
    </LabelledField>
  );
}

/** Label, hint and error above a single control: the same order and ids for every kind of field. */
function LabelledField(props: {
  readonly id: string;
  readonly label: string;
  readonly hint: string | undefined;
  readonly hintId: string | undefined;
  /** Set when the host's case system fills the field: says so, and the control refers to it. */
  readonly lockedId?: string | undefined;
  readonly errorId: string;
  readonly error: string | undefined;
  readonly children: ReactNode;
}) {
  const { locale } = useWidget();
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
      {props.lockedId !== undefined && (
        <p className="oa-hint oa-locked-note" id={props.lockedId}>
          {WIDGET_TEXTS.fromCaseSystem[locale]}
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
  readonly options: readonly Pick<CatalogueEntry, 'id' | 'label' | 'help' | 'common'>[];
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
  const isLocked = locked.has(name);
  const lockedId = isLocked ? `${id}-locked` : undefined;
  return (
    <LabelledField
      id={id}
      label={(label ?? labelOf(name))[locale]}
      hint={help?.[locale]}
      hintId={hintId}
      lockedId={lockedId}
      errorId={errorId}
      error={error}
    >
      <select
        id={id}
        className="oa-select"
        {...register(name, nullable ? { setValueAs: nullIfEmpty } : {})}
        disabled={readOnly || isLocked}
        aria-describedby={describedBy(hintId, lockedId, error && errorId)}
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
  /** The list's own "other" text field (the model's `other`), drawn at the end of the list. */
  readonly other?: FieldPath | undefined;
}

/**
 * A fieldset of checkboxes (a list of ids) or radios (one id) from a core catalogue. Either is one Tab stop:
 * radios natively, checkboxes (with the list's "show all" button as their last item) by a roving tabindex.
 */
export function ChoiceGroup({ name, label, options, hint, kind, other }: GroupProps) {
  const { register } = useFormContext();
  const { locale, readOnly, idPrefix } = useWidget();
  const id = fieldId(idPrefix, name);
  const error = useFieldError(name);
  const help = hint ?? helpOf(name);
  const hintId = help ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const reg = register(name);
  const listId = `${id}-options`;
  const { ordered, hidden, folded, listRef, toggle } = useCommonFirst(name, options, kind, locale, listId);
  // "Other" is for what the whole list lacks: it comes with the folded options (or with what was typed there).
  const otherShown = useFilled(folded ? other : undefined) || !folded;
  const roves = kind === 'checkbox';
  const roving = useRoving(
    roves
      ? [...(readOnly ? [] : ordered.filter((o) => !hidden(o)).map((o) => o.id)), ...(toggle ? [SHOW_ALL_KEY] : [])]
      : [],
  );
  const keysId = roves && !readOnly ? `${id}-keys` : undefined;
  return (
    <fieldset
      className={`oa-choices oa-choices--${kind}`}
      data-oa-field={name}
      tabIndex={-1}
      aria-describedby={describedBy(hintId, keysId, error && errorId)}
      {...(roves ? roving.groupProps : {})}
    >
      <legend className="oa-label">{(label ?? labelOf(name))[locale]}</legend>
      {help && (
        <p className="oa-hint" id={hintId}>
          {help[locale]}
        </p>
      )}
      {keysId && (
        <p className="oa-hint oa-keys-hint" id={keysId}>
          {STEPPER_TEXTS.optionKeys[locale]}
        </p>
      )}
      <ErrorText id={errorId} message={error} />
      <div className="oa-choice-list" id={listId} ref={listRef}>
        {ordered.map((o) => {
          const optionId = `${id}-${o.id}`;
          return (
            <div className="oa-choice" key={o.id} hidden={hidden(o)}>
              <input
                type={kind}
                id={optionId}
                className="oa-choice-input"
                value={o.id}
                {...reg}
                {...(roves ? roving.item(o.id) : {})}
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
      {/* Before "other": the button ends the list's arrow sequence, and "other" is the next Tab stop after it. */}
      {toggle?.(roves ? roving.item(SHOW_ALL_KEY) : undefined)}
      {other !== undefined && (
        <div className="oa-choice-other" hidden={!otherShown}>
          <TextField name={other} />
        </div>
      )}
    </fieldset>
  );
}

export const CheckboxGroup = (props: ChoiceProps & { readonly other?: FieldPath | undefined }) => (
  <ChoiceGroup {...props} kind="checkbox" />
);
export const RadioGroup = (props: ChoiceProps) => <ChoiceGroup {...props} kind="radio" />;
