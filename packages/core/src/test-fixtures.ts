/**
 * Helpers shared by the test files (not exported from the package entry, not part of the build).
 */
import { createAssessment } from './schema.js';
import type { Assessment, AssessmentInput } from './schema.js';
import { EXAMPLES } from './examples.js';
import type { ExampleName } from './examples.js';
import { GENERIC_REGION } from './regions.js';
import type { RegionProfile } from './regions.js';
import { evaluate } from './evaluate.js';
import { defineOrganiser } from './organisers/profile.js';
import type { MessageParams, Rule } from './rules/types.js';

export const TODAY = '2026-11-23';

/** A parsed copy of one of the shipped examples. */
export function example(name: ExampleName): Assessment {
  return createAssessment(structuredClone(EXAMPLES[name].assessment));
}

/** A copy of `a` changed by `change`; `a` itself is left alone. */
export function edit(a: Assessment, change: (draft: Assessment) => void): Assessment {
  const copy = structuredClone(a);
  change(copy);
  return copy;
}

export const make = (input: AssessmentInput = {}): Assessment => createAssessment(input);

/** An assessment where participation is organised (one described method) and nothing else is answered. */
export const organised = (input: AssessmentInput = {}): Assessment =>
  createAssessment({ methods: [{ method: 'opinionSurvey', what: 'Kysely verkossa' }], ...input });

export function hitsOf<P extends MessageParams>(rule: Rule<P>, a: Assessment, region: RegionProfile = GENERIC_REGION) {
  return rule.when(a, { organiser: region, region, today: TODAY });
}

export function findingsOf(a: Assessment, ruleId: string, region: RegionProfile = GENERIC_REGION) {
  return evaluate(a, { region, today: TODAY }).findings.filter((f) => f.ruleId === ruleId);
}

/** A host-made profile: a Lapland-like bilingual region with a Sámi committee and its own day counts. */
export const HOST_REGION: RegionProfile = defineOrganiser({
  id: 'host-lapland',
  kind: 'welfareRegion',
  name: { fi: 'Lapin hyvinvointialue', sv: 'Lapplands välfärdsområde', en: 'Lapland Wellbeing Services County' },
  bilingual: true,
  majorityLanguage: 'fi',
  samiLanguageCommittee: true,
  bodyNames: {
    samiLanguageCommittee: {
      fi: 'Lapin saamen kielen lautakunta',
      sv: 'Lapplands samiska språknämnd',
      en: 'Lapland Sámi language committee',
    },
    nationalLanguageCommittee: {
      fi: 'Lapin kansalliskielilautakunta',
      sv: 'Lapplands nationalspråksnämnd',
      en: 'Lapland national language committee',
    },
  },
  minimumParticipationDays: 30,
  minimumDaysBeforeMeeting: 21,
});
