export { createReport, influenceOf, periodOf } from './accumulate.js';
export type { AddOptions, ReportBuilder, ReportOptions } from './accumulate.js';
export { CSV_BOM, REPORT_CSV_TABLES, reportCsvReferenceMarkdown, reportToCsv, reportToCsvTables } from './csv.js';
export type { ReportCsvTable } from './csv.js';
export {
  INFLUENCE_FORMS,
  OPEN_DAYS_BUCKETS,
  REPORT_PERIODS,
  REPORT_VERSION,
  reportJsonSchema,
  reportSchema,
} from './model.js';
export type { InfluenceForm, Report, ReportCounts, ReportPeriod, ReportRow } from './model.js';
export { reportToHtml } from './html.js';
export type { ReportHtmlOptions } from './html.js';
export { reportSections } from './sections.js';
export type { ReportChart, ReportSection, ReportTable } from './sections.js';
