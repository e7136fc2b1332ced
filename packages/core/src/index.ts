// The main entry: everything the widget's entry (`./form.js`) has, plus the evaluation, the rule reference and
// the report, which Node hosts (the CLI, the PDF maker, the service) use and the widget loads later.
export * from './form.js';
export * from './parse-entry.js';

export { RULES } from './rules/index.js';
export { findIdentityCode } from './rules/privacy.js';
export { FOLLOW_UP_RULES, FOLLOW_UP_RULE_KINDS } from './rules/follow-up.js';
export { ORGANISER_RULES } from './rules/organiser.js';
export { evaluate } from './evaluate.js';
export { ruleReferenceMarkdown } from './reference.js';
export {
  createReport,
  influenceOf,
  periodOf,
  CSV_BOM,
  REPORT_CSV_TABLES,
  reportCsvReferenceMarkdown,
  reportToCsv,
  reportToCsvTables,
  INFLUENCE_FORMS,
  OPEN_DAYS_BUCKETS,
  REPORT_PERIODS,
  REPORT_VERSION,
  reportJsonSchema,
  reportSchema,
  reportToHtml,
  reportSections,
} from './report/index.js';
