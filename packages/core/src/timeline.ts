import { isIsoDate } from './dates.js';
import { formatMessage } from './i18n.js';
import type { Locale, LocalizedText } from './i18n.js';
import { daysBetween, formatDate } from './rules/helpers.js';
import { APPENDIX_TEXTS } from './texts/appendix.js';

/**
 * The timing part's timeline (question 4, "when, and is the time enough"): the participation window, the
 * days left to process its results, the meeting. Computed once here; the widget draws it as SVG and the
 * PDF as a figure, both from these segments, and both say it in the same sentence.
 */

/** The dates the timeline reads (an assessment, or a form's values while they are typed). */
export interface TimelineInput {
  readonly timing: { readonly opensOn?: unknown; readonly closesOn?: unknown };
  readonly case: { readonly meetingDate?: unknown };
}

/** The organiser's own minimums (a region profile has them); without them the timeline does not judge. */
export interface TimelineMinimums {
  readonly minimumParticipationDays: number;
  readonly minimumDaysBeforeMeeting: number;
}

export interface TimelineSegment {
  readonly kind: 'participation' | 'processing';
  readonly from: string;
  readonly to: string;
  /** Participation counts both its first and last day; processing the days from the close to the meeting. */
  readonly days: number;
  /** The organiser's minimum for this segment, null without one. */
  readonly minimum: number | null;
  /** Whether the segment meets the minimum; null without one. */
  readonly enough: boolean | null;
  /** Where the segment starts and ends on the axis, 0 (the earliest date) to 1 (the latest). */
  readonly start: number;
  readonly end: number;
  /** Its label on the figure, e.g. "Osallistuminen 28 pv". */
  readonly label: string;
}

export interface TimelineMarker {
  readonly kind: 'opens' | 'closes' | 'meeting';
  readonly date: string;
  readonly at: number;
  /** The date as written on the figure ("15.3.2027"; the meeting's with its name, "Kokous 15.3.2027"). */
  readonly label: string;
}

/**
 * enough: every segment there is meets its minimum and the meeting is known; short: one does not, or
 * participation closes after the meeting; partial: drawn, but a date or the minimums are missing to judge;
 * missing: fewer than two of the three dates; reversed: participation closes before it opens. Nothing is
 * drawn for missing and reversed: a hint says what to fill in.
 */
export type TimelineStatus = 'enough' | 'short' | 'partial' | 'missing' | 'reversed';

export interface AssessmentTimeline {
  readonly status: TimelineStatus;
  readonly segments: readonly TimelineSegment[];
  readonly markers: readonly TimelineMarker[];
  /** The text equivalent of the figure ("" when nothing is drawn). */
  readonly sentence: string;
  /** What to fill in for a timeline, when nothing is drawn; otherwise null. */
  readonly hint: string | null;
}

export const TIMELINE_TEXTS = {
  enough: {
    fi: 'Aika riittää järjestäjän vähimmäisaikoihin nähden.',
    sv: 'Tiden uppfyller organisatörens minimitider.',
    en: 'The time meets the organiser’s minimum periods.',
  },
  participationShort: {
    fi: 'Osallistumisaika on lyhyempi kuin järjestäjän vähimmäisaika {n} päivää.',
    sv: 'Deltagandetiden är kortare än organisatörens minimitid på {n} dagar.',
    en: 'Participation is shorter than the organiser’s minimum of {n} days.',
  },
  processingShort: {
    fi: 'Tulosten käsittelyyn jää vähemmän kuin järjestäjän käytännön {n} päivää.',
    sv: 'För att behandla resultaten återstår färre än de {n} dagar som organisatörens praxis kräver.',
    en: 'Fewer than the {n} days that the organiser’s practice requires are left to process the results.',
  },
  closesAfterMeeting: {
    fi: 'Osallistuminen päättyy vasta kokouksen jälkeen.',
    sv: 'Deltagandet avslutas först efter sammanträdet.',
    en: 'Participation closes after the meeting.',
  },
  hintMissing: {
    fi: 'Aikajana näkyy tässä, kun kaksi kolmesta päivästä (osallistuminen alkaa, päättyy, kokous) on annettu.',
    sv: 'Tidslinjen visas här när två av de tre datumen (deltagandet börjar, deltagandet slutar, sammanträdet) har angetts.',
    en: 'The timeline shows here once two of the three dates (participation opens, closes, the meeting) are given.',
  },
  hintReversed: {
    fi: 'Aikajana näkyy, kun osallistumisen päättymispäivä ei ole ennen alkamispäivää.',
    sv: 'Tidslinjen visas när deltagandets slutdatum inte är före startdatumet.',
    en: 'The timeline shows once participation does not close before it opens.',
  },
} as const satisfies Record<string, LocalizedText>;

const dateOf = (v: unknown): string | null => (isIsoDate(v) ? v : null);

/** The timeline of an assessment's dates, with the organiser's minimums when given. Never throws. */
export function assessmentTimeline(
  input: TimelineInput,
  options: { readonly locale: Locale; readonly minimums?: TimelineMinimums },
): AssessmentTimeline {
  const { locale, minimums } = options;
  const t = (text: LocalizedText, params: Record<string, string | number> = {}) =>
    formatMessage(text[locale], params, locale);
  const opensOn = dateOf(input.timing?.opensOn);
  const closesOn = dateOf(input.timing?.closesOn);
  const meeting = dateOf(input.case?.meetingDate);
  const nothing = (status: 'missing' | 'reversed'): AssessmentTimeline => ({
    status,
    segments: [],
    markers: [],
    sentence: '',
    hint: t(status === 'missing' ? TIMELINE_TEXTS.hintMissing : TIMELINE_TEXTS.hintReversed),
  });
  if (opensOn && closesOn && closesOn < opensOn) return nothing('reversed');
  const dates = [opensOn, closesOn, meeting].filter((d): d is string => d !== null);
  if (dates.length < 2) return nothing('missing');

  // ISO dates sort as text in calendar order.
  const sorted = [...dates].sort();
  const min = sorted[0] as string;
  const span = daysBetween(min, sorted[sorted.length - 1] as string);
  const at = (iso: string) => (span === 0 ? 0.5 : daysBetween(min, iso) / span);
  const dayLabel = (n: number) => t(APPENDIX_TEXTS.timelineDays, { n });

  const segments: TimelineSegment[] = [];
  const verdicts: string[] = [];
  let short = false;
  if (opensOn && closesOn) {
    const days = daysBetween(opensOn, closesOn) + 1;
    const minimum = minimums?.minimumParticipationDays ?? null;
    const enough = minimum === null ? null : days >= minimum;
    if (enough === false) {
      short = true;
      verdicts.push(t(TIMELINE_TEXTS.participationShort, { n: minimum as number }));
    }
    segments.push({
      kind: 'participation',
      from: opensOn,
      to: closesOn,
      days,
      minimum,
      enough,
      start: at(opensOn),
      end: at(closesOn),
      label: `${t(APPENDIX_TEXTS.timelineParticipation)} ${dayLabel(days)}`,
    });
  }
  if (closesOn && meeting) {
    if (meeting > closesOn) {
      const days = daysBetween(closesOn, meeting);
      const minimum = minimums?.minimumDaysBeforeMeeting ?? null;
      const enough = minimum === null ? null : days >= minimum;
      if (enough === false) {
        short = true;
        verdicts.push(t(TIMELINE_TEXTS.processingShort, { n: minimum as number }));
      }
      segments.push({
        kind: 'processing',
        from: closesOn,
        to: meeting,
        days,
        minimum,
        enough,
        start: at(closesOn),
        end: at(meeting),
        label: `${t(APPENDIX_TEXTS.timelineProcessing)} ${dayLabel(days)}`,
      });
    } else if (meeting < closesOn) {
      short = true;
      verdicts.push(t(TIMELINE_TEXTS.closesAfterMeeting));
    }
  }
  const judged = segments.length === 2 && segments.every((s) => s.enough === true);
  const status: TimelineStatus = short ? 'short' : judged ? 'enough' : 'partial';
  if (status === 'enough') verdicts.push(t(TIMELINE_TEXTS.enough));

  const markers: TimelineMarker[] = [];
  if (opensOn) markers.push({ kind: 'opens', date: opensOn, at: at(opensOn), label: formatDate(opensOn) });
  if (closesOn) markers.push({ kind: 'closes', date: closesOn, at: at(closesOn), label: formatDate(closesOn) });
  if (meeting)
    markers.push({
      kind: 'meeting',
      date: meeting,
      at: at(meeting),
      label: `${t(APPENDIX_TEXTS.timelineMeeting)} ${formatDate(meeting)}`,
    });

  const window = segments.find((s) => s.kind === 'participation');
  const processing = segments.find((s) => s.kind === 'processing');
  const parts = [
    window
      ? t(APPENDIX_TEXTS.timelineAltWindow, {
          from: formatDate(window.from),
          to: formatDate(window.to),
          n: window.days,
        })
      : '',
    processing ? t(APPENDIX_TEXTS.timelineAltProcessing, { n: processing.days }) : '',
    meeting ? t(APPENDIX_TEXTS.timelineAltMeeting, { date: formatDate(meeting) }) : '',
  ].filter(Boolean);
  const sentence = [t(APPENDIX_TEXTS.timelineAlt, { parts: parts.join(', ') }), ...verdicts].join(' ');
  return { status, segments, markers, sentence, hint: null };
}
