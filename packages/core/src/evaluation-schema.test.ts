import { describe, expect, it } from 'vitest';
import { EXAMPLES, EXAMPLE_NAMES } from './examples.js';
import { evaluate } from './evaluate.js';
import { evaluationSchema } from './evaluation-schema.js';
import { parseAssessment } from './parse.js';
import { REGIONS } from './regions.js';

describe('the evaluation schema', () => {
  it.each(EXAMPLE_NAMES)(
    'describes the evaluation of the example %s exactly: nothing missing, nothing extra',
    (name) => {
      const parsed = parseAssessment(EXAMPLES[name].assessment);
      if (!parsed.ok) throw new Error(`example ${name} does not parse`);
      const region = REGIONS.find((r) => r.id === EXAMPLES[name].region);
      const evaluation = JSON.parse(
        JSON.stringify(evaluate(parsed.assessment, { today: '2026-11-23', ...(region ? { region } : {}) })),
      );
      // zod drops what the schema does not know: the same JSON back means every field is described.
      expect(evaluationSchema.parse(evaluation)).toEqual(evaluation);
    },
  );

  it('refuses an evaluation with an unknown status', () => {
    const parsed = parseAssessment({});
    if (!parsed.ok) throw new Error('a blank assessment does not parse');
    const evaluation = { ...evaluate(parsed.assessment, { today: '2026-11-23' }), status: 'done' };
    expect(evaluationSchema.safeParse(evaluation).success).toBe(false);
  });
});
