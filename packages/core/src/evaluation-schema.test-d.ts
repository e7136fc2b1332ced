import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { PartCompleteness } from './completeness.js';
import type { Evaluation } from './evaluate.js';
import type { evaluationSchema } from './evaluation-schema.js';
import type { LegalReference } from './legal.js';
import type { Finding } from './rules/types.js';

type Described = z.output<typeof evaluationSchema>;
type Row<T> = T extends readonly (infer R)[] ? R : never;

// When a field is added to or removed from these types, the evaluation JSON Schema must follow.
describe('the evaluation schema and the Evaluation type', () => {
  it('have the same fields at every level', () => {
    expectTypeOf<keyof Described>().toEqualTypeOf<keyof Evaluation>();
    expectTypeOf<keyof Row<Described['findings']>>().toEqualTypeOf<keyof Finding>();
    expectTypeOf<keyof Row<Row<Described['findings']>['legalBasis']>>().toEqualTypeOf<keyof LegalReference>();
    expectTypeOf<keyof Row<Row<Described['findings']>['answers']>>().toEqualTypeOf<keyof Row<Finding['answers']>>();
    expectTypeOf<keyof Described['completeness']>().toEqualTypeOf<keyof Evaluation['completeness']>();
    expectTypeOf<keyof Described['completeness']['parts']>().toEqualTypeOf<keyof Evaluation['completeness']['parts']>();
    expectTypeOf<keyof Described['completeness']['parts']['case']>().toEqualTypeOf<keyof PartCompleteness>();
    expectTypeOf<keyof Row<Described['recommendedMethods']>>().toEqualTypeOf<
      keyof Row<Evaluation['recommendedMethods']>
    >();
  });

  it('every evaluation is a value the schema describes', () => {
    expectTypeOf<Evaluation>().toExtend<Described>();
  });
});
