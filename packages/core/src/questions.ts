import type { QuestionId } from './catalogues/checklist.js';
import { FIELD_TEXTS } from './catalogues/fields.js';
import type { FieldText } from './catalogues/fields.js';
import { CASE_FIELDS, YES_NO } from './case-fields.js';
import { GROUPS } from './catalogues/groups.js';
import {
  ANNOUNCEMENT_LANGUAGES,
  CHANNELS,
  CONSTRAINTS,
  OUTCOME_USES,
  PHASES,
  TESTING_OPTIONS,
  YES_NO_UNSURE,
} from './catalogues/options.js';
import type { CatalogueEntry } from './catalogues/types.js';
import { BODIES, CONSULTATION_STATUSES } from './catalogues/bodies.js';
import type { ConsultationStatus } from './catalogues/bodies.js';
import type { LocalizedText } from './i18n.js';
import { isBlank, participationOrganised } from './rules/helpers.js';
import type { FieldPath } from './rules/types.js';
import type { Assessment, Consultation } from './schema.js';
import { APPENDIX_TEXTS } from './texts/appendix.js';
import type { WIDGET_TEXTS } from './texts/widget.js';

/**
 * One question model: each checklist question's fields, described once. Completeness, the widget and the
 * appendix are derived from it, so that a field added here is asked, counted and printed, and a field
 * missing here is missing everywhere (and the model test says so) rather than printed "not answered".
 */

/** How a field is answered; the widget picks its control and the appendix its form from the kind. */
export type FieldKind = 'shortText' | 'longText' | 'date' | 'choice' | 'multiChoice' | 'table';

/** A declarative condition on another answer: the field shows while that answer is one of `in`. */
export interface ShowWhen {
  readonly field: FieldPath;
  readonly in: readonly string[];
}

/** The field counts for the question's completeness. */
export interface Counts {
  /** Counts only when participation is organised (a method chosen or a body consulted). */
  readonly onlyWithParticipation?: true;
  /** Answered also when this other field is (constraints described in words instead of ticked). */
  readonly orAnswered?: FieldPath;
}

/**
 * Where the appendix puts a long text: `answer` under its own label, `lead` first and without a label (it
 * answers the question itself), `notes` last, labelled only when something else of the question was printed.
 */
export type LongTextRole = 'answer' | 'lead' | 'notes';

interface FieldBase {
  readonly path: FieldPath;
  /** The label and help, the same words as the widget's label and the appendix's row heading. */
  readonly text: FieldText;
  readonly showWhen?: ShowWhen;
  readonly counts?: Counts;
  /** Laid out beside the neighbouring fields that have it too (a start and an end date). */
  readonly inline?: true;
  /** The toolkit's own question, not the checklist's: the appendix marks it so, as its help does. */
  readonly ourQuestion?: true;
}

export interface TextFieldModel extends FieldBase {
  readonly kind: 'shortText';
  /** Printed as part of this list field's answer ("other groups" after the groups ticked). */
  readonly partOf?: FieldPath;
}
export interface LongTextFieldModel extends FieldBase {
  readonly kind: 'longText';
  readonly role: LongTextRole;
}
export interface DateFieldModel extends FieldBase {
  readonly kind: 'date';
}
export interface ChoiceFieldModel extends FieldBase {
  readonly kind: 'choice';
  readonly options: readonly CatalogueEntry[];
  /** Asked with a drop-down list instead of radio buttons: a long list of names (who decides). */
  readonly control?: 'select';
}
export interface MultiChoiceFieldModel extends FieldBase {
  readonly kind: 'multiChoice';
  readonly options: readonly CatalogueEntry[];
  /** A short text that completes the list ("Other groups"), printed with it and counted with it. */
  readonly other?: FieldPath;
}

/** A column of a table: the key of the row's field, how it is answered, its heading and share of the width. */
export interface ColumnModel {
  readonly key: string;
  readonly kind: 'shortText' | 'longText' | 'choice';
  readonly options?: readonly CatalogueEntry[];
  readonly header: LocalizedText;
  readonly width: number;
}
export interface TableFieldModel extends FieldBase {
  readonly kind: 'table';
  readonly columns: readonly ColumnModel[];
  /** The widget's words for a row ("Left out {n}") and for adding one. */
  readonly rowText: keyof typeof WIDGET_TEXTS;
  readonly addText: keyof typeof WIDGET_TEXTS;
}

export type QuestionField =
  | TextFieldModel
  | LongTextFieldModel
  | DateFieldModel
  | ChoiceFieldModel
  | MultiChoiceFieldModel
  | TableFieldModel;

const texts = FIELD_TEXTS as Readonly<Record<string, FieldText>>;
/** The field's words come from FIELD_TEXTS: one text per field, never a copy. */
const t = (path: keyof typeof FIELD_TEXTS): FieldText => texts[path]!;

const withParticipation: Counts = { onlyWithParticipation: true };

export const QUESTION_MODEL = {
  affected: [
    {
      path: 'affected.groups',
      kind: 'multiChoice',
      options: GROUPS,
      other: 'affected.otherGroups',
      text: t('affected.groups'),
      counts: {},
    },
    { path: 'affected.otherGroups', kind: 'shortText', partOf: 'affected.groups', text: t('affected.otherGroups') },
    { path: 'affected.text', kind: 'longText', role: 'notes', text: t('affected.text') },
  ],
  invited: [
    {
      path: 'invited.groups',
      kind: 'multiChoice',
      options: GROUPS,
      other: 'invited.otherGroups',
      text: t('invited.groups'),
      counts: withParticipation,
    },
    { path: 'invited.otherGroups', kind: 'shortText', partOf: 'invited.groups', text: t('invited.otherGroups') },
    { path: 'invited.text', kind: 'longText', role: 'notes', text: t('invited.text') },
    {
      path: 'invited.deliberatelyExcluded',
      kind: 'choice',
      options: YES_NO,
      text: t('invited.deliberatelyExcluded'),
      counts: {},
    },
    {
      path: 'invited.exclusions',
      kind: 'table',
      text: t('invited.exclusions'),
      showWhen: { field: 'invited.deliberatelyExcluded', in: ['yes'] },
      columns: [
        { key: 'group', kind: 'choice', options: GROUPS, header: APPENDIX_TEXTS.columnGroup, width: 0.25 },
        { key: 'who', kind: 'shortText', header: APPENDIX_TEXTS.columnWho, width: 0.25 },
        { key: 'reason', kind: 'longText', header: APPENDIX_TEXTS.columnReason, width: 0.5 },
      ],
      rowText: 'exclusionRow',
      addText: 'addExclusion',
    },
  ],
  influence: [
    { path: 'influence.text', kind: 'longText', role: 'lead', text: t('influence.text'), counts: {} },
    {
      path: 'influence.constraints',
      kind: 'multiChoice',
      options: CONSTRAINTS,
      text: t('influence.constraints'),
      counts: { orAnswered: 'influence.constraintDetails' },
    },
    { path: 'influence.constraintDetails', kind: 'longText', role: 'answer', text: t('influence.constraintDetails') },
  ],
  timing: [
    {
      path: 'timing.phases',
      kind: 'multiChoice',
      options: PHASES,
      text: t('timing.phases'),
      counts: withParticipation,
    },
    { path: 'timing.opensOn', kind: 'date', inline: true, text: t('timing.opensOn'), counts: withParticipation },
    { path: 'timing.closesOn', kind: 'date', inline: true, text: t('timing.closesOn'), counts: withParticipation },
    {
      path: 'timing.enoughTime',
      kind: 'choice',
      options: YES_NO_UNSURE,
      text: t('timing.enoughTime'),
      counts: withParticipation,
    },
    {
      path: 'timing.enoughTimeReason',
      kind: 'longText',
      role: 'answer',
      text: t('timing.enoughTimeReason'),
      showWhen: { field: 'timing.enoughTime', in: ['no', 'unsure'] },
    },
    { path: 'timing.text', kind: 'longText', role: 'notes', text: t('timing.text') },
  ],
  outcomes: [
    {
      path: 'outcomes.soughtAnswers',
      kind: 'longText',
      role: 'answer',
      text: t('outcomes.soughtAnswers'),
      counts: withParticipation,
    },
    {
      path: 'outcomes.usedFor',
      kind: 'multiChoice',
      options: OUTCOME_USES,
      text: t('outcomes.usedFor'),
      counts: { onlyWithParticipation: true, orAnswered: 'outcomes.text' },
    },
    { path: 'outcomes.text', kind: 'longText', role: 'notes', text: t('outcomes.text') },
  ],
  communication: [
    {
      path: 'communication.channels',
      kind: 'multiChoice',
      options: CHANNELS,
      text: t('communication.channels'),
      counts: {},
    },
    {
      path: 'communication.announcement',
      kind: 'longText',
      role: 'answer',
      text: t('communication.announcement'),
    },
    {
      path: 'communication.announcementLanguages',
      kind: 'multiChoice',
      options: ANNOUNCEMENT_LANGUAGES,
      text: t('communication.announcementLanguages'),
    },
    {
      path: 'communication.reportsBack',
      kind: 'choice',
      options: YES_NO_UNSURE,
      text: t('communication.reportsBack'),
      counts: withParticipation,
    },
    {
      path: 'communication.reportBackHow',
      kind: 'longText',
      role: 'answer',
      text: t('communication.reportBackHow'),
      showWhen: { field: 'communication.reportsBack', in: ['yes'] },
    },
    { path: 'communication.thanks', kind: 'longText', role: 'answer', text: t('communication.thanks') },
    { path: 'communication.text', kind: 'longText', role: 'notes', text: t('communication.text') },
  ],
  testing: [
    { path: 'testing.possible', kind: 'choice', options: TESTING_OPTIONS, text: t('testing.possible'), counts: {} },
    {
      path: 'testing.with',
      kind: 'multiChoice',
      options: GROUPS,
      text: t('testing.with'),
      showWhen: { field: 'testing.possible', in: ['yes'] },
    },
    { path: 'testing.text', kind: 'longText', role: 'notes', text: t('testing.text') },
  ],
} as const satisfies Record<QuestionId, readonly QuestionField[]>;

export { CASE_FIELDS };

/** A field of one consultation row: its key in the row, and the row's statuses it is asked for. */
export interface ConsultationFieldModel {
  readonly key: keyof Consultation;
  readonly kind: 'choice' | 'date' | 'longText';
  readonly text: FieldText;
  readonly options?: readonly CatalogueEntry[];
  /** Asked while the row's status is one of these; always when left out. */
  readonly forStatus?: readonly ConsultationStatus[];
}

const STATEMENT: readonly ConsultationStatus[] = ['requested', 'statementReceived'];
const TOOK_PART: readonly ConsultationStatus[] = ['tookPartInPreparation', 'heardAtMeeting'];

/**
 * A consultation row (one influence body or language committee): the body, its status, and the dates and
 * texts that status needs. The widget asks a field only for its statuses; the appendix prints what is filled.
 */
export const CONSULTATION_FIELDS = [
  { key: 'body', kind: 'choice', options: BODIES, text: t('consultations.*.body') },
  { key: 'status', kind: 'choice', options: CONSULTATION_STATUSES, text: t('consultations.*.status') },
  { key: 'reason', kind: 'longText', text: t('consultations.*.reason'), forStatus: ['notNeeded'] },
  { key: 'requestedOn', kind: 'date', text: t('consultations.*.requestedOn'), forStatus: STATEMENT },
  { key: 'dueOn', kind: 'date', text: t('consultations.*.dueOn'), forStatus: STATEMENT },
  { key: 'receivedOn', kind: 'date', text: t('consultations.*.receivedOn'), forStatus: ['statementReceived'] },
  { key: 'participatedOn', kind: 'date', text: t('consultations.*.participatedOn'), forStatus: TOOK_PART },
  { key: 'summary', kind: 'longText', text: t('consultations.*.summary'), forStatus: ['statementReceived'] },
] as const satisfies readonly ConsultationFieldModel[];

/** Whether a consultation row's field is asked for the row's status. */
export function isAskedFor(field: ConsultationFieldModel, status: ConsultationStatus | null): boolean {
  return field.forStatus === undefined || (status !== null && field.forStatus.includes(status));
}

/** The fields of a question, widened to the model's types. */
export function questionFields(id: QuestionId): readonly QuestionField[] {
  return QUESTION_MODEL[id];
}

/** The value at a dotted field path ("invited.exclusions.0.who"); undefined where there is none. */
const splitPaths = new Map<string, readonly string[]>();
export function valueAtPath(assessment: Assessment, path: string): unknown {
  let keys = splitPaths.get(path);
  if (keys === undefined) {
    keys = path.split('.');
    // Bounded: the model's paths and a few hundred row paths at most, not user input.
    if (splitPaths.size < 10_000) splitPaths.set(path, keys);
  }
  let v: unknown = assessment;
  for (const key of keys) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** Whether a field shows, by its declarative condition: pure, for the widget and any other host. */
export function isShown(field: QuestionField, assessment: Assessment): boolean {
  if (!field.showWhen) return true;
  const value = valueAtPath(assessment, field.showWhen.field);
  return typeof value === 'string' && field.showWhen.in.includes(value);
}

const answeredValue = (value: unknown): boolean => {
  if (typeof value === 'string') return !isBlank(value);
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && value !== undefined;
};

/** Whether a field holds an answer: text that is not blank, a choice made, a date, a list with an item. */
export function isAnswered(assessment: Assessment, path: FieldPath): boolean {
  return answeredValue(valueAtPath(assessment, path));
}

function getter(path: string): (a: Assessment) => unknown {
  const keys = path.split('.');
  return (a) => {
    let v: unknown = a;
    for (const key of keys) {
      if (v === null || typeof v !== 'object') return undefined;
      v = (v as Record<string, unknown>)[key];
    }
    return v;
  };
}

/**
 * The test of whether a counted field is done (its own answer, its "other" text, or the field it may be
 * answered by), with its paths resolved once: completeness runs it on every evaluation.
 */
export function fieldDoneTest(field: QuestionField): (assessment: Assessment) => boolean {
  const own = getter(field.path);
  const alternatives = [
    ...(field.kind === 'multiChoice' && field.other ? [getter(field.other)] : []),
    ...(field.counts?.orAnswered !== undefined ? [getter(field.counts.orAnswered)] : []),
  ];
  return (a) => answeredValue(own(a)) || alternatives.some((get) => answeredValue(get(a)));
}

/** Whether a counted field is done: its own answer, its "other" text, or the field it may be answered by. */
export function isFieldDone(field: QuestionField, assessment: Assessment): boolean {
  return fieldDoneTest(field)(assessment);
}

/** Whether a field counts for completeness in this assessment: a hidden field never does. */
export function countsFor(field: QuestionField, assessment: Assessment): boolean {
  if (!field.counts || !isShown(field, assessment)) return false;
  return !field.counts.onlyWithParticipation || participationOrganised(assessment);
}

/**
 * The schema's fields that are not answers to the seven questions, each with the reason. With the model
 * they cover every path of the schema; the model test holds the two to it.
 */
export const OUTSIDE_QUESTIONS = {
  schemaVersion: 'written by the toolkit: the version of the JSON shape',
  catalogueVersion: 'written by the toolkit: the catalogue version the ids were chosen from',
  ruleSetVersion: 'written by the toolkit: the rule set the assessment was made for',
  organiser: 'chosen by the host (the organiser profile), not asked of the official',
  'case.language':
    'the language the answers are written in: the widget asks it as a setting, and the appendix is printed in it',
  methods: 'the methods of participation, a table of their own after the questions',
  guidance: 'the checklist’s closing reminders, acknowledged in a part of their own',
  conclusion: 'the conclusion after the questions',
  responses: 'answers to findings, shown with the findings they answer',
  translations: 'translations of free-text answers, kept beside the answers they translate',
  followUp: 'what came of it after the decision, not part of what is attached to the agenda',
} as const satisfies Readonly<Record<string, string>>;
