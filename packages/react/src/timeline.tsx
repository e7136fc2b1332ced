import { useWatch } from 'react-hook-form';
import { assessmentTimeline } from '@osallisuusarvio/core';
import type { AssessmentTimeline, TimelineSegment } from '@osallisuusarvio/core';
import { useWidget } from './context.js';

const pct = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;

/** A label's anchor that keeps it inside the figure near either end. */
const anchor = (at: number) => (at < 0.12 ? 'start' : at > 0.88 ? 'end' : 'middle');

function Bar({ segment }: { segment: TimelineSegment }) {
  const participation = segment.kind === 'participation';
  const width = Math.max(segment.end - segment.start, 0.004);
  return (
    <>
      <rect
        className={`oa-timeline-${segment.kind}${segment.enough === false ? ' oa-timeline-short' : ''}`}
        x={pct(segment.start)}
        width={pct(width)}
        y={participation ? 30 : 34}
        height={participation ? 16 : 8}
      />
      <text
        className="oa-timeline-label"
        x={pct((segment.start + segment.end) / 2)}
        y={participation ? 24 : 76}
        textAnchor={anchor((segment.start + segment.end) / 2)}
      >
        {segment.label}
      </text>
    </>
  );
}

/**
 * The figure: the participation window, the days to process the results and the meeting on one axis, in
 * percentages of the width, so that it fits any width without scaling its text. The sentence beside it
 * says the same, so the drawing is hidden from screen readers; its labels are left out on a narrow part.
 */
export function TimelineFigure({ timeline }: { timeline: AssessmentTimeline }) {
  if (timeline.hint !== null)
    return (
      <p className="oa-help oa-timeline-hint" data-timeline-status={timeline.status}>
        {timeline.hint}
      </p>
    );
  const meeting = timeline.markers.find((m) => m.kind === 'meeting');
  const dates = timeline.markers.filter((m) => m.kind !== 'meeting');
  return (
    <div className="oa-timeline" data-timeline-status={timeline.status}>
      <div className="oa-timeline-drawing">
        <svg
          className="oa-timeline-svg"
          width="100%"
          height="84"
          aria-hidden="true"
          focusable="false"
          overflow="visible"
        >
          <line className="oa-timeline-axis" x1="0" x2="100%" y1="38" y2="38" />
          {timeline.segments.map((s) => (
            <Bar key={s.kind} segment={s} />
          ))}
          {dates.map((d) => (
            <g key={d.kind}>
              <line className="oa-timeline-tick" x1={pct(d.at)} x2={pct(d.at)} y1="28" y2="48" />
              <text className="oa-timeline-date" x={pct(d.at)} y="60" textAnchor={anchor(d.at)}>
                {d.label}
              </text>
            </g>
          ))}
          {meeting && (
            <>
              <svg x={pct(meeting.at)} y="0" overflow="visible" aria-hidden="true">
                <polygon className="oa-timeline-meeting" points="-6,18 6,18 0,27" />
              </svg>
              <line className="oa-timeline-meeting-line" x1={pct(meeting.at)} x2={pct(meeting.at)} y1="18" y2="50" />
              <text
                className="oa-timeline-label oa-timeline-meeting-label"
                x={pct(meeting.at)}
                y="10"
                textAnchor={anchor(meeting.at)}
              >
                {meeting.label}
              </text>
            </>
          )}
        </svg>
      </div>
      <p className="oa-timeline-text">{timeline.sentence}</p>
    </div>
  );
}

/** The timing part's timeline, following the dates as they are typed (a half-typed date shows the hint). */
export function TimingTimeline() {
  const { locale, region } = useWidget();
  const [opensOn, closesOn, meetingDate] = useWatch({
    name: ['timing.opensOn', 'timing.closesOn', 'case.meetingDate'],
  }) as unknown[];
  const timeline = assessmentTimeline(
    { timing: { opensOn, closesOn }, case: { meetingDate } },
    { locale, minimums: region },
  );
  return <TimelineFigure timeline={timeline} />;
}
