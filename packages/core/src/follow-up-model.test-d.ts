import { describe, expectTypeOf, it } from 'vitest';
import type { FieldKey, FieldText } from './catalogues/fields.js';
import type { FollowUpField, FollowUpFieldKey } from './follow-up-model.js';

describe('the follow-up’s field table', () => {
  it('names each field by a path of the schema, as every other field is named', () => {
    expectTypeOf<FollowUpFieldKey>().toExtend<FieldKey>();
  });

  it('gives a field its label and help as every field of the assessment has them', () => {
    expectTypeOf<FollowUpField>().toExtend<FieldText>();
  });
});
