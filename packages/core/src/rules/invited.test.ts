import { describe, expect, it } from 'vitest';
import { GROUPS } from '../catalogues/groups.js';
import type { GroupId } from '../catalogues/groups.js';
import { example, findingsOf, hitsOf, make, organised } from '../test-fixtures.js';
import { affectedNotInvitedRule, exclusionReasonRule, hardToReachRule } from './invited.js';

const groupLabel = (id: GroupId) => GROUPS.find((g) => g.id === id)!.label;

describe('affected-group-not-invited', () => {
  it('fires for an affected group that nobody invites', () => {
    const a = organised({ affected: { groups: ['residents', 'staff'] }, invited: { groups: ['staff'] } });
    const hits = hitsOf(affectedNotInvitedRule, a);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.fields).toEqual(['invited.groups', 'invited.exclusions']);
    expect(hits[0]!.answers).toEqual([{ field: 'affected.groups', value: 'residents' }]);
    expect(hits[0]!.params.group.en).toBe('residents');
    const [f] = findingsOf(a, 'affected-group-not-invited');
    expect(f!.severity).toBe('warning');
    expect(f!.message.en).toContain(groupLabel('residents').en.toLowerCase());
  });

  it('fires once per uninvited group, in the order they were chosen', () => {
    const a = organised({ affected: { groups: ['patients', 'relatives'] } });
    expect(hitsOf(affectedNotInvitedRule, a).map((h) => h.answers![0]!.value)).toEqual(['patients', 'relatives']);
  });

  it('fires when an exclusion of the group has no reason', () => {
    const a = organised({
      affected: { groups: ['residents'] },
      invited: { exclusions: [{ group: 'residents', reason: '' }] },
    });
    expect(hitsOf(affectedNotInvitedRule, a)).toHaveLength(1);
  });

  it('fires when nothing is organised and no reason is given', () => {
    expect(hitsOf(affectedNotInvitedRule, make({ affected: { groups: ['residents'] } }))).toHaveLength(1);
  });

  it('does not fire when the group is invited directly', () => {
    expect(
      hitsOf(
        affectedNotInvitedRule,
        organised({ affected: { groups: ['residents'] }, invited: { groups: ['residents'] } }),
      ),
    ).toEqual([]);
  });

  it('does not fire when a chosen method reaches the group', () => {
    const a = make({
      affected: { groups: ['residents'] },
      methods: [{ method: 'opinionSurvey', what: 'Kysely', with: ['residents'] }],
    });
    expect(hitsOf(affectedNotInvitedRule, a)).toEqual([]);
  });

  it('does not fire when leaving the group out is justified', () => {
    const a = organised({
      affected: { groups: ['residents'] },
      invited: { exclusions: [{ group: 'residents', reason: 'Kuullaan erikseen.' }] },
    });
    expect(hitsOf(affectedNotInvitedRule, a)).toEqual([]);
  });

  it('does not fire when the group is heard through its influence body', () => {
    const a = organised({
      affected: { groups: ['olderPeople'] },
      consultations: [{ body: 'elderlyCouncil', status: 'requested' }],
    });
    expect(hitsOf(affectedNotInvitedRule, a)).toEqual([]);
    const notNeeded = organised({
      affected: { groups: ['olderPeople'] },
      consultations: [{ body: 'elderlyCouncil', status: 'notNeeded', reason: 'x' }],
    });
    expect(hitsOf(affectedNotInvitedRule, notNeeded)).toHaveLength(1);
  });

  it('does not fire for hard-to-reach groups when organisations are invited', () => {
    const a = organised({
      affected: { groups: ['vulnerable', 'otherLanguageSpeakers'] },
      invited: { groups: ['organisations'] },
    });
    expect(hitsOf(affectedNotInvitedRule, a)).toEqual([]);
  });

  it('does not fire when organising no participation is justified', () => {
    expect(hitsOf(affectedNotInvitedRule, example('internal-sv'))).toEqual([]);
    const a = make({
      affected: { groups: ['residents', 'patients'] },
      conclusion: { noParticipationReason: 'Tekninen muutos.' },
    });
    expect(hitsOf(affectedNotInvitedRule, a)).toEqual([]);
  });
});

describe('exclusion-without-reason', () => {
  it('fires when someone is left out but nobody is listed', () => {
    const a = make({ invited: { deliberatelyExcluded: 'yes' } });
    const hits = hitsOf(exclusionReasonRule, a);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.fields).toEqual(['invited.exclusions']);
    expect(hits[0]!.answers).toEqual([{ field: 'invited.deliberatelyExcluded', value: 'yes' }]);
    expect(hits[0]!.params.what.en).toBe('a description');
    const [f] = findingsOf(a, 'exclusion-without-reason');
    expect(f!.severity).toBe('error');
    expect(f!.message.en).toContain('a description is missing');
  });

  it('fires at the row whose reason is missing', () => {
    const a = make({
      invited: {
        deliberatelyExcluded: 'yes',
        exclusions: [{ group: 'staff', reason: 'Yt-menettely.' }, { who: 'Urakoitsijat' }],
      },
    });
    const hits = hitsOf(exclusionReasonRule, a);
    expect(hits.map((h) => h.fields)).toEqual([['invited.exclusions.1.reason']]);
    expect(hits[0]!.params.what.en).toBe('the reason');
  });

  it('fires for the name when neither a group nor who is given', () => {
    const a = make({ invited: { deliberatelyExcluded: 'yes', exclusions: [{ reason: 'Salassa pidettävä' }] } });
    const hits = hitsOf(exclusionReasonRule, a);
    expect(hits.map((h) => h.fields)).toEqual([['invited.exclusions.0.who']]);
    expect(hits[0]!.params.what.fi).toBe('ryhmän nimi');
  });

  it('does not fire for complete exclusions', () => {
    const a = make({
      invited: {
        deliberatelyExcluded: 'yes',
        exclusions: [
          { group: 'staff', reason: 'Yt.' },
          { who: 'Urakoitsijat', reason: 'Eivät osapuolia.' },
        ],
      },
    });
    expect(hitsOf(exclusionReasonRule, a)).toEqual([]);
  });

  it.each(['no', null] as const)('does not fire when the answer is %s', (deliberatelyExcluded) => {
    expect(hitsOf(exclusionReasonRule, make({ invited: { deliberatelyExcluded, exclusions: [{}] } }))).toEqual([]);
  });
});

describe('vulnerable-not-reached', () => {
  it('fires once for all hard-to-reach groups and lists them apart, in lower case', () => {
    const a = organised({
      affected: { groups: ['vulnerable', 'staff', 'otherLanguageSpeakers'] },
      invited: { groups: ['staff', 'residents'] },
    });
    const hits = hitsOf(hardToReachRule, a);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.fields).toEqual(['invited.groups']);
    expect(hits[0]!.answers).toEqual([
      { field: 'affected.groups', value: 'vulnerable' },
      { field: 'affected.groups', value: 'otherLanguageSpeakers' },
    ]);
    expect(hits[0]!.params.groups).toEqual([groupLabel('vulnerable'), groupLabel('otherLanguageSpeakers')]);
    const [f] = findingsOf(a, 'vulnerable-not-reached');
    expect(f!.severity).toBe('warning');
    expect(f!.message.en).toContain('people in a vulnerable position; speakers of other languages');
  });

  it.each(['organisations', 'expertsByExperience', 'openMeetingPlaces'] as const)(
    'does not fire when %s are invited',
    (g) => {
      expect(
        hitsOf(hardToReachRule, organised({ affected: { groups: ['vulnerable'] }, invited: { groups: [g] } })),
      ).toEqual([]);
    },
  );

  it('does not fire when a method reaches them through organisations', () => {
    const a = make({
      affected: { groups: ['vulnerable'] },
      methods: [{ method: 'discussionEvents', what: 'x', with: ['openMeetingPlaces'] }],
    });
    expect(hitsOf(hardToReachRule, a)).toEqual([]);
  });

  it('does not fire when no hard-to-reach group is affected', () => {
    expect(hitsOf(hardToReachRule, organised({ affected: { groups: ['residents', 'olderPeople'] } }))).toEqual([]);
  });
});
