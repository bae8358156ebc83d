import { useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import type { SessionRecording } from '../../../lab/session-recording';
import { StepDeriver } from '../../../lab/stage/derive-steps';
import { StageQueue, type StagePlayback } from './stage-queue';

/**
 * Plays the steps of events that arrive while the stage is watched, one after another. Events
 * recorded before it started, or while it was hidden, scrolled away or showing the past, are
 * drawn at once without motion: nothing old animates again.
 */
export function useStagePlayer(
  recording: SessionRecording,
  live: boolean,
  stage: RefObject<HTMLElement | null>,
): StagePlayback {
  const [queue] = useState(() => new StageQueue());
  const [deriver] = useState(() => new StepDeriver(recording.head));
  const lastSeq = useRef(recording.events.at(-1)?.seq ?? 0);
  const seen = useRef(true);

  useEffect(() => {
    const element = stage.current;
    if (!element) return undefined;
    // Hidden (another tab) or scrolled away: a pill drawn now would play when seen again.
    const observer = new IntersectionObserver(([entry]) => {
      seen.current = entry?.isIntersecting ?? false;
      if (!seen.current) queue.drawAtOnce([]);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [stage, queue]);

  useEffect(() => () => queue.stop(), [queue]);

  useEffect(() => {
    const { events, head } = recording;
    const added = events.toArray().slice(events.lastIndexUpTo(lastSeq.current) + 1);
    if (added.length === 0) return;
    lastSeq.current = added.at(-1)?.seq ?? lastSeq.current;
    const steps = deriver.take(added, head);
    if (live && seen.current) queue.play(steps);
    else queue.drawAtOnce(steps);
  }, [recording, live, deriver, queue]);

  return useSyncExternalStore(queue.subscribe, queue.snapshot);
}
