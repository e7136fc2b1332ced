export { run, EXIT, formatParseErrors } from './run.js';
export type { CliIo, ExitStatus } from './run.js';
export { validateRegionProfile } from './region.js';
export type { RegionProblem } from './region.js';
export { parseJson, locateJsonError } from './json.js';
export type { JsonParse, JsonSyntaxError } from './json.js';
export { checkReportJsonSchema } from './check-report.js';
export type { CheckError, CheckReport, CheckedFinding } from './check-report.js';
