import { z } from 'zod';
import { VERSION } from '../version.js';
import { REQUEST_SCHEMAS, RESPONSE_SCHEMAS } from './schemas.js';
import { documentPaths } from './openapi-documents.js';

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The named zod schemas as JSON Schema 2020-12 (OpenAPI 3.1's dialect), references between them by name. */
function componentSchemas(schemas: Record<string, z.core.$ZodType>, io: 'input' | 'output'): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: out } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Json> };
  // Each schema would carry its own $schema and a fragment-only $id, which JSON Schema 2020-12 does not allow.
  for (const schema of Object.values(out)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return out;
}

const problem = (description: string, headers?: Json) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
const retryAfter = { 'Retry-After': { $ref: '#/components/headers/Retry-After' } };
const COMMON_ERRORS = {
  '500': problem('Internal error: a bug; report it with the request id'),
};
const BODY_ERRORS = {
  '413': problem('The body is larger than the limit (--max-body)'),
  '415': problem('Wrong Content-Type'),
};
const POOL_ERRORS = {
  '503': problem(
    'The render queue is full, or the service is stopping: try again after Retry-After seconds',
    retryAfter,
  ),
  '504': problem('The work did not finish within the time limit (--timeout) and was stopped'),
};
const json = (schema: Json) => ({ 'application/json': { schema } });

let cached: Json | undefined;

/** The service's OpenAPI 3.1 document, generated from the schemas the handlers validate with. */
export function openApiDocument(): Json {
  if (cached) return cached;
  const requests = componentSchemas(REQUEST_SCHEMAS, 'input');
  const responses = componentSchemas(RESPONSE_SCHEMAS, 'output');
  for (const [id, schema] of Object.entries(requests)) {
    if (id in responses && JSON.stringify(responses[id]) !== JSON.stringify(schema))
      throw new Error(`schema ${id} differs between requests and responses`);
  }
  cached = {
    openapi: '3.1.0',
    info: {
      title: 'osallisuusarvio service',
      version: VERSION,
      description:
        'Evaluates participation assessments (osallisuusarviointi) of decisions of Finnish welfare regions and municipalities, renders the participation-assessment appendix (PDF/A-3b, tagged, the JSON attached) and reads the JSON back out of an appendix. Stateless. It has no authentication of its own and binds to 127.0.0.1 by default: put it behind your gateway for TLS and access control. Errors are RFC 9457 problem details with fi/sv/en messages.',
      license: { name: 'MIT' },
    },
    servers: [{ url: 'http://127.0.0.1:8080' }],
    paths: {
      '/v1/evaluate': {
        post: {
          operationId: 'evaluate',
          summary: 'The findings of the rules, the status and the completeness of an assessment',
          requestBody: { required: true, content: json(ref('EvaluateRequest')) },
          responses: {
            '200': { description: 'The evaluation', content: json(ref('Evaluation')) },
            '400': problem('Invalid JSON, request fields or assessment; errors lists each path'),
            ...BODY_ERRORS,
            ...COMMON_ERRORS,
          },
        },
      },
      '/v1/render': {
        post: {
          operationId: 'render',
          summary: 'The participation-assessment appendix as PDF',
          requestBody: { required: true, content: json(ref('RenderRequest')) },
          responses: {
            '200': {
              description: 'The appendix (PDF/A-3b with the assessment JSON attached, or PDF/A-1b without)',
              content: { 'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } } },
            },
            '400': problem('Invalid JSON, request fields or assessment; errors lists each path'),
            ...BODY_ERRORS,
            ...POOL_ERRORS,
            ...COMMON_ERRORS,
          },
        },
      },
      '/v1/extract': {
        post: {
          operationId: 'extract',
          summary: 'The assessment embedded in an appendix, validated and migrated to the current schema',
          requestBody: {
            required: true,
            content: { 'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } } },
          },
          responses: {
            '200': { description: 'The assessment (canonical JSON: keys sorted)', content: json(ref('Assessment')) },
            '400': problem('Not a PDF file'),
            '422': problem('A PDF without readable assessment data (not made by this tool, printed to PDF, damaged)'),
            ...BODY_ERRORS,
            ...POOL_ERRORS,
            ...COMMON_ERRORS,
          },
        },
      },
      ...documentPaths({ problem, BODY_ERRORS, POOL_ERRORS, COMMON_ERRORS, json, ref }),
      '/v1/regions': {
        get: {
          operationId: 'regions',
          summary: 'The built-in organiser profiles (give one\'s id as "organiser")',
          responses: { '200': { description: 'The profiles', content: json(ref('Regions')) } },
        },
      },
      '/v1/schema/assessment': {
        get: {
          operationId: 'assessmentSchema',
          summary: 'The JSON Schema (draft 2020-12) of an assessment, as osallisuusarvio schema prints it',
          responses: {
            '200': {
              description: 'The JSON Schema',
              content: { 'application/schema+json': { schema: { type: 'object' } } },
            },
          },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document',
          responses: { '200': { description: 'OpenAPI 3.1', content: json({ type: 'object' }) } },
        },
      },
      '/healthz': {
        get: {
          operationId: 'health',
          summary: 'Liveness: the process answers',
          responses: { '200': { description: 'Alive', content: json(ref('Health')) } },
        },
      },
      '/readyz': {
        get: {
          operationId: 'ready',
          summary: 'Readiness: a render thread is warm and the service is not stopping',
          responses: {
            '200': { description: 'Ready for work', content: json(ref('Ready')) },
            '503': problem('Starting or stopping', retryAfter),
          },
        },
      },
    },
    components: {
      schemas: { ...requests, ...responses },
      headers: {
        'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 1 } },
      },
    },
  };
  return cached;
}
