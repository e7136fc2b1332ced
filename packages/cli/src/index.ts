export { run, EXIT, formatParseErrors } from './run.js';
export type { CliIo, ExitStatus } from './run.js';
export { validateRegionProfile } from './region.js';
export type { RegionProblem } from './region.js';
export { parseJson, locateJsonError } from './json.js';
export type { JsonParse, JsonSyntaxError } from './json.js';
export { createService } from './serve/app.js';
export type { Service, ServiceOptions } from './serve/app.js';
export { openApiDocument } from './serve/openapi.js';
