import { render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UserEvent } from '@testing-library/user-event';
import { ParticipationAssessmentForm } from './ParticipationAssessmentForm.js';
import type { ParticipationAssessmentFormProps } from './ParticipationAssessmentForm.js';
import { loadEvaluate } from './evaluator.js';
import { loadLaterParts } from './lazy-steps.js';
import { loadValidation } from './validation-loader.js';

// The evaluation, the validation and the steps after the first are chunks that load as the form mounts.
// These tests are about the form once they have come, so they are loaded first, and the form renders them
// at once; lazy.test.tsx and opening.test.tsx are about the moment before.
await Promise.all([loadEvaluate(), loadValidation(), loadLaterParts()]);

export const TODAY = '2026-11-23';

/**
 * The form as a host renders it, with the evaluation undelayed and the day fixed; on one page, as these tests
 * are about the fields and findings (stepper.test.tsx tests the steps).
 */
export function renderForm(props: ParticipationAssessmentFormProps = {}): RenderResult & { user: UserEvent } {
  const user = userEvent.setup();
  const result = render(<ParticipationAssessmentForm debounceMs={0} today={TODAY} layout="single-page" {...props} />);
  return { user, ...result };
}
