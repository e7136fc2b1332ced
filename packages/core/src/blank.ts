// The blank assessment without zod: the widget's first paint starts a new assessment from it before the
// schema has loaded. It is what `createAssessment()` (the schema's defaults) gives, and a test fails when
// the two differ (blank.test.ts); the type makes every field of the schema appear here.
import { CATALOGUE_VERSION } from './catalogues/types.js';
import { RULE_SET_VERSION, SCHEMA_VERSION } from './schema-constants.js';
import type { Assessment } from './schema.js';

/** A new, empty assessment, the same as `createAssessment()`, without loading the schema. */
export function blankAssessment(): Assessment {
  return {
    schemaVersion: SCHEMA_VERSION,
    catalogueVersion: CATALOGUE_VERSION,
    ruleSetVersion: RULE_SET_VERSION,
    organiser: { id: null, profileVersion: null },
    case: {
      diaryNumber: '',
      title: '',
      decidingBody: { kind: null, name: '' },
      meetingDate: null,
      agendaItem: '',
      appendixLabel: '',
      preparer: { name: '', title: '', contact: '' },
      language: 'fi',
      matterTypes: [],
      substantialImpact: null,
      initiative: { fromInitiative: null, reference: '', representativesHeardOn: null, initiatorsToldHow: '' },
    },
    affected: { groups: [], otherGroups: '', text: '' },
    invited: { groups: [], otherGroups: '', deliberatelyExcluded: null, exclusions: [], text: '' },
    influence: { text: '', constraints: [], constraintDetails: '' },
    timing: { phases: [], opensOn: null, closesOn: null, enoughTime: null, enoughTimeReason: '', text: '' },
    outcomes: { soughtAnswers: '', usedFor: [], text: '' },
    communication: {
      channels: [],
      reportsBack: null,
      reportBackHow: '',
      thanks: '',
      text: '',
      announcement: '',
      announcementLanguages: [],
    },
    testing: { possible: null, with: [], text: '' },
    methods: [],
    consultations: [],
    guidance: { acknowledged: [] },
    conclusion: { summary: '', noParticipationReason: '' },
    responses: [],
    translations: {},
    followUp: {
      attachedChecksum: null,
      decision: { date: null, paragraph: '', decided: '', minutesUrl: '' },
      methods: [],
      consultations: [],
      reportBack: { publishedOn: null, how: '', where: '' },
    },
  };
}
