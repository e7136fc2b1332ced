import { formatIsoDate, todayInHelsinki } from './dates.js';
import type { Locale } from './i18n.js';
import { formatMessage } from './i18n.js';
import type { Assessment } from './schema.js';
import { FOLLOW_UP_STEP_TEXTS } from './texts/follow-up-step.js';

// When the follow-up opens, on its own: the form's list of steps says it from its first paint, without the
// rest of follow-up-model (a blank assessment, the attached part's checksum).

/** Whether the follow-up part is offered yet, and if not, why. */
export type FollowUpAvailability =
  | { readonly open: true }
  | { readonly open: false; readonly reason: 'noMeetingDate' }
  | { readonly open: false; readonly reason: 'beforeMeeting'; readonly meetingDate: string };

/**
 * The follow-up is offered from the meeting day on (the Helsinki day: a meeting "today" in Finland is today
 * whatever the browser's clock zone), since the decision may be recorded the evening it was made. Only the
 * meeting date is read, so a form can ask with the date it watches instead of building a whole assessment.
 */
export function followUpAvailability(
  a: { readonly case: Pick<Assessment['case'], 'meetingDate'> },
  today: string = todayInHelsinki(),
): FollowUpAvailability {
  const meeting = a.case.meetingDate;
  if (meeting === null) return { open: false, reason: 'noMeetingDate' };
  return today >= meeting ? { open: true } : { open: false, reason: 'beforeMeeting', meetingDate: meeting };
}

/** "Opens after the meeting on 15.3.2027." in the widget's language. */
export function followUpClosedText(availability: FollowUpAvailability, locale: Locale): string | null {
  if (availability.open) return null;
  if (availability.reason === 'noMeetingDate') return FOLLOW_UP_STEP_TEXTS.noMeetingDate[locale];
  return formatMessage(
    FOLLOW_UP_STEP_TEXTS.opensAfter[locale],
    { date: formatIsoDate(availability.meetingDate, locale) },
    locale,
  );
}
