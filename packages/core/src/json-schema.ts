import { z } from 'zod';
import { assessmentSchema, SCHEMA_VERSION } from './schema.js';

/**
 * The assessment's JSON Schema (draft 2020-12) for hosts on .NET, Java and others. It describes what a host
 * may send (`io: 'input'`): fields with defaults may be left out.
 */
export function assessmentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(assessmentSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: `https://osallisuusarvio.fi/schema/assessment-v${SCHEMA_VERSION}.json`,
    title: 'Osallisuusarvio – participation assessment',
    description:
      'Participation assessment of a decision of a Finnish welfare region (Laki hyvinvointialueesta 611/2021 29 §), following the checklist "Kysymyksiä osallisuutta edistävän päätöksenteon tueksi".',
  };
}
