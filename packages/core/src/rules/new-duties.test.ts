import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate.js';
import { GENERIC_BILINGUAL_MUNICIPALITY, GENERIC_MUNICIPALITY, GENERIC_WELFARE_REGION } from '../organisers/data.js';
import { defineOrganiser } from '../organisers/profile.js';
import { KYMENLAAKSO, LAPLAND } from '../regions.js';
import type { AssessmentInput } from '../schema.js';
import { findingsOf, make, organised, TODAY } from '../test-fixtures.js';
import { findIdentityCode } from './privacy.js';

const ids = (input: AssessmentInput, organiser = GENERIC_WELFARE_REGION) =>
  evaluate(make(input), { organiser, today: TODAY }).findings.map((f) => f.ruleId);
const survey = [{ method: 'opinionSurvey' as const, what: 'Kysely' }];

describe('hearing-required-no-participation (Hallintolaki 41 §)', () => {
  it('makes "no participation" a legal error when the decision may substantially affect people', () => {
    const a = make({ case: { substantialImpact: 'yes' }, conclusion: { noParticipationReason: 'Kiire.' } });
    const [f] = findingsOf(a, 'hearing-required-no-participation');
    expect(f).toMatchObject({ severity: 'error', kind: 'legalDuty' });
    expect(f!.legalBasis.map((r) => r.id)).toEqual(['hl-41']);
    expect(evaluate(a, { today: TODAY }).status).toBe('breaksLegalDuty');
  });

  it('stays good practice when the answer is no', () => {
    const a = make({ case: { substantialImpact: 'no' } });
    expect(findingsOf(a, 'hearing-required-no-participation')).toEqual([]);
    const [f] = findingsOf(a, 'no-participation-without-reason');
    expect(f).toMatchObject({ severity: 'error', kind: 'goodPractice' });
    expect(evaluate(a, { today: TODAY }).status).toBe('hasErrors');
  });

  it('asks the 41 § question when services move, and stops once it is answered', () => {
    expect(ids({ case: { matterTypes: ['serviceNetwork'] } })).toContain('substantial-impact-unanswered');
    expect(ids({ case: { matterTypes: ['serviceNetwork'], substantialImpact: 'no' } })).not.toContain(
      'substantial-impact-unanswered',
    );
  });

  it('wants the hearing announced (41 § 2 mom.), otherwise participation announced (34 § 1 mom.)', () => {
    expect(ids({ case: { substantialImpact: 'yes' }, methods: survey })).toContain('hearing-not-announced');
    expect(ids({ methods: survey })).toContain('participation-not-announced');
    const announced = { methods: survey, communication: { announcement: 'Verkkosivuilla ja lehdessä.' } };
    expect(ids({ ...announced, case: { substantialImpact: 'yes' } })).not.toContain('hearing-not-announced');
    expect(ids(announced)).not.toContain('participation-not-announced');
  });
});

describe('initiative (611/2021 30 §)', () => {
  const fromInitiative = { case: { initiative: { fromInitiative: 'yes' as const } } };

  it('wants the initiators’ representatives heard and the initiators told', () => {
    expect(ids(fromInitiative)).toEqual(
      expect.arrayContaining(['initiative-representatives-not-heard', 'initiators-not-told']),
    );
    const [f] = findingsOf(make(fromInitiative), 'initiators-not-told');
    expect(f!.legalBasis.map((r) => r.id)).toEqual(['hval-30']);
  });

  it('is silent once both are recorded, or when the matter is not from an initiative', () => {
    const done = {
      case: {
        initiative: {
          fromInitiative: 'yes' as const,
          representativesHeardOn: '2026-02-01',
          initiatorsToldHow: 'Kirje aloitteen tekijöille.',
        },
      },
    };
    for (const input of [done, { case: { initiative: { fromInitiative: 'no' as const } } }]) {
      expect(ids(input)).not.toContain('initiative-representatives-not-heard');
      expect(ids(input)).not.toContain('initiators-not-told');
    }
  });

  it('cites Kuntalaki 23 § for a municipality and leaves out the unverified hearing duty', () => {
    expect(ids(fromInitiative, GENERIC_MUNICIPALITY)).not.toContain('initiative-representatives-not-heard');
    const [f] = findingsOf(make(fromInitiative), 'initiators-not-told', GENERIC_MUNICIPALITY);
    expect(f!.legalBasis.map((r) => r.id)).toEqual(['kuntalaki-23']);
  });
});

describe('bilingual organisers', () => {
  it('want participation announced in Finnish and Swedish (Kielilaki 32 §)', () => {
    expect(ids({ methods: survey }, KYMENLAAKSO)).toContain('announcement-not-in-both-languages');
    expect(ids({ methods: survey }, GENERIC_BILINGUAL_MUNICIPALITY)).toContain('announcement-not-in-both-languages');
    const both = { methods: survey, communication: { announcementLanguages: ['fi' as const, 'sv' as const] } };
    expect(ids(both, KYMENLAAKSO)).not.toContain('announcement-not-in-both-languages');
    expect(ids({ methods: survey }, GENERIC_WELFARE_REGION)).not.toContain('announcement-not-in-both-languages');
  });

  it('meet the language minority when services change', () => {
    expect(ids({ case: { matterTypes: ['premises'] } }, KYMENLAAKSO)).toContain('language-minority-not-considered');
    expect(
      ids({ case: { matterTypes: ['premises'] }, affected: { groups: ['otherNationalLanguage'] } }, KYMENLAAKSO),
    ).not.toContain('language-minority-not-considered');
  });

  it('say when the organiser’s own rules want the appendix in both languages', () => {
    const strict = defineOrganiser({ ...KYMENLAAKSO, appendicesInBothLanguages: true });
    expect(ids({}, strict)).toContain('appendix-in-both-languages');
    expect(ids({}, KYMENLAAKSO)).not.toContain('appendix-in-both-languages');
  });

  it('ask for translations of the answers, not a second version, since the appendix prints both parts itself', () => {
    const strict = defineOrganiser({ ...KYMENLAAKSO, appendicesInBothLanguages: true });
    const [f] = findingsOf(make(), 'appendix-in-both-languages', strict);
    expect(f!.message.fi).toMatch(/käännökset/);
    expect(f!.message.sv).toMatch(/översättningar/);
    expect(f!.message.en).toMatch(/translations/);
    expect(`${f!.message.fi} ${f!.message.sv} ${f!.message.en}`).not.toMatch(/versio|version/i);
  });
});

describe('sami-not-reached (Lapland)', () => {
  it('asks for a Sámi-language announcement when the Sámi are affected', () => {
    const input = { affected: { groups: ['sami' as const] }, methods: survey };
    expect(ids(input, LAPLAND)).toContain('sami-not-reached');
    expect(
      ids({ ...input, communication: { announcementLanguages: ['fi' as const, 'se' as const] } }, LAPLAND),
    ).not.toContain('sami-not-reached');
    expect(ids(input, KYMENLAAKSO)).not.toContain('sami-not-reached');
  });
});

describe('personal-identity-code-in-text (611/2021 34 § 2 mom.)', () => {
  it('recognises a valid code by its check character and ignores a wrong one', () => {
    expect(findIdentityCode('Asiakas 131052-308T valitti.')).toBe('131052-308T');
    expect(findIdentityCode('Uusi muoto 010594Y9032 käy.')).toBe('010594Y9032');
    expect(findIdentityCode('Väärä 131052-308U ei käy.')).toBeNull();
    expect(findIdentityCode('Puhelin 040-1234567 ja dnro 123456-789')).toBeNull();
  });

  it('points at each free-text field that holds one, as a legal-duty error', () => {
    const a = organised({
      conclusion: { summary: 'Palautetta antoi 131052-308T.' },
      consultations: [{ body: 'elderlyCouncil', status: 'statementReceived', summary: 'Lausunto, ks. 131052-308T' }],
    });
    const fs = findingsOf(a, 'personal-identity-code-in-text');
    expect(fs.map((f) => f.fields)).toEqual([['consultations.0.summary'], ['conclusion.summary']]);
    expect(fs[0]).toMatchObject({ severity: 'error', kind: 'legalDuty' });
    expect(fs[0]!.message.fi).not.toContain('308T');
    expect(fs[0]!.legalBasis.map((r) => r.id)).toEqual(['hval-34-2']);
  });

  it('is silent for text without a code', () => {
    expect(
      findingsOf(organised({ conclusion: { summary: 'Ei henkilötietoja.' } }), 'personal-identity-code-in-text'),
    ).toEqual([]);
  });
});

describe('client-details-in-public-appendix (812/2000 14 §)', () => {
  it('reminds when clients or patients are affected, and not otherwise', () => {
    const [f] = findingsOf(make({ affected: { groups: ['patients'] } }), 'client-details-in-public-appendix');
    expect(f).toMatchObject({ severity: 'info', kind: 'advice' });
    expect(f!.legalBasis.map((r) => r.id)).toContain('asiakaslaki-14');
    expect(findingsOf(make({ affected: { groups: ['staff'] } }), 'client-details-in-public-appendix')).toEqual([]);
  });
});

describe('influence bodies: timing and judgement', () => {
  const base = { case: { meetingDate: '2026-03-17' }, affected: { groups: ['olderPeople' as const] } };

  it('consultation-too-late: a statement due less than the organiser’s days before the meeting', () => {
    const late = make({
      ...base,
      consultations: [{ body: 'elderlyCouncil', status: 'requested', requestedOn: '2026-03-01', dueOn: '2026-03-16' }],
    });
    const [f] = findingsOf(late, 'consultation-too-late');
    expect(f).toMatchObject({
      severity: 'warning',
      kind: 'goodPractice',
      fields: ['consultations.0.dueOn', 'case.meetingDate'],
    });
    expect(f!.message.en).toContain('at least 7\u00a0days');
    const early = make({
      ...base,
      consultations: [{ body: 'elderlyCouncil', status: 'tookPartInPreparation', participatedOn: '2026-02-10' }],
    });
    expect(findingsOf(early, 'consultation-too-late')).toEqual([]);
  });

  it('catches a request made the day before the meeting', () => {
    const a = make({
      ...base,
      consultations: [{ body: 'elderlyCouncil', status: 'requested', requestedOn: '2026-03-16' }],
    });
    expect(findingsOf(a, 'consultation-too-late')).toHaveLength(1);
  });

  it('consultation-not-needed-judgement: says the body may judge the matter significant itself', () => {
    const a = make({ ...base, consultations: [{ body: 'elderlyCouncil', status: 'notNeeded', reason: 'Ei koske.' }] });
    const [f] = findingsOf(a, 'consultation-not-needed-judgement');
    expect(f!.message.fi).toContain('toimielin voi itse katsoa asian merkittäväksi');
    expect(
      findingsOf(
        make({
          affected: { groups: ['staff'] },
          consultations: [{ body: 'elderlyCouncil', status: 'notNeeded', reason: 'x' }],
        }),
        'consultation-not-needed-judgement',
      ),
    ).toEqual([]);
  });
});
