import { useWatch } from 'react-hook-form';
import { followUpAvailability, followUpClosedText } from '@osallisuusarvio/core/first-paint';
import { useWidget } from './context.js';

/**
 * While the part after the decision is not open yet (no meeting date, or before the meeting's Helsinki day),
 * the line that says when it opens ("Avautuu kokouksen jälkeen 15.3.2027."); null once it is open. The part
 * itself and the list of steps both say it, from the same watched meeting date.
 */
export function useFollowUpClosed(todayOverride?: string): string | null {
  const { locale, today: hostToday } = useWidget();
  const today = todayOverride ?? hostToday;
  const meetingDate = useWatch({ name: 'case.meetingDate' }) as unknown;
  const availability = followUpAvailability(
    { case: { meetingDate: typeof meetingDate === 'string' && meetingDate ? meetingDate : null } },
    ...(today ? [today] : []),
  );
  return followUpClosedText(availability, locale);
}
