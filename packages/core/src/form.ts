// `@osallisuusarvio/core/form`: the main entry without the evaluation (and what only it or the report needs),
// for the widget's own bundles. A bundler puts a module that two entries reach in a chunk both load, so a
// widget that imported the main entry would load the rules with its first paint even though it evaluates
// through `@osallisuusarvio/core/evaluate` later. The main entry (index.ts) is this one plus the evaluation
// and what needs zod (`@osallisuusarvio/core/parse`: the schemas and the parser, which the widget loads later
// too; their types are here, as types cost nothing).
export {
  LOCALES,
  isLocale,
  formatMessage,
  formatLocalized,
  joinList,
  formatCount,
  inSentence,
  COUNT_UNITS,
} from './i18n.js';
export type { Locale, LocalizedText, MessageParam, Count, CountUnit } from './i18n.js';
export { LEGAL, formatLegalReference, shortLegalReference, withPoint } from './legal.js';
export type { LegalReference, LegalReferenceKey } from './legal.js';
export {
  LEGAL_ROLES,
  cite,
  isRoleCitation,
  resolveRole,
  resolveLegalBasis,
  WELFARE_REGION_LAW,
  MUNICIPAL_LAW,
  CITY_LAW,
  WELFARE_REGION_METHOD_POINTS,
  MUNICIPAL_METHOD_POINTS,
} from './legal-roles.js';
export type { LegalRole, RoleCitation, LegalBasis, RoleTable, MethodPoints } from './legal-roles.js';
export { CATALOGUES, labelOf } from './catalogues/index.js';
export type { CatalogueName } from './catalogues/index.js';
export { CATALOGUE_VERSION, CATALOGUE_EFFECTIVE_DATE } from './catalogues/types.js';
export type { CatalogueEntry } from './catalogues/types.js';
export { CHECKLIST, CHECKLIST_TITLE, SECTIONS } from './catalogues/checklist.js';
export { CHECKLIST_QUESTIONS } from './catalogues/checklist-titles.js';
export type { ChecklistQuestion, QuestionId } from './catalogues/checklist.js';
export { METHODS, METHOD_STATUSES, PARTICIPATION_FORMS } from './catalogues/methods.js';
export type { MethodEntry, MethodId, MethodStatus, ParticipationFormId } from './catalogues/methods.js';
export { BODIES, CONSULTATION_STATUSES } from './catalogues/bodies.js';
export type { BodyEntry, BodyId, ConsultationStatus } from './catalogues/bodies.js';
export { GROUPS } from './catalogues/groups.js';
export type { GroupEntry, GroupId } from './catalogues/groups.js';
export {
  ANNOUNCEMENT_LANGUAGES,
  SAMI_LANGUAGES,
  CHANNELS,
  CONSTRAINTS,
  DECIDING_BODY_KINDS,
  GUIDANCE,
  MATTER_TYPES,
  OUTCOME_USES,
  PHASES,
  TESTING_OPTIONS,
  YES_NO_UNSURE,
} from './catalogues/options.js';
export type {
  AnnouncementLanguage,
  ChannelId,
  ConstraintId,
  DecidingBodyKind,
  GuidanceId,
  MatterType,
  OutcomeUseId,
  PhaseId,
  TestingOption,
  YesNoUnsure,
} from './catalogues/options.js';
export { ORGANISER_KINDS } from './organisers/defaults.js';
export type { OrganiserKind } from './organisers/defaults.js';
export type {
  OrganiserProfile,
  OrganiserProfileInput,
  OrganiserParseResult,
} from './organisers/profile.js';
export {
  ORGANISERS,
  ORGANISER_SOURCES,
  WELFARE_REGIONS,
  HELSINKI,
  GENERIC_WELFARE_REGION,
  GENERIC_MUNICIPALITY,
  GENERIC_BILINGUAL_MUNICIPALITY,
  findOrganiser,
} from './organisers/data.js';
export { withOrganiser } from './organisers/assessment.js';
export { GENERIC_REGION, KYMENLAAKSO, BILINGUAL_EXAMPLE_REGION, LAPLAND, REGIONS, findRegion } from './regions.js';
export type { RegionProfile } from './regions.js';
export {
  SCHEMA_VERSION,
  RULE_SET_VERSION,
  MAX_TEXT_LENGTH,
  MAX_SHORT_TEXT_LENGTH,
  MAX_ROWS,
  MAX_TRANSLATIONS,
  MAX_FIELD_PATH_LENGTH,
} from './schema-constants.js';
export { blankAssessment } from './blank.js';
export type {
  Assessment,
  AssessmentInput,
  CaseDetails,
  MethodUse,
  Consultation,
  Exclusion,
  Organiser,
  FindingResponse,
  Translation,
  FollowUp,
  MethodFollowUp,
  ConsultationFollowUp,
} from './schema.js';
export { canonicalJson, pathToText } from './canonical.js';
export type { ParseResult, ParseError } from './parse.js';
export {
  ANSWERABLE_KINDS,
  RESPONSE_FINDING_IDS,
  isAnswerable,
  findResponse,
  responseField,
} from './responses.js';
export { RESPONSE_TEXTS, RESPONSE_FINDING_TEXTS } from './texts/responses.js';
export { defineRule, SEVERITIES, SEVERITY_LABELS, RULE_KINDS, RULE_KIND_LABELS } from './rules/types.js';
export type {
  Rule,
  AnyRule,
  RuleHit,
  RuleContext,
  Finding,
  Severity,
  RuleKind,
  FieldPath,
  Paths,
  TriggerAnswer,
  MessageParams,
  FindingAnswer,
} from './rules/types.js';
export {
  bodyName,
  bodyRunningName,
  regionHasBody,
  participationOrganised,
  isConsulted,
  formatDate,
} from './rules/helpers.js';
export type { FollowUpRuleId } from './rules/follow-up.js';
export { HELSINKI_TIME_ZONE, todayInHelsinki, todayIso, formatIsoDate, dateText } from './dates.js';
export type { Evaluation, EvaluateOptions, EvaluateLogger, Recommendation, AssessmentStatus } from './evaluate.js';
export { partCompleteness, PART_IDS } from './completeness.js';
export {
  QUESTION_MODEL,
  OUTSIDE_QUESTIONS,
  CASE_FIELDS,
  CONSULTATION_FIELDS,
  isAskedFor,
  questionFields,
  valueAtPath,
  isShown,
  isAnswered,
  isFieldDone,
  fieldDoneTest,
  countsFor,
} from './questions.js';
export type {
  QuestionField,
  FieldKind,
  ShowWhen,
  Counts,
  LongTextRole,
  ColumnModel,
  TextFieldModel,
  LongTextFieldModel,
  DateFieldModel,
  ChoiceFieldModel,
  MultiChoiceFieldModel,
  TableFieldModel,
  ConsultationFieldModel,
} from './questions.js';
export type { PartId, PartCompleteness } from './completeness.js';
export { EXAMPLES, EXAMPLE_NAMES } from './examples.js';
export type { Example, ExampleName } from './examples.js';
export { FIELD_TEXTS, fieldKey, fieldLabel } from './catalogues/fields.js';
export { CASE_FIELD_TEXTS } from './catalogues/case-field-texts.js';
export type { FieldKey, FieldText } from './catalogues/fields.js';
export { APPENDIX_TEXTS, STATUS_TEXTS } from './texts/appendix.js';
export { APPENDIX_NAMES } from './texts/appendix-names.js';
export { BILINGUAL_TEXTS } from './texts/bilingual.js';
export { WIDGET_TEXTS } from './texts/widget.js';
export { STEPPER_TEXTS } from './texts/stepper.js';
export { PROGRESS_TEXTS } from './texts/progress.js';
export { findingTarget } from './finding-target.js';
export { DATE_INPUT_HINT, formatDateInput, isIsoDate, parseDateInput } from './dates.js';
export type { DateInputResult } from './dates.js';
export { REPORT_TEXTS } from './texts/report.js';
export { escapeHtml, htmlDocument } from './html/document.js';
export type {
  AddOptions,
  ReportBuilder,
  ReportOptions,
  ReportCsvTable,
  InfluenceForm,
  Report,
  ReportCounts,
  ReportPeriod,
  ReportRow,
  ReportHtmlOptions,
  ReportChart,
  ReportSection,
  ReportTable,
} from './report/index.js';
export {
  feedbackHtml,
  noticeLocales,
  noticeOf,
  noticeOrganiser,
  otherLanguageNote,
  safeUrl,
} from './feedback/index.js';
export type {
  FeedbackHtmlOptions,
  Notice,
  NoticeItem,
  NoticeLocaleOptions,
  NoticeOptions,
  NoticeSectionId,
  NoticeText,
} from './feedback/index.js';
export { FEEDBACK_TEXTS, LANGUAGE_NAMES } from './texts/feedback.js';
export { TIMELINE_TEXTS, assessmentTimeline } from './timeline.js';
export type {
  AssessmentTimeline,
  TimelineInput,
  TimelineMarker,
  TimelineMinimums,
  TimelineSegment,
  TimelineStatus,
} from './timeline.js';
export {
  FOLLOW_UP_FIELDS,
  FOLLOW_UP_TEXTS,
  attachedJson,
  attachedPart,
  followUpAvailability,
  followUpClosedText,
} from './follow-up-model.js';
export { FOLLOW_UP_STEP_TEXTS } from './texts/follow-up-step.js';
export type { FollowUpAvailability, FollowUpField, FollowUpFieldKey } from './follow-up-model.js';
export { appendixLanguages, nationalLanguages } from './organisers/languages.js';
export type { AppendixLanguageOptions } from './organisers/languages.js';
