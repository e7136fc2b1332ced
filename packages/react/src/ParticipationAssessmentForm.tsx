import {
  Component,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ErrorInfo, ReactNode, Ref } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { FieldErrors, Resolver } from 'react-hook-form';
import {
  APPENDIX_NAMES,
  GENERIC_REGION,
  WIDGET_TEXTS,
  blankAssessment,
  canonicalJson,
  findingTarget,
  formatMessage,
  isLocale,
  SCHEMA_VERSION,
  withOrganiser,
} from '@osallisuusarvio/core/first-paint';
import type { Assessment, AssessmentInput, Evaluation, Finding, Locale, ParseError } from '@osallisuusarvio/core';
import { WidgetContext } from './context.js';
import type { WidgetContextValue } from './context.js';
import { createEvaluationStore, EvaluationContext } from './evaluation-context.js';
import { loadEvaluate, loadedEvaluate } from './evaluator.js';
import type { Evaluate } from './evaluator.js';
import { loadedValidation, loadValidation } from './validation-loader.js';
import type { Validation } from './validation-loader.js';
import { createStore } from './store.js';
import { clearDraft } from './draft.js';
import { createDraftKeeper } from './draft-storage.js';
import { OpeningGate } from './opening-gate.js';
import type { AsideDraft, DraftKeeper, DraftStatus } from './draft-storage.js';
import { StorageNotice } from './storage-notice.js';
import { hasAnswers } from './import-guard-state.js';
import type { ImportGuardState } from './import-guard-state.js';
import { checkOptions, WidgetOptionsError, WidgetRenderError, WidgetRuleError } from './host-errors.js';
import type { HostOptionProblem } from './host-errors.js';
import { HostProblemsContext } from './host-errors.js';
import { useContext } from 'react';
import { lenientValues } from './lenient.js';
import { baseFileName, downloadBlob } from './files.js';
import { defaultReadPdf, defaultRenderPdf } from './pdf-loader.js';
import { CaseSection } from './case-section.js';
import { labelOf } from './field-texts.js';
import { loadedLaterParts } from './later-loader.js';
import { FindingsJump, FindingsPanel } from './lazy-findings.js';
import { ProgressNav } from './progress-nav.js';
import { StepperLayout, useStepper } from './stepper.js';
import { Checking, ImportGuard, LaterParts, loadLaterParts, Loading, STEPS, SummaryStep } from './lazy-steps.js';
import type { FormHandle, HostCaseDetails, WidgetOptions } from './types.js';

export interface ParticipationAssessmentFormProps extends WidgetOptions {
  readonly ref?: Ref<FormHandle>;
  readonly className?: string;
}

/** Whether the host's value says which language the appendix is in (if not, it follows the widget's). */
function languageGiven(input: AssessmentInput | undefined): boolean {
  let doc: unknown = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch {
      return false;
    }
  }
  const c = (doc as { case?: { language?: unknown } } | null | undefined)?.case;
  return c !== null && typeof c === 'object' && c.language !== undefined;
}

function parseInput(
  input: AssessmentInput | undefined,
  validation: Validation | undefined,
): { assessment: Assessment; hostErrors: readonly ParseError[] } {
  if (input === undefined) return { assessment: blankAssessment(), hostErrors: [] };
  // The form waits for the parser before it shows a host's value (OpeningGate).
  if (!validation) throw new Error('osallisuusarvio: the value was read before the parser had loaded');
  const parsed = validation.parseAssessment(input);
  if (parsed.ok) return { assessment: parsed.assessment, hostErrors: [] };
  // A host bug, not the official's: say where (console for the developer, a notice for the official), and
  // start from a blank form rather than a broken one.
  console.error('osallisuusarvio: the value given to the form is not a valid assessment', parsed.errors);
  return { assessment: blankAssessment(), hostErrors: parsed.errors };
}

function lockedPaths(details: HostCaseDetails | undefined): Set<string> {
  const paths = new Set<string>();
  if (!details) return paths;
  if (details.diaryNumber !== undefined) paths.add('case.diaryNumber');
  if (details.title !== undefined) paths.add('case.title');
  if (details.decidingBody?.kind !== undefined) paths.add('case.decidingBody.kind');
  if (details.decidingBody?.name !== undefined) paths.add('case.decidingBody.name');
  if (details.meetingDate !== undefined) paths.add('case.meetingDate');
  return paths;
}

/** The host's case details win over what a draft or a file says: the case-management system is the record. */
function withCase(a: Assessment, details: HostCaseDetails | undefined): Assessment {
  if (!details) return a;
  const c = a.case;
  return {
    ...a,
    case: {
      ...c,
      diaryNumber: details.diaryNumber ?? c.diaryNumber,
      title: details.title ?? c.title,
      decidingBody: {
        kind: details.decidingBody?.kind ?? c.decidingBody.kind,
        name: details.decidingBody?.name ?? c.decidingBody.name,
      },
      meetingDate: details.meetingDate !== undefined ? details.meetingDate : c.meetingDate,
    },
  };
}

interface SchemaError {
  readonly path: string;
  readonly message: string;
}

function flattenErrors(errors: unknown, prefix = ''): SchemaError[] {
  if (errors === null || typeof errors !== 'object') return [];
  const e = errors as Record<string, unknown>;
  if (typeof e.message === 'string' && typeof e.type === 'string') return [{ path: prefix, message: e.message }];
  return Object.entries(e).flatMap(([k, v]) =>
    k === 'ref' || k === 'root' ? [] : flattenErrors(v, prefix ? `${prefix}.${k}` : k),
  );
}

/**
 * Checks the values with the validation chunk (validation.ts), waiting for it when it has not come yet:
 * react-hook-form takes an asynchronous resolver, and typing goes on meanwhile.
 */
function localizedResolver(locale: () => Locale): Resolver<Assessment> {
  return async (values, _context, options) => {
    const validation = loadedValidation() ?? (await loadValidation());
    return validation.resolveAssessment(values, locale(), options);
  };
}

interface ErrorSummaryState {
  readonly schema: readonly SchemaError[];
  readonly findings: readonly Finding[];
}

function ErrorSummary({
  state,
  locale,
  onGo,
  id,
}: {
  state: ErrorSummaryState;
  locale: Locale;
  onGo: (path: string) => void;
  id: string;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [state]);
  const items = [
    ...state.schema.map((e) => ({ path: e.path, text: `${labelOf(e.path)[locale]}: ${e.message}` })),
    ...state.findings.map((f) => ({ path: findingTarget(f) ?? '', text: f.message[locale] })),
  ];
  return (
    <section className="oa-error-summary" tabIndex={-1} ref={ref} aria-labelledby={id}>
      <h2 className="oa-heading" id={id}>
        {WIDGET_TEXTS.errorSummaryTitle[locale]}
      </h2>
      <ul>
        {items.map((item, i) => (
          <li key={i}>
            <a
              className="oa-link"
              href={`#${item.path}`}
              onClick={(e) => {
                e.preventDefault();
                onGo(item.path);
              }}
            >
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Tells the host once per distinct set of problems: through `onError`, else on the console. */
function reportToHost(onError: WidgetOptions['onError'], error: Error): void {
  if (typeof onError === 'function') {
    try {
      onError(error);
      return;
    } catch (e) {
      console.error('osallisuusarvio: onError threw', e);
    }
  }
  console.error(error);
}

function HostOptionsNotice({ locale, problems }: { locale: Locale; problems: readonly HostOptionProblem[] }) {
  return (
    <div className="oa-notice oa-notice--error" role="alert" data-oa-notice="host-options">
      <p>{WIDGET_TEXTS.hostOptionsInvalid[locale]}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p.message[locale]}</li>
        ))}
      </ul>
    </div>
  );
}

interface BoundaryProps {
  readonly locale: Locale;
  readonly onError: WidgetOptions['onError'];
  readonly children: ReactNode;
}

/** A form that throws while rendering leaves a notice and tells the host, never a blank element. */
class RenderBoundary extends Component<BoundaryProps, { error: WidgetRenderError | null }> {
  override state: { error: WidgetRenderError | null } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error: new WidgetRenderError(error) };
  }
  override componentDidCatch(_error: unknown, _info: ErrorInfo) {
    if (this.state.error) reportToHost(this.props.onError, this.state.error);
  }
  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { locale } = this.props;
    const reason = error.cause instanceof Error ? error.cause.message : String(error.cause);
    return (
      <div className="oa-root" lang={locale}>
        <div className="oa-notice oa-notice--error" role="alert" data-oa-notice="render-error">
          <p>{formatMessage(WIDGET_TEXTS.hostCrashed[locale], { reason }, locale)}</p>
        </div>
      </div>
    );
  }
}

/**
 * The participation assessment form. Every question, label, option and rule comes from
 * `@osallisuusarvio/core`; this component only collects answers and shows core's findings.
 *
 * Options a host gets wrong (an unknown locale, a value of the wrong type) are left out: the form shows a
 * notice and calls `onError` with a `WidgetOptionsError`; a failure while rendering shows a notice and calls
 * `onError` with a `WidgetRenderError`.
 */
export function ParticipationAssessmentForm(props: ParticipationAssessmentFormProps) {
  const checked = checkOptions(props);
  const { options } = checked;
  // A wrapper's own options (mount()'s theme) join the form's in one notice and one error.
  const wrapper = useContext(HostProblemsContext);
  const problems = wrapper.length > 0 ? [...checked.problems, ...wrapper] : checked.problems;
  const problemsKey = JSON.stringify(problems.map((p) => p.message.en));
  const onErrorRef = useRef(options.onError);
  onErrorRef.current = options.onError;
  useEffect(() => {
    if (problems.length > 0) reportToHost(onErrorRef.current, new WidgetOptionsError(problems));
  }, [problemsKey]);
  const locale = isLocale(options.locale) ? options.locale : 'fi';
  return (
    <RenderBoundary locale={locale} onError={options.onError}>
      <OpeningGate
        locale={locale}
        className={options.className}
        value={options.value ?? options.defaultValue}
        autosave={options.autosave}
        handle={options.ref}
      >
        {(ref) => <Form {...options} ref={ref} problems={problems} />}
      </OpeningGate>
    </RenderBoundary>
  );
}

type FormProps = ParticipationAssessmentFormProps & { problems: readonly HostOptionProblem[] };

function Form(props: FormProps) {
  const { locale = 'fi', region = GENERIC_REGION, readOnly = false, caseDetails, autosave, ref } = props;
  const idPrefix = `oa${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const rootRef = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  latest.current = props;
  const localeRef = useRef(locale);
  localeRef.current = locale;

  const evalOptions = useCallback(() => {
    const p = latest.current;
    return {
      region: p.region ?? GENERIC_REGION,
      ...(p.rules ? { rules: p.rules } : {}),
      ...(p.today ? { today: p.today } : {}),
      logger: {
        error: (message: string, cause?: unknown) => reportToHost(p.onError, new WidgetRuleError(message, cause)),
      },
    };
  }, []);

  // The autosaved draft: a keeper that reports when storage fails, another tab has the case open, or the
  // stored draft cannot be read. `resave` is set below, once the form exists.
  const resave = useRef<() => void>(() => undefined);
  const [draftStatus, setDraftStatus] = useState<DraftStatus>('ok');
  const [keeper] = useState<DraftKeeper | undefined>(() =>
    autosave ? createDraftKeeper(autosave.key, autosave.storage, setDraftStatus, () => resave.current()) : undefined,
  );
  const [initial] = useState(() => {
    const validation = loadedValidation();
    const loaded = keeper?.load(validation?.parseAssessment);
    const draft = loaded?.asideFailed ? undefined : loaded?.values;
    const given = props.value ?? props.defaultValue;
    const input = draft === undefined ? parseInput(given, validation) : undefined;
    // The organiser the host's profile names is recorded when the assessment names none.
    let assessment = withOrganiser(withCase(draft ?? input!.assessment, caseDetails), region);
    // A new assessment is written in the official's language unless the host's value says otherwise.
    const languageChosen = draft !== undefined || (input !== undefined && languageGiven(given));
    if (!languageChosen) assessment = { ...assessment, case: { ...assessment.case, language: locale } };
    return {
      assessment,
      restored: draft !== undefined,
      hostErrors: input?.hostErrors ?? [],
      aside: loaded?.aside,
      languageChosen,
      status: keeper?.status() ?? 'ok',
    };
  });
  useEffect(() => setDraftStatus(initial.status), [initial]);
  const [aside] = useState<AsideDraft | undefined>(initial.aside);
  /** Set once the aside draft is back in the form: the values before, for undo. */
  const [asideRestored, setAsideRestored] = useState<Assessment | undefined>(undefined);
  const languageChosen = useRef(initial.languageChosen);
  // The evaluation is a chunk of its own, asked for here, as the form first renders: the fields work at
  // once, and findings and progress say "checking" until it has come (at once when it is already here).
  const [store] = useState(() => {
    const ready = loadedEvaluate();
    if (!ready) void loadEvaluate().catch(() => undefined);
    return createEvaluationStore(createStore<Evaluation | undefined>(ready?.(initial.assessment, evalOptions())));
  });
  const lastValid = useRef<Assessment>(initial.assessment);
  const [resolver] = useState(() => {
    // Asked for as the form mounts, like the evaluation: it is there before the first change is checked.
    if (!loadedValidation()) void loadValidation().catch(() => undefined);
    return localizedResolver(() => localeRef.current);
  });

  /** Runs `then` with `evaluate`: now when its chunk is here, else once it has loaded (in call order). */
  const withEvaluate = useCallback((then: (evaluate: Evaluate) => void) => {
    const now = loadedEvaluate();
    if (now) return then(now);
    loadEvaluate().then(then, (e: unknown) => reportToHost(latest.current.onError, new WidgetRenderError(e)));
  }, []);
  // The first evaluation, when the chunk was not here at the first render.
  useEffect(() => {
    if (store.get() === undefined)
      withEvaluate((evaluate) => {
        if (store.get() === undefined) store.set(evaluate(lastValid.current, evalOptions()));
      });
  }, [store, withEvaluate, evalOptions]);

  const form = useForm<Assessment>({
    defaultValues: initial.assessment,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const [summary, setSummary] = useState<ErrorSummaryState | null>(null);
  const [submitted, setSubmittedState] = useState(false);
  const submittedRef = useRef(false);
  const setSubmitted = useCallback((v: boolean) => {
    // Checked first so that a keystroke does not re-render the whole form.
    if (submittedRef.current === v) return;
    submittedRef.current = v;
    setSubmittedState(v);
  }, []);

  /**
   * Saves the draft (whatever was typed, valid or not), then, when the values validate, evaluates them and
   * tells the host; `notify: false` only saves.
   */
  const waiting = useRef<{ notify: boolean } | undefined>(undefined);
  const commit = useCallback(
    (notify: boolean) => {
      const values = form.getValues();
      const validation = loadedValidation();
      if (!validation) {
        // Before the schema has come: the draft keeps the values as typed now (a reload reads them back
        // leniently), and once it has come they are checked, saved, evaluated and reported, once for all the
        // edits made meanwhile.
        keeper?.save(values, undefined);
        if (waiting.current) {
          waiting.current.notify ||= notify;
          return;
        }
        waiting.current = { notify };
        loadValidation().then(
          () => {
            const w = waiting.current;
            waiting.current = undefined;
            if (w) commitRef.current(w.notify);
          },
          (e: unknown) => {
            waiting.current = undefined;
            reportToHost(latest.current.onError, new WidgetRenderError(e));
          },
        );
        return;
      }
      const valid = validation.validAssessment(values);
      keeper?.save(values, valid);
      if (!valid) return;
      lastValid.current = valid;
      const p = latest.current;
      if (!notify) return;
      withEvaluate((evaluate) => {
        let evaluation: Evaluation;
        try {
          evaluation = evaluate(valid, evalOptions());
        } catch (e) {
          // A host rule that throws on some answers: the draft is saved above; the host hears of it, the
          // findings stay as they were, and the page sees no uncaught error from a timer.
          reportToHost(p.onError, new WidgetRenderError(e));
          return;
        }
        store.set(evaluation);
        p.onChange?.(valid, evaluation);
      });
    },
    [form, store, evalOptions, keeper, withEvaluate],
  );
  const commitRef = useRef(commit);
  commitRef.current = commit;
  resave.current = () => commit(false);
  useEffect(() => keeper?.connect(), [keeper]);

  // Every edit schedules one evaluation; the inputs themselves never re-render for it.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const { unsubscribe } = form.watch((_values, { name, type }) => {
      if (name === 'case.language' && type === 'change') languageChosen.current = true;
      setSubmitted(false);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        commit(true);
      }, latest.current.debounceMs ?? 250);
    });
    // A reload or a closed tab does not unmount React: save the last keystrokes of the draft before it goes.
    const flush = (notify: boolean) => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      commit(notify);
    };
    const onPageHide = () => flush(true);
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush(true);
    };
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHide);
      // Unmounted: keep the draft, but do not call the host back from a form that is gone.
      flush(false);
    };
  }, [form, commit, setSubmitted]);

  // Region, rules or the day changed: the same answers may now give other findings.
  const rulesKey = props.rules;
  const firstOptions = useRef(true);
  useEffect(() => {
    // The first evaluation (above) already has them.
    if (firstOptions.current) {
      firstOptions.current = false;
      return;
    }
    withEvaluate((evaluate) => store.set(evaluate(lastValid.current, evalOptions())));
  }, [region, rulesKey, props.today, store, evalOptions, withEvaluate]);

  const replaceValue = useCallback(
    (a: Assessment) => {
      const next = withCase(a, latest.current.caseDetails);
      form.reset(next);
      // Without the schema yet, commit below checks it once it has come.
      if (loadedValidation()?.validAssessment(next)) lastValid.current = next;
      setSummary(null);
      commit(true);
    },
    [form, commit],
  );

  // The appendix language follows the widget's until the official (or the host's value, or a file) sets it.
  useEffect(() => {
    if (languageChosen.current || form.getValues('case.language') === locale) return;
    form.setValue('case.language', locale);
    commit(true);
  }, [locale, form, commit]);

  const blank = useCallback(() => withCase(blankAssessment(), latest.current.caseDetails), []);

  // Opening a file: ask first when the form holds answers, refuse a file without any, offer undo.
  const [guard, setGuard] = useState<ImportGuardState>({ kind: 'idle' });
  const replaceWithUndo = useCallback(
    (a: Assessment, file: string, ignored: readonly string[]) => {
      const previous = structuredClone(form.getValues());
      languageChosen.current = true;
      replaceValue(a);
      setGuard({ kind: 'replaced', file, ignored, previous });
    },
    [form, replaceValue],
  );
  const onOpened = useCallback(
    (a: Assessment, file: string, ignored: readonly string[]) => {
      if (!hasAnswers(a, blank())) setGuard({ kind: 'empty', file, ignored });
      else if (hasAnswers(form.getValues(), blank())) setGuard({ kind: 'confirm', file, assessment: a, ignored });
      else replaceWithUndo(a, file, ignored);
    },
    [form, blank, replaceWithUndo],
  );
  const guardHandlers = {
    onConfirm: () => {
      if (guard.kind === 'confirm') replaceWithUndo(guard.assessment, guard.file, guard.ignored);
    },
    onCancel: () => setGuard({ kind: 'cancelled' }),
    onUndo: () => {
      if (guard.kind !== 'replaced') return;
      // The earlier answers come back as they were, valid or not, and are saved as the draft again.
      replaceValue(guard.previous);
      setGuard({ kind: 'undone' });
    },
  };

  const downloadText = (text: string, suffix: string) => {
    const root = rootRef.current;
    if (!root) return;
    const diary = String(form.getValues('case.diaryNumber') ?? '');
    downloadBlob(new Blob([text], { type: 'application/json' }), `${baseFileName(diary)}${suffix}.json`, root);
  };
  const storageHandlers = {
    onDownloadDraft: () =>
      downloadText(JSON.stringify({ ...form.getValues(), schemaVersion: SCHEMA_VERSION }, null, 2), '-luonnos'),
    onDownloadAside: () => {
      const a = keeper?.aside() ?? aside;
      if (a) downloadText(a.text, '-talteen');
    },
    onRestoreAside: async () => {
      const a = keeper?.aside() ?? aside;
      if (!a) return;
      const validation = loadedValidation() ?? (await loadValidation());
      let raw: unknown;
      try {
        raw = JSON.parse(a.text);
      } catch {
        raw = undefined;
      }
      // What parses is taken as it is; the rest leniently, so the official sees the text and what is wrong.
      const parsed = validation.parseAssessment(raw);
      const values = parsed.ok ? parsed.assessment : lenientValues(raw);
      const previous = structuredClone(form.getValues());
      languageChosen.current = true;
      replaceValue(values);
      setAsideRestored(previous);
      void form.trigger();
    },
    onUndoRestore: () => {
      if (!asideRestored) return;
      replaceValue(asideRestored);
      setAsideRestored(undefined);
    },
    onContinueHere: () => keeper?.claim(),
  };

  // A controlled value: follow the host, but ignore the echo of our own onChange. The first value is
  // already in the form (or a restored draft is, which wins over it).
  const firstValue = useRef(true);
  useEffect(() => {
    if (firstValue.current) {
      firstValue.current = false;
      return;
    }
    const value = props.value;
    if (value === undefined) return;
    let live = true;
    const follow = (validation: Validation) => {
      if (!live) return;
      const parsed = validation.parseAssessment(value);
      if (!parsed.ok) return;
      const current = validation.validAssessment(form.getValues());
      if (current && canonicalJson(withCase(parsed.assessment, latest.current.caseDetails)) === canonicalJson(current))
        return;
      replaceValue(parsed.assessment);
    };
    const now = loadedValidation();
    if (now) follow(now);
    else loadValidation().then(follow, (e: unknown) => reportToHost(latest.current.onError, new WidgetRenderError(e)));
    return () => {
      live = false;
    };
  }, [props.value, form, replaceValue]);

  const caseKey = JSON.stringify(caseDetails ?? null);
  useEffect(() => {
    const details = latest.current.caseDetails;
    if (!details) return;
    const current = form.getValues();
    const next = withCase(current, details).case;
    if (canonicalJson({ ...current, case: next }) === canonicalJson(current)) return;
    form.setValue('case', next);
    commit(true);
  }, [caseKey, form, commit]);

  // Keyed by the details' JSON: hosts pass a new object literal on every render.
  const locked = useMemo(() => lockedPaths(caseDetails), [caseKey]);
  const layout = props.layout ?? 'stepper';
  const stepper = useStepper(STEPS, rootRef, locale, layout === 'stepper');
  const focus = stepper.focusPath;

  const ctx = useMemo<WidgetContextValue>(
    () => ({ locale, region, readOnly, locked, idPrefix, today: props.today, focusField: focus }),
    [locale, region, readOnly, locked, idPrefix, props.today, focus],
  );

  useImperativeHandle(
    ref,
    () => ({
      // Before the schema has come, the last values known to be valid (the first, until then).
      getValue: () => loadedValidation()?.validAssessment(form.getValues()) ?? lastValid.current,
      getEvaluation: () => store.get(),
      focusField: focus,
    }),
    [form, store, focus],
  );

  const onInvalid = (errors: FieldErrors<Assessment>) => {
    const show = () => setSummary({ schema: flattenErrors(errors), findings: [] });
    // The summary names each field: the later steps' fields' words come with their chunk (field-texts.ts).
    if (loadedLaterParts()) show();
    else loadLaterParts().then(show, show);
  };

  const onValid = async (assessment: Assessment) => {
    const evaluate = loadedEvaluate() ?? (await loadEvaluate());
    const evaluation = evaluate(assessment, evalOptions());
    store.set(evaluation);
    // An error of good practice answered "considered, not followed" no longer stops the submission.
    const errors = evaluation.findings.filter((f) => f.severity === 'error' && !f.response);
    if (errors.length > 0) {
      setSummary({ schema: [], findings: errors });
      return;
    }
    setSummary(null);
    const p = latest.current;
    await p.onSubmit?.(assessment, evaluation);
    if (p.autosave?.clearOnSubmit) clearDraft(p.autosave.key, p.autosave.storage);
    setSubmitted(true);
  };

  const withValidValue = (then: (a: Assessment) => Promise<void> | void) =>
    form.handleSubmit(async (a) => {
      setSummary(null);
      await then(a);
    }, onInvalid)();

  const makePdf = async (assessment: Assessment) => {
    const p = latest.current;
    const bytes = await (p.renderPdf ?? defaultRenderPdf)(assessment, {
      locale: assessment.case.language,
      region: p.region ?? GENERIC_REGION,
      ...(p.rules ? { rules: p.rules } : {}),
      ...(assessment.case.appendixLabel ? { appendixLabel: assessment.case.appendixLabel } : {}),
    });
    const blob = new Blob([bytes as BlobPart], { type: 'application/pdf' });
    const { recordAttached } = await loadLaterParts();
    await recordAttached(form, assessment);
    p.onPdf?.(blob, assessment);
    return blob;
  };

  const readPdf = async (bytes: Uint8Array) => (latest.current.readPdf ?? defaultReadPdf)(bytes);

  const summaryStep = (
    <Suspense fallback={<Loading />}>
      <SummaryStep
        withValidValue={withValidValue}
        makePdf={makePdf}
        readPdf={readPdf}
        onOpened={onOpened}
        guard={<ImportGuard locale={locale} state={guard} {...guardHandlers} />}
        canSubmit={props.onSubmit !== undefined}
        autosave={keeper !== undefined}
      />
      {submitted && (
        <p className="oa-notice" role="status">
          {WIDGET_TEXTS.submitted[locale]}
        </p>
      )}
    </Suspense>
  );

  return (
    <div className={`oa-root${props.className ? ` ${props.className}` : ''}`} lang={locale} ref={rootRef}>
      <WidgetContext.Provider value={ctx}>
        <EvaluationContext.Provider value={store}>
          <FormProvider {...form}>
            <form
              className="oa-form"
              noValidate
              aria-label={APPENDIX_NAMES.documentTitle[locale]}
              onSubmit={form.handleSubmit(onValid, onInvalid)}
            >
              <p className="oa-intro">{WIDGET_TEXTS.personalDataHint[locale]}</p>
              {props.problems.length > 0 && <HostOptionsNotice locale={locale} problems={props.problems} />}
              {keeper && (
                <StorageNotice
                  locale={locale}
                  status={draftStatus}
                  aside={aside}
                  asideRestored={asideRestored !== undefined}
                  {...storageHandlers}
                />
              )}
              {initial.hostErrors.length > 0 && (
                <div className="oa-notice oa-notice--error" role="alert">
                  <p>{WIDGET_TEXTS.hostValueInvalid[locale]}</p>
                  <ul>
                    {initial.hostErrors.slice(0, 10).map((e, i) => (
                      <li key={i}>{`${e.pathText || '–'}: ${e.message[locale]}`}</li>
                    ))}
                  </ul>
                </div>
              )}
              {initial.restored && (
                <p className="oa-notice" role="status">
                  {WIDGET_TEXTS.draftRestored[locale]}
                </p>
              )}
              {summary && (
                <ErrorSummary state={summary} locale={locale} onGo={focus} id={`${idPrefix}-error-summary`} />
              )}
              {layout === 'single-page' ? (
                <>
                  <Suspense fallback={null}>
                    <FindingsJump />
                  </Suspense>
                  <div className="oa-layout">
                    <div className="oa-main">
                      <CaseSection />
                      <LaterParts />
                      {summaryStep}
                    </div>
                    <aside className="oa-aside">
                      <Suspense fallback={<Checking />}>
                        <ProgressNav />
                        <FindingsPanel />
                      </Suspense>
                    </aside>
                  </div>
                </>
              ) : (
                <StepperLayout
                  stepper={stepper}
                  steps={STEPS}
                  summary={
                    <>
                      {summaryStep}
                      <Suspense fallback={<Checking />}>
                        <FindingsPanel />
                      </Suspense>
                    </>
                  }
                />
              )}
            </form>
          </FormProvider>
        </EvaluationContext.Provider>
      </WidgetContext.Provider>
    </div>
  );
}
