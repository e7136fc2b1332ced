import { CASE_FIELD_TEXTS } from './catalogues/case-field-texts.js';
import type { FieldText } from './catalogues/fields.js';
import { DECIDING_BODY_KINDS, MATTER_TYPES, YES_NO_UNSURE } from './catalogues/case-options.js';
import type { QuestionField, ShowWhen } from './questions.js';

// The case part of the question model on its own: the form's first step, in its first paint, without the
// questions' option lists. questions.ts composes it with the rest of the model.

const texts = CASE_FIELD_TEXTS as Readonly<Record<string, FieldText>>;
/** The field's words come from FIELD_TEXTS (whose case part this is): one text per field, never a copy. */
const t = (path: keyof typeof CASE_FIELD_TEXTS): FieldText => texts[path]!;

export const YES_NO = YES_NO_UNSURE.filter((o) => o.id === 'yes' || o.id === 'no');
const fromInitiative: ShowWhen = { field: 'case.initiative.fromInitiative', in: ['yes'] };

/**
 * The case part, asked before the questions and printed as the appendix's heading table. The fields a reader
 * of the agenda needs count for its completeness; the initiative's reference and reply count only while the
 * matter comes from an initiative (they show only then). The representatives' hearing date does not count:
 * whether it is owed depends on the organiser's law, which the rule `initiative-representatives-not-heard`
 * knows and completeness does not. A text `partOf`
 * another field is printed in that field's row (the body's name with who decides, the preparer's title and
 * contact with the name). The substantial-impact question is the toolkit's own (Hallintolaki 41 §), not the
 * checklist's: its help says so, and the appendix marks it so.
 */
const CASE_MODEL = [
  { path: 'case.diaryNumber', kind: 'shortText', text: t('case.diaryNumber'), counts: {} },
  { path: 'case.title', kind: 'shortText', text: t('case.title'), counts: {} },
  {
    path: 'case.decidingBody.kind',
    kind: 'choice',
    control: 'select',
    options: DECIDING_BODY_KINDS,
    text: t('case.decidingBody.kind'),
    counts: {},
  },
  {
    path: 'case.decidingBody.name',
    kind: 'shortText',
    partOf: 'case.decidingBody.kind',
    text: t('case.decidingBody.name'),
  },
  { path: 'case.meetingDate', kind: 'date', text: t('case.meetingDate'), counts: {} },
  { path: 'case.agendaItem', kind: 'shortText', text: t('case.agendaItem') },
  { path: 'case.appendixLabel', kind: 'shortText', text: t('case.appendixLabel') },
  { path: 'case.preparer.name', kind: 'shortText', text: t('case.preparer.name'), counts: {} },
  { path: 'case.preparer.title', kind: 'shortText', partOf: 'case.preparer.name', text: t('case.preparer.title') },
  {
    path: 'case.preparer.contact',
    kind: 'shortText',
    partOf: 'case.preparer.name',
    text: t('case.preparer.contact'),
  },
  { path: 'case.matterTypes', kind: 'multiChoice', options: MATTER_TYPES, text: t('case.matterTypes'), counts: {} },
  {
    path: 'case.substantialImpact',
    kind: 'choice',
    options: YES_NO_UNSURE,
    ourQuestion: true,
    text: t('case.substantialImpact'),
    counts: {},
  },
  {
    path: 'case.initiative.fromInitiative',
    kind: 'choice',
    options: YES_NO,
    text: t('case.initiative.fromInitiative'),
  },
  {
    path: 'case.initiative.reference',
    kind: 'shortText',
    text: t('case.initiative.reference'),
    showWhen: fromInitiative,
    counts: {},
  },
  {
    path: 'case.initiative.representativesHeardOn',
    kind: 'date',
    text: t('case.initiative.representativesHeardOn'),
    showWhen: fromInitiative,
  },
  {
    path: 'case.initiative.initiatorsToldHow',
    kind: 'longText',
    role: 'answer',
    text: t('case.initiative.initiatorsToldHow'),
    showWhen: fromInitiative,
    counts: {},
  },
] as const satisfies readonly QuestionField[];
export const CASE_FIELDS: readonly QuestionField[] = CASE_MODEL;
