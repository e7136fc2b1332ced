// `@osallisuusarvio/core/parse`: what needs zod (the schemas, the parser, the JSON Schemas made from them), as
// an entry of its own so that a browser bundle can load it with `import()` after the form is on screen. The
// form entry (form.ts) leaves these out: esbuild puts every module an entry's modules import into a chunk
// that entry loads, as soon as any chunk uses it, so a barrel the first paint imports must not import zod.
// The main entry exports the same objects (not copies) for Node.
export { assessmentSchema, createAssessment } from './schema.js';
export { parseAssessment } from './parse.js';
export {
  organiserProfileSchema,
  organiserProfileInputSchema,
  parseOrganiserProfile,
  defineOrganiser,
} from './organisers/profile.js';
export { assessmentJsonSchema } from './json-schema.js';
export { evaluationJsonSchema, evaluationSchema } from './evaluation-schema.js';
