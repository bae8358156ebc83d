import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeEvent, eventTime } from '../../lab/describe-event';
import type { SessionRecording } from '../../lab/session-recording';
import styles from './SessionTimeline.module.css';

/** How long each recorded event stays shown while the recording replays. */
const REPLAY_STEP_MS = 700;

interface SessionTimelineProps {
  recording: SessionRecording;
  /** The event whose moment the diagram shows; undefined for live. */
  atSeq: number | undefined;
  onMove(seq: number | undefined): void;
}

/**
 * The recorded session as a slider on the stage's transport bar: the diagram then shows the Lab
 * as it was right after that event, while the real sockets go on. "Replay" walks the events in
 * order, up to now. Events are named by their number (#seq), as in the log.
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
  const [replaying, setReplaying] = useState(false);

  const playing = replaying && !live;
  // After the last event, the replay has reached now: it ends, live.
  const nextSeq = live ? undefined : events.at(index + 1)?.seq;

  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      if (nextSeq === undefined) setReplaying(false);
      onMove(nextSeq);
    }, REPLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, atSeq, nextSeq, onMove]);

  const replay = () => {
    if (live) moveTo(0);
    setReplaying(true);
  };

  return (
    <div className={styles.timeline}>
      <button
        type="button"
        aria-label={t('timeline.previous')}
        title={t('timeline.previous')}
        disabled={events.length === 0 || index === 0}
        onClick={() => {
          setReplaying(false);
          moveTo(index - 1);
        }}
      >
        ◀
      </button>
      <input
        type="range"
        min={0}
        max={events.length}
        value={index}
        className={styles.slider}
        aria-label={t('timeline.position')}
        aria-describedby={`${id}-status`}
        aria-valuetext={current ? t('timeline.atEvent', { seq: current.seq }) : t('timeline.live')}
        disabled={events.length === 0}
        onChange={(event) => {
          setReplaying(false);
          moveTo(Number(event.target.value));
        }}
      />
      <button
        type="button"
        aria-label={t('timeline.next')}
        title={t('timeline.next')}
        disabled={live}
        onClick={() => {
          setReplaying(false);
          moveTo(index + 1);
        }}
      >
        ▶
      </button>
      <button
        type="button"
        disabled={events.length === 0}
        onClick={playing ? () => setReplaying(false) : replay}
      >
        {playing ? t('timeline.pauseReplay') : t('timeline.replay')}
      </button>
      <button
        type="button"
        className={live ? undefined : styles.backToLive}
        disabled={live}
        onClick={() => {
          setReplaying(false);
          onMove(undefined);
        }}
      >
        {t('timeline.backToLive')}
      </button>
      <p id={`${id}-status`} className={live ? styles.status : `${styles.status} ${styles.past}`}>
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
          ? t('timeline.place', { last: events.at(-1)?.seq ?? current.seq })
          : t('timeline.recorded', { count: events.length })}
      </p>
    </div>
  );
}
