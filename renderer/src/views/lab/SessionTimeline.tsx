import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { describeEvent, eventTime } from '../../lab/describe-event';
import { sequenceDiagramSvg } from '../../lab/sequence-diagram';
import { sessionToJson } from '../../lab/session-export';
import { stateAt, type SessionRecording } from '../../lab/session-recording';
import { saveFile } from '../../save-file';

interface SessionTimelineProps {
  recording: SessionRecording;
  /** The event whose moment the diagram shows; undefined for live. */
  atSeq: number | undefined;
  onMove(seq: number | undefined): void;
}

/**
 * The recorded session as a scale the user can move along: the diagram then shows the Lab as it
 * was right after that event, while the real sockets go on. Exports the session as JSON and its
 * sequence diagram as SVG.
 */
export function SessionTimeline({ recording, atSeq, onMove }: SessionTimelineProps) {
  const { t } = useTranslation();
  const id = useId();
  const { events } = recording;
  const live = atSeq === undefined;
  const index = live ? events.length : Math.max(0, events.lastIndexUpTo(atSeq));
  const moveTo = (position: number) =>
    onMove(position >= events.length ? undefined : events.at(position)?.seq);
  const current = live ? undefined : events.at(index);

  const exportSvg = () => {
    const title = t('timeline.svgTitle', { time: new Date(recording.startedAt).toLocaleString() });
    const svg = sequenceDiagramSvg(events.toArray(), stateAt(recording, Number.POSITIVE_INFINITY), {
      title,
      describe: (event) => describeEvent(t, event),
    });
    saveFile('socketscope-sequence', 'svg', 'image/svg+xml', svg);
  };

  return (
    <section className="panel timeline" aria-labelledby={`${id}-heading`}>
      <div className="panel-title-row">
        <h2 id={`${id}-heading`}>{t('timeline.heading')}</h2>
        <div className="export-buttons">
          <button
            type="button"
            disabled={events.length === 0}
            onClick={() =>
              saveFile('socketscope-session', 'json', 'application/json', sessionToJson(recording))
            }
          >
            {t('timeline.exportJson')}
          </button>
          <button type="button" disabled={events.length === 0} onClick={exportSvg}>
            {t('timeline.exportSvg')}
          </button>
        </div>
      </div>
      <div className="timeline-controls">
        <button type="button" disabled={events.length === 0 || index === 0} onClick={() => moveTo(index - 1)}>
          {t('timeline.previous')}
        </button>
        <input
          type="range"
          min={0}
          max={events.length}
          value={index}
          aria-label={t('timeline.position')}
          aria-valuetext={current ? t('timeline.atEvent', { seq: current.seq }) : t('timeline.live')}
          disabled={events.length === 0}
          onChange={(event) => moveTo(Number(event.target.value))}
        />
        <button type="button" disabled={live} onClick={() => moveTo(index + 1)}>
          {t('timeline.next')}
        </button>
        <button type="button" disabled={live} onClick={() => onMove(undefined)}>
          {t('timeline.backToLive')}
        </button>
      </div>
      <p className={`timeline-status${live ? '' : ' replaying'}`}>
        {/* Read aloud when the moment shown changes; counts that grow with every batch are only shown. */}
        <span aria-live="polite">
          {current
            ? t('timeline.showing', {
                seq: current.seq,
                time: eventTime(current.at),
                what: describeEvent(t, current),
              })
            : t('timeline.liveStatus')}
        </span>{' '}
        {current
          ? t('timeline.place', { position: index + 1, total: events.length })
          : t('timeline.recorded', { count: events.length })}
      </p>
    </section>
  );
}
