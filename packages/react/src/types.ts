import type {
  AnyRule,
  Assessment,
  AssessmentInput,
  Evaluation,
  Locale,
  ParseResult,
  RegionProfile,
} from '@osallisuusarvio/core';

/** Options of the PDF maker; the same as `renderAppendix` of `@osallisuusarvio/pdf` takes. */
export interface PdfOptions {
  readonly locale?: Locale;
  readonly region?: RegionProfile;
  readonly generatedAt?: Date | string;
  readonly appendixLabel?: string;
  readonly rules?: readonly AnyRule[];
}

/** Case details that the host's case-management system already knows; shown read-only in the form. */
export interface HostCaseDetails {
  readonly diaryNumber?: string;
  readonly title?: string;
  readonly decidingBody?: { readonly kind?: Assessment['case']['decidingBody']['kind']; readonly name?: string };
  /** ISO date, YYYY-MM-DD. */
  readonly meetingDate?: string | null;
}

export interface AutosaveOptions {
  /** One draft per case: use the case's id or diary number. */
  readonly key: string;
  /** Defaults to `localStorage`. */
  readonly storage?: Storage;
  /** Remove the draft once `onSubmit` has completed (its promise resolved). Default false: the host calls `clearDraft(key)`. */
  readonly clearOnSubmit?: boolean;
}

/** The options of the widget: the React props, `mount()`'s options and the custom element's properties. */
export interface WidgetOptions {
  /** The starting value of an uncontrolled form. */
  readonly defaultValue?: AssessmentInput;
  /** A controlled value: when it changes (and differs from what the form holds) the form shows it. */
  readonly value?: AssessmentInput;
  /** Called after edits (debounced) with the parsed assessment and its evaluation. */
  readonly onChange?: (assessment: Assessment, evaluation: Evaluation) => void;
  /** Called when the official saves a valid assessment without errors. May return a promise. */
  readonly onSubmit?: (assessment: Assessment, evaluation: Evaluation) => void | Promise<void>;
  /**
   * Called when the widget cannot use what the host passed (a `WidgetOptionsError`: an unknown locale, an
   * option of the wrong type; the form still renders with a notice, leaving those options out) or fails to
   * render (a `WidgetRenderError`; a notice takes the form's place). Without it the error goes to the console.
   * The custom element dispatches the same error as an `error` event (`detail.error`).
   */
  readonly onError?: (error: Error) => void;
  /** Called with the PDF appendix after "Luo PDF-liite". */
  readonly onPdf?: (blob: Blob, assessment: Assessment) => void;
  /** Language of the widget; default 'fi'. */
  readonly locale?: Locale;
  readonly region?: RegionProfile;
  readonly readOnly?: boolean;
  readonly caseDetails?: HostCaseDetails;
  /** The host's own rules (see `defineRule` in `@osallisuusarvio/core`). */
  readonly rules?: readonly AnyRule[];
  readonly autosave?: AutosaveOptions;
  /** Makes the PDF; defaults to a lazily loaded `renderAppendix` of `@osallisuusarvio/pdf`. */
  readonly renderPdf?: (assessment: Assessment, options: PdfOptions) => Promise<Uint8Array> | Uint8Array;
  /** Reads an earlier PDF appendix; defaults to a lazily loaded `readAppendixAsync` of `@osallisuusarvio/pdf/read`. */
  readonly readPdf?: (pdf: Uint8Array) => Promise<ParseResult> | ParseResult;
  /** Delay before the evaluation and `onChange` follow an edit, in ms; default 250. */
  readonly debounceMs?: number;
  /** ISO date the rules treat as today; defaults to the current day. */
  readonly today?: string;
  /**
   * `'stepper'` (default): one part at a time, with the progress list as the steps, previous and next, and a
   * last step that summarises and makes the PDF. `'single-page'`: every part on one long page.
   */
  readonly layout?: WidgetLayout;
}

/** How the form lays out its parts; see `WidgetOptions.layout`. */
export type WidgetLayout = 'stepper' | 'single-page';

/** What a host can do with a rendered form. */
export interface FormHandle {
  /** The current value, parsed (every field present). */
  getValue(): Assessment;
  /** The latest evaluation; undefined for the moment after mount while the evaluation's chunk loads. */
  getEvaluation(): Evaluation | undefined;
  /** Moves focus to the input of a field path, e.g. "timing.closesOn". */
  focusField(path: string): boolean;
}
