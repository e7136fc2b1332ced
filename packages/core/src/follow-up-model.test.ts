import { describe, expect, it } from 'vitest';
import { LOCALES } from './i18n.js';
import { FOLLOW_UP_FIELDS, attachedJson, followUpAvailability, followUpClosedText } from './follow-up-model.js';
import { canonicalJson } from './parse.js';
import { consultationFollowUpSchema, followUpSchema, methodFollowUpSchema } from './schema.js';
import { createAssessment } from './schema.js';

const meetingOn = (meetingDate: string | null) => createAssessment({ case: { meetingDate } });

describe('the follow-up part after the decision', () => {
  it('opens on the meeting day and says before it when it opens', () => {
    expect(followUpAvailability(meetingOn('2027-03-15'), '2027-03-15')).toEqual({ open: true });
    expect(followUpAvailability(meetingOn('2027-03-15'), '2027-04-01')).toEqual({ open: true });
    const before = followUpAvailability(meetingOn('2027-03-15'), '2027-03-14');
    expect(followUpClosedText(before, 'fi')).toBe('Avautuu kokouksen jälkeen 15.3.2027.');
    expect(followUpClosedText(before, 'sv')).toBe('Öppnas efter sammanträdet 15.3.2027.');
    expect(followUpClosedText(followUpAvailability(meetingOn(null), '2027-03-14'), 'en')).toBe(
      'Opens after the meeting. Enter the meeting date first.',
    );
  });

  it('has a label in every language for every field of the follow-up schema', () => {
    // The schemas are zod/mini: a wrapper's inner schema is in its definition.
    const shape = followUpSchema._zod.def.innerType.shape;
    const keys = [
      ...Object.keys(methodFollowUpSchema.shape).map((k) => `followUp.methods.*.${k}`),
      ...Object.keys(consultationFollowUpSchema.shape).map((k) => `followUp.consultations.*.${k}`),
      ...Object.keys(shape.decision._zod.def.innerType.shape).map((k) => `followUp.decision.${k}`),
      ...Object.keys(shape.reportBack._zod.def.innerType.shape).map((k) => `followUp.reportBack.${k}`),
    ].filter((k) => !k.endsWith('.row'));
    expect(Object.keys(FOLLOW_UP_FIELDS).sort()).toEqual(keys.sort());
    for (const f of Object.values(FOLLOW_UP_FIELDS))
      for (const l of LOCALES) expect(f.label[l].trim().length).toBeGreaterThan(0);
  });

  it('leaves the follow-up and its translations out of what was attached, and nothing else', () => {
    const before = createAssessment({ case: { title: 'Asia', meetingDate: '2027-03-15' } });
    expect(attachedJson(before)).toBe(canonicalJson(before));
    const after = createAssessment({
      ...before,
      followUp: { decision: { decided: 'Hyväksyttiin.' }, methods: [{ row: 0, heard: 'Bussi' }] },
      translations: { 'followUp.decision.decided': { sv: 'Godkändes.' } },
    });
    expect(attachedJson(after)).toBe(attachedJson(before));
    const edited = createAssessment({ ...after, case: { ...after.case, title: 'Toinen asia' } });
    expect(attachedJson(edited)).not.toBe(attachedJson(before));
  });
});
