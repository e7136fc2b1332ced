import { expectTypeOf, test } from 'vitest';
import type { FieldPath } from '@osallisuusarvio/core';
import type { ComponentProps } from 'react';
import type { CheckboxGroup, RadioGroup, SelectField, TextField } from './fields.js';

test('the widget’s fields take field paths of the assessment', () => {
  expectTypeOf<ComponentProps<typeof TextField>['name']>().toEqualTypeOf<FieldPath>();
  expectTypeOf<ComponentProps<typeof SelectField>['name']>().toEqualTypeOf<FieldPath>();
  expectTypeOf<ComponentProps<typeof RadioGroup>['name']>().toEqualTypeOf<FieldPath>();
  expectTypeOf<ComponentProps<typeof CheckboxGroup>['name']>().toEqualTypeOf<FieldPath>();
  const ok: ComponentProps<typeof TextField> = { name: 'case.title' };
  const row: ComponentProps<typeof TextField> = { name: `methods.${3}.what` };
  expectTypeOf(ok.name).toEqualTypeOf<FieldPath>();
  expectTypeOf(row.name).toEqualTypeOf<FieldPath>();
});

test('a misspelt field path does not compile', () => {
  // @ts-expect-error "titel" is not a field of the case
  const misspelt: ComponentProps<typeof TextField> = { name: 'case.titel' };
  // @ts-expect-error a row field that does not exist
  const wrongRow: ComponentProps<typeof SelectField> = { name: 'methods.0.methd', options: [] };
  // @ts-expect-error a question that does not exist
  const wrongPart: ComponentProps<typeof RadioGroup> = { name: 'affectd.groups', options: [] };
  expectTypeOf(misspelt).not.toBeNever();
  expectTypeOf(wrongRow).not.toBeNever();
  expectTypeOf(wrongPart).not.toBeNever();
});
