import { describe, expect, it } from 'vitest';
import { BODIES } from '../catalogues/bodies.js';
import type { BodyId } from '../catalogues/bodies.js';
import type { GroupId } from '../catalogues/groups.js';
import { evaluate } from '../evaluate.js';
import { BILINGUAL_EXAMPLE_REGION, GENERIC_REGION, KYMENLAAKSO } from '../regions.js';
import type { RegionProfile } from '../regions.js';
import type { AssessmentInput } from '../schema.js';
import { findingsOf, hitsOf, HOST_REGION, make, TODAY } from '../test-fixtures.js';
import { defineOrganiser } from '../organisers/profile.js';
import { GENERIC_MUNICIPALITY } from '../organisers/data.js';
import { groupInSentence } from './helpers.js';
import {
  consultationDetailsRule,
  consultationReasonRule,
  disabilityCouncilRule,
  elderlyCouncilRule,
  nationalLanguageCommitteeRule,
  samiLanguageCommitteeRule,
  youthCouncilRule,
} from './influence-bodies.js';

const bodyLabel = (id: BodyId) => BODIES.find((b) => b.id === id)!.running;
const inSentence = (id: GroupId) => groupInSentence(id);

const affecting = (group: GroupId, consultations: AssessmentInput['consultations'] = []) =>
  make({ affected: { groups: [group] }, consultations });

const ALWAYS_PRESENT = [
  { rule: youthCouncilRule, id: 'youth-council-not-consulted', group: 'childrenAndYoung', body: 'youthCouncil' },
  { rule: elderlyCouncilRule, id: 'elderly-council-not-consulted', group: 'olderPeople', body: 'elderlyCouncil' },
  {
    rule: disabilityCouncilRule,
    id: 'disability-council-not-consulted',
    group: 'personsWithDisabilities',
    body: 'disabilityCouncil',
  },
] as const;

describe.each(ALWAYS_PRESENT)('$id', ({ rule, id, group, body }) => {
  it.each([GENERIC_REGION, KYMENLAAKSO, BILINGUAL_EXAMPLE_REGION, HOST_REGION])(
    'fires in $id when the group is affected and the body is not consulted',
    (region) => {
      const a = affecting(group);
      const hits = hitsOf(rule, a, region);
      expect(hits).toHaveLength(1);
      expect(hits[0]!.fields).toEqual(['affected.groups', 'consultations']);
      expect(hits[0]!.answers).toEqual([{ field: 'affected.groups', value: group }]);
      expect(hits[0]!.params.group).toEqual(inSentence(group));
      const expectedBody = region.bodyNames[body] ?? bodyLabel(body);
      expect(hits[0]!.params.body).toEqual(expectedBody);
      const [f] = findingsOf(a, id, region);
      expect(f).toMatchObject({ ruleId: id, severity: 'error' });
      expect(f!.message.fi).toContain(expectedBody.fi);
      expect(f!.message.sv).toContain(expectedBody.sv);
      expect(f!.message.en).toContain(expectedBody.en);
      expect(f!.message.en).toContain(inSentence(group).en);
      expect(f!.kind).toBe('legalDuty');
      expect(f!.message.en).toContain('may still judge the matter significant itself');
    },
  );

  it('uses the region’s own name of the body in Kymenlaakso', () => {
    const [f] = findingsOf(affecting(group), id, KYMENLAAKSO);
    expect(f!.message.fi).toContain('Kymenlaakson hyvinvointialueen');
  });

  it('recommends consulting the body', () => {
    const e = evaluate(affecting(group), { today: TODAY });
    const rec = e.recommendedConsultations.find((r) => r.id === body);
    expect(rec?.reasons.map((r) => r.ruleId)).toContain(id);
  });

  it('fires when the body is marked not needed without a reason', () => {
    expect(hitsOf(rule, affecting(group, [{ body, status: 'notNeeded', reason: ' ' }]))).toHaveLength(1);
  });

  it('fires when only another body is consulted', () => {
    const other = body === 'youthCouncil' ? 'elderlyCouncil' : 'youthCouncil';
    expect(
      hitsOf(rule, affecting(group, [{ body: other, status: 'requested', requestedOn: '2026-11-01' }])),
    ).toHaveLength(1);
  });

  it.each(['requested', 'statementReceived', 'tookPartInPreparation', 'heardAtMeeting'] as const)(
    'does not fire when the body’s opportunity is %s',
    (status) => {
      expect(hitsOf(rule, affecting(group, [{ body, status }]))).toEqual([]);
    },
  );

  it('fires when the only opportunity comes after the meeting', () => {
    const late = make({
      case: { meetingDate: '2026-03-17' },
      affected: { groups: [group] },
      consultations: [{ body, status: 'requested', requestedOn: '2026-03-10', dueOn: '2026-03-20' }],
    });
    expect(hitsOf(rule, late)).toHaveLength(1);
  });

  it('cites Kuntalaki for a municipality', () => {
    const [f] = findingsOf(affecting(group), id, GENERIC_MUNICIPALITY);
    expect(f!.legalBasis[0]!.statute).toBe('410/2015');
  });

  it('does not fire when consulting is not needed with a reason', () => {
    expect(hitsOf(rule, affecting(group, [{ body, status: 'notNeeded', reason: 'Asia ei koske ryhmää.' }]))).toEqual(
      [],
    );
  });

  it('does not fire when the group is not affected', () => {
    expect(hitsOf(rule, affecting('staff'))).toEqual([]);
  });
});

describe('national-language-committee-not-consulted', () => {
  const a = affecting('otherNationalLanguage');

  it.each([GENERIC_REGION, GENERIC_MUNICIPALITY])('does not fire in $id (no such committee)', (region) => {
    expect(hitsOf(nationalLanguageCommitteeRule, a, region)).toEqual([]);
    expect(findingsOf(a, 'national-language-committee-not-consulted', region)).toEqual([]);
  });

  it('fires in a bilingual region', () => {
    const hits = hitsOf(nationalLanguageCommitteeRule, a, BILINGUAL_EXAMPLE_REGION);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.fields).toEqual(['affected.groups', 'consultations']);
    expect(hits[0]!.answers).toEqual([{ field: 'affected.groups', value: 'otherNationalLanguage' }]);
    expect(hits[0]!.params.body).toEqual(bodyLabel('nationalLanguageCommittee'));
    const [f] = findingsOf(a, 'national-language-committee-not-consulted', BILINGUAL_EXAMPLE_REGION);
    // 33 § gives the committee tasks, not a right to be consulted: advice, citing 33 § 1–2 mom.
    expect(f).toMatchObject({ severity: 'recommendation', kind: 'advice' });
    expect(f!.legalBasis.map((r) => r.id)).toEqual(['hval-33-1']);
  });

  it('fires in a host bilingual region with the host’s name of the committee', () => {
    const [f] = findingsOf(a, 'national-language-committee-not-consulted', HOST_REGION);
    expect(f!.message.fi).toContain('Lapin kansalliskielilautakunta');
    expect(f!.message.sv).toContain('Lapplands nationalspråksnämnd');
  });

  it('does not fire in a bilingual region once the committee is consulted', () => {
    const consulted = affecting('otherNationalLanguage', [{ body: 'nationalLanguageCommittee', status: 'requested' }]);
    expect(hitsOf(nationalLanguageCommitteeRule, consulted, BILINGUAL_EXAMPLE_REGION)).toEqual([]);
  });

  it('does not fire in a bilingual region when the group is not affected', () => {
    expect(hitsOf(nationalLanguageCommitteeRule, affecting('residents'), BILINGUAL_EXAMPLE_REGION)).toEqual([]);
  });
});

describe('sami-language-committee-not-consulted', () => {
  const a = affecting('sami');

  it.each([GENERIC_REGION, KYMENLAAKSO, BILINGUAL_EXAMPLE_REGION])(
    'does not fire in $id, which has no Sámi language committee',
    (region) => {
      expect(hitsOf(samiLanguageCommitteeRule, a, region)).toEqual([]);
    },
  );

  it('fires in a host region with a Sámi committee, using its name', () => {
    const hits = hitsOf(samiLanguageCommitteeRule, a, HOST_REGION);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.fields).toEqual(['affected.groups', 'consultations']);
    expect(hits[0]!.answers).toEqual([{ field: 'affected.groups', value: 'sami' }]);
    expect(hits[0]!.params.body).toEqual(HOST_REGION.bodyNames.samiLanguageCommittee);
    expect(findingsOf(a, 'sami-language-committee-not-consulted', HOST_REGION)[0]!.legalBasis.map((r) => r.id)).toEqual(
      ['hval-33-6'],
    );
    expect(findingsOf(a, 'sami-language-committee-not-consulted', HOST_REGION)[0]!.message.fi).toContain(
      'Lapin saamen kielen lautakunta',
    );
  });

  it('uses the statutory name in a Sámi region without its own names', () => {
    const region: RegionProfile = defineOrganiser({
      id: 'sami-plain',
      kind: 'welfareRegion',
      name: GENERIC_REGION.name,
      bilingual: false,
      majorityLanguage: 'fi',
      samiLanguageCommittee: true,
    });
    expect(hitsOf(samiLanguageCommitteeRule, a, region)[0]!.params.body).toEqual(bodyLabel('samiLanguageCommittee'));
  });

  it('does not fire once the committee has given a statement', () => {
    const consulted = affecting('sami', [{ body: 'samiLanguageCommittee', status: 'statementReceived' }]);
    expect(hitsOf(samiLanguageCommitteeRule, consulted, HOST_REGION)).toEqual([]);
  });
});

describe('consultation-reason-missing', () => {
  it('fires for each body marked not needed without a reason, at its row', () => {
    const a = make({
      consultations: [
        { body: 'elderlyCouncil', status: 'requested' },
        { body: 'youthCouncil', status: 'notNeeded' },
        { body: 'disabilityCouncil', status: 'notNeeded', reason: '  ' },
      ],
    });
    const hits = hitsOf(consultationReasonRule, a);
    expect(hits.map((h) => h.fields)).toEqual([['consultations.1.reason'], ['consultations.2.reason']]);
    expect(hits[0]!.answers).toEqual([{ field: 'consultations.1.status', value: 'notNeeded' }]);
    expect(hits[0]!.params.body).toEqual(bodyLabel('youthCouncil'));
    const fs = findingsOf(a, 'consultation-reason-missing');
    expect(fs).toHaveLength(2);
    expect(fs[0]).toMatchObject({ severity: 'warning', kind: 'goodPractice' });
  });

  it('names the body with the region’s name', () => {
    const a = make({ consultations: [{ body: 'youthCouncil', status: 'notNeeded' }] });
    expect(hitsOf(consultationReasonRule, a, KYMENLAAKSO)[0]!.params.body).toEqual(KYMENLAAKSO.bodyNames.youthCouncil);
  });

  it('does not fire when the reason is given or the status is something else', () => {
    expect(
      hitsOf(
        consultationReasonRule,
        make({ consultations: [{ body: 'youthCouncil', status: 'notNeeded', reason: 'Ei koske nuoria.' }] }),
      ),
    ).toEqual([]);
    expect(
      hitsOf(
        consultationReasonRule,
        make({ consultations: [{ body: 'youthCouncil' }, { body: 'elderlyCouncil', status: 'requested' }] }),
      ),
    ).toEqual([]);
  });
});

describe('consultation-details-missing', () => {
  it('fires for a requested statement without the request date', () => {
    const a = make({ consultations: [{ body: 'elderlyCouncil', status: 'requested' }] });
    const hits = hitsOf(consultationDetailsRule, a);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.fields).toEqual(['consultations.0.requestedOn']);
    expect(hits[0]!.answers).toEqual([{ field: 'consultations.0.status', value: 'requested' }]);
    expect(findingsOf(a, 'consultation-details-missing')[0]!.message.en).toBe(
      'The consultation of the council for older people lacks the date of the request.',
    );
  });

  it('lists everything a received statement lacks, joined as prose in each language', () => {
    const a = make({
      consultations: [
        { body: 'youthCouncil', status: 'notNeeded', reason: 'x' },
        { body: 'disabilityCouncil', status: 'statementReceived' },
      ],
    });
    const hits = hitsOf(consultationDetailsRule, a);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.fields).toEqual([
      'consultations.1.requestedOn',
      'consultations.1.receivedOn',
      'consultations.1.summary',
    ]);
    expect(hits[0]!.params.missing).toHaveLength(3);
    const [f] = findingsOf(a, 'consultation-details-missing');
    expect(f!.severity).toBe('warning');
    expect(f!.message.en).toContain(
      'the date of the request, the date of the statement and a summary of the statement',
    );
    expect(f!.message.fi).toContain('pyynnön päivämäärä, lausunnon päivämäärä ja lausunnon tiivistelmä');
    expect(f!.message.sv).toContain('datum för begäran, datum för utlåtandet och en sammanfattning av utlåtandet');
  });

  it('fires only for the summary when the dates are there', () => {
    const a = make({
      consultations: [
        { body: 'youthCouncil', status: 'statementReceived', requestedOn: '2026-10-01', receivedOn: '2026-10-20' },
      ],
    });
    expect(hitsOf(consultationDetailsRule, a)[0]!.fields).toEqual(['consultations.0.summary']);
  });

  it('does not fire for complete rows, not-needed rows or rows without a status', () => {
    const a = make({
      consultations: [
        {
          body: 'youthCouncil',
          status: 'statementReceived',
          requestedOn: '2026-10-01',
          receivedOn: '2026-10-20',
          summary: 'Kannattaa.',
        },
        { body: 'elderlyCouncil', status: 'requested', requestedOn: '2026-10-01' },
        { body: 'disabilityCouncil', status: 'notNeeded' },
        { body: 'nationalLanguageCommittee' },
      ],
    });
    expect(hitsOf(consultationDetailsRule, a)).toEqual([]);
  });
});
