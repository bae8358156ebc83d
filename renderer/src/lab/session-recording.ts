import type { LabEvent } from '@contract/events';
import { applyEvents, emptyLabState, type LabState } from './lab-state';
import { RecordedEvents } from './recorded-events';

/**
 * The renderer's one copy of the Lab: every event since this window began following it, so that
 * the user can go back to any of them and see the Lab as it was then, with the Lab now as its
 * head and the log as its tail. Past RECORDING_LIMIT events the oldest are folded into the base
 * state: still counted in what the diagram shows, no longer listed.
 */
export interface SessionRecording {
  /** When recording began, in milliseconds since the Unix epoch. */
  startedAt: number;
  /** The Lab before the first recorded event. */
  base: LabState;
  events: RecordedEvents;
  /** The Lab after the last one: what the Lab view shows live. */
  head: LabState;
  /** The last replay (see stateAt), shared by every version with the same base. */
  readonly replay: { last?: { seq: number; state: LabState } };
}

export const RECORDING_LIMIT = 5000;
/** Folding happens in steps of this many, not on every batch. */
const FOLD_CHUNK = 500;
/** The log lists the latest this many events. */
export const LOG_LIMIT = 500;

export function startRecording(base: LabState, startedAt: number): SessionRecording {
  return { startedAt, base, events: RecordedEvents.empty(), head: base, replay: {} };
}

/**
 * The recording rebuilt from the back end's history (when the page loads or reconnects): its
 * events, then the ones this recording holds that came after them (streamed while the history was
 * on its way), each once.
 */
export function resumedRecording(
  recording: SessionRecording,
  history: readonly LabEvent[],
  now: number,
): SessionRecording {
  const lastSeq = history.at(-1)?.seq ?? Number.NEGATIVE_INFINITY;
  const newer = recording.events.toArray().filter((event) => event.seq > lastSeq);
  return record(startRecording(emptyLabState, history[0]?.at ?? now), [...history, ...newer]);
}

/** The recording with `batch` added; any it already holds (by seq) are not added twice. */
export function record(recording: SessionRecording, batch: readonly LabEvent[]): SessionRecording {
  const lastSeq = recording.events.at(-1)?.seq ?? Number.NEGATIVE_INFINITY;
  const added = batch[0] && batch[0].seq <= lastSeq ? batch.filter((event) => event.seq > lastSeq) : batch;
  if (added.length === 0) return recording;
  const events = recording.events.withAppended(added);
  const head = applyEvents(recording.head, added);
  if (events.length <= RECORDING_LIMIT + FOLD_CHUNK) return { ...recording, events, head };
  const folded = events.length - RECORDING_LIMIT;
  return {
    ...recording,
    base: applyEvents(recording.base, events.before(folded)),
    events: events.withStartMovedBy(folded, LOG_LIMIT),
    head,
    replay: {},
  };
}

/** The Lab now changed by the user (e.g. "Clear closed"); the recorded past stays as it was. */
export function withHead(recording: SessionRecording, head: LabState): SessionRecording {
  return head === recording.head ? recording : { ...recording, head };
}

/** The newest LOG_LIMIT events, up to the one numbered `seq` (all of them when undefined). */
export function logOf(recording: SessionRecording, seq?: number): readonly LabEvent[] {
  const { events } = recording;
  return seq === undefined ? events.tail(LOG_LIMIT) : events.tail(LOG_LIMIT, events.lastIndexUpTo(seq));
}

/**
 * The Lab as it was right after the event numbered `seq`. Events up to a given one never change
 * until the base does, so the last answer is kept: a view held at one moment does not replay
 * thousands of events again for every new batch.
 */
export function stateAt(recording: SessionRecording, seq: number): LabState {
  const { events, replay } = recording;
  if (replay.last?.seq === seq && seq <= (events.at(-1)?.seq ?? 0)) return replay.last.state;
  const state = applyEvents(recording.base, events.before(events.lastIndexUpTo(seq) + 1));
  replay.last = { seq, state };
  return state;
}
